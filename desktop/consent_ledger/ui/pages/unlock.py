"""The unlock screen: the passphrase (or a single button when the key is in the keyring)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class UnlockPage(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, needs_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self.needs_passphrase = needs_passphrase
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        panel = QWidget(self)
        panel.setFixedWidth(480)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(panel)
        title = QLabel(self.tr("The vault is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        if needs_passphrase:
            hint = QLabel(self.tr("Enter your passphrase to open your register."))
        else:
            hint = QLabel(
                self.tr("The key is in the system keyring. Open the register to continue.")
            )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._on_unlock)
        self.passphrase.setVisible(needs_passphrase)
        layout.addWidget(self.passphrase)
        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.error.hide()
        layout.addWidget(self.error)
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._on_unlock)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setFocusProxy(self.passphrase if needs_passphrase else self.button)

    def _on_unlock(self) -> None:
        if not self.button.isEnabled():
            return
        if self.needs_passphrase and not self.passphrase.text():
            self.show_error(self.tr("Please enter the passphrase."))
            return
        self.error.hide()
        self.button.setEnabled(False)
        self.unlock_requested.emit(self.passphrase.text())

    def show_error(self, text: str) -> None:
        self.passphrase.clear()
        self.error.setText(text)
        self.error.show()
        self.button.setEnabled(True)
        self.passphrase.setFocus()

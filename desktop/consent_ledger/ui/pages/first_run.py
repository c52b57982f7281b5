"""First run: create the vault, choosing where its key lives, with a plain explanation of each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class FirstRunPage(QWidget):
    """Emits ``create_requested(key_source, passphrase)``; the window does the rest."""

    create_requested = Signal(str, str)

    def __init__(self, keyring_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 32, 24, 24)
        panel = QWidget(self)
        panel.setMaximumWidth(720)
        row = QHBoxLayout()  # stretches, not alignment flags: wrapped labels keep their height
        row.addStretch(1)
        row.addWidget(panel, 6)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        layout = QVBoxLayout(panel)
        title = QLabel(self.tr("Welcome to Consent Ledger"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Your register of AI services is kept in an encrypted vault on this computer. "
                "Nothing leaves it unless you export or send something. Choose where the vault's "
                "key is kept:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        box = QGroupBox(self.tr("Where the key is kept"))
        box_layout = QVBoxLayout(box)
        self.keyring = QRadioButton(self.tr("In the system keyring (recommended)"))
        self.keyring.setAccessibleName(self.tr("Keep the key in the system keyring"))
        keyring_help = QLabel(
            self.tr(
                "A random key is stored in your operating system's keyring, which unlocks when you "
                "log in. You will not have to type anything. Anyone who can use your login session "
                "can open the vault."
            )
        )
        keyring_help.setWordWrap(True)
        keyring_help.setIndent(24)
        self.passphrase_choice = QRadioButton(self.tr("With a passphrase I type"))
        self.passphrase_choice.setAccessibleName(self.tr("Protect the vault with a passphrase"))
        passphrase_help = QLabel(
            self.tr(
                "You type a passphrase each time you open the app. Nobody can open the vault "
                "without it, and neither can you: if you forget it, the data cannot be recovered."
            )
        )
        passphrase_help.setWordWrap(True)
        passphrase_help.setIndent(24)
        self.group = QButtonGroup(self)
        self.group.addButton(self.keyring)
        self.group.addButton(self.passphrase_choice)
        box_layout.addWidget(self.keyring)
        box_layout.addWidget(keyring_help)
        if not keyring_available:
            self.keyring.setEnabled(False)
            unavailable = QLabel(
                self.tr(
                    "No usable system keyring was found on this computer, so a passphrase is "
                    "needed."
                )
            )
            unavailable.setWordWrap(True)
            unavailable.setIndent(24)
            box_layout.addWidget(unavailable)
        box_layout.addWidget(self.passphrase_choice)
        box_layout.addWidget(passphrase_help)
        layout.addWidget(box)

        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.passphrase_label = QLabel(self.tr("&Passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label = QLabel(self.tr("&Again:"))
        self.confirm_label.setBuddy(self.confirm)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.confirm_label, self.confirm)
        layout.addLayout(form)

        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self._on_create)
        self.confirm.returnPressed.connect(self._on_create)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        (self.keyring if keyring_available else self.passphrase_choice).setChecked(True)
        self.group.buttonToggled.connect(self._sync)
        self._sync()

    @property
    def key_source(self) -> str:
        return "keyring" if self.keyring.isChecked() else "passphrase"

    def _sync(self, *_args: object) -> None:
        on = self.key_source == "passphrase"
        for widget in (self.passphrase, self.confirm, self.passphrase_label, self.confirm_label):
            widget.setVisible(on)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.create_button.setEnabled(True)

    def _on_create(self) -> None:
        self.error.hide()
        passphrase = ""
        if self.key_source == "passphrase":
            passphrase = self.passphrase.text()
            if passphrase != self.confirm.text():
                self.show_error(self.tr("The two passphrases are not the same."))
                return
        self.create_button.setEnabled(False)
        self.create_requested.emit(self.key_source, passphrase)

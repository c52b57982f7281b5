"""Change the passphrase, or move the key between the system keyring and a passphrase."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..dbthread import DbOp, DbState
from ..session import MIN_PASSPHRASE, Session


class RekeyDialog(QDialog):
    done_rekey = Signal()
    failed_closed = Signal()  # the vault could not be reopened: the app must lock

    def __init__(self, session: Session, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekey_dialog")
        self.session = session
        self.current = current
        self.setWindowTitle(self.tr("Change the key"))
        layout = QVBoxLayout(self)
        self.keyring = QRadioButton(self.tr("Keep the key in the system keyring"))
        self.passphrase = QRadioButton(self.tr("Protect the vault with a passphrase"))
        group = QButtonGroup(self)
        group.addButton(self.keyring)
        group.addButton(self.passphrase)
        (self.passphrase if current != "keyring" else self.keyring).setChecked(True)
        layout.addWidget(self.keyring)
        layout.addWidget(self.passphrase)
        form = QFormLayout()
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_label = QLabel(self.tr("&Current passphrase:"))
        self.new_label = QLabel(self.tr("&New passphrase:"))
        self.again_label = QLabel(self.tr("&Again:"))
        for label, field in (
            (self.old_label, self.old),
            (self.new_label, self.new),
            (self.again_label, self.again),
        ):
            label.setBuddy(field)
            field.setAccessibleName(label.text().replace("&", "").rstrip(":："))
            form.addRow(label, field)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        group.buttonToggled.connect(self._sync)
        self._sync()

    def _sync(self, *_args: object) -> None:
        old_needed = self.current != "keyring"
        self.old.setVisible(old_needed)
        self.old_label.setVisible(old_needed)
        new_needed = self.passphrase.isChecked()
        for widget in (self.new, self.new_label, self.again, self.again_label):
            widget.setVisible(new_needed)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.buttons.setEnabled(True)

    def _on_ok(self) -> None:
        target = "passphrase" if self.passphrase.isChecked() else "keyring"
        old = self.old.text() or None
        new = self.new.text() or None
        if target == "passphrase":
            if self.new.text() != self.again.text():
                self._show_error(self.tr("The two passphrases are not the same."))
                return
            if len(self.new.text()) < MIN_PASSPHRASE:
                self._show_error(
                    self.tr("The passphrase is too short: use at least {min} characters.").format(
                        min=MIN_PASSPHRASE
                    )
                )
                return
        self.buttons.setEnabled(False)
        wiring = self.session.wiring

        def rekey(state: DbState) -> Any:
            manager = wiring.vault_manager()
            manager.open(old).close()  # a wrong current passphrase fails here, nothing closed
            state.close()
            try:
                manager.rekey(target, old, new)
            except BaseException:
                state.ledger = _reopen(wiring, old)
                raise
            wiring.settings.key_source = target
            state.ledger = wiring.open_ledger(new)
            return target

        DbOp(self.session.runner, rekey, self, raw=True).success(self._on_done).failure(
            self._on_failed
        ).run()

    def _on_done(self, target: str) -> None:
        self.session.prefs.key_source = target
        self.session.save_prefs()
        self.done_rekey.emit()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if getattr(exc, "reopen_failed", False):
            self.failed_closed.emit()
            self.reject()
            return
        self._show_error(self.session.error_text(exc))


def _reopen(wiring: Any, passphrase: str | None) -> Any:
    """Reopen with the old key after a failed rekey; if that fails too, the session locks."""
    try:
        return wiring.open_ledger(passphrase)
    except Exception as exc:
        exc.reopen_failed = True  # type: ignore[attr-defined]
        raise

"""Settings: language, auto-lock, where the data lives, the key (change passphrase or move it),
backup and restore, and the person's own details for letters."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...core.model import Profile
from ..session import Session
from .forms import add_labelled_rows

log = logging.getLogger(__name__)


class SettingsPage(QWidget):
    def __init__(self, session: Session, workspace: Any) -> None:
        super().__init__(workspace)
        self.setObjectName("settings_page")
        self.session = session
        self.workspace = workspace
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        app_box = QGroupBox(self.tr("This app"))
        form = QFormLayout(app_box)
        self.language = QComboBox()
        for text, value in (
            (self.tr("Follow the system"), "system"),
            ("中文", "zh"),
            ("English", "en"),
        ):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(session.prefs.language)))
        self.language.currentIndexChanged.connect(self._on_language)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 24 * 60)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setValue(session.prefs.auto_lock_minutes)
        self.auto_lock.valueChanged.connect(session.set_auto_lock)
        for text, widget in (
            (self.tr("&Language:"), self.language),
            (self.tr("&Lock after idle:"), self.auto_lock),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":："))
            form.addRow(label, widget)
        layout.addWidget(app_box)

        vault_box = QGroupBox(self.tr("Vault"))
        vault_form = QFormLayout(vault_box)
        location_row = QHBoxLayout()
        self.location = QLabel(str(session.data_dir))
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        location_row.addWidget(self.location, 1)
        self.move_button = QPushButton(self.tr("&Move data folder…"))
        self.move_button.setAccessibleName(self.tr("Move data folder"))
        self.move_button.setToolTip(
            self.tr("Move the vault, its settings and backups to another folder.")
        )
        self.move_button.clicked.connect(self._on_move)
        location_row.addWidget(self.move_button)
        location_label = QLabel(self.tr("Data folder:"))
        location_label.setBuddy(self.move_button)
        vault_form.addRow(location_label, location_row)
        location_hint = QLabel(
            self.tr(
                "This folder was chosen with --data-dir or CONSENT_LEDGER_DATA_DIR: after a "
                "move, point that setting at the new folder."
            )
            if session.wiring.settings.data_dir_pinned
            else self.tr("After a move the app remembers the new folder.")
        )
        location_hint.setWordWrap(True)
        vault_form.addRow(QLabel(""), location_hint)
        self.key_source = QLabel()
        vault_form.addRow(QLabel(self.tr("Key kept:")), self.key_source)
        buttons = QHBoxLayout()
        self.rekey_button = QPushButton(self.tr("Change the &key or passphrase…"))
        self.rekey_button.clicked.connect(self._on_rekey)
        self.backup_button = QPushButton(self.tr("&Back up…"))
        self.backup_button.clicked.connect(self._on_backup)
        self.restore_button = QPushButton(self.tr("Res&tore…"))
        self.restore_button.clicked.connect(self._on_restore)
        self.export_button = QPushButton(self.tr("E&xport as JSON…"))
        self.export_button.setToolTip(
            self.tr(
                "The whole register in a readable file (consent records with the ISO/IEC TS 27560 "
                "fields). The file is not encrypted."
            )
        )
        self.export_button.clicked.connect(self._on_export)
        for button in (
            self.rekey_button,
            self.backup_button,
            self.restore_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        vault_form.addRow(buttons)
        self.vault_status = QLabel()
        self.vault_status.setWordWrap(True)
        vault_form.addRow(self.vault_status)
        layout.addWidget(vault_box)

        profile_box = QGroupBox(self.tr("My details for letters"))
        profile_form = QFormLayout(profile_box)
        hint = QLabel(
            self.tr("Only what a service needs to find your account. Kept encrypted in the vault.")
        )
        hint.setWordWrap(True)
        profile_form.addRow(hint)
        self.name = QLineEdit()
        self.accounts = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        add_labelled_rows(profile_form, (
            (self.tr("&Name:"), self.name),
            (self.tr("Account &identifiers (; between):"), self.accounts),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Phone:"), self.phone),
            (self.tr("Postal &address:"), self.address),
        ))
        self.save_profile = QPushButton(self.tr("&Save my details"))
        self.save_profile.clicked.connect(self._on_save_profile)
        profile_form.addRow(self.save_profile)
        layout.addWidget(profile_box)
        layout.addStretch(1)

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        def facts(ledger: Any) -> tuple[Profile, str]:
            return ledger.register.profile(), str(self.session.wiring.vault_manager().key_source())

        self.session.op(facts, self).success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, facts: tuple[Profile, str]) -> None:
        profile, key_source = facts
        self.current_key_source = key_source
        self.key_source.setText(
            self.tr("in the system keyring")
            if key_source == "keyring"
            else self.tr("protected by your passphrase")
        )
        self.name.setText(profile.name)
        self.accounts.setText("; ".join(profile.account_ids))
        self.email.setText(profile.email)
        self.phone.setText(profile.phone)
        self.address.setText(profile.postal_address)

    def _on_failed(self, exc: BaseException) -> None:
        self.session.prompts.error(self, self.tr("Settings"), self.session.error_text(exc))

    # --- app ------------------------------------------------------------------------------
    def _on_language(self) -> None:
        self.session.set_language(str(self.language.currentData()))

    # --- profile --------------------------------------------------------------------------
    def _on_save_profile(self) -> None:
        profile = Profile(
            name=self.name.text().strip(),
            account_ids=[
                a.strip() for a in self.accounts.text().replace("；", ";").split(";") if a.strip()
            ],
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            postal_address=self.address.text().strip(),
        )
        self.session.op(lambda ledger: ledger.register.save_profile(profile), self).success(
            lambda _p: self.vault_status.setText(self.tr("Your details are saved."))
        ).failure(self._on_failed).run()

    # --- vault ----------------------------------------------------------------------------
    def _on_backup(self) -> None:
        dest = self.session.prompts.save_file(
            self,
            self.tr("Back up the vault"),
            "consent-ledger-backup.db",
            self.tr("Vault backups (*.db)"),
        )
        if not dest:
            return
        path = Path(dest)

        def backup(state: Any) -> Path:
            return state.wiring.vault_manager().backup_open(state.require_ledger().repo, path)

        from ..dbthread import DbOp

        DbOp(self.session.runner, backup, self, raw=True).success(
            lambda p: self.vault_status.setText(
                self.tr("Backed up to {path}. The copy is encrypted with the same key.").format(
                    path=str(p)
                )
            )
        ).failure(self._on_failed).run()

    def _on_export(self) -> None:
        dest = self.session.prompts.save_file(
            self,
            self.tr("Export the register"),
            "consent-ledger-export.json",
            self.tr("JSON (*.json)"),
        )
        if not dest:
            return
        path = Path(dest)

        def export(ledger: Any) -> Path:
            from ...atomic import write_atomic

            document = ledger.register.export()
            data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
            return write_atomic(path, data)

        self.session.op(export, self).success(
            lambda p: self.vault_status.setText(
                self.tr("Exported to {path}. This file is not encrypted: keep it safe.").format(
                    path=str(p)
                )
            )
        ).failure(self._on_failed).run()

    def _on_restore(self) -> None:
        src = self.session.prompts.open_file(
            self, self.tr("Restore a backup"), self.tr("Vault backups (*.db);;All files (*)")
        )
        if not src:
            return
        if not self.session.prompts.confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the current vault with this backup? The current vault is kept in the "
                "backups folder. The app locks; unlock it again afterwards."
            ),
        ):
            return
        passphrase = None
        if getattr(self, "current_key_source", "") != "keyring":
            passphrase = (
                self.session.prompts.text(
                    self,
                    self.tr("Restore a backup"),
                    self.tr("Passphrase of the backup:"),
                    secret=True,
                )
                or None
            )
        path = Path(src)

        def restore(state: Any) -> Any:
            state.close()
            return state.wiring.vault_manager().restore(path, passphrase)

        from ..dbthread import DbOp

        DbOp(self.session.runner, restore, self, raw=True).success(
            lambda _kept: self.session.lock()
        ).failure(self._on_vault_failed).run()

    def _on_move(self) -> None:
        """Choose a folder, confirm, then on the database thread: lock, move, remember it."""
        title = self.tr("Move data folder")
        prompts = self.session.prompts
        chosen = prompts.folder(self, title, str(self.session.data_dir.parent))
        if not chosen:
            return
        target = Path(chosen)
        if not prompts.confirm(
            self,
            title,
            self.tr(
                "Move the vault, its settings and backups from {old} to {new}? The old copies "
                "are removed once the new ones are checked. The app locks; unlock it again "
                "afterwards."
            ).format(old=str(self.session.data_dir), new=str(target)),
        ):
            return
        passphrase = None
        if getattr(self, "current_key_source", "") != "keyring":
            passphrase = prompts.text(self, title, self.tr("Passphrase of the vault:"), secret=True)
            if not passphrase:
                return
        pinned = bool(self.session.wiring.settings.data_dir_pinned)
        session = self.session

        def move(state: Any) -> tuple[Any, dict[str, Any], bool]:
            from ...paths import write_location

            state.close()  # the ledger must be closed before its files move
            result = state.wiring.vault_manager().move_to(target, passphrase)
            state.wiring = state.wiring.relocated(Path(result["to"]))
            remembered = False
            if not pinned:
                try:
                    write_location(Path(result["to"]))
                    remembered = True
                except OSError as exc:
                    log.warning("the new data folder was not remembered: %s", type(exc).__name__)
            return state.wiring, result, remembered

        def moved(outcome: tuple[Any, dict[str, Any], bool]) -> None:
            wiring, result, remembered = outcome
            session.relocate(wiring)
            if isValid(self):
                self._tell_moved(result, pinned, remembered)
            session.lock()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._on_failed(exc)
            session.lock()

        from ..dbthread import DbOp

        session.idle_lock.disarm()
        self.move_button.setEnabled(False)
        # No parent: the session must follow the vault even if this page is gone meanwhile.
        DbOp(session.runner, move, None, raw=True).success(moved).failure(failed).run()

    def _tell_moved(self, result: dict[str, Any], pinned: bool, remembered: bool) -> None:
        lines = [self.tr("The data folder is now {path}.").format(path=result["to"])]
        if pinned or not remembered:
            lines.append(
                self.tr(
                    "Start the app with --data-dir {path} (or set CONSENT_LEDGER_DATA_DIR) "
                    "from now on."
                ).format(path=result["to"])
            )
        if result["left_behind"]:
            lines.append(
                self.tr("These old files could not be removed: {paths}").format(
                    paths=", ".join(result["left_behind"])
                )
            )
        self.session.prompts.info(self, self.tr("Move data folder"), "\n".join(lines))

    def _on_rekey(self) -> None:
        from .rekey import RekeyDialog

        dialog = RekeyDialog(self.session, getattr(self, "current_key_source", "passphrase"), self)
        dialog.done_rekey.connect(self.reload)
        dialog.failed_closed.connect(self.session.lock)
        dialog.open()
        self.rekey_dialog = dialog

    def _on_vault_failed(self, exc: BaseException) -> None:
        self._on_failed(exc)
        self.session.lock()

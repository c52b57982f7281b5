"""Add a service by hand, or edit one: name, provider, web addresses, privacy contacts, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Service
from ..session import Session


def _split(text: str) -> list[str]:
    return [
        part.strip()
        for part in text.replace("；", ";").replace(",", ";").split(";")
        if part.strip()
    ]


class ServiceEditDialog(QDialog):
    saved = Signal(int)

    def __init__(
        self, session: Session, service: Service | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("service_edit")
        self.session = session
        self.service = service
        self.setWindowTitle(self.tr("Edit service") if service else self.tr("Add a service"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(service.name if service else "")
        self.provider = QLineEdit(service.provider if service else "")
        self.website = QLineEdit(service.website if service else "")
        self.notice_url = QLineEdit(service.notice_url if service else "")
        self.emails = QLineEdit("; ".join(service.emails) if service else "")
        self.phones = QLineEdit("; ".join(service.phones) if service else "")
        self.web_form = QLineEdit(service.web_form if service else "")
        self.region = QComboBox()
        for text, value in (
            (self.tr("unknown"), ""),
            (self.tr("Mainland China"), "cn"),
            (self.tr("International"), "intl"),
        ):
            self.region.addItem(text, value)
        if service:
            self.region.setCurrentIndex(max(0, self.region.findData(service.region)))
        self.notes = QPlainTextEdit(service.notes if service else "")
        rows = (
            (self.tr("&Name:"), self.name),
            (self.tr("&Provider (legal name):"), self.provider),
            (self.tr("&Website:"), self.website),
            (self.tr("Privacy n&otice URL:"), self.notice_url),
            (self.tr("Privacy &e-mails (; between):"), self.emails),
            (self.tr("P&hones:"), self.phones),
            (self.tr("Rights request &form:"), self.web_form),
            (self.tr("&Region:"), self.region),
            (self.tr("N&otes:"), self.notes),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":："))
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "provider": self.provider.text().strip(),
            "website": self.website.text().strip(),
            "notice_url": self.notice_url.text().strip(),
            "emails": _split(self.emails.text()),
            "phones": _split(self.phones.text()),
            "web_form": self.web_form.text().strip(),
            "region": self.region.currentData() or "",
            "notes": self.notes.toPlainText().strip(),
        }

    def _on_save(self) -> None:
        values = self.values()
        if not values["name"]:
            self._show_error(self.tr("Please give the service a name."))
            return
        self.save_button.setEnabled(False)
        if self.service is None:
            draft = Service(**values)
            op = self.session.op(lambda ledger: ledger.register.add_service(draft), self)
        else:
            service_id = self.service.id
            current = {k: getattr(self.service, k) for k in values}
            changes = {k: v for k, v in values.items() if v != current[k]}
            if not changes:
                self.accept()
                return
            op = self.session.op(
                lambda ledger: ledger.register.edit_service(service_id, changes), self
            )
        op.success(self._on_saved).failure(self._on_failed).run()

    def _on_saved(self, service: Any) -> None:
        self.saved.emit(int(service.id))
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_error(self.session.error_text(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

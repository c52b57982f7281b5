"""Add a service from the bundled catalogue: search, see each fact with where it came from, add."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..models import labels
from ..session import Session

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _entries(ledger: Any) -> list[Any]:
    return ledger.register.catalogue.search(None)


class CatalogueDialog(QDialog):
    service_added = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_dialog")
        self.setWindowTitle(self.tr("Add a service from the catalogue"))
        self.resize(900, 560)
        self.session = session
        self.entries: list[Any] = []
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or provider"))
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        layout.addWidget(self.search)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget()
        self.list.setObjectName("catalogue_list")
        self.list.setAccessibleName(self.tr("Services in the catalogue"))
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self._on_add())
        self.facts = QTextBrowser()
        self.facts.setObjectName("catalogue_facts")
        self.facts.setAccessibleName(self.tr("Facts and their sources"))
        self.facts.setOpenExternalLinks(True)
        splitter.addWidget(self.list)
        splitter.addWidget(self.facts)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("&Add to my register"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.setFocus()
        session.op(_entries, self).success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, entries: list[Any]) -> None:
        self.entries = entries
        self._fill()

    def _on_failed(self, exc: BaseException) -> None:
        self.session.prompts.error(self, self.windowTitle(), self.session.error_text(exc))

    def _fill(self, *_args: object) -> None:
        query = self.search.text().strip()
        self.list.clear()
        for entry in self.entries:
            if query and not entry.matches(query):
                continue
            item = QListWidgetItem(entry.display_name)
            item.setData(ENTRY_ROLE, entry.id)
            provider = entry.fact("provider")
            if provider:
                item.setToolTip(str(provider))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.add_button.setEnabled(self.list.count() > 0)

    def select(self, entry_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ENTRY_ROLE) == entry_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _entry(self) -> Any:
        item = self.list.currentItem()
        if item is None:
            return None
        entry_id = item.data(ENTRY_ROLE)
        return next((e for e in self.entries if e.id == entry_id), None)

    def _on_current(self, *_args: object) -> None:
        entry = self._entry()
        if entry is None:
            self.facts.clear()
            return
        e = html.escape
        names = {
            "provider": self.tr("Provider"),
            "region": self.tr("Region"),
            "notice_url": self.tr("Privacy notice"),
            "privacy_emails": self.tr("Privacy e-mail"),
            "phone": self.tr("Phone"),
            "postal_address": self.tr("Postal address"),
            "rights_request_url": self.tr("Rights request page"),
            "account_deletion_url": self.tr("Account deletion page"),
        }
        parts = [f"<h3>{e(entry.display_name)}</h3>"]
        for key, title in names.items():
            value = entry.fact(key)
            if value is None:
                shown = "<i>" + e(self.tr("unknown: fill it in yourself")) + "</i>"
            elif key == "region":
                shown = e(labels.region(str(value)))
            elif isinstance(value, list):
                shown = e(labels.join([str(v) for v in value]))
            else:
                shown = e(str(value))
            parts.append(f"<p><b>{e(title)}:</b> {shown}")
            for source in entry.sources_of(key):
                origin = source.source + (f" ({source.recorded})" if source.recorded else "")
                line = self.tr("Source ({confidence}): {origin}").format(
                    confidence=source.confidence or "?", origin=origin
                )
                parts.append(f"<br/><small>{e(line)}</small>")
                if source.quote:
                    parts.append(f"<br/><small><i>“{e(source.quote[:300])}”</i></small>")
            parts.append("</p>")
        self.facts.setHtml("".join(parts))

    def _on_add(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        self.add_button.setEnabled(False)
        entry_id = entry.id
        self.session.op(lambda ledger: ledger.register.add_from_catalogue(entry_id), self).success(
            self._on_added
        ).failure(self._on_add_failed).run()

    def _on_added(self, service: Any) -> None:
        self.service_added.emit(int(service.id))
        self.accept()

    def _on_add_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._on_failed(exc)

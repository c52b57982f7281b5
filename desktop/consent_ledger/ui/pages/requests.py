"""The Requests tab: every rights request by status with its reply date (overdue ones stand out),
its events and attachments; record what happened; reopen the letter; write a follow-up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.vocab import RequestEventKind, RequestStatus
from ..models import labels
from ..models.requests import RequestsModel
from ..queries import request_rows
from ..session import Session
from .forms import add_labelled_rows
from .request_exports import RequestExports

log = logging.getLogger(__name__)
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class RequestsPage(QWidget):
    def __init__(self, session: Session, workspace: Any) -> None:
        super().__init__(workspace)
        self.setObjectName("requests_page")
        self.session = session
        self.workspace = workspace
        self.views: list[Any] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        status_label = QLabel(self.tr("&Status:"))
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Filter by status"))
        self.status_box.addItem(self.tr("All"), "")
        for status in RequestStatus:
            self.status_box.addItem(labels.status(status.value), status.value)
        status_label.setBuddy(self.status_box)
        self.status_box.currentIndexChanged.connect(self.reload)
        bar.addWidget(status_label)
        bar.addWidget(self.status_box)
        bar.addStretch(1)
        self.calendar_button = QPushButton(self.tr("Export reply &dates (.ics)…"))
        self.calendar_button.clicked.connect(self._on_calendar)
        bar.addWidget(self.calendar_button)
        self.exports = RequestExports(session, self)
        self.exports.written.connect(self._on_written)
        self.exports.failed.connect(self._on_failed)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = RequestsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("requests_table")
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        splitter.addWidget(self.table)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        self.summary = QLabel()
        self.summary.setObjectName("request_summary")
        self.summary.setWordWrap(True)
        details_layout.addWidget(self.summary)
        self.events = QListWidget()
        self.events.setObjectName("request_events")
        self.events.setAccessibleName(self.tr("Events and attachments"))
        self.events.itemActivated.connect(self._on_event_activated)
        details_layout.addWidget(self.events, 1)
        row = QHBoxLayout()
        self.event_button = QPushButton(self.tr("Record what &happened…"))
        self.event_button.clicked.connect(self._on_record_event)
        self.letter_button = QPushButton(self.tr("Open the &letter…"))
        self.letter_button.clicked.connect(self._on_open_letter)
        self.reminder_button = QPushButton(self.tr("Write a &reminder…"))
        self.reminder_button.clicked.connect(lambda: self._on_followup("reminder"))
        self.complaint_button = QPushButton(self.tr("Write a &complaint…"))
        self.complaint_button.clicked.connect(lambda: self._on_followup("complaint"))
        self.bundle_button = QPushButton(self.tr("Save evidence &bundle…"))
        self.bundle_button.setToolTip(
            self.tr(
                "A zip with the letters (also as PDF), events, attachments, the notice version "
                "and a sha256 manifest"
            )
        )
        self.bundle_button.clicked.connect(self._on_bundle)
        for button in (
            self.event_button,
            self.letter_button,
            self.reminder_button,
            self.complaint_button,
            self.bundle_button,
        ):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        details_layout.addLayout(row)
        splitter.addWidget(details)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    def reload(self) -> None:
        status = self.status_box.currentData() or None
        self.session.op(lambda ledger: request_rows(ledger, status), self).success(
            self._on_loaded
        ).failure(self._on_failed).run()

    def _on_loaded(self, views: list[Any]) -> None:
        current = self.current_view()
        self.views = views
        self.model.set_rows(views)
        if current is not None:
            self.select_request(current.request.id)
        elif views:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self._show(None)

    def select_request(self, request_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RequestsModel.IdRole) == request_id:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def current_view(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.row() < len(self.model.rows) else None

    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_view())

    def _show(self, view: Any) -> None:
        self.events.clear()
        for button in (
            self.event_button,
            self.letter_button,
            self.reminder_button,
            self.complaint_button,
            self.bundle_button,
        ):
            button.setEnabled(view is not None)
        if view is None:
            self.summary.setText(self.tr("No requests yet. Open a service and write one."))
            return
        request = view.request
        lines = [
            self.tr("{service} — {type}: {status}").format(
                type=labels.request_type(str(request.type)),
                service=view.service.name,
                status=labels.status(str(view.status)),
            )
        ]
        if view.due is not None:
            lines.append(
                self.tr("Sent {sent}; reply expected by {due} ({basis}).").format(
                    sent=view.due.sent.isoformat(),
                    due=view.due.due.isoformat(),
                    basis=labels.due_basis(view.due),
                )
            )
        self.summary.setText("\n".join(lines))
        for event in request.events:
            text = self.tr("{date}: {kind}").format(
                date=event.at.isoformat(), kind=labels.status(str(event.kind))
            )
            if event.note:
                text += f" — {event.note}"
            self.events.addItem(QListWidgetItem(text))
            for attachment in event.attachments:
                item = QListWidgetItem(
                    self.tr("    attachment: {name} ({size} bytes)").format(
                        name=attachment.filename, size=attachment.size
                    )
                )
                item.setData(ATTACHMENT_ROLE, (attachment.id, attachment.filename))
                item.setToolTip(self.tr("Press Enter to save a copy"))
                self.events.addItem(item)
        sent = any(str(e.kind) == "sent" for e in request.events)
        self.reminder_button.setEnabled(sent)
        self.complaint_button.setEnabled(sent)

    def _on_failed(self, exc: BaseException) -> None:
        self.session.prompts.error(self, self.tr("Requests"), self.session.error_text(exc))

    # --- actions --------------------------------------------------------------------------
    def _on_bundle(self) -> None:
        view = self.current_view()
        if view is None:
            return
        dest = self.session.prompts.save_file(
            self,
            self.tr("Save the evidence bundle"),
            f"request-{view.request.id}-evidence.zip",
            self.tr("Zip archives (*.zip)"),
        )
        if dest:
            self.exports.bundle(int(view.request.id), Path(dest))

    def _on_calendar(self) -> None:
        dest = self.session.prompts.save_file(
            self,
            self.tr("Export reply dates"),
            "consent-ledger-replies.ics",
            self.tr("Calendars (*.ics)"),
        )
        if dest:
            self.exports.calendar(Path(dest))

    def _on_written(self, path: str) -> None:
        self.last_written = path
        self.session.prompts.info(
            self, self.tr("Requests"), self.tr("Saved: {path}").format(path=path)
        )

    def _on_record_event(self) -> None:
        view = self.current_view()
        if view is None:
            return
        dialog = EventDialog(self.session, self)
        request_id = view.request.id
        dialog.accepted.connect(lambda: self._save_event(request_id, dialog))
        dialog.open()
        self.event_dialog = dialog

    def _save_event(self, request_id: int, dialog: EventDialog) -> None:
        kind, when, note, path = dialog.values()
        files: list[tuple[str, bytes]] = []
        if path:
            try:
                files.append((Path(path).name, Path(path).read_bytes()))
            except OSError as exc:
                self._on_failed(exc)
                return
        from datetime import date

        at = date.fromisoformat(when)
        self.session.op(
            lambda ledger: ledger.requests.record_event(
                request_id, kind, at=at, note=note, files=files
            ),
            self,
        ).success(lambda _v: self.workspace.changed.emit()).failure(self._on_failed).run()

    def _on_event_activated(self, item: QListWidgetItem) -> None:
        data = item.data(ATTACHMENT_ROLE)
        if not data:
            return
        attachment_id, filename = data
        dest = self.session.prompts.save_file(
            self, self.tr("Save the attachment"), filename, self.tr("All files (*)")
        )
        if not dest:
            return

        def save(payload: bytes) -> None:
            from ...atomic import write_atomic

            try:
                write_atomic(Path(dest), payload)
            except OSError as exc:
                self._on_failed(exc)

        self.session.op(
            lambda ledger: ledger.repo.get_attachment_data(attachment_id), self
        ).success(save).failure(self._on_failed).run()

    def _on_open_letter(self) -> None:
        view = self.current_view()
        if view is None:
            return
        from .letter_view import LetterView

        dialog = LetterView(self.session, view.request.id, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _on_followup(self, kind: str) -> None:
        view = self.current_view()
        if view is None:
            return
        from .letter_view import LetterView

        dialog = LetterView(self.session, view.request.id, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()


class EventDialog(QDialog):
    """What happened to a request: kind, date, note, one attachment (kept encrypted)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Record what happened"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in RequestEventKind:
            self.kind.addItem(labels.status(kind.value), kind.value)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.note = QLineEdit()
        self.attachment = QLineEdit()
        self.attachment.setReadOnly(True)
        browse = QPushButton(self.tr("&Attach a file…"))
        browse.clicked.connect(self._on_browse)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attachment, 1)
        attach_row.addWidget(browse)
        add_labelled_rows(form, (
            (self.tr("&What:"), self.kind),
            (self.tr("&Date:"), self.date),
            (self.tr("&Note:"), self.note),
        ))
        form.addRow(QLabel(self.tr("Attachment:")), attach_row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_browse(self) -> None:
        path = self.session.prompts.open_file(
            self, self.tr("Attach a file"), self.tr("All files (*)")
        )
        if path:
            self.attachment.setText(path)

    def values(self) -> tuple[str, str, str, str]:
        return (
            self.kind.currentData(),
            self.date.date().toString("yyyy-MM-dd"),
            self.note.text().strip(),
            self.attachment.text(),
        )

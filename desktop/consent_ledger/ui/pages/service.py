"""One service's page: who it is, the data given and consents, its notice as plain terms with the
evidence lit up in the text, the PIPL Art. 17 check, versions and changes, a drift warning, and the
requests sent to it. Drop a notice file or link on the page to import it.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..models import labels
from ..queries import ServiceDetail, service_detail
from ..session import Session
from .article17_view import Article17View
from .busy import BusyBar
from .diff_view import DiffView
from .dropping import NoticeDrop, notice_drop
from .notice_import import NoticeLoader
from .notice_view import NoticeView
from .records import RecordsView

log = logging.getLogger(__name__)
NOTICE_FILTERS = "*.html *.htm *.md *.markdown *.txt *.pdf"


class ServicePage(QWidget):
    title_changed = Signal(str)
    closed = Signal()
    notice_stored = Signal(object)  # core.notice_book.StoredVersion

    def __init__(self, session: Session, service_id: int, workspace: Any) -> None:
        super().__init__(workspace)
        self.setObjectName("service_page")
        self.setAcceptDrops(True)
        self.session = session
        self.service_id = service_id
        self.workspace = workspace
        self.detail: ServiceDetail | None = None
        layout = QVBoxLayout(self)

        self.header = QLabel()
        self.header.setObjectName("service_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.header.setOpenExternalLinks(True)
        layout.addWidget(self.header)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import notice…"))
        self.import_button.setToolTip(self.tr("Import the privacy notice from a file (Ctrl+I)"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.fetch_button = QPushButton(self.tr("&Fetch notice"))
        self.fetch_button.setToolTip(self.tr("Download the notice from its web address"))
        self.fetch_button.clicked.connect(self._on_fetch_clicked)
        self.letter_button = QPushButton(self.tr("&Write a request…"))
        self.letter_button.clicked.connect(lambda: self.workspace.compose_letter(self.service_id))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self._on_edit)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(self._on_remove)
        for button in (
            self.import_button,
            self.fetch_button,
            self.letter_button,
            self.edit_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+I"), self, self._on_import_clicked)

        self.drift_banner = QLabel()
        self.drift_banner.setObjectName("drift_banner")
        self.drift_banner.setWordWrap(True)
        self.drift_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.drift_banner.setAutoFillBackground(True)
        self.drift_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.drift_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.drift_banner.setMargin(6)
        self.drift_banner.hide()
        layout.addWidget(self.drift_banner)

        self.busy = BusyBar(self)
        self.busy.cancel_requested.connect(self._on_cancel)
        self.loader = NoticeLoader(session, service_id, self)
        self.loader.relay.progressed.connect(self.busy.on_progress)
        self.loader.stored.connect(self._on_stored)
        self.loader.failed.connect(self._on_notice_failed)
        self.loader.cancelled.connect(self._on_cancelled)
        layout.addWidget(self.busy)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("service_tabs")
        notice_tab = QWidget()
        notice_layout = QVBoxLayout(notice_tab)
        version_bar = QHBoxLayout()
        version_label = QLabel(self.tr("&Version:"))
        self.version_box = QComboBox()
        self.version_box.setAccessibleName(self.tr("Notice version"))
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        version_label.setBuddy(self.version_box)
        self.version_box.currentIndexChanged.connect(self._on_version_chosen)
        version_bar.addWidget(version_label)
        version_bar.addWidget(self.version_box)
        version_bar.addStretch(1)
        notice_layout.addLayout(version_bar)
        self.notice = NoticeView(notice_tab)
        notice_layout.addWidget(self.notice, 1)
        self.records = RecordsView(session, service_id, self)
        self.records.changed.connect(self._on_records_changed)
        self.art17 = Article17View(self)
        self.art17.show_clauses.connect(self._show_latest_clauses)
        self.art17.explain_requested.connect(
            lambda: self.workspace.compose_letter(self.service_id, "explain")
        )
        self.diff = DiffView(self)
        self.diff.compare_requested.connect(self._on_compare)
        self.requests = QListWidget()
        self.requests.setObjectName("service_requests")
        self.requests.setAccessibleName(self.tr("Requests to this service"))
        self.tabs.addTab(notice_tab, self.tr("&Notice"))
        self.tabs.addTab(self.records, self.tr("&Data and consents"))
        self.tabs.addTab(self.art17, self.tr("Art. &17 check"))
        self.tabs.addTab(self.diff, self.tr("C&hanges"))
        self.tabs.addTab(self.requests, self.tr("Re&quests"))
        layout.addWidget(self.tabs, 1)

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        service_id = self.service_id
        self.session.op(lambda ledger: service_detail(ledger, service_id), self).success(
            self._on_loaded
        ).failure(self._on_load_failed).run()

    def _on_load_failed(self, exc: BaseException) -> None:
        self.session.prompts.error(self, self.tr("Service"), self.session.error_text(exc))
        from ...core.errors import NotFoundError

        if isinstance(exc, NotFoundError):
            self.closed.emit()

    def _on_loaded(self, detail: ServiceDetail) -> None:
        self.detail = detail
        service = detail.service
        self.title_changed.emit(service.name)
        e = html.escape
        lines = [f"<h2>{e(service.name)}</h2>"]
        facts = []
        if service.provider:
            facts.append(e(service.provider))
        if service.region:
            facts.append(e(labels.region(service.region)))
        if service.website:
            facts.append(f'<a href="{e(service.website)}">{e(service.website)}</a>')
        if facts:
            lines.append(" · ".join(facts))
        contacts = [*service.emails, *service.phones]
        if contacts:
            lines.append(
                "<br/>"
                + e(self.tr("Privacy contacts: {contacts}").format(contacts=labels.join(contacts)))
            )
        if detail.audit is not None:
            lines.append("<br/><b>" + e(labels.tier(str(detail.audit.tier.value))) + "</b>")
        self.header.setText("".join(lines))
        self.fetch_button.setEnabled(bool(service.notice_url))
        self._show_drift(detail)
        self.records.show_records(detail)
        self.version_box.blockSignals(True)
        self.version_box.clear()
        for version in detail.versions:
            self.version_box.addItem(
                self.tr("Version {number} ({date})").format(
                    number=version.number, date=version.retrieved.date().isoformat()
                ),
                version.id,
            )
        self.version_box.setCurrentIndex(len(detail.versions) - 1)
        self.version_box.blockSignals(False)
        self.notice.show_version(detail.versions[-1] if detail.versions else None)
        self._show_art17(detail)
        self.diff.set_versions(detail.versions)
        self._show_requests(detail)

    def _show_drift(self, detail: ServiceDetail) -> None:
        drifting = [d for d in detail.drift if d.needs_fresh_consent]
        if not drifting:
            self.drift_banner.hide()
            return
        first = drifting[0]
        changes = labels.join([_change_words(c) for c in first.changes][:6])
        self.drift_banner.setText(
            self.tr(
                "The notice changed since you consented (version {old} → {new}): {changes}. Under "
                "PIPL Art. 14 a change of purposes, methods or categories needs your fresh consent. "
                "See the Changes tab, or withdraw your consent."
            ).format(
                old=first.consented.number if first.consented else "?",
                new=first.latest.number if first.latest else "?",
                changes=changes,
            )
        )
        self.drift_banner.show()

    def _show_art17(self, detail: ServiceDetail) -> None:
        self.art17.show_version(detail.versions[-1] if detail.versions else None)

    def _show_latest_clauses(self, clause_ids: list[int]) -> None:
        """Show clauses of the latest notice (the one the Art. 17 check reads) in the Notice tab."""
        if self.detail is None or not self.detail.versions:
            return
        self.version_box.setCurrentIndex(len(self.detail.versions) - 1)
        self.notice.terms.setCurrentItem(None)
        self.notice.highlight(clause_ids)
        self.tabs.setCurrentIndex(0)
        self.notice.text.setFocus()

    def _show_requests(self, detail: ServiceDetail) -> None:
        self.requests.clear()
        for view in detail.requests:
            due = view.due.due.isoformat() if view.due is not None else "—"
            self.requests.addItem(
                self.tr("#{id} {type}: {status}, due {due}").format(
                    id=view.request.id,
                    type=labels.request_type(str(view.request.type)),
                    status=labels.status(str(view.status)),
                    due=due,
                )
            )
        if not detail.requests:
            self.requests.addItem(self.tr("No requests yet."))

    def _on_version_chosen(self, index: int) -> None:
        if self.detail is not None and 0 <= index < len(self.detail.versions):
            self.notice.show_version(self.detail.versions[index])

    def _on_records_changed(self) -> None:
        self.workspace.changed.emit()

    def _on_compare(self, old_id: int, new_id: int) -> None:
        service_id = self.service_id
        self.session.op(
            lambda ledger: ledger.notices.diff(
                service_id, from_ref=f"id:{old_id}", to_ref=f"id:{new_id}"
            ),
            self,
        ).success(self.diff.show_diff).failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        self.session.prompts.error(self, self.tr("Service"), self.session.error_text(exc))

    # --- notices --------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        path = self.session.prompts.open_file(
            self,
            self.tr("Import a privacy notice"),
            self.tr("Notices ({patterns})").format(patterns=NOTICE_FILTERS),
        )
        if path:
            self.import_file(path)

    def _on_fetch_clicked(self) -> None:
        if self.detail is not None and self.detail.service.notice_url:
            self.fetch_url()

    def import_drop(self, drop: NoticeDrop) -> None:
        if drop.kind == "file":
            self.import_file(drop.value)
        else:
            self.fetch_url(drop.value)

    def _begin(self, text: str) -> bool:
        if self.loader.busy:
            self.session.prompts.info(
                self, self.tr("Notice"), self.tr("Please wait for the current notice to finish.")
            )
            return False
        self.busy.start(text)
        for button in (self.import_button, self.fetch_button):
            button.setEnabled(False)
        return True

    def _end(self) -> None:
        self.busy.finish()
        self.import_button.setEnabled(True)
        self.fetch_button.setEnabled(bool(self.detail and self.detail.service.notice_url))

    def import_file(self, path: str) -> None:
        """Read and analyse on the worker pool, store on the database thread (cancellable)."""
        if self._begin(self.tr("Importing the notice…")):
            self.loader.import_file(path)

    def fetch_url(self, url: str | None = None) -> None:
        """Download and analyse on the worker pool, store on the database thread."""
        if self._begin(self.tr("Fetching the notice…")):
            self.loader.fetch(url)

    def _on_cancel(self) -> None:
        self.loader.cancel()
        self.busy.cancel.setEnabled(False)

    def _on_cancelled(self) -> None:
        self._end()

    def _on_stored(self, stored: Any) -> None:
        self._end()
        if not stored.new:
            self.session.prompts.info(
                self,
                self.tr("Notice"),
                self.tr("This text is already stored as version {number}.").format(
                    number=stored.version.number
                ),
            )
        self.notice_stored.emit(stored)
        self.workspace.changed.emit()

    def _on_notice_failed(self, exc: BaseException) -> None:
        self._end()
        self.session.prompts.error(self, self.tr("Notice"), self.session.error_text(exc))

    # --- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if notice_drop(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        drop = notice_drop(event.mimeData())
        if drop is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_drop(drop)

    # --- editing --------------------------------------------------------------------------
    def _on_edit(self) -> None:
        from .service_edit import ServiceEditDialog

        if self.detail is None:
            return
        dialog = ServiceEditDialog(self.session, self.detail.service, self)
        dialog.saved.connect(lambda _id: self.workspace.changed.emit())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_remove(self) -> None:
        if self.detail is None:
            return
        name = self.detail.service.name
        if not self.session.prompts.confirm(
            self,
            self.tr("Remove service"),
            self.tr(
                "Remove {name} and everything recorded about it (data given, consents, notices, "
                "requests)? This cannot be undone."
            ).format(name=name),
        ):
            return
        service_id = self.service_id
        self.session.op(lambda ledger: ledger.register.remove_service(service_id), self).success(
            lambda _r: (self.workspace.changed.emit(), self.closed.emit())
        ).failure(self._on_failed).run()


def _change_words(change: Any) -> str:
    from .diff_view import term_change_text

    return term_change_text(change)

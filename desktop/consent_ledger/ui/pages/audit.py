"""The Audit tab: a risk tier per service and overall, each reason with its evidence, the next
actions (a request action opens the letter composer, prefilled), and the report as HTML or PDF.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import labels
from ..queries import ledger_audit
from ..session import Session

log = logging.getLogger(__name__)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


class AuditPage(QWidget):
    def __init__(self, session: Session, workspace: Any) -> None:
        super().__init__(workspace)
        self.setObjectName("audit_page")
        self.session = session
        self.workspace = workspace
        self.report: Any = None
        layout = QVBoxLayout(self)
        self.overall = QLabel()
        self.overall.setObjectName("audit_overall")
        self.overall.setWordWrap(True)
        layout.addWidget(self.overall)
        self.tree = QTreeWidget()
        self.tree.setObjectName("audit_tree")
        self.tree.setAccessibleName(self.tr("Findings per service"))
        self.tree.setHeaderLabels([self.tr("Service, reasons and next steps"), self.tr("Evidence")])
        self.tree.setColumnWidth(0, 620)
        self.tree.itemActivated.connect(self._on_activated)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Press Enter on a next step to act on it."))
        row.addWidget(hint)
        row.addStretch(1)
        self.report_button = QPushButton(self.tr("Save the &report…"))
        self.report_button.clicked.connect(self._on_save_report)
        row.addWidget(self.report_button)
        layout.addLayout(row)
        self.setFocusProxy(self.tree)

    def reload(self) -> None:
        self.session.op(ledger_audit, self).success(self._on_loaded).failure(self._on_failed).run()

    def _lang(self) -> str:
        return "zh" if labels.is_zh() else "en"

    def _on_loaded(self, report: Any) -> None:
        from ...audit.texts import action_text, evidence_text, reason_text

        self.report = report
        lang = self._lang()
        overall = report.overall
        self.overall.setText(
            self.tr(
                "Overall: {tier}. {services} services: {high} high, {medium} medium, {low} low risk."
            ).format(
                tier=labels.tier(str(overall.tier.value)),
                services=overall.services,
                high=overall.by_tier.get("high", 0),
                medium=overall.by_tier.get("medium", 0),
                low=overall.by_tier.get("low", 0),
            )
        )
        self.tree.clear()
        for audit in report.services:
            top = QTreeWidgetItem(
                self.tree, [f"{audit.name} — {labels.tier(str(audit.tier.value))}"]
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for reason in audit.reasons:
                QTreeWidgetItem(
                    top, [reason_text(reason, lang), evidence_text(reason.evidence, lang)]
                )
            for action in audit.actions:
                item = QTreeWidgetItem(top, ["→ " + action_text(action, lang)])
                item.setData(0, ACTION_ROLE, action)
        self.tree.expandAll()
        if not report.services:
            QTreeWidgetItem(self.tree, [self.tr("No services yet.")])

    def _on_failed(self, exc: BaseException) -> None:
        self.session.prompts.error(self, self.tr("Audit"), self.session.error_text(exc))

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        action = item.data(0, ACTION_ROLE)
        if action is None:
            return
        if action.request_type is not None and action.request_id is None:
            self.workspace.compose_letter(
                action.service_id, str(action.request_type.value), dict(action.options)
            )
        else:
            self.workspace.open_service(action.service_id)

    def _on_save_report(self) -> None:
        if self.report is None:
            return
        dest = self.session.prompts.save_file(
            self,
            self.tr("Save the audit report"),
            "consent-ledger-audit.pdf",
            self.tr("PDF (*.pdf);;Web page (*.html)"),
        )
        if not dest:
            return
        from ... import __version__
        from ...audit.report import ReportTemplates, render_html, report_title

        path = Path(dest)
        form = "print" if path.suffix.lower() == ".pdf" else "screen"
        if path.suffix.lower() not in (".pdf", ".html", ".htm"):
            path = path.with_suffix(".pdf")
        lang = self._lang()
        wiring = self.session.wiring
        try:
            html = render_html(
                self.report,
                lang,
                ReportTemplates(wiring.resources / "report"),
                form=form,
                app_version=__version__,
            )
            if form == "print":
                wiring.pdf_writer()(html, path, title=report_title(lang))
            else:
                from ...atomic import write_atomic

                write_atomic(path, html.encode("utf-8"))
        except Exception as exc:  # one translated line; the log has the details
            log.warning("audit report failed: %s", type(exc).__name__)
            self._on_failed(exc)
            return
        self.session.prompts.info(
            self, self.tr("Audit"), self.tr("Saved: {path}").format(path=str(path))
        )

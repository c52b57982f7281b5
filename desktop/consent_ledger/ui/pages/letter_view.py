"""A stored request's letter, or a follow-up (reminder, complaint) built from its history:
read it, save it as PDF or e-mail, copy it."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..models import labels
from ..session import Session

log = logging.getLogger(__name__)


class LetterView(QDialog):
    def __init__(
        self, session: Session, request_id: int, followup: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letter_view")
        self.session = session
        self.request_id = request_id
        self.followup = followup
        self.letter: Any = None
        titles = {
            None: self.tr("Letter"),
            "reminder": self.tr("Reminder"),
            "complaint": self.tr("Complaint to the regulator"),
        }
        self.setWindowTitle(titles.get(followup, self.tr("Letter")))
        self.resize(820, 680)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Letter text"))
        layout.addWidget(self.text, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Save as &PDF…"), lambda: self.export("pdf")),
            (self.tr("Save as &e-mail…"), lambda: self.export("eml")),
            (self.tr("&Copy text"), self.copy_text),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)

        def load(ledger: Any) -> Any:
            if followup is None:
                return ledger.requests.letter(request_id)
            return ledger.requests.followup(request_id, followup)

        session.op(load, self).success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, letter: Any) -> None:
        self.letter = letter
        to = labels.join(list(letter.to)) if letter.to else "—"
        self.header.setText(
            self.tr("To: {to}\nSubject: {subject}").format(to=to, subject=letter.subject)
        )
        if getattr(letter, "frozen", False):
            self.status.setText(self.tr("This is the letter exactly as you sent it."))
        self.text.setPlainText(letter.text)

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setText(self.session.error_text(exc))
        self.session.prompts.error(self, self.windowTitle(), self.session.error_text(exc))

    def export(self, fmt: str) -> None:
        if self.letter is None:
            return
        suffix = {"pdf": ".pdf", "eml": ".eml"}[fmt]
        filters = {"pdf": self.tr("PDF (*.pdf)"), "eml": self.tr("E-mail (*.eml)")}[fmt]
        dest = self.session.prompts.save_file(
            self, self.tr("Save the letter"), f"request-{self.request_id}{suffix}", filters
        )
        if not dest:
            return
        if not dest.lower().endswith(suffix):
            dest += suffix
        outputs = self.session.wiring.letter_outputs(pdf=fmt == "pdf")
        try:
            outputs.write(
                self.letter,
                fmt,
                Path(dest),
                now=datetime.now(UTC),
                sender=getattr(self.letter, "sender", ""),
            )
        except Exception as exc:  # one translated line; the log has the details
            log.warning("letter export failed: %s", type(exc).__name__)
            self._on_failed(exc)
            return
        self.status.setText(self.tr("Saved: {path}").format(path=dest))

    def copy_text(self) -> None:
        if self.letter is not None:
            QApplication.clipboard().setText(self.letter.text)
            self.status.setText(self.tr("The letter is on the clipboard."))

"""Files a person takes out of the vault about their requests: the evidence bundle of one request
(zip with a sha256 manifest, the letters also as PDF) and the reply dates as a calendar (.ics).
Gathering runs on the database thread, PDF painting on the GUI thread, zipping and writing on the
worker pool; all use the same functions as the CLI."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..models import labels
from ..session import Session
from ..tasks import Task

log = logging.getLogger(__name__)


class RequestExports(QObject):
    written = Signal(str)  # the path
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def bundle(self, request_id: int, dest: Path) -> None:
        wiring = self.session.wiring

        def write(dossier: Any) -> None:
            from ...letters import bundle as evidence

            # The letters' PDFs are painted here, on the GUI thread: Qt documents painting in other
            # threads only for QImage, QPrinter and QPicture, not QPdfWriter. Zipping runs on the
            # pool. A letter renders in tens of milliseconds (README, "Rights requests").
            outputs = wiring.letter_outputs(pdf=True)
            try:
                evidence.check_folder(dest)
                pdfs = evidence.render_pdfs(
                    dossier, functools.partial(outputs.pdf_bytes, directory=dest.parent)
                )
            except Exception as exc:  # one translated line; the log has the details
                log.warning("evidence bundle failed: %s", type(exc).__name__)
                self.failed.emit(exc)
                return
            self._write(
                lambda _control: evidence.write(
                    dossier, outputs, dest, now=wiring.clock.now(), pdfs=pdfs
                )
            )

        self.session.op(lambda ledger: ledger.requests.dossier(request_id), self).success(
            write
        ).failure(self.failed.emit).run()

    def calendar(self, dest: Path) -> None:
        wiring = self.session.wiring
        lang = "zh" if labels.is_zh() else "en"

        def write(views: list[Any]) -> None:
            from ...atomic import write_atomic
            from ...letters.ics import calendar as ics_calendar

            def work(_control: Any) -> Path:
                text = ics_calendar(views, now=wiring.clock.now(), lang=lang)
                return write_atomic(dest, text.encode("utf-8"))

            self._write(work)

        self.session.op(lambda ledger: ledger.requests.list(due_only=True), self).success(
            write
        ).failure(self.failed.emit).run()

    def _write(self, work: Any) -> None:
        task = Task(work, self)
        task.succeeded.connect(lambda path: self.written.emit(str(path)))
        task.failed.connect(self.failed.emit)
        task.start(self.session.pool)

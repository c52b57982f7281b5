"""Bring a notice into the vault without blocking anything: reading or downloading and analysing
run on the worker pool; the database thread only plans the download (conditional headers) and
stores the result (``NoticeBook.fetch_plan`` / ``import_document``). Progress and cancel work
across both.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core.ports import FetchedDocument
from ..session import Session
from ..tasks import Task, TaskControl
from .busy import ProgressRelay


class NoticeLoader(QObject):
    """One notice at a time for one service. Signals: ``stored(StoredVersion)``, ``failed(exc)``,
    ``cancelled()``; ``progressed`` is the relay's (stage, done, total)."""

    stored = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, session: Session, service_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service_id = service_id
        self.relay = ProgressRelay(self)
        self.busy = False
        self._task: Task | None = None

    # --- entry points -----------------------------------------------------------------------
    def import_file(self, path: str) -> None:
        reader = self.session.wiring.reader
        analyser = self.session.analyser
        source = os.path.basename(path) or path
        relay = self.relay

        def work(control: TaskControl) -> tuple[FetchedDocument, dict[str, Any]]:
            relay.report("read", 0, None)
            read = reader().read_file(path)
            control.check()
            document = FetchedDocument(
                source=source, text=read.text, content_type=read.content_type
            )
            return document, _analyse(analyser, document, relay, control)

        self._start()
        self._run(work)

    def fetch(self, url: str | None = None) -> None:
        """Download the service's notice URL (or *url*), conditionally when it was seen before."""
        self._start()
        service_id = self.service_id
        self.session.op(lambda ledger: ledger.notices.fetch_plan(service_id, url), self).success(
            self._download
        ).failure(self._on_failed).run()

    def cancel(self) -> None:
        self.relay.cancel_event.set()
        if self._task is not None:
            self._task.cancel()

    # --- steps --------------------------------------------------------------------------------
    def _start(self) -> None:
        self.busy = True
        self.relay.cancel_event.clear()

    def _download(self, plan: Any) -> None:
        fetcher = self.session.wiring.fetcher
        analyser = self.session.analyser
        relay = self.relay

        def work(control: TaskControl) -> tuple[FetchedDocument, dict[str, Any] | None]:
            got = fetcher().fetch(
                plan.url,
                etag=plan.etag,
                last_modified=plan.last_modified,
                progress=lambda done, total: relay.report("download", done, total),
                cancel=lambda: control.cancelled or relay.cancelled(),
            )
            control.check()
            document = FetchedDocument(
                source=plan.url,
                text=got.text,
                content_type=got.content_type,
                etag=got.etag,
                last_modified=got.last_modified,
                not_modified=got.not_modified,
            )
            if document.not_modified:
                return document, None
            return document, _analyse(analyser, document, relay, control)

        self._run(work)

    def _run(self, work: Any) -> None:
        task = Task(lambda control: work(_Both(control, self.relay)), self)
        task.succeeded.connect(self._store)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        self._task = task.start(self.session.pool)

    def _store(self, result: tuple[FetchedDocument, dict[str, Any] | None]) -> None:
        document, analysis = result
        service_id = self.service_id
        relay = self.relay
        self.session.op(
            lambda ledger: ledger.notices.import_document(
                service_id,
                document,
                analysis=analysis,
                progress=relay.report,
                cancel=relay.cancelled,
            ),
            self,
        ).success(self._on_stored).failure(self._on_failed).run()

    def _on_stored(self, stored: Any) -> None:
        self._finish()
        self.stored.emit(stored)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if getattr(exc, "code", "") == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(exc)

    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()

    def _finish(self) -> None:
        self.busy = False
        self._task = None


class _Both(TaskControl):
    """A task control that also honours the relay's cancel (pressed before the task started)."""

    def __init__(self, control: TaskControl, relay: ProgressRelay) -> None:
        self._inner = control
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        return self._inner.cancelled or self._relay.cancelled()

    def check(self) -> None:
        if self.cancelled:
            from ..tasks import CancelledError

            raise CancelledError()

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._inner.progress(done, total, label)


def _analyse(
    analyser: Any, document: FetchedDocument, relay: ProgressRelay, control: TaskControl
) -> dict[str, Any]:
    relay.report("analyse", 0, len(document.text))
    analysis = analyser().analyse(document.text, source=document.source)
    control.check()
    return dict(analysis)

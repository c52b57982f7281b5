"""One long-lived database thread that owns the open Ledger, and the operation runner over it.

Anki's pattern: ``DbOp(runner, fn).success(cb).failure(cb).run()``. ``fn`` runs on the database
thread with the open Ledger (or, for opening and creating the vault, with the DbState); its result or
its exception comes back to the GUI thread through a queued signal, where the callbacks run. Workers
never touch widgets; callbacks whose parent widget has gone are dropped.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

from ..core.errors import LedgerError, VaultLockedError

log = logging.getLogger(__name__)

STOP_TIMEOUT_S = 60.0


@dataclass
class DbState:
    """What lives on the database thread: the wiring (adapter factory) and the open ledger."""

    wiring: Any
    ledger: Any = None
    extras: dict[str, Any] = field(default_factory=dict)

    def require_ledger(self) -> Any:
        if self.ledger is None:
            raise VaultLockedError("the vault is locked")
        return self.ledger

    def close(self) -> None:
        ledger, self.ledger = self.ledger, None
        if ledger is not None:
            ledger.close()


class _Worker(QObject):
    finished = Signal(int, bool, object)

    def __init__(self, state: DbState) -> None:
        super().__init__()
        self.state = state

    @Slot(int, object)
    def execute(self, job_id: int, fn: Callable[[DbState], Any]) -> None:
        try:
            result = fn(self.state)
        except LedgerError as exc:
            log.info("database operation failed: %s (%s)", exc.code, type(exc).__name__)
            self.finished.emit(job_id, False, exc)
        except Exception as exc:  # a bug: log it with its traceback; the GUI shows a message
            log.error("database operation crashed\n%s", "".join(traceback.format_exception(exc)))
            self.finished.emit(job_id, False, exc)
        else:
            self.finished.emit(job_id, True, result)


class DbRunner(QObject):
    """GUI-side owner of the database thread. Create once per session; call ``stop`` on exit."""

    submitted = Signal(int, object)
    idle = Signal()

    def __init__(self, wiring: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Any, Callable[..., Any] | None, Callable[..., Any] | None]]
        self._pending = {}
        self._thread = QThread()
        self._thread.setObjectName("consent-ledger-db")
        self._worker = _Worker(DbState(wiring))
        self._worker.moveToThread(self._thread)
        self.submitted.connect(self._worker.execute)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()
        self._stopped = False

    @property
    def running(self) -> bool:
        """Whether the database thread is alive."""
        return self._thread.isRunning()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def submit(
        self,
        fn: Callable[[DbState], Any],
        parent: Any = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> int:
        if self._stopped:
            raise RuntimeError("the database thread has stopped")
        job_id = next(self._ids)
        self._pending[job_id] = (parent, on_success, on_failure)
        self.submitted.emit(job_id, fn)
        return job_id

    @Slot(int, bool, object)
    def _on_finished(self, job_id: int, ok: bool, value: object) -> None:
        parent, on_success, on_failure = self._pending.pop(job_id, (None, None, None))
        try:
            if parent is not None and not isValid(parent):
                return
            if ok and on_success is not None:
                on_success(value)
            elif not ok:
                if on_failure is not None:
                    on_failure(value)  # type: ignore[arg-type]
                else:
                    log.warning("unhandled database failure: %s", type(value).__name__)
        finally:
            if not self._pending:
                self.idle.emit()

    def stop(self) -> None:
        """Close the ledger on its own thread, then stop the thread and wait for it."""
        if self._stopped:
            return
        self._stopped = True
        self._worker.state.extras.clear()
        closed = threading.Event()

        def close(state: DbState) -> None:
            try:
                state.close()
            finally:
                closed.set()

        self.submitted.emit(next(self._ids), close)
        if not closed.wait(STOP_TIMEOUT_S):
            log.error("the database thread did not finish within %s s", STOP_TIMEOUT_S)
        self._thread.quit()
        self._thread.wait()
        self._pending.clear()


class DbOp:
    """Builder for one database operation: ``DbOp(runner, fn, parent).success(cb).run()``.

    ``fn`` receives the open Ledger; with ``raw=True`` it receives the DbState instead (for opening,
    creating and locking the vault).
    """

    def __init__(
        self, runner: DbRunner, fn: Callable[[Any], Any], parent: Any = None, *, raw: bool = False
    ) -> None:
        self._runner = runner
        self._fn = fn
        self._parent = parent
        self._raw = raw
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> DbOp:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> DbOp:
        self._failure = callback
        return self

    def run(self) -> int:
        fn = self._fn
        if self._raw:
            call: Callable[[DbState], Any] = fn
        else:

            def call(state: DbState) -> Any:
                return fn(state.require_ledger())

        return self._runner.submit(call, self._parent, self._success, self._failure)

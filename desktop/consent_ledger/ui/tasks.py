"""Background work that needs no database: fetching and analysing notices, rendering files.

Each ``Task`` runs a function on a QThreadPool thread with a ``TaskControl`` it can use to report
progress and to notice a cancel request. Results and errors come back to the GUI thread by signals;
the function never touches a widget.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import LedgerError

log = logging.getLogger(__name__)


class CancelledError(Exception):
    """Raised inside a task function when the person cancelled it."""


class TaskControl:
    """Handed to a task function: report progress, check for cancellation."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._signals.progressed.emit(int(done), int(total), label)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise CancelledError()

    def cancel(self) -> None:
        self._cancelled.set()


class _TaskSignals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()


class _Runnable(QRunnable):
    def __init__(
        self, fn: Callable[[TaskControl], Any], signals: _TaskSignals, control: TaskControl
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._control = control

    def run(self) -> None:
        try:
            self._control.check()
            result = self._fn(self._control)
            if self._control.cancelled:
                raise CancelledError()
        except CancelledError:
            self._signals.cancelled.emit()
        except LedgerError as exc:
            log.info("background task failed: %s", exc.code)
            self._signals.failed.emit(exc)
        except Exception as exc:  # a bug: log it; the GUI shows a translated message
            log.error("background task crashed\n%s", "".join(traceback.format_exception(exc)))
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        finally:
            self._signals.done.emit()


class Task(QObject):
    """One background job. Connect to its signals, then ``start(pool)``."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, fn: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _TaskSignals()
        self.control = TaskControl(self._signals)
        self._fn = fn
        for name in ("progressed", "succeeded", "failed", "cancelled", "done"):
            getattr(self._signals, name).connect(getattr(self, name))
        self.running = False
        self.done.connect(self._on_done)

    def start(self, pool: TaskPool) -> Task:
        self.running = True
        pool.track(self)
        pool.pool.start(_Runnable(self._fn, self._signals, self.control))
        return self

    def cancel(self) -> None:
        self.control.cancel()

    def _on_done(self) -> None:
        self.running = False


class TaskPool(QObject):
    """The app's worker pool (fetch, analysis, rendering). ``shutdown`` cancels and waits."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def track(self, task: Task) -> None:
        self._tasks.add(task)
        task.done.connect(lambda: self._tasks.discard(task))

    @property
    def active(self) -> int:
        return sum(1 for task in self._tasks if task.running)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        self.cancel_all()
        return self.pool.waitForDone(timeout_ms)

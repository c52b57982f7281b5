"""Auto-lock after idle: an application-wide event filter restarts a single-shot timer on every
key press, click, wheel or touch; when it fires, ``idle`` is emitted and the session locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.MouseMove,
    }
)


class IdleLock(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.idle)
        self._interval_ms = 0

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(0, int(minutes)) * 60_000)

    def set_interval_ms(self, interval_ms: int) -> None:
        """0 disables auto-lock."""
        self._interval_ms = max(0, int(interval_ms))
        if self._timer.isActive() or self._interval_ms == 0:
            self.restart()

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def arm(self) -> None:
        self.restart()

    def disarm(self) -> None:
        self._timer.stop()

    def restart(self) -> None:
        if self._interval_ms <= 0:
            self._timer.stop()
            return
        self._timer.start(self._interval_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._interval_ms)
        return False

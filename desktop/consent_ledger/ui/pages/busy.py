"""A progress line with a Cancel button for long work (fetching, analysing, rendering)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ProgressRelay(QObject):
    """Carries progress from a worker or the database thread to the GUI thread (queued signal)."""

    progressed = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()

    def report(self, stage: str, done: int, total: int | None) -> None:
        self.progressed.emit(stage, int(done), int(total or 0))

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class BusyBar(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.show()

    def on_progress(self, stage: str, done: int, total: int) -> None:
        stages = {
            "download": self.tr("Downloading…"),
            "analyse": self.tr("Analysing…"),
            "store": self.tr("Saving…"),
            "read": self.tr("Reading…"),
            "render": self.tr("Writing…"),
        }
        self.label.setText(stages.get(stage, stage))
        if total > 0 and stage == "download":
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def finish(self) -> None:
        self.hide()

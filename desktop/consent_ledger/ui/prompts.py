"""Message boxes and file pickers behind one facade that tests can answer in advance.

The app asks ``prompts.error(...)``, ``prompts.confirm(...)``, ``prompts.open_file(...)``. In normal
use these show Qt dialogs. A test calls ``prompts.script()`` first: then nothing modal opens, every
message is recorded in ``shown``, and answers come from the queue filled with ``answer(...)``; an
unexpected question fails loudly instead of blocking the test.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


@dataclass(frozen=True)
class Shown:
    kind: str  # "error", "info", "confirm", "open_file", "save_file", "folder", "text"
    title: str
    text: str


class Prompts:
    def __init__(self) -> None:
        self.scripted = False
        self.shown: list[Shown] = []
        self._answers: deque[tuple[str, Any]] = deque()

    # --- for tests ------------------------------------------------------------------------
    def script(self) -> Prompts:
        self.scripted = True
        return self

    def answer(self, kind: str, value: Any) -> Prompts:
        self._answers.append((kind, value))
        return self

    def _next(self, kind: str, title: str, text: str) -> Any:
        self.shown.append(Shown(kind, title, text))
        if kind in ("error", "info"):
            return None
        if not self._answers:
            raise AssertionError(f"unexpected {kind} prompt: {title}: {text}")
        expected, value = self._answers.popleft()
        if expected != kind:
            raise AssertionError(f"expected a {expected} prompt, got {kind}: {title}")
        return value

    # --- the app's questions ------------------------------------------------------------------
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        if self.scripted:
            self._next("error", title, text)
            return
        QMessageBox.warning(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        if self.scripted:
            self._next("info", title, text)
            return
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        if self.scripted:
            return bool(self._next("confirm", title, text))
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str:
        if self.scripted:
            return str(self._next("open_file", title, filters) or "")
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return path

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
        if self.scripted:
            return str(self._next("save_file", title, suggested) or "")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

    def folder(self, parent: QWidget | None, title: str, start: str = "") -> str:
        """An existing folder chosen by the person (the dialog can create one); "" if cancelled."""
        if self.scripted:
            return str(self._next("folder", title, start) or "")
        return QFileDialog.getExistingDirectory(parent, title, start)

    def text(self, parent: QWidget | None, title: str, label: str, *, secret: bool = False) -> str:
        """A line of text (or a passphrase, not echoed); "" when cancelled."""
        if self.scripted:
            return str(self._next("text", title, label) or "")
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(parent, title, label, mode)
        return value if ok else ""

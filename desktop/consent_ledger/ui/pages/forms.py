"""Form rows with a mnemonic label that focuses its field and names it for screen readers."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def add_labelled_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> None:
    """Add each (translated label with &mnemonic, field) row: Alt+letter focuses the field, and
    the field's accessible name is the label without the mnemonic and colon."""
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":："))
        form.addRow(label, widget)

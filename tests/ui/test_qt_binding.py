"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call
that returns nothing (setText, show, processEvents …). None is not immortal before Python 3.12, so
a desktop session that runs long enough aborts with "Fatal Python error: none_dealloc". This checks
the installed binding does not leak that way (pyproject.toml excludes the broken release)."""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.gui


def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    after = sys.getrefcount(None)
    label.deleteLater()
    assert after - before > -50, (
        f"the Qt binding leaked {before - after} references to None in 500 calls: "
        "this PySide6 release crashes long sessions on this Python; use another release")

"""No control characters hide in the code or the lexicons.

A regular expression written as ``"\\b…"`` in a plain (not raw) string holds a backspace, not a
word boundary, and then never matches: one such pattern (``\\x08vendors?\\x08``) sat unnoticed in
the contact reader for several sessions. Tabs and line ends are the only control characters a
source or lexicon file has a use for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FILES = sorted([*(ROOT / "desktop" / "consent_ledger").rglob("*.py"),
                 *(ROOT / "resources" / "lexicons").glob("*.json"),
                 *(ROOT / "tests").rglob("*.py")])


def test_the_files_are_found() -> None:
    names = {p.name for p in _FILES}
    assert {"contacts.py", "terms.json", "test_source_hygiene.py"} <= names


@pytest.mark.parametrize("path", _FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [(text.count("\n", 0, m.start()) + 1, hex(ord(m.group()))) for m in _CONTROL.finditer(text)]
    assert found == [], f"control characters (line, code) in {path.name}: {found}"

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from consent_ledger.atomic import atomic_target, write_atomic


def test_write_atomic_is_private_and_whole(tmp_path: Path) -> None:
    dest = tmp_path / "letter.txt"
    dest.write_text("old")
    write_atomic(dest, "新的内容".encode())
    assert dest.read_text(encoding="utf-8") == "新的内容"
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["letter.txt"]


def test_failure_leaves_destination_and_no_temp(tmp_path: Path) -> None:
    dest = tmp_path / "report.html"
    dest.write_text("kept")
    with pytest.raises(RuntimeError), atomic_target(dest) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert dest.read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_before_commit_runs_and_discard_on_failure(tmp_path: Path) -> None:
    seen: list[str] = []
    with atomic_target(tmp_path / "a", before_commit=lambda p: seen.append("commit")) as tmp:
        tmp.write_bytes(b"x")
    assert seen == ["commit"]
    with pytest.raises(ValueError), atomic_target(tmp_path / "b",
                                                 discard=lambda p: seen.append("discard")):
        raise ValueError
    assert seen == ["commit", "discard"]


def test_missing_folder_is_an_error_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "no-such-dir" / "x.txt", b"x")
    assert not (tmp_path / "no-such-dir").exists()

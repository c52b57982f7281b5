from __future__ import annotations

from pathlib import Path

from tests import conftest


def test_guard_records_writes_under_real_home() -> None:
    target = conftest.REAL_HOME / ".consent-ledger-guard-probe"
    conftest._home_guard("open", (str(target), "w", 0))
    try:
        assert str(target.resolve()) in conftest._violations
    finally:
        conftest._violations.clear()


def test_guard_ignores_reads_and_tmp(tmp_path: Path) -> None:
    conftest._home_guard("open", (str(conftest.REAL_HOME / "x"), "r", 0))
    (tmp_path / "f").write_text("ok")
    assert conftest._violations == []


def test_home_is_temporary(_isolated_home: Path) -> None:
    assert Path.home() == _isolated_home
    assert not Path.home().resolve().is_relative_to(conftest.REAL_HOME)

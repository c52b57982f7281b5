"""A CLI runner over one temporary data folder (passphrase vault, English messages)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from consent_ledger.app import run_cli

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run_cli_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """``run(*argv) -> (exit code, stdout, stderr)``, each call a fresh CLI over the same
    ``tmp_path/data`` folder."""
    monkeypatch.setenv("CONSENT_LEDGER_PASSPHRASE", "correct horse battery")
    monkeypatch.setenv("CONSENT_LEDGER_KEY_SOURCE", "passphrase")
    monkeypatch.setenv("CONSENT_LEDGER_LANG", "en")
    data = tmp_path / "data"

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = run_cli(["--data-dir", str(data), *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    return run

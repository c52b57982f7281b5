"""`selfcheck` from the source tree: a throwaway vault, the bundled sample notice, the audit."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from consent_ledger import __version__
from consent_ledger.app import run_cli


def test_selfcheck_passes_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", str(data_dir), "--lang", "en", "selfcheck"], out=out, err=err)
    assert code == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ok  temporary vault created, encrypted")
    assert lines[1].startswith("ok  sample notice analysed:")
    assert lines[2].startswith("ok  audit: tier ")
    assert lines[3].startswith("ok  OS keyring: ")
    if os.environ.get("CONSENT_LEDGER_REQUIRE_KEYRING") == "1":  # CI runs a real Secret Service
        assert lines[3] == "ok  OS keyring: available"
    assert lines[-1] == f"Self-check passed (Consent Ledger {__version__})."
    assert not data_dir.exists()  # the person's data folder is never touched
    assert [p.name for p in tmp_path.iterdir()] == []  # the temporary vault is gone


def test_selfcheck_reports_a_missing_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    import consent_ledger.cli.audit as audit_cli

    monkeypatch.setattr(audit_cli, "SAMPLE_NOTICE", Path("samples") / "no-such-file.md")
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", str(tmp_path / "d"), "--lang", "zh", "selfcheck"],
                   out=out, err=err)
    assert code == 1
    assert err.getvalue().startswith("自检失败：")

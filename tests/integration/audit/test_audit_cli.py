"""`audit`, `audit --json` and `audit report` over a real SQLCipher vault."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from consent_ledger.app import run_cli
from consent_ledger.core.model import (
    Consent,
    DataGrant,
    NoticeVersion,
    RequestEvent,
    RightsRequest,
    Service,
)
from consent_ledger.core.vocab import (
    ConsentState,
    RequestEventKind,
    RequestStatus,
    RequestType,
)
from tests.unit.audit.builders import clean_analysis, risky_analysis
from tests.vaults import TEST_PASSPHRASE, new_repo

CHINESE_NAME = "豆包测试服务"


def version(service_id: int, analysis: dict[str, Any], text: str) -> NoticeVersion:
    return NoticeVersion(service_id=service_id, text=text,
                         sha256=hashlib.sha256(text.encode()).hexdigest(), source="notice.txt",
                         retrieved=datetime(2026, 10, 1, tzinfo=UTC), analysis=analysis)


@pytest.fixture
def vault(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A register with a high, a medium and a low service, drift, withdrawal and requests."""
    monkeypatch.setenv("CONSENT_LEDGER_PASSPHRASE", TEST_PASSPHRASE)
    repo = new_repo(data_dir)
    ids: dict[str, Any] = {}
    try:
        risky = repo.add_service(Service(name=CHINESE_NAME, provider="某某科技有限公司"))
        repo.add_grant(DataGrant(risky.id, ["biometric", "user_content"], date(2026, 1, 3)))
        v1 = repo.add_notice_version(version(risky.id, clean_analysis(), "first text"))
        consent = repo.add_consent(Consent(risky.id, ["provide_service"], date(2026, 1, 3),
                                           notice_version_id=v1.id))
        changed = risky_analysis()
        changed["purposes"] = changed["purposes"] + [{"term": "marketing", "evidence": [2]}]
        v2 = repo.add_notice_version(version(risky.id, changed, "second text"))
        ids.update(risky=risky.id, v1=v1.id, v2=v2.id, consent=consent.id)

        refused = repo.add_service(Service(name="Stonewall AI"))
        repo.add_grant(DataGrant(refused.id, ["contact"], date(2026, 2, 1)))
        repo.add_notice_version(version(refused.id, clean_analysis(), "stonewall text"))
        request = repo.add_request(RightsRequest(refused.id, RequestType.DELETE,
                                                 status=RequestStatus.REFUSED))
        late = repo.add_request(RightsRequest(refused.id, RequestType.ACCESS,
                                              status=RequestStatus.SENT,
                                              options={"reply_days": 15, "reply_unit": "calendar",
                                                       "reply_source": "requested"}))
        repo.add_request_event(late.id, RequestEvent(RequestEventKind.SENT, date(2025, 3, 3)))
        ids.update(stonewall=refused.id, refused=request.id, late=late.id)

        quiet = repo.add_service(Service(name="Quiet Notes"))
        training = repo.add_consent(Consent(quiet.id, ["model_training"], date(2026, 1, 1)))
        repo.set_consent_state(training.id, ConsentState.WITHDRAWN, date(2026, 2, 1))
        ids.update(quiet=quiet.id, withdrawn=training.id)
    finally:
        repo.close()
    ids["data_dir"] = data_dir
    return ids


def cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", str(data_dir), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_audit_json_tiers_and_evidence(vault: dict[str, Any]) -> None:
    code, out, err = cli(vault["data_dir"], "--lang", "en", "audit", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["generated"] == date.today().isoformat()
    tiers = {s["service"]: s["tier"] for s in data["services"]}
    # Stonewall: contact 1 + refused 2 + overdue 2 = 5, medium (no sensitive data)
    assert tiers == {CHINESE_NAME: "high", "Stonewall AI": "medium", "Quiet Notes": "low"}
    assert data["overall"]["tier"] == "high"
    assert data["overall"]["by_tier"] == {"low": 1, "medium": 1, "high": 1}

    by_name = {s["service"]: s for s in data["services"]}
    risky = by_name[CHINESE_NAME]
    codes = {r["code"] for r in risky["reasons"]}
    assert {"sensitive_data_given", "training_no_opt_out", "cross_border",
            "consent_drift"} <= codes
    drift = next(r for r in risky["reasons"] if r["code"] == "consent_drift")
    assert drift["evidence"]["consents"] == [vault["consent"]]
    assert drift["evidence"]["from_version"] == vault["v1"]
    assert drift["evidence"]["notice_version"] == vault["v2"]
    assert "purposes" in drift["params"]["changed"]
    letter = next(a for a in risky["actions"] if a["code"] == "withdraw_training_consent")
    assert letter["request_type"] == "withdraw_consent"
    assert letter["options"] == {"processing": ["model_training"]}

    stonewall = by_name["Stonewall AI"]
    outcome = {r["code"]: r["evidence"].get("requests") for r in stonewall["reasons"]}
    assert outcome["request_refused"] == [vault["refused"]]
    assert outcome["request_overdue"] == [vault["late"]]  # the desk's due date has passed

    quiet = by_name["Quiet Notes"]
    assert [r["code"] for r in quiet["reasons"]] == ["no_notice", "consent_withdrawn"]


def test_every_reason_resolves_to_records_in_the_vault(vault: dict[str, Any]) -> None:
    code, out, _ = cli(vault["data_dir"], "audit", "--json")
    data = json.loads(out)
    repo = new_repo_open(vault["data_dir"])
    try:
        for service in data["services"]:
            sid = service["id"]
            grants = {g.id for g in repo.list_grants(sid)}
            consents = {c.id for c in repo.list_consents(sid)}
            requests = {r.id for r in repo.list_requests(service_id=sid)}
            versions = {v.id: v for v in repo.list_notice_versions(sid)}
            for reason in service["reasons"]:
                ev = reason["evidence"]
                assert set(ev.get("grants", [])) <= grants, reason
                assert set(ev.get("consents", [])) <= consents, reason
                assert set(ev.get("requests", [])) <= requests, reason
                for key in ("notice_version", "from_version"):
                    if key in ev:
                        assert ev[key] in versions, reason
                if ev.get("clauses"):
                    clause_ids = {c["id"] for c in versions[ev["notice_version"]].analysis["clauses"]}
                    assert set(ev["clauses"]) <= clause_ids, reason
                if "notice_number" in ev:
                    assert versions[ev["notice_version"]].number == ev["notice_number"]
    finally:
        repo.close()


def new_repo_open(data_dir: Path):
    from tests.vaults import new_manager

    return new_manager(data_dir).open(TEST_PASSPHRASE)


def test_audit_text_in_chinese(vault: dict[str, Any]) -> None:
    code, out, err = cli(vault["data_dir"], "--lang", "zh", "audit")
    assert code == 0, err
    assert out.startswith("总体：高")
    assert f"[高] {CHINESE_NAME}" in out
    assert "撤回对模型训练的同意" in out


def test_report_html(vault: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "audit.html"
    code, out, err = cli(vault["data_dir"], "--lang", "en", "audit", "report", "-o", str(dest))
    assert code == 0, err
    html = dest.read_text(encoding="utf-8")
    assert CHINESE_NAME in html and "Stonewall AI" in html and "<svg" in html
    assert dest.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_pdf_text_contains_the_service_names(
    vault: dict[str, Any], tmp_path: Path, lang: str,
) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    dest = tmp_path / f"audit-{lang}.pdf"
    code, out, err = cli(vault["data_dir"], "--lang", lang, "audit", "report", "-o", str(dest))
    assert code == 0, err
    assert dest.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(dest), "-"], capture_output=True,
                          text=True, check=True).stdout
    for name in (CHINESE_NAME, "Stonewall AI", "Quiet Notes"):
        assert name in text
    assert ("自查报告" if lang == "zh" else "Self-audit") in text
    assert date.today().isoformat() in text


def test_report_needs_a_known_extension(vault: dict[str, Any], tmp_path: Path) -> None:
    code, out, err = cli(vault["data_dir"], "--lang", "en", "audit", "report", "-o",
                         str(tmp_path / "audit.docx"))
    assert code == 2
    assert err.strip().startswith("The report file must end in .html or .pdf")
    assert not (tmp_path / "audit.docx").exists()


def test_report_into_a_missing_folder_is_one_clear_line(
    vault: dict[str, Any], tmp_path: Path,
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = cli(vault["data_dir"], "--lang", "en", "audit", "report", "-o",
                       str(blocker / "audit.html"))
    assert code == 1
    assert err.startswith("Could not write the report:") and err.count("\n") == 1


def test_audit_of_an_empty_vault(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENT_LEDGER_PASSPHRASE", TEST_PASSPHRASE)
    new_repo(data_dir).close()
    code, out, _ = cli(data_dir, "--lang", "en", "audit")
    assert code == 0 and "nothing to audit" in out
    code, out, _ = cli(data_dir, "audit", "--json")
    assert json.loads(out)["services"] == []


def test_wrong_passphrase_is_exit_3(vault: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENT_LEDGER_PASSPHRASE", "not the passphrase")
    code, out, err = cli(vault["data_dir"], "audit", "--json")
    assert code == 3 and out == ""


def test_every_action_command_is_a_valid_command_line(vault: dict[str, Any]) -> None:
    from consent_ledger.cli import build_parser

    code, out, _ = cli(vault["data_dir"], "audit", "--json")
    data = json.loads(out)
    commands = [a["command"] for s in data["services"] for a in s["actions"] if a["command"]]
    assert len(commands) >= 6
    parser = build_parser()
    for command in commands:
        assert command[0] == "consent-ledger"
        args = parser.parse_args(command[1:])  # argparse exits (fails the test) on a bad option
        assert args.handler is not None
    withdraw = next(c for c in commands if "withdraw_consent" in c)
    assert withdraw[-2:] == ["--processing", "model_training"]
    complaint = next(c for c in commands if "followup" in c)
    assert complaint[3] == str(vault["refused"]) and "complaint" in complaint


def test_text_output_shows_the_command(vault: dict[str, Any]) -> None:
    code, out, _ = cli(vault["data_dir"], "--lang", "en", "audit")
    assert f"$ consent-ledger request followup {vault['refused']} --kind complaint" in out

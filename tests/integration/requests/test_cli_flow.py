"""The request commands end to end through app.run_cli, on a real passphrase vault."""

from __future__ import annotations

import email
import json
import zipfile
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader

from consent_ledger.letters.bundle import verify


@pytest.fixture
def cli(run_cli_here):  # type: ignore[no-untyped-def]
    run = run_cli_here
    code, _, err = run("init")
    assert code == 0, err
    code, _, err = run("service", "add", "--name", "DeepSeek", "--provider",
                       "杭州深度求索人工智能基础技术研究有限公司", "--email", "privacy@ds.example")
    assert code == 0, err
    code, _, err = run("grant", "add", "DeepSeek", "--category", "user_content",
                       "--category", "voice")
    assert code == 0, err
    return run


def _new(cli, *extra: str) -> dict:
    code, out, err = cli("request", "new", "Deep", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_full_flow(cli, tmp_path: Path, qapp) -> None:
    created = _new(cli, "--type", "delete", "--lang", "zh", "--trigger", "purpose",
                   "--from", "2025-01-01", "--to", "2026-06-30", "--account", "uid 42",
                   "--name", "张三", "--reply-email", "z@example.com")
    rid = str(created["id"])
    assert created["status"] == "drafted" and created["due"] is None
    assert created["options"]["categories"] == ["user_content", "voice"]

    code, out, err = cli("request", "event", rid, "--kind", "sent", "--date", "2026-09-30")
    assert code == 0, err
    code, out, err = cli("request", "show", rid, "--json")
    shown = json.loads(out)
    assert shown["due"] == "2026-10-30" and shown["sent"] == "2026-09-30"
    assert "benchmark" in shown["due_basis"] and "not a statutory deadline" in shown["due_basis"]
    assert shown["overdue"] is True and shown["status"] == "overdue"  # today is past 2026-10-30
    assert shown["letter_frozen"] is True

    txt = tmp_path / "letter.txt"
    assert cli("request", "letter", rid, "--format", "txt", "-o", str(txt))[0] == 0
    text = txt.read_text(encoding="utf-8")
    assert "第四十七条" in text and "张三" in text and "uid 42" in text

    eml = tmp_path / "letter.eml"
    assert cli("request", "letter", rid, "--format", "eml", "-o", str(eml))[0] == 0
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"] == "privacy@ds.example" and message["From"] == "z@example.com"
    assert str(message["Subject"]).startswith("个人信息权利行使申请：删除个人信息")
    assert message.get_body().get_content().replace("\r\n", "\n") == text

    pdf = tmp_path / "letter.pdf"
    code, _, err = cli("request", "letter", rid, "--format", "pdf", "-o", str(pdf))
    assert code == 0, err
    extracted = " ".join("".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
                         .split())
    assert "个人信息权利行使申请书" in extracted and "第四十七条" in extracted

    reply = tmp_path / "reply.png"
    reply.write_bytes(b"\x89PNG fake reply")
    code, _, err = cli("request", "event", rid, "--kind", "refused", "--date", "2026-10-10",
                       "--note", "they said no", "--attach", str(reply))
    assert code == 0, err

    complaint = tmp_path / "complaint.html"
    assert cli("request", "followup", rid, "--kind", "complaint", "--format", "html",
               "-o", str(complaint))[0] == 0
    page = complaint.read_text(encoding="utf-8")
    assert "12377" in page and "第六十五条" in page and "2026-10-10" in page

    zip_path = tmp_path / "evidence.zip"
    assert cli("request", "bundle", rid, "-o", str(zip_path))[0] == 0
    assert verify(zip_path) == []
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert "letter/letter.txt" in names
        assert archive.read("letter/letter.txt").decode() == text
        assert any(n.endswith("_reply.png") for n in names)


def test_list_due_and_ics(cli, tmp_path: Path) -> None:
    a = _new(cli, "--type", "access", "--lang", "en")["id"]
    b = _new(cli, "--type", "deregister", "--lang", "both")["id"]
    _new(cli, "--type", "explain")
    assert cli("request", "event", str(a), "--kind", "sent", "--date", "2026-09-29")[0] == 0
    assert cli("request", "event", str(b), "--kind", "sent", "--date", "2026-09-29")[0] == 0
    code, out, _ = cli("request", "list", "--due", "--json")
    due = json.loads(out)
    assert [r["id"] for r in due] == [b, a]  # 2026-10-26 (15 working days) before 2026-10-29
    assert [r["due"] for r in due] == ["2026-10-26", "2026-10-29"]
    code, out, _ = cli("request", "list")
    assert code == 0 and out.count("\n") == 3
    ics = tmp_path / "due.ics"
    assert cli("request", "ics", "-o", str(ics))[0] == 0
    content = ics.read_text(encoding="utf-8")
    assert content.count("BEGIN:VEVENT") == 2 and "DTSTART;VALUE=DATE:20261026" in content


def test_extension_and_service_limit(cli) -> None:
    rid = _new(cli, "--type", "copy", "--service-limit", "10")["id"]
    cli("request", "event", str(rid), "--kind", "sent", "--date", "2026-09-30")
    code, out, err = cli("request", "event", str(rid), "--kind", "extended", "--date",
                         "2026-10-12", "--until", "2026-11-30", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["due"] == "2026-11-30" and shown["due_source"] == "service_limit"


@pytest.mark.parametrize(("argv", "code"), [
    (("request", "show", "999"), 4),
    (("request", "new", "NoSuchService", "--type", "access"), 4),
    (("request", "new", "Deep", "--type", "teleport"), 2),
    (("request", "new", "Deep", "--type", "access", "--from", "2026-13-01"), 6),
    (("request", "new", "Deep", "--type", "withdraw_consent"), 6),
    (("request", "event", "1", "--kind", "acknowledged"), 7),
    (("request", "letter", "1", "--format", "txt", "-o", "/no/such/dir/x.txt"), 6),
])
def test_errors_have_contract_exit_codes(cli, argv, code) -> None:
    _new(cli, "--type", "access")
    got, out, err = cli(*argv)
    assert got == code
    if code != 2:
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_zh_error_messages(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENT_LEDGER_LANG", "zh")
    code, _, err = cli("request", "new", "Deep", "--type", "withdraw_consent")
    assert code == 6 and "请写明要停止的处理活动" in err


def test_eml_without_address_is_bad_input(cli, tmp_path: Path) -> None:
    code, _, err = cli("service", "add", "--name", "Quiet AI")
    assert code == 0, err
    rid = _new(cli, "--type", "access", "--lang", "en")["id"]
    code, out, err = cli("request", "new", "Quiet", "--type", "access", "--json")
    quiet = json.loads(out)["id"]
    code, _, err = cli("request", "letter", str(quiet), "--format", "eml",
                       "-o", str(tmp_path / "q.eml"))
    assert code == 6 and "--send-to" in err
    assert not (tmp_path / "q.eml").exists()
    assert cli("request", "letter", str(rid), "--format", "mailto",
               "-o", str(tmp_path / "m.txt"))[0] == 0
    assert (tmp_path / "m.txt").read_text().startswith("mailto:privacy@ds.example?subject=")

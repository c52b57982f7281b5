"""`request bundle` carries each letter as PDF too: the request as sent (rendered from the frozen
text, not re-worded) and the reminder kept with its event; listed in the manifest and SHA256SUMS,
checked by verify(); `--no-pdf` leaves them out and the bundle still verifies."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from consent_ledger.app import run_cli
from consent_ledger.letters.bundle import LETTER_PDF, verify

pytestmark = pytest.mark.gui

PROVIDER = "杭州深度求索人工智能基础技术研究有限公司"
RENAMED = "北京某某科技有限公司"


@pytest.fixture
def cli(run_cli_here):  # type: ignore[no-untyped-def]
    run = run_cli_here
    for argv in (("init",),
                 ("service", "add", "--name", "DeepSeek", "--provider", PROVIDER,
                  "--email", "privacy@ds.example"),
                 ("grant", "add", "DeepSeek", "--category", "user_content")):
        code, _, err = run(*argv)
        assert code == 0, err
    return run


@pytest.fixture
def sent_request(cli, tmp_path: Path) -> str:
    """A delete request in Chinese, sent, acknowledged with a reply attached, then reminded."""
    code, out, err = cli("request", "new", "Deep", "--json", "--type", "delete", "--lang", "zh",
                         "--trigger", "purpose", "--name", "张三", "--account", "uid 42")
    assert code == 0, err
    rid = str(json.loads(out)["id"])
    reply = tmp_path / "reply.png"
    reply.write_bytes(b"\x89PNG a reply")
    for argv in (("--kind", "sent", "--date", "2026-09-01"),
                 ("--kind", "acknowledged", "--date", "2026-09-03", "--attach", str(reply)),
                 ("--kind", "reminded", "--date", "2026-10-20")):
        code, _, err = cli("request", "event", rid, *argv)
        assert code == 0, err
    return rid


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    """The PDF's text as poppler's pdftotext extracts it, whitespace folded."""
    source = tmp_path / "extract.pdf"
    source.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(source), "-"],
                         capture_output=True, check=True)
    return "".join(out.stdout.decode("utf-8").split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_bundle_holds_each_letter_as_pdf(cli, sent_request: str, tmp_path: Path, qapp) -> None:
    # Renamed after sending: the letter in the bundle must still be the one that was sent.
    assert cli("service", "edit", "1", "--provider", RENAMED)[0] == 0
    dest = tmp_path / "evidence.zip"
    code, _, err = cli("request", "bundle", sent_request, "-o", str(dest))
    assert code == 0, err
    assert verify(dest) == []
    with zipfile.ZipFile(dest) as archive:
        names = archive.namelist()
        manifest = {e["path"]: e for e in json.loads(archive.read("manifest.json"))["files"]}
        sums = archive.read("SHA256SUMS").decode("utf-8").splitlines()
        letter_pdf = archive.read(LETTER_PDF)
        letter_txt = archive.read("letter/letter.txt").decode("utf-8")
        reminder_txt_name = next(n for n in names if n.endswith("_generated-reminder-2026-10-20.txt"))
        reminder_pdf_name = reminder_txt_name[:-4] + ".pdf"
        reminder_pdf = archive.read(reminder_pdf_name)
        reminder_txt = archive.read(reminder_txt_name).decode("utf-8")

    # beside the other letter files, in a fixed order, listed with its digest in both lists
    assert names.index(LETTER_PDF) == names.index("letter/letter.eml") + 1
    assert names.index(reminder_pdf_name) == names.index(reminder_txt_name) + 1
    for name, data in ((LETTER_PDF, letter_pdf), (reminder_pdf_name, reminder_pdf)):
        assert data.startswith(b"%PDF-")
        digest = hashlib.sha256(data).hexdigest()
        assert manifest[name]["sha256"] == digest and manifest[name]["size"] == len(data)
        assert f"{digest}  {name}" in sums
    assert sum(n.endswith(".pdf") for n in names) == 2  # the request and the reminder

    text = _pdf_text(letter_pdf, tmp_path)
    assert PROVIDER in letter_txt and RENAMED not in letter_txt  # frozen at "sent"
    assert PROVIDER in text and RENAMED not in text
    assert "个人信息权利行使申请书" in text and "第四十七条" in text and "张三" in text
    last_line = [line for line in letter_txt.splitlines() if line.strip()][-1]
    assert "".join(last_line.split()) in text  # down to the last line of the frozen text
    reminder = _pdf_text(reminder_pdf, tmp_path)
    first_line = reminder_txt.strip().splitlines()[0].strip()
    assert "".join(first_line.split()) in reminder and PROVIDER in reminder
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".letter-")] == []


def _rewritten(bundle: Path, dest: Path, name: str, edit: Callable[[bytes], bytes]) -> Path:
    """A copy of *bundle* with the member *name* passed through *edit*."""
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(dest, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            out.writestr(info, edit(data) if info.filename == name else data)
    return dest


def _flip_middle_bit(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:]


def _drop_pdf_sums(data: bytes) -> bytes:
    return b"".join(line for line in data.splitlines(keepends=True)
                    if not line.rstrip().endswith(b".pdf"))


def test_altered_pdf_fails_verification(cli, sent_request: str, tmp_path: Path, qapp) -> None:
    dest = tmp_path / "evidence.zip"
    assert cli("request", "bundle", sent_request, "-o", str(dest))[0] == 0
    tampered = _rewritten(dest, tmp_path / "tampered.zip", LETTER_PDF, _flip_middle_bit)
    assert verify(tampered) == [f"sha256 mismatch: {LETTER_PDF}"]


def test_sums_that_disagree_with_the_manifest_fail(cli, sent_request: str, tmp_path: Path,
                                                   qapp) -> None:
    dest = tmp_path / "evidence.zip"
    assert cli("request", "bundle", sent_request, "-o", str(dest))[0] == 0
    edited = _rewritten(dest, tmp_path / "edited.zip", "SHA256SUMS", _drop_pdf_sums)
    assert verify(edited) == ["SHA256SUMS does not match manifest.json"]


def test_no_pdf_bundle_still_verifies(cli, sent_request: str, tmp_path: Path) -> None:
    dest = tmp_path / "evidence.zip"
    code, out, err = cli("request", "bundle", sent_request, "-o", str(dest), "--no-pdf")
    assert code == 0, err
    assert verify(dest) == []
    with zipfile.ZipFile(dest) as archive:
        names = archive.namelist()
        listed = [e["path"] for e in json.loads(archive.read("manifest.json"))["files"]]
    assert not [n for n in names if n.endswith(".pdf")]
    assert {"letter/letter.txt", "letter/letter.html", "letter/letter.eml"} <= set(listed)


def test_bundle_help_documents_no_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["request", "bundle", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--no-pdf" in help_text and "eml and PDF" in help_text


NO_QT = """
import io, sys
sys.modules["PySide6"] = None  # as on a machine without Qt's libraries: importing it fails
from consent_ledger.app import run_cli
err = io.StringIO()
code = run_cli(sys.argv[1:], out=io.StringIO(), err=err)
print(code, err.getvalue().strip())
"""


def test_without_qt_no_pdf_works_and_pdf_says_how(cli, sent_request: str,
                                                  tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    base = [sys.executable, "-c", NO_QT, "--data-dir", data, "request", "bundle", sent_request]
    env = {**os.environ, "CONSENT_LEDGER_LANG": "en"}
    plain = tmp_path / "plain.zip"
    done = subprocess.run([*base, "-o", str(plain), "--no-pdf"], capture_output=True, text=True,
                          env=env, check=True)
    assert done.stdout.split()[0] == "0", done.stdout + done.stderr
    assert verify(plain) == []
    refused = tmp_path / "refused.zip"
    done = subprocess.run([*base, "-o", str(refused)], capture_output=True, text=True, env=env,
                          check=True)
    code, _, line = done.stdout.strip().partition(" ")
    assert code == "7" and "--no-pdf" in line and "\n" not in line, done.stdout + done.stderr
    assert not refused.exists()


def test_missing_folder_is_one_line(cli, sent_request: str, tmp_path: Path) -> None:
    code, out, err = cli("request", "bundle", sent_request, "-o",
                         str(tmp_path / "nowhere" / "e.zip"))
    assert code == 6 and err.count("\n") == 1 and "nowhere" in err

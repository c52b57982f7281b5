"""Letters as files: plain text, HTML, e-mail (RFC 5322, UTF-8) and mailto, written atomically."""

from __future__ import annotations

import email
import stat
from datetime import UTC, datetime
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from consent_ledger.core.errors import BadInputError, ConflictError
from consent_ledger.core.request_desk import Letter
from consent_ledger.letters.compose import LetterComposer
from consent_ledger.letters.outputs import LetterOutputs, split_parts

from .conftest import TEMPLATES, build_facts

NOW = datetime(2026, 9, 28, 8, 0, tzinfo=UTC)


@pytest.fixture
def letter(composer: LetterComposer) -> Letter:
    return composer.compose(build_facts("delete", "both"))


@pytest.fixture
def outputs() -> LetterOutputs:
    return LetterOutputs(TEMPLATES)


def test_eml_parses_with_the_standard_library(outputs, letter, tmp_path: Path) -> None:
    dest = outputs.write(letter, "eml", tmp_path / "letter.eml", now=NOW,
                         sender="zhang@example.com")
    message = email.message_from_bytes(dest.read_bytes(), policy=policy.default)
    assert message["To"] == "privacy@deepseek.example"
    assert message["From"] == "zhang@example.com"
    assert str(message["Subject"]) == letter.subject
    assert "删除个人信息" in str(message["Subject"])
    assert message["Date"].datetime == NOW
    assert message["Message-ID"].endswith("@consent-ledger.invalid>")
    body = message.get_body(preferencelist=("plain",))
    assert body.get_content_charset() == "utf-8"
    assert body.get_content() .replace("\r\n", "\n") == letter.text
    raw = dest.read_bytes()
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))  # RFC 5322 line limit
    assert raw.isascii()  # headers encoded, body transfer-encoded


def test_eml_with_pdf_attachment(letter, tmp_path: Path) -> None:
    calls = []

    def fake_pdf(html: str, dest: Path, *, title: str = "") -> None:
        calls.append((title, "<h1>" in html))
        Path(dest).write_bytes(b"%PDF-1.4 test")

    outputs = LetterOutputs(TEMPLATES, pdf=fake_pdf)
    dest = outputs.write(letter, "eml", tmp_path / "m.eml", now=NOW, attach_pdf=True)
    message = email.message_from_bytes(dest.read_bytes(), policy=policy.default)
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["m.pdf"]
    assert attachments[0].get_content() == b"%PDF-1.4 test"
    assert calls == [(letter.subject, True)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.eml"]  # temp PDF removed


def test_eml_needs_a_recipient(outputs, letter, tmp_path: Path) -> None:
    nobody = Letter(subject=letter.subject, text=letter.text, to=(), lang="zh")
    with pytest.raises(BadInputError) as info:
        outputs.write(nobody, "eml", tmp_path / "x.eml", now=NOW)
    assert info.value.code == "no_recipient"
    assert not (tmp_path / "x.eml").exists()


def test_pdf_without_a_renderer_is_a_clear_error(outputs, letter, tmp_path: Path) -> None:
    with pytest.raises(ConflictError):
        outputs.write(letter, "pdf", tmp_path / "x.pdf", now=NOW)


def test_mailto_round_trips(outputs, letter) -> None:
    link = outputs.mailto(letter)
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "privacy@deepseek.example"
    query = parse_qs(parts.query)
    assert query["subject"] == [letter.subject]
    assert query["body"] == [letter.text]


def test_html_escapes_and_lays_out(outputs, composer: LetterComposer) -> None:
    from consent_ledger.core.model import Service

    svc = Service(name="<script>alert(1)</script>", provider="A&B 公司", emails=["a@b.example"],
                  id=1)
    letter = composer.compose(build_facts("access", "zh", svc=svc))
    html = outputs.html(letter)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "A&amp;B 公司" in html
    assert "<h1>个人信息权利行使申请书</h1>" in html
    assert '<html lang="zh-CN">' in html


def test_both_languages_become_two_parts(letter) -> None:
    parts = split_parts(letter.text)
    assert [p.title for p in parts] == ["个人信息权利行使申请书",
                                        "REQUEST TO EXERCISE PERSONAL INFORMATION RIGHTS"]
    assert all(p.paragraphs for p in parts)


@pytest.mark.parametrize("fmt", ["txt", "html", "eml", "mailto"])
def test_files_are_private_and_atomic(outputs, letter, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / f"out.{fmt}"
    dest.write_text("old")
    outputs.write(letter, fmt, dest, now=NOW)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert dest.read_text(encoding="utf-8") != "old"
    assert [p.name for p in tmp_path.iterdir()] == [dest.name]


def test_txt_is_the_letter(outputs, letter, tmp_path: Path) -> None:
    dest = outputs.write(letter, "txt", tmp_path / "l.txt", now=NOW)
    assert dest.read_text(encoding="utf-8") == letter.text


def test_missing_folder_and_bad_format(outputs, letter, tmp_path: Path) -> None:
    with pytest.raises(BadInputError) as info:
        outputs.write(letter, "txt", tmp_path / "nope" / "l.txt", now=NOW)
    assert info.value.code == "no_folder"
    with pytest.raises(BadInputError):
        outputs.write(letter, "docx", tmp_path / "l.docx", now=NOW)

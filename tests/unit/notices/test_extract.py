"""Text extraction: HTML main content, Markdown, charsets, PDF, binary and garbage."""

from __future__ import annotations

from pathlib import Path

import pytest

from consent_ledger.core.errors import BadInputError
from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.extract import (
    FileReader,
    html_to_text,
    markdown_to_text,
    text_from_bytes,
)

ZH = "我们会收集您的手机号码。我们不会将您的对话用于训练模型。如需联系，请发送邮件。"


def test_html_keeps_main_content_and_structure(data_dir: Path) -> None:
    text = FileReader().read_file(str(data_dir / "en_notice_malformed.html")).text
    assert "# Privacy Notice" in text.splitlines()
    assert "## Sharing" in text.splitlines()
    assert "- We share data with cloud hosting providers who process it on our behalf." in text
    # the paragraph after the unclosed table is not lost
    assert "Contact us at privacy@example.org" in text
    for dropped in ("window.tracking", "color: red", "Pricing", "All rights reserved"):
        assert dropped not in text


def test_html_fallback_when_extractor_finds_nothing() -> None:
    html = b"<html><body><div><p>We keep logs for 30 days.</p></div></body></html>"
    assert text_from_bytes(html, "text/html") == "We keep logs for 30 days."


def test_html_sniffed_without_content_type() -> None:
    html = "<!doctype html><html><body><p>隐私政策：我们收集您的邮箱。</p><script>x()</script>"
    assert text_from_bytes(html.encode("utf-8")) == "隐私政策：我们收集您的邮箱。"


def test_markdown_links_and_escapes_are_read_as_text() -> None:
    md = (b"Mail privacy\\[at\\]example\\[dot\\]com or [us](mailto:a@b.com) ![logo](x.png) or "
          b"[c@d.org](mailto:c@d.org?subject=Hi) or [site](https://e.org)\n")
    text = text_from_bytes(md, "text/markdown")
    # (an e-mail link gives its address, as a click on it would, unless its text already does)
    assert text == "Mail privacy[at]example[dot]com or us (a@b.com) logo or c@d.org or site"


def test_an_html_e_mail_link_gives_its_address(analyser: Analyser) -> None:
    html = (b'<html><body><main><h1>Privacy</h1><p>We keep your e-mail address until you unsubscr'
            b'ibe from the newsletter you asked for.</p><p>Questions? <a href="mailto:privacy@x.org'
            b'?subject=Q">Email our <b>privacy</b> team</a> or write to <a href="mailto:dpo@x.org">'
            b'dpo@x.org</a>.</p></main></body></html>')
    text = text_from_bytes(html, "text/html")
    assert "Email our privacy team (privacy@x.org) or write to dpo@x.org." in text
    assert "mailto" not in text
    result = analyser.analyse(text)
    assert set(result["handler"]["emails"]) == {"privacy@x.org", "dpo@x.org"}


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-8-sig"])
def test_chinese_in_other_encodings(encoding: str) -> None:
    data = ZH.encode(encoding)
    assert text_from_bytes(data, "text/plain") == ZH


def test_declared_charset_in_meta_tag() -> None:
    html = ("<html><head><meta charset=\"gb2312\"></head><body><p>" + ZH + "</p></body></html>")
    assert ZH in text_from_bytes(html.encode("gb18030"), "text/html")


def test_declared_charset_in_header_wins_over_guessing() -> None:
    data = "Données collectées : adresse électronique".encode("latin-1")
    assert text_from_bytes(data, "text/plain; charset=ISO-8859-1") == (
        "Données collectées : adresse électronique"
    )


def test_wrong_declared_charset_falls_back_to_detection() -> None:
    assert text_from_bytes(ZH.encode("utf-8"), "text/plain; charset=ascii") == ZH


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n" + bytes(2000),
        b"PK\x03\x04" + bytes([7, 0, 13, 200, 1, 0, 3]) * 500,
    ],
    ids=["all-bytes", "png", "zip"],
)
def test_binary_is_unreadable(data: bytes) -> None:
    with pytest.raises(BadInputError) as info:
        text_from_bytes(data, "", "blob.txt")
    assert info.value.code == "unreadable"
    assert info.value.exit_code == 6


def test_damaged_pdf_is_unreadable() -> None:
    with pytest.raises(BadInputError) as info:
        text_from_bytes(b"%PDF-1.4\n garbage without objects", "application/pdf", "x.pdf")
    assert info.value.code == "unreadable"


def _pdf_with_text(line: str, draws: list[tuple[float, float, str]] | None = None) -> bytes:
    """A one-page PDF with a real text layer, built by hand (offsets computed): *line* at the
    top, or each of *draws* (x, y, text) as its own text object."""
    draws = draws or [(72, 720, line)]
    stream = " ".join(f"BT /F1 12 Tf {x} {y} Td ({text}) Tj ET"
                      for x, y, text in draws).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(_pdf_with_text("We retain your data for 30 days."))
    doc = FileReader().read_file(str(path))
    assert "We retain your data for 30 days." in doc.text
    assert doc.content_type == "application/pdf"


def test_pdf_bold_printed_twice_is_read_once(tmp_path: Path) -> None:
    # a writer that makes bold by printing a line twice, a hair apart, leaves it twice in the
    # text layer; short repeats are real (two table cells saying "No")
    bold = "We do not use your chats to train our models."
    path = tmp_path / "notice.pdf"
    path.write_bytes(_pdf_with_text("", [
        (72, 720, "Model training"), (72.3, 720, "Model training"),
        (72, 700, bold), (72.3, 700, bold),
        (72, 680, "You can opt out in Settings."),
        (72, 660, "No"), (72, 640, "No"),
    ]))
    text = FileReader().read_file(str(path)).text
    assert text.count(bold) == 1 and text.count("Model training") == 1
    assert "You can opt out in Settings." in text
    assert text.count("No\n") + text.endswith("No") == 2


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInputError) as info:
        FileReader().read_file(str(tmp_path / "nope.html"))
    assert info.value.code == "no_such_file"
    with pytest.raises(BadInputError) as info:
        FileReader().read_file(str(tmp_path))
    assert info.value.code == "unreadable"


def test_empty_file_is_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert FileReader().read_file(str(path)).text == ""


def test_line_ends_and_spaces_are_normalised() -> None:
    assert text_from_bytes(b"a\r\nb\rc\n\n\n\nd  \t e", "text/plain") == "a\nb\nc\n\nd e"


def test_hostile_markdown_and_html_are_read() -> None:
    """Inputs that once made a pattern quadratic or a walk recurse too deep still give text."""
    brackets = b"[" * 50_000 + b"](" * 25_000
    assert text_from_bytes(brackets, "text/markdown") == brackets.decode()
    nested = b"<div>" * 50_000 + b"We keep logs." + b"</div>" * 50_000
    assert isinstance(text_from_bytes(nested, "text/html"), str)
    many = b"<p>We keep logs for 30 days.</p>" * 20_000  # beyond the extractor's tag budget
    text = text_from_bytes(many, "text/html")
    assert text.count("We keep logs for 30 days.") == 20_000


_BODY = "".join(
    f"<h2>第{n}条</h2><p>我们会按照本政策的约定处理您的个人信息，并采取必要的安全措施保护这些信息，"
    f"第{n}部分说明了相关的处理目的、方式和范围，请您仔细阅读并理解。</p>" for n in range(1, 9))


def test_html_keeps_the_effective_date_and_operator_line_trafilatura_drops() -> None:
    html = ("<html><body><nav><a href='/'>首页</a> | 更新日志</nav><main><h1>示例AI 隐私政策</h1>"
            "<p class='meta'>版本生效日期：2026年11月2日 ｜ 运营主体：成都示例未来科技有限公司</p>"
            f"{_BODY}</main><footer>© 2026 示例 版本 1.0</footer></body></html>")
    text = html_to_text(html)
    assert "版本生效日期：2026年11月2日 ｜ 运营主体：成都示例未来科技有限公司" in text
    assert text.index("隐私政策") < text.index("版本生效日期") < text.index("第1条")
    # navigation and footers stay out
    assert "更新日志" not in text and "版本 1.0" not in text


def _read(path: Path, text: str) -> str:
    """*text* written to *path* and read back as the app reads a file."""
    path.write_text(text, encoding="utf-8")
    return FileReader().read_file(str(path)).text


def test_setext_headings_are_headings(tmp_path: Path, analyser: Analyser) -> None:
    # as HTML-to-Markdown converters write <h1> and <h2>: an underline of "=" or "-"
    notice = ("Privacy Policy\n==============\n\n"
              "1\\. Personal data we collect\n----------------------------\n\n"
              "We collect your e-mail address when you sign up.\n\n"
              "2\\. How we share personal data\n------------------------------\n\n"
              "We share usage data with our hosting provider.\n\n"
              "- an item\n---\n\n"
              "| Data | Kept |\n|---|---|\n| e-mail | 1 year |\n")
    text = _read(tmp_path / "notice.md", notice)
    assert "# Privacy Policy\n" in text and "## 1. Personal data we collect\n" in text
    assert "- an item\n---" in text and "|---|---|" in text  # (a list item, a table: as they were)
    clauses = analyser.clauses(text, "en")
    kinds = {c.text: c.kind for c in clauses}
    assert kinds["1. Personal data we collect"] == "heading"
    assert kinds["2. How we share personal data"] == "heading"
    sharing = next(c for c in clauses if c.text.startswith("We share"))
    assert sharing.sections[-1] == "2. How we share personal data"
    # one pass over a long line (a lazy title before trailing spaces would go back and forth)
    assert markdown_to_text("a" + " \t" * 100_000 + "b\n---\n").startswith("## a")


def test_a_tab_separated_table_in_plain_text_reads_as_a_table(tmp_path: Path, analyser: Analyser) -> None:
    # a table copied from a web page into a text file: cells a tab apart
    notice = ("Categories of personal information we collect\n\n"
              "Category\tExamples\tCollected?\n"
              "Identifiers\tName, e-mail address, account name\tYes\n"
              "Biometric information\tFaceprints and voiceprints\tNo\n"
              "Geolocation data\tPrecise location of your device\tNo\n\n"
              "\tAn indented line stays a line.\n")
    path = tmp_path / "notice.txt"
    text = _read(path, notice)
    assert "| Biometric information | Faceprints and voiceprints | No |" in text
    assert "\nAn indented line stays a line." in text
    result = analyser.analyse(text)
    categories = {entry["term"] for entry in result["data_categories"]}
    assert {"contact", "account"} <= categories
    assert not categories & {"biometric", "location"}
    # a header whose first cell is empty, over a column of numbers
    numbered = ("\tCategory\tCollected?\n1\tIdentifiers: name, e-mail address\tYes\n"
                "2\tBiometric information: faceprints\tNo\n")
    text = _read(path, numbered)
    assert text.startswith("| | Category | Collected? |\n| 1 | Identifiers")
    categories = {entry["term"] for entry in
                  analyser.analyse(text)["data_categories"]}
    assert "contact" in categories and "biometric" not in categories


def test_html_comments_in_markdown_are_not_read(tmp_path: Path, analyser: Analyser) -> None:
    # an archive's provenance note heads the notice as a comment (Markdown does not show it)
    notice = ("<!-- source: an archive of terms; path: \"Example/Privacy Policy.md\"; licence of "
              "the archive: ODC-BY 1.0. Source: https://example.com/privacy. -->\n"
              "Example Privacy Policy\n======================\n\n"
              "We collect your e-mail address. <!-- an editor's note --> We keep it for a year.\n")
    text = _read(tmp_path / "notice.md", notice)
    assert "archive" not in text and "editor" not in text and "<!--" not in text
    assert analyser.analyse(text)["title"] == "Example Privacy Policy"
    # an unclosed comment is text as written
    assert "<!-- not closed" in markdown_to_text("Before <!-- not closed\nafter")
    assert markdown_to_text("<!--" * 50_000 + "x") == "<!--" * 50_000 + "x"

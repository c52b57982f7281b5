"""The Qt PDF renderer: A4, CJK text embedded and extractable, atomic 0600 writes."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from consent_ledger.ui.pdf import cjk_families, ensure_gui_app, html_to_pdf

pytestmark = pytest.mark.gui

HTML = """
<h1>个人信息权利行使申请书</h1>
<p>依据《中华人民共和国个人信息保护法》第四十五条，本人请求查阅、复制本人的个人信息。</p>
<p>Request under PIPL Article 45: access and copy.</p>
"""


def _text(path: Path) -> str:
    """The PDF's text as pypdf extracts it, runs of whitespace folded to one space."""
    raw = "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return " ".join(raw.split())


def test_cjk_font_is_installed(qapp) -> None:
    assert cjk_families(), "install fonts-wqy-microhei or fonts-noto-cjk"


def test_pdf_contains_extractable_chinese_text(qapp, tmp_path: Path) -> None:
    dest = tmp_path / "letter.pdf"
    html_to_pdf(HTML, dest, title="申请书")
    text = _text(dest)
    assert "个人信息权利行使申请书" in text
    assert "第四十五条" in text
    assert "PIPL Article 45" in text
    reader = PdfReader(str(dest))
    box = reader.pages[0].mediabox
    # A4 is 595 x 842 points
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842
    assert reader.metadata is not None and reader.metadata.title == "申请书"
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(dest), "-"], capture_output=True, check=True)
        assert "本人请求查阅、复制" in out.stdout.decode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_pdf_fonts_are_embedded(qapp, tmp_path: Path) -> None:
    dest = tmp_path / "letter.pdf"
    html_to_pdf(HTML, dest)
    page = PdfReader(str(dest)).pages[0]
    fonts = page["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        descendants = font.get("/DescendantFonts")
        target = descendants[0].get_object() if descendants else font
        descriptor = target.get("/FontDescriptor")
        if descriptor is not None:
            descriptor = descriptor.get_object()
            embedded.append(any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    assert embedded and all(embedded)


def test_long_text_paginates(qapp, tmp_path: Path) -> None:
    dest = tmp_path / "long.pdf"
    html_to_pdf("".join(f"<p>第{i}段：个人信息</p>" for i in range(400)), dest)
    reader = PdfReader(str(dest))
    assert len(reader.pages) > 1
    assert "第399段" in _text(dest)


def test_failed_write_leaves_nothing(qapp, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir" / "x.pdf"
    with pytest.raises(OSError):
        html_to_pdf(HTML, missing)
    assert not missing.parent.exists()


def test_existing_app_is_reused(qapp) -> None:
    assert ensure_gui_app() is qapp

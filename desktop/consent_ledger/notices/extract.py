"""Turn the bytes of a notice (HTML, Markdown, plain text, PDF) into plain text.

HTML keeps only the main content (trafilatura drops navigation, scripts and boilerplate) and keeps
headings, list items and table rows as lines, so segmentation can see the structure. Charset
detection: BOM, then the declared charset (HTTP header or HTML meta), then charset-normalizer.
Anything that does not decode to readable text is rejected with ``BadInputError(code="unreadable")``.
"""

from __future__ import annotations

import codecs
import io
import logging
import os
import re
import unicodedata
from pathlib import Path

from ..core.errors import BadInputError
from ..core.ports import FetchedDocument

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024  # a notice bigger than this is not a notice
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|div|p|meta|title)\b", re.I)
_BLANK_RUN = re.compile(r"\n{3,}")
_SPACE_RUN = re.compile(r"[ \t\u00a0\u3000]+")
_SUFFIX_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".pdf": "application/pdf",
}


def _unreadable(source: str, why: str) -> BadInputError:
    return BadInputError(f"{source or 'input'}: {why}", code="unreadable", source=source)


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str = "", source: str = "") -> str:
    """Decode text bytes: BOM, declared charset, HTML meta charset, then detection."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    for name in candidates:
        codec = _known_codec(name)
        if codec is None:
            continue
        if codec in ("gb2312", "gbk"):  # declared GB2312/GBK pages are GB18030 in practice
            codec = "gb18030"
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            log.debug("declared charset %s does not fit; detecting", codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise _unreadable(source, "not text in any known encoding")
    encoding = best.encoding
    if encoding in ("gb2312", "gbk"):
        encoding = "gb18030"
    return data.decode(encoding, errors="replace")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        # UTF-16 without a BOM has NULs in every other byte; real binary has them scattered.
        even = head[0::2].count(0)
        odd = head[1::2].count(0)
        half = len(head) // 2 or 1
        return not (even > 0.3 * half) ^ (odd > 0.3 * half)
    return False


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM (NUL bytes, but not binary): decoded, or None."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        plausible = sum(
            1 for ch in sample
            if ch.isspace() or ch.isalnum() or unicodedata.category(ch)[0] in "PS"
        )
        # binary read as UTF-16 gives mostly unassigned, private-use or rare-script characters
        common = sum(1 for ch in sample if ord(ch) < 0x0250 or 0x3000 <= ord(ch) <= 0x9FFF
                     or 0xFF00 <= ord(ch) <= 0xFFEF)
        if sample and plausible >= 0.95 * len(sample) and common >= 0.9 * len(sample):
            return text
    return None


# characters that are not printable (str.isprintable) yet are no sign of garbage: the line and
# page controls _BAD_CATEGORIES lets through, and the spaces of Chinese and web text (category Zs)
_HARMLESS_UNPRINTABLE = ("\n", "\r", "\t", "\f", "\v", "\u3000", "\u00a0")
_BAD_CATEGORIES = ("Cc", "Cs", "Co", "Cn")


def _unreadable_count(sample: str) -> int:
    """Replacement characters plus control, surrogate, private-use and unassigned characters
    other than line and page controls, in *sample*.

    Every character of those four categories is unprintable, so a sample that is printable once
    the harmless unprintable characters are taken out has none of them, and only its replacement
    characters (printable, category So) count; that test runs in C. Any other sample is counted
    character by character."""
    rest = sample
    for ch in _HARMLESS_UNPRINTABLE:
        rest = rest.replace(ch, "")
    if rest.isprintable():
        return sample.count("\ufffd")
    bad = 0
    for ch in sample:
        if ch == "\ufffd":
            bad += 1
            continue
        cat = unicodedata.category(ch)
        if cat in _BAD_CATEGORIES and ch not in "\n\r\t\f\v":
            bad += 1
    return bad


def _check_readable(text: str, source: str) -> str:
    sample = text[:20_000]
    if not sample.strip():
        return text
    if _unreadable_count(sample) > max(8, 0.05 * len(sample)):
        raise _unreadable(source, "the content is not readable text")
    return text


def tidy(text: str) -> str:
    """Normalise line ends and blank runs; keep line structure (headings, list items)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\x00", "")
    if _has_space_run(text):
        # (a run of spaces never holds a line end, so one substitution over the text does what
        # one per line would)
        text = _SPACE_RUN.sub(" ", text)
    text = "\n".join([line.strip() for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def _has_space_run(text: str) -> bool:
    """Whether ``_SPACE_RUN`` would change *text*: it has a space other than " ", or two spaces
    in a row; else each of its runs is one " " and stays one (tested in C, which is much faster
    than substituting every single space on a page)."""
    return "\t" in text or "\u00a0" in text or "\u3000" in text or "  " in text


# bounded and without nested brackets, so hostile input ("[[[[…") stays linear
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\((?:[^()\n]|\([^()\n]{0,200}\)){0,2000}\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)


# a setext heading: a paragraph's line over a line of "=" (level 1) or "-" (level 2), as
# HTML-to-Markdown converters write <h1> and <h2> ("1\. Personal data we collect" / "-----");
# not a list item, a table row, a quote or an ATX heading ("- item" over "---" is a rule)
_SETEXT = re.compile(r"^(?![ \t]*(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|[|#>]))([ \t]*\S[^\n]*)\n"
                     r"([ \t]{0,3}(?:={3,}|-{3,})[ \t]*)$", re.M)


def _atx(m: re.Match[str]) -> str:
    return ("# " if m.group(2).strip()[0] == "=" else "## ") + m.group(1).strip() + "\n" + m.group(2)


def _without_comments(text: str) -> str:
    """*text* without its HTML comments ("<!-- source: … -->", which Markdown does not show); an
    unclosed one is kept (one pass: each search starts where the last ended)."""
    out, at = [], 0
    while True:
        start = text.find("<!--", at)
        end = text.find("-->", start + 4) if start >= 0 else -1
        if end < 0:
            break
        out.append(text[at:start])
        at = end + 3
    out.append(text[at:])
    return "".join(out)


# an e-mail link's address ("[e-mail](mailto:privacy@example.org?subject=Privacy)")
_MAILTO = re.compile(r"\(\s*<?mailto:([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)", re.I)


def _link_text(m: re.Match[str]) -> str:
    """A Markdown link as the reader sees it: its text, and an e-mail link's address when the
    text does not give it ("contact us by [e-mail](mailto:privacy@example.org)" -> "contact us by
    e-mail (privacy@example.org)": the address a reader gets by clicking)."""
    text = m.group(1)
    mail = _MAILTO.match(m.group(), len(text) + 2)
    if mail is None or mail.group(1).lower() in text.lower():
        return text
    return f"{text} ({mail.group(1)})"


def markdown_to_text(text: str) -> str:
    """Markdown as the reader sees it: link text without the target, no backslash escapes,
    <br> inside table cells as a space, setext headings as "#" headings, no HTML comments.
    Headings, list markers and table pipes stay (they are structure the segmenter uses)."""
    if "<!--" in text:
        text = _without_comments(text)
    if "---" in text or "===" in text:
        text = _SETEXT.sub(_atx, text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(_link_text, text)
    text = _HTML_BREAK.sub(" ", text)
    return _MD_ESCAPE.sub(r"\1", text)


# an e-mail link of a page, its address only in the target (<a href="mailto:privacy@example.org">
# Email us</a>)
_MAILTO_ANCHOR = re.compile(
    r"(<a\b[^>]{0,500}?\bhref\s*=\s*[\"']\s*mailto:([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)"
    r"[^\"'>]{0,300}[\"'][^>]{0,500}>)((?:(?!</?a\b).){0,500}?)(</a\s*>)", re.I | re.S)
_TAG = re.compile(r"<[^>]{0,500}>")


def _anchor_with_address(m: re.Match[str]) -> str:
    """An e-mail link with its address added to its text when the text does not give it (as the
    Markdown reading does, ``_link_text``)."""
    opening, address, inner, closing = m.groups()
    if address.lower() in _TAG.sub("", inner).lower():
        return m.group()
    return f"{opening}{inner} ({address}){closing}"


def html_to_text(html: str) -> str:
    """Main content of an HTML page as lines; a plain tree walk when trafilatura finds nothing."""
    import trafilatura

    if "mailto:" in html or "MAILTO:" in html:
        html = _MAILTO_ANCHOR.sub(_anchor_with_address, html)
    walked = _html_fallback(html)
    if html.count("<") > MAX_TAGS_FOR_EXTRACTOR:
        # trafilatura's work grows faster than the page on some shapes; a page this large is
        # read with the plain walk, which stays linear
        return walked
    extracted = None
    try:
        extracted = trafilatura.extract(
            html, output_format="markdown", include_tables=True, include_comments=False,
            include_formatting=True, include_links=False, favor_recall=True,
        )
    except Exception:  # trafilatura on hostile markup: fall back rather than fail
        log.debug("trafilatura failed; using the plain tree walk", exc_info=True)
    # trafilatura may lose whole paragraphs of a malformed page; the plain walk (scripts,
    # navigation and footers dropped) is the floor for what a page says
    if extracted and _lost_share(extracted, walked) <= MAX_LOST_SHARE:
        return _with_footer_contacts(
            _with_headings(_with_key_lines(extracted, walked), walked), html, extracted)
    return _with_footer_contacts(walked, html, walked)


# --- what the extractor drops that matters -----------------------------------------------------
# trafilatura keeps a page's main text but drops some of its structure: the <h1> of a <header>,
# the <summary> questions of a FAQ in <details>, headings it takes for furniture. The plain walk
# keeps every heading (a <summary> as one level below the heading before it); a heading of the
# walk the extracted text lacks is put back before the line it stands over in the walk, when
# that line was kept (so a heading over dropped boilerplate, a cookie banner's, stays out).
_MD_HEADING = re.compile(r"#{1,6} ")
_KEY_CHARS = re.compile(r"[\W_]+")
_KEY_START = 24


def _key(line: str) -> str:
    """A line's letters and digits, lower case: the same line in the walk and in Markdown."""
    return _KEY_CHARS.sub("", markdown_to_text(line)).lower()


def _with_headings(extracted: str, walked: str) -> str:
    """*extracted* with the headings of *walked* it dropped put back (see above)."""
    lines = extracted.split("\n")
    where: dict[str, int] = {}
    starts: dict[str, int] = {}  # (a line of the walk may be the first of a wrapped paragraph)
    for at, line in enumerate(lines):
        key = _key(line)
        if key:
            where.setdefault(key, at)
            if len(key) >= _KEY_START:
                starts.setdefault(key[:_KEY_START], at)
    inserts: dict[int, list[str]] = {}
    pending: list[str] = []
    for raw in walked.splitlines():
        line = _SPACES.sub(" ", raw).strip()
        key = _key(line)
        if not key:
            continue
        if _MD_HEADING.match(line):
            pending = [] if key in where else [*pending, line]
            continue
        found = where.get(key)
        if found is None and len(key) >= _KEY_START:
            found = starts.get(key[:_KEY_START])
        if pending and found is not None:
            inserts.setdefault(found, []).extend(pending)
            for heading in pending:
                where.setdefault(_key(heading), found)  # (once)
        pending = []
    if not inserts:
        return extracted
    out: list[str] = []
    for at, line in enumerate(lines):
        for heading in inserts.get(at, ()):
            out += [heading, ""]
        out.append(line)
    return "\n".join(out)


# an e-mail address in the page's footer ("Contact our privacy team: privacy@…"), which both
# the extractor and the walk drop with the footer's links and copyright lines
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_FOOTER_LINE_MAX = 300


def _with_footer_contacts(text: str, html: str, kept: str) -> str:
    """*text* with the lines of the page's <footer> that give an e-mail address *kept* (the
    text read so far) lacks, after it."""
    if "<footer" not in html and "<FOOTER" not in html:
        return text
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # lxml rejects empty or absurd documents
        return text
    extra: list[str] = []
    for footer in root.iter("footer"):
        for block in footer.iter("p", "li", "address", "div", "span", "small", "footer"):
            if any(child.tag in _FOOTER_BLOCKS for child in block.iterchildren()
                   if isinstance(child.tag, str)):
                continue  # (read its blocks instead)
            line = _SPACES.sub(" ", block.text_content()).strip()
            if (line and len(line) <= _FOOTER_LINE_MAX and line not in extra
                    and any(m.group() not in kept for m in _EMAIL.finditer(line))):
                extra.append(line)
    return "\n\n".join([text, *extra]) if extra else text


_FOOTER_BLOCKS = {"p", "li", "address", "div", "ul", "ol", "section"}


MAX_LOST_SHARE = 0.1
# a short line of the page that states when the notice took effect or who runs the service
# ("版本生效日期：2026年11月2日 ｜ 运营主体：…有限公司", "Last updated: March 3, 2026"), which
# trafilatura drops as page furniture (a byline, a "meta" paragraph)
_KEY_LINE = re.compile(
    r"生效|更新|修订|发布日期|版本|运营(?:主体|方|者)|effective|updated|last (?:modified|revised|"
    r"changed)|version", re.I)
_KEY_LINE_MAX = 200


def _with_key_lines(extracted: str, walked: str) -> str:
    """*extracted* with the short key lines of *walked* it dropped (``_KEY_LINE``) put back
    after its first heading (the title), else at its start."""
    kept = _SPACES.sub(" ", markdown_to_text(extracted))
    missing = []
    for line in walked.splitlines():
        line = _SPACES.sub(" ", line).strip()
        if 0 < len(line) <= _KEY_LINE_MAX and line not in kept and _KEY_LINE.search(line):
            missing.append(line)
            kept += "\n" + line  # (once)
    if not missing:
        return extracted
    lines = extracted.split("\n")
    at = 1 if lines and lines[0].startswith("#") else 0
    return "\n".join([*lines[:at], "", *missing, "", *lines[at:]])
MAX_TAGS_FOR_EXTRACTOR = 40_000
_SPACES = re.compile(r"\s+")


def _lost_share(extracted: str, walked: str) -> float:
    """Share of the walked text's sentences (lines of 40+ characters) missing from *extracted*."""
    kept = _SPACES.sub(" ", markdown_to_text(extracted))
    total = lost = 0
    for line in walked.splitlines():
        line = _SPACES.sub(" ", line).strip()
        if len(line) < 40:
            continue
        total += len(line)
        if line not in kept:
            lost += len(line)
    return lost / total if total else 0.0


_BLOCK_TAGS = {
    "p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "table", "ul", "ol", "dd", "dt", "blockquote", "pre", "header", "footer", "main",
    "details", "summary",
}
_DROP_TAGS = {"script", "style", "noscript", "nav", "template", "svg", "iframe", "head", "form",
              "footer", "aside", "button", "select"}


def _html_fallback(html: str) -> str:
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # lxml rejects empty or absurd documents
        return re.sub(r"<[^>]*>", " ", html)
    parts: list[str] = []
    level = [2]  # (the level of the last heading: a <summary> is one below it)

    def walk(node: object) -> None:
        tag = getattr(node, "tag", None)
        if not isinstance(tag, str):
            tail = getattr(node, "tail", None)
            if tail:
                parts.append(tail)
            return
        tag = tag.lower()
        if tag in _DROP_TAGS:
            if node.tail:  # type: ignore[attr-defined]
                parts.append(node.tail)  # type: ignore[attr-defined]
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if tag in ("li",):
            parts.append("- ")
        if tag in ("td", "th"):
            parts.append(" | ")
        if tag.startswith("h") and len(tag) == 2 and tag[1] in "123456":
            level[0] = int(tag[1])
            parts.append("#" * level[0] + " ")
        elif tag == "summary":
            parts.append("#" * min(6, level[0] + 1) + " ")
        if node.text:  # type: ignore[attr-defined]
            parts.append(node.text)  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            walk(child)
        if block:
            parts.append("\n")
        if node.tail:  # type: ignore[attr-defined]
            parts.append(node.tail)  # type: ignore[attr-defined]

    try:
        walk(root)
    except RecursionError:  # absurdly deep nesting: strip the tags instead
        return re.sub(r"<[^>]*>", " ", html)
    return "".join(parts)


def pdf_to_text(data: bytes, source: str = "") -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise _unreadable(source, f"damaged PDF ({type(exc).__name__})") from exc
    text = "\n\n".join(map(_without_overprint, pages))
    if not text.strip():
        raise _unreadable(source, "the PDF has no text layer (scanned image?)")
    return text


_OVERPRINT_MIN = 4  # (shorter lines repeat for real: "NO" / "NO" in two columns of a table)


def _printed_twice(line: str) -> str:
    """The half of *line* when it is one text twice, run together or a space apart; else ""."""
    n = len(line)
    for half in ((n // 2, n // 2), ((n - 1) // 2, (n + 1) // 2)):
        a, b = line[:half[0]], line[half[1]:]
        if len(a) >= _OVERPRINT_MIN and a == b and (half[0] == half[1] or line[half[0]] == " "):
            return a
    return ""


def _without_overprint(page: str) -> str:
    """*page*'s text without the second copy of a line drawn twice: a writer that makes bold
    text by printing it twice leaves every bold line twice in the text layer, on the next line
    ("我们不会…" / "我们不会…", sometimes with a blank line between them) or on the same one
    ("Model trainingModel training")."""
    lines = page.split("\n")
    out: list[str] = []
    last = ""  # (the last line kept that is not blank)
    for line in lines:
        core = line.strip()
        half = _printed_twice(core)
        if half:
            line = core = half
        if core and core == last and len(core) >= _OVERPRINT_MIN:
            while out and not out[-1].strip():
                out.pop()  # (and the blank line between the two copies)
            continue
        out.append(line)
        if core:
            last = core
    return "\n".join(out)


def kind_of(content_type: str, source: str, data: bytes) -> str:
    """'html', 'pdf', 'markdown' or 'text' from the media type, the file name, then the bytes."""
    ctype = content_type.split(";")[0].strip().lower()
    if not ctype or ctype in ("application/octet-stream", "binary/octet-stream"):
        ctype = _SUFFIX_TYPES.get(Path(source.split("?")[0]).suffix.lower(), "")
    if data.startswith(b"%PDF-") or ctype == "application/pdf":
        return "pdf"
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype == "text/markdown":
        return "markdown"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _HTML_SNIFF.match(head) or (ctype in ("", "text/plain") and _HTML_SNIFF.search(head[:512])):
        return "html"
    return "markdown" if ctype == "" and source.endswith(".md") else "text"


def text_from_bytes(data: bytes, content_type: str = "", source: str = "") -> str:
    """Plain text of a notice; ``BadInputError(code="unreadable")`` for binary or garbage."""
    if len(data) > MAX_FILE_BYTES:
        raise BadInputError(
            f"{source or 'input'}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
            code="too_large", source=source,
        )
    kind = kind_of(content_type, source, data)
    if kind == "pdf":
        return tidy(_check_readable(pdf_to_text(data, source), source))
    if _looks_binary(data):
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise _unreadable(source, "binary data, not a text document")
        data = codecs.BOM_UTF8 + utf16.encode("utf-8")
    declared = ""
    match = _HEADER_CHARSET.search(content_type)
    if match:
        declared = match.group(1)
    text = _check_readable(decode_bytes(data, declared, source), source)
    if kind == "html":
        text = html_to_text(text)
    if kind in ("html", "markdown"):
        text = markdown_to_text(text)
    elif "\t" in text:
        text = tab_tables(text)
    return tidy(text)


def _tab_cells(line: str) -> list[str] | None:
    """The cells of a line of tab-separated cells (two or more that are not empty; the first
    may be, as a header's over a column of numbers), else None."""
    cells = [cell.strip().replace("|", "/") for cell in line.strip(" \r").split("\t")]
    return cells if sum(map(bool, cells)) > 1 else None


def tab_tables(text: str) -> str:
    """Plain text with its tab-separated tables (a table copied from a web page or a
    spreadsheet: two or more lines in a row with the same number of tab-separated cells) as
    Markdown table rows ("| Category | Examples | Collected? |"), so the reader sees a table's
    rows and its header's columns; other tabs are left to ``tidy``."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = _tab_cells(lines[i])
        end = i + 1
        if cells is not None:
            while end < len(lines) and len(_tab_cells(lines[end]) or ()) == len(cells):
                end += 1
        if end - i >= 2:
            out += ["| " + " | ".join(_tab_cells(line) or ()) + " |" for line in lines[i:end]]
        else:
            out.append(lines[i])
        i = end
    return "\n".join(out)


class FileReader:
    """The ``NoticeReader`` port over local files."""

    def read_file(self, path: str) -> FetchedDocument:
        try:
            size = os.stat(path).st_size
            if size > MAX_FILE_BYTES:
                raise BadInputError(
                    f"{path}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
                    code="too_large", source=path,
                )
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError as exc:
            raise BadInputError(f"{path}: no such file", code="no_such_file", source=path) from exc
        except IsADirectoryError as exc:
            raise BadInputError(f"{path}: is a folder", code="unreadable", source=path) from exc
        except OSError as exc:
            raise BadInputError(
                f"{path}: cannot be read ({exc.strerror or type(exc).__name__})",
                code="unreadable", source=path,
            ) from exc
        content_type = _SUFFIX_TYPES.get(Path(path).suffix.lower(), "")
        return FetchedDocument(
            source=path, text=text_from_bytes(data, content_type, path), content_type=content_type
        )

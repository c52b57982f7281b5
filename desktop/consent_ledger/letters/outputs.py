"""A worded letter as files: plain text, HTML, PDF (through an injected renderer), e-mail, mailto.

PDF rendering needs Qt, which letters/ may not import: the composition root passes
``ui.pdf.html_to_pdf`` in as ``pdf``. Every file is written atomically, mode 0600.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import quote

import jinja2

from ..atomic import write_atomic
from ..core.errors import BadInputError, ConflictError
from ..core.request_desk import Letter
from .compose import SEPARATOR

FORMATS = ("txt", "html", "pdf", "eml", "mailto")
MESSAGE_ID_DOMAIN = "consent-ledger.invalid"  # never the host name: it would identify the machine


@dataclass(frozen=True)
class Part:
    title: str
    paragraphs: list[list[str]]


def split_parts(text: str) -> list[Part]:
    """A letter's text as titled parts (one per language) of paragraphs of lines."""
    parts = []
    for chunk in text.split(SEPARATOR.strip("\n")):
        lines = chunk.strip("\n").splitlines()
        if not lines:
            continue
        paragraphs: list[list[str]] = []
        current: list[str] = []
        for line in lines[1:]:
            if line.strip():
                current.append(line)
            elif current:
                paragraphs.append(current)
                current = []
        if current:
            paragraphs.append(current)
        parts.append(Part(title=lines[0].strip(), paragraphs=paragraphs))
    return parts


class LetterOutputs:
    def __init__(self, templates: Path, *, pdf: Callable[..., None] | None = None) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates)),
            undefined=jinja2.StrictUndefined,
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.pdf = pdf

    def html(self, letter: Letter) -> str:
        lang = "zh-CN" if letter.lang in ("zh", "both") else "en"
        return self.env.get_template("letter.html.j2").render(
            lang=lang, subject=letter.subject, parts=split_parts(letter.text))

    def eml(self, letter: Letter, *, now: datetime, sender: str = "",
            pdf_name: str = "", pdf_bytes: bytes | None = None) -> bytes:
        """An RFC 5322 message, UTF-8, ready to open in a mail client and send."""
        if not letter.to:
            raise BadInputError("no e-mail address for this handler: add one to the service "
                                "or give --to", code="no_recipient")
        message = EmailMessage(policy=SMTP)
        message["To"] = ", ".join(letter.to)
        if sender:
            message["From"] = sender
        message["Subject"] = letter.subject
        message["Date"] = format_datetime(now)
        message["Message-ID"] = make_msgid(domain=MESSAGE_ID_DOMAIN)
        message["X-Unsent"] = "1"  # mail clients open it as a draft to send
        message.set_content(letter.text, subtype="plain", charset="utf-8")
        if pdf_bytes is not None:
            message.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                                   filename=pdf_name or "letter.pdf")
        return message.as_bytes()

    @staticmethod
    def mailto(letter: Letter) -> str:
        """A mailto: link (RFC 6068). Long letters may exceed what some mail clients accept."""
        to = ",".join(quote(address, safe="@") for address in letter.to)
        return (f"mailto:{to}?subject={quote(letter.subject, safe='')}"
                f"&body={quote(letter.text, safe='')}")

    def pdf_bytes(self, letter: Letter, directory: Path) -> bytes:
        """Render the PDF to a private temp file in *directory*, return its bytes, remove it."""
        renderer = self._renderer()
        fd, name = tempfile.mkstemp(prefix=".letter-", suffix=".pdf", dir=directory)
        os.close(fd)
        tmp = Path(name)
        try:
            renderer(self.html(letter), tmp, title=letter.subject)
            return tmp.read_bytes()
        finally:
            tmp.unlink(missing_ok=True)

    def _renderer(self) -> Callable[..., None]:
        if self.pdf is None:
            raise ConflictError("PDF rendering is not available here", code="no_pdf")
        return self.pdf

    def write(self, letter: Letter, fmt: str, dest: Path, *, now: datetime, sender: str = "",
              attach_pdf: bool = False) -> Path:
        dest = Path(dest)
        if fmt not in FORMATS:
            raise BadInputError(f"unknown format {fmt!r}", code="bad_format", value=fmt)
        if not dest.parent.is_dir():
            raise BadInputError(f"no such folder: {dest.parent}", code="no_folder",
                                value=str(dest.parent))
        if fmt == "txt":
            return write_atomic(dest, letter.text.encode("utf-8"))
        if fmt == "html":
            return write_atomic(dest, self.html(letter).encode("utf-8"))
        if fmt == "pdf":
            self._renderer()(self.html(letter), dest, title=letter.subject)
            return dest
        if fmt == "mailto":
            return write_atomic(dest, (self.mailto(letter) + "\n").encode("utf-8"))
        attachment = self.pdf_bytes(letter, dest.parent) if attach_pdf else None
        name = f"{dest.stem}.pdf"
        return write_atomic(dest, self.eml(letter, now=now, sender=sender, pdf_name=name,
                                           pdf_bytes=attachment))

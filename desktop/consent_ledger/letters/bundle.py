"""The evidence bundle: one zip with the letter as sent, the timeline, the attachments, the notice
version in force when the request was made, a README and a SHA-256 manifest.

Courts have treated a prior request to the handler, then a refusal or no handling, as the step
before a suit under PIPL Art. 50; this is the record of that step. ``verify`` re-checks a bundle.

Each letter (the request as sent, and every reminder or complaint kept with its event) can also go
in as PDF, the form a person hands to a regulator or a court. Rendering needs Qt, which letters/
may not import: the caller passes a ``LetterPdf`` (the composition root wires ``ui.pdf``). The GUI
renders with ``render_pdfs`` on its own thread and packs with ``build`` on a worker; the CLI passes
the renderer to ``write``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import zipfile
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from ..atomic import write_atomic
from ..core.errors import BadInputError, ConflictError
from ..core.model import Attachment, RequestEvent, RightsRequest
from ..core.request_desk import FOLLOWUP_OF, Dossier, Letter, RequestView
from .outputs import LetterOutputs, split_parts

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
LETTER_PDF = "letter/letter.pdf"
_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
# The name request_desk gives the follow-up letter it keeps with a reminded / escalated event.
_FOLLOWUP_NAME = re.compile(r"generated-(reminder|complaint)-\d{4}-\d{2}-\d{2}\.txt")

LetterPdf = Callable[[Letter], bytes]
"""Renders one letter to PDF bytes (wired to Qt's renderer by the composition root)."""

README = """证据包 / Evidence bundle — Consent Ledger（知情账本）

内容 / Contents
- letter/      发出的申请函原文（发出时冻结；txt、html、eml，及 PDF 除非导出时略去）
               / the request letter exactly as sent (txt, html, eml; PDF unless left out)
- request.json 申请的类型、依据、状态、答复期限 / the request: type, status, due date and its basis
- events.json  处理经过（日期、事项、备注、附件） / the timeline: dates, events, notes, attachments
- attachments/ 往来材料（答复、截图等；催告函、投诉信同样附 PDF）
               / replies, screenshots and other attachments (reminders, complaints: PDF likewise)
- notice/      提出申请时的隐私政策版本及其分析 / the privacy-notice version in force at the time
- manifest.json, SHA256SUMS  每个文件的 SHA-256 / the SHA-256 of every file

核对 / Verify:  sha256sum -c SHA256SUMS

答复期限为提醒日期，并非法定期限：《个人信息保护法》未规定答复天数。
Due dates are reminders, not statutory deadlines: the PIPL sets no number of days.
本证据包由申请人导出，不构成法律意见。 Exported by the requester; not legal advice.
"""


def safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip("._") or "file"
    return cleaned[:120]


def view_json(view: RequestView) -> dict[str, Any]:
    """The JSON shape of a request (CLI list/show/new, and request.json in the bundle)."""
    request = view.request
    return {
        "id": request.id,
        "service_id": request.service_id,
        "service": view.service.name,
        "provider": view.service.provider,
        "type": request.type.value,
        "lang": request.lang,
        "capacity": request.capacity.value,
        "status": view.status.value,
        "recorded_status": request.status.value,
        "created": request.created.isoformat() if request.created else None,
        "sent": view.due.sent.isoformat() if view.due else None,
        "due": view.due.due.isoformat() if view.due else None,
        "due_basis": view.due.basis if view.due else None,
        "due_source": view.due.source if view.due else None,
        "overdue": bool(view.due and view.due.overdue),
        "warnings": view.warnings,
        "letter_frozen": bool(request.letter_text),
        "notice_version_id": request.notice_version_id,
        "options": {k: v for k, v in request.options.items() if k != "sent_letter"},
        "events": events_json(request),
    }


def events_json(request: RightsRequest) -> list[dict[str, Any]]:
    return [
        {
            "id": event.id,
            "kind": event.kind.value,
            "date": event.at.isoformat(),
            "note": event.note,
            "attachments": [{"id": a.id, "filename": a.filename, "media_type": a.media_type,
                             "sha256": a.sha256, "size": a.size} for a in event.attachments],
        }
        for event in sorted(request.events, key=lambda e: (e.at, e.id or 0))
    ]


def render_pdfs(dossier: Dossier, pdf: LetterPdf) -> dict[str, bytes]:
    """Every letter of *dossier* as PDF, by its path in the bundle.

    Run it where the renderer may paint (Qt: the GUI thread, or the CLI's only thread). The request
    letter is the frozen text as sent; a follow-up is the text kept with its event.

    Raises:
        ConflictError: ``bundle_pdf`` when the renderer fails or returns something not a PDF.
    """
    rendered: dict[str, bytes] = {}
    for path, letter in _letters(dossier):
        try:
            data = pdf(letter)
        except Exception as exc:  # the renderer is an adapter: any failure is "no PDF here"
            log.warning("letter PDF not rendered: %s", type(exc).__name__, exc_info=True)
            raise ConflictError("the letter could not be rendered as PDF",
                                code="bundle_pdf") from exc
        if not data.startswith(b"%PDF-"):
            raise ConflictError("the PDF renderer returned something else", code="bundle_pdf")
        rendered[path] = data
    return rendered


def build(dossier: Dossier, outputs: LetterOutputs, *, now: datetime,
          pdfs: Mapping[str, bytes] | None = None) -> bytes:
    """The bundle as zip bytes (deterministic order; every file listed in the manifest).

    *pdfs* are the letters as PDF from ``render_pdfs``; each goes beside its text.
    """
    pdfs = dict(pdfs or {})
    unexpected = set(pdfs) - {path for path, _ in _letters(dossier)}
    if unexpected:
        raise ValueError(f"PDFs for no letter of this request: {sorted(unexpected)}")
    files: list[tuple[str, bytes]] = [("README.txt", README.encode("utf-8"))]
    files.append(("request.json", _json(view_json(dossier.view))))
    files.append(("events.json", _json(events_json(dossier.view.request))))
    if dossier.letter is not None:
        files.append(("letter/letter.txt", dossier.letter.text.encode("utf-8")))
        files.append(("letter/letter.html", outputs.html(dossier.letter).encode("utf-8")))
        if dossier.letter.to:
            eml = outputs.eml(dossier.letter, now=now, sender=dossier.letter.sender)
            files.append(("letter/letter.eml", eml))
        if LETTER_PDF in pdfs:
            files.append((LETTER_PDF, pdfs[LETTER_PDF]))
    used: set[str] = set()
    for event, attachment, data in dossier.attachments:
        name = _attachment_path(event, attachment)
        if name in used:
            continue
        used.add(name)
        _check_digest(attachment, data)
        files.append((name, data))
        if _pdf_path(name) in pdfs:
            files.append((_pdf_path(name), pdfs[_pdf_path(name)]))
    if dossier.notice is not None:
        notice = dossier.notice
        stem = f"notice/notice-v{notice.number or notice.id}"
        files.append((f"{stem}.txt", notice.text.encode("utf-8")))
        files.append((f"{stem}.json", _json({
            "service_id": notice.service_id, "source": notice.source, "sha256": notice.sha256,
            "retrieved": notice.retrieved.isoformat(), "number": notice.number,
            "analysis": notice.analysis,
        })))
    entries = [{"path": path, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
               for path, data in files]
    manifest = {"created": now.isoformat(), "request_id": dossier.view.request.id,
                "algorithm": "sha256", "files": entries}
    sums = "".join(f"{e['sha256']}  {e['path']}\n" for e in entries)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in files:
            archive.writestr(_info(path, now), data)
        archive.writestr(_info(MANIFEST, now), _json(manifest))
        archive.writestr(_info(SUMS, now), sums.encode("utf-8"))
    return buffer.getvalue()


def write(dossier: Dossier, outputs: LetterOutputs, dest: Path, *, now: datetime,
          pdf: LetterPdf | None = None, pdfs: Mapping[str, bytes] | None = None) -> Path:
    """Write the bundle to *dest* atomically (0600).

    Letters go in as PDF too when *pdf* renders them here (CLI) or *pdfs* were rendered already
    (GUI thread); with neither, the bundle has the text, HTML and e-mail forms only.
    """
    if pdf is not None and pdfs is not None:
        raise ValueError("give the renderer or the rendered PDFs, not both")
    check_folder(dest)
    if pdf is not None:
        pdfs = render_pdfs(dossier, pdf)
    return write_atomic(Path(dest), build(dossier, outputs, now=now, pdfs=pdfs))


def check_folder(dest: Path) -> None:
    if not Path(dest).parent.is_dir():
        raise BadInputError(f"no such folder: {Path(dest).parent}", code="no_folder",
                            value=str(Path(dest).parent))


def verify(path: Path) -> list[str]:
    """Problems found in a bundle (empty when every file, the letters' PDFs included, matches the
    manifest, SHA256SUMS says the same as the manifest, and nothing is extra)."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read(MANIFEST))
        listed = {entry["path"] for entry in manifest["files"]}
        for entry in manifest["files"]:
            if entry["path"] not in names:
                problems.append(f"missing: {entry['path']}")
                continue
            data = archive.read(entry["path"])
            if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                problems.append(f"sha256 mismatch: {entry['path']}")
            if len(data) != entry["size"]:
                problems.append(f"size mismatch: {entry['path']}")
        for extra in sorted(names - listed - {MANIFEST, SUMS}):
            problems.append(f"not in manifest: {extra}")
        sums = "".join(f"{e['sha256']}  {e['path']}\n" for e in manifest["files"])
        if SUMS not in names:
            problems.append(f"missing: {SUMS}")
        elif archive.read(SUMS).decode("utf-8", "replace") != sums:
            problems.append(f"{SUMS} does not match {MANIFEST}")
    return problems


def _letters(dossier: Dossier) -> list[tuple[str, Letter]]:
    """The letters of a dossier that go in as PDF, by the PDF's path in the bundle."""
    letters: list[tuple[str, Letter]] = []
    if dossier.letter is not None:
        letters.append((LETTER_PDF, dossier.letter))
    lang = dossier.view.request.lang
    for event, attachment, data in dossier.attachments:
        letter = _followup(event, attachment, data, lang)
        if letter is not None:
            letters.append((_pdf_path(_attachment_path(event, attachment)), letter))
    return letters


def _followup(event: RequestEvent, attachment: Attachment, data: bytes,
              lang: str) -> Letter | None:
    """The reminder or complaint request_desk kept with a reminded / escalated event, if this is it."""
    match = _FOLLOWUP_NAME.fullmatch(attachment.filename)
    if match is None or FOLLOWUP_OF.get(event.kind) != match.group(1):
        return None
    _check_digest(attachment, data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    parts = split_parts(text)
    subject = parts[0].title if parts else match.group(1)
    return Letter(subject=subject, text=text, to=(), lang=lang, kind=match.group(1), frozen=True)


def _attachment_path(event: RequestEvent, attachment: Attachment) -> str:
    return f"attachments/{event.at.isoformat()}_{attachment.id}_{safe_name(attachment.filename)}"


def _pdf_path(path: str) -> str:
    return str(PurePosixPath(path).with_suffix(".pdf"))


def _check_digest(attachment: Attachment, data: bytes) -> None:
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise ValueError(f"attachment {attachment.id} does not match its recorded sha256")


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def _info(path: str, now: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=now.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info

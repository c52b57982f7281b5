"""The bundle's PDF port without Qt: which letters are rendered, where their PDFs go, and what
happens when the renderer fails or hands back something that is not a PDF."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from consent_ledger.core.errors import BadInputError, ConflictError
from consent_ledger.core.model import Attachment, RequestEvent
from consent_ledger.core.request_desk import Dossier, DueInfo, Letter, RequestView
from consent_ledger.core.vocab import RequestEventKind, RequestStatus
from consent_ledger.letters import bundle
from consent_ledger.letters.compose import LetterComposer
from consent_ledger.letters.outputs import LetterOutputs

from .conftest import TEMPLATES, build_facts, sent_event, service

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def _attachment(name: str, data: bytes, attachment_id: int) -> Attachment:
    return Attachment(filename=name, media_type="text/plain",
                      sha256=hashlib.sha256(data).hexdigest(), size=len(data), id=attachment_id)


def _dossier(composer: LetterComposer) -> Dossier:
    """Sent, reminded (with the generated reminder), and a note whose file only looks like one."""
    facts = build_facts("delete", "zh", events=[sent_event()], status=RequestStatus.SENT)
    reminder = composer.compose_followup(facts, "reminder").text.encode("utf-8")
    kept = _attachment("generated-reminder-2026-10-20.txt", reminder, 7)
    reminded = RequestEvent(kind=RequestEventKind.REMINDED, at=date(2026, 10, 20),
                            attachments=[kept], id=3)
    lookalike = _attachment("generated-complaint-2026-10-21.txt", b"my own notes", 8)
    note = RequestEvent(kind=RequestEventKind.NOTE, at=date(2026, 10, 21),
                        attachments=[lookalike], id=4)
    sent = composer.compose(facts)
    letter = Letter(subject=sent.subject, text=sent.text, to=sent.to, lang=sent.lang,
                    frozen=True)
    due = DueInfo(due=date(2026, 10, 1), basis="benchmark", source="benchmark",
                  sent=date(2026, 9, 1), overdue=True)
    view = RequestView(request=facts.request, service=service(), status=RequestStatus.OVERDUE,
                       due=due)
    return Dossier(view=view, letter=letter,
                   attachments=[(reminded, kept, reminder), (note, lookalike, b"my own notes")],
                   notice=None)


def _fake_pdf(letter: Letter) -> bytes:
    """Stands in for Qt's renderer: a byte string that starts like a PDF and names its letter."""
    return b"%PDF-1.4\n" + letter.subject.encode("utf-8") + b"\n" + letter.text[:20].encode()


def test_the_request_and_its_kept_followups_are_rendered(composer: LetterComposer) -> None:
    dossier = _dossier(composer)
    seen: list[Letter] = []

    def renderer(letter: Letter) -> bytes:
        seen.append(letter)
        return _fake_pdf(letter)

    pdfs = bundle.render_pdfs(dossier, renderer)
    reminder_pdf = "attachments/2026-10-20_7_generated-reminder-2026-10-20.pdf"
    assert list(pdfs) == [bundle.LETTER_PDF, reminder_pdf]  # the note's lookalike is not a letter
    assert seen[0] is dossier.letter  # the frozen text as sent, not re-worded
    assert seen[1].kind == "reminder" and seen[1].frozen and seen[1].subject == "催告函"
    assert seen[1].text == dossier.attachments[0][2].decode("utf-8")

    data = bundle.build(dossier, LetterOutputs(TEMPLATES), now=NOW, pdfs=pdfs)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert archive.read(bundle.LETTER_PDF) == pdfs[bundle.LETTER_PDF]
        assert archive.read(reminder_pdf) == pdfs[reminder_pdf]
    assert names.index(reminder_pdf) == names.index(reminder_pdf[:-4] + ".txt") + 1
    assert [n for n in names if n.endswith(".pdf")] == [bundle.LETTER_PDF, reminder_pdf]


def test_pdf_paths_are_the_same_every_time(composer: LetterComposer) -> None:
    dossier = _dossier(composer)
    pdfs = bundle.render_pdfs(dossier, _fake_pdf)
    outputs = LetterOutputs(TEMPLATES)
    first = bundle.build(dossier, outputs, now=NOW, pdfs=pdfs)
    # the e-mail form has a random Message-ID; everything else, the PDFs' paths included, is fixed
    names = zipfile.ZipFile(io.BytesIO(first)).namelist()
    again = zipfile.ZipFile(io.BytesIO(bundle.build(dossier, outputs, now=NOW, pdfs=pdfs)))
    assert again.namelist() == names


def test_a_failing_renderer_is_one_clear_error(composer: LetterComposer, tmp_path: Path) -> None:
    def broken(letter: Letter) -> bytes:
        raise RuntimeError("no fonts")

    dest = tmp_path / "b.zip"
    with pytest.raises(ConflictError) as caught:
        bundle.write(_dossier(composer), LetterOutputs(TEMPLATES), dest, now=NOW, pdf=broken)
    assert caught.value.code == "bundle_pdf"
    assert not dest.exists() and list(tmp_path.iterdir()) == []


def test_a_renderer_that_returns_no_pdf_is_refused(composer: LetterComposer) -> None:
    with pytest.raises(ConflictError) as caught:
        bundle.render_pdfs(_dossier(composer), lambda letter: b"<html>not a pdf</html>")
    assert caught.value.code == "bundle_pdf"


def test_pdfs_for_letters_the_request_does_not_have_are_refused(
        composer: LetterComposer) -> None:
    with pytest.raises(ValueError):
        bundle.build(_dossier(composer), LetterOutputs(TEMPLATES), now=NOW,
                     pdfs={"letter/other.pdf": b"%PDF-1.4\n"})
    dossier = _dossier(composer)
    unsent = Dossier(view=dossier.view, letter=None, attachments=[], notice=None)
    assert bundle.render_pdfs(unsent, _fake_pdf) == {}  # nothing sent, nothing to render
    with pytest.raises(ValueError):
        bundle.build(unsent, LetterOutputs(TEMPLATES), now=NOW,
                     pdfs={bundle.LETTER_PDF: b"%PDF-1.4\n"})


def test_write_takes_the_renderer_or_the_rendered_pdfs(composer: LetterComposer,
                                                       tmp_path: Path) -> None:
    dossier = _dossier(composer)
    pdfs = bundle.render_pdfs(dossier, _fake_pdf)
    with pytest.raises(ValueError):
        bundle.write(dossier, LetterOutputs(TEMPLATES), tmp_path / "b.zip", now=NOW,
                     pdf=_fake_pdf, pdfs=pdfs)
    with pytest.raises(BadInputError):
        bundle.write(dossier, LetterOutputs(TEMPLATES), tmp_path / "no" / "b.zip", now=NOW,
                     pdf=_fake_pdf)
    by_renderer = bundle.write(dossier, LetterOutputs(TEMPLATES), tmp_path / "r.zip", now=NOW,
                               pdf=_fake_pdf)
    prerendered = bundle.write(dossier, LetterOutputs(TEMPLATES), tmp_path / "p.zip", now=NOW,
                               pdfs=pdfs)
    for path in (by_renderer, prerendered):
        assert bundle.verify(path) == []
        with zipfile.ZipFile(path) as archive:
            assert archive.read(bundle.LETTER_PDF) == pdfs[bundle.LETTER_PDF]

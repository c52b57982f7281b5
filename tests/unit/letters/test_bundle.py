"""The evidence bundle: every file listed with its sha256; tampering is found."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from consent_ledger.core.model import Attachment, NoticeVersion, RequestEvent
from consent_ledger.core.request_desk import Dossier, DueInfo, RequestView
from consent_ledger.core.vocab import RequestEventKind, RequestStatus
from consent_ledger.letters import bundle
from consent_ledger.letters.compose import LetterComposer
from consent_ledger.letters.outputs import LetterOutputs

from .conftest import TEMPLATES, build_facts, sent_event, service

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
REPLY = "我们已收到您的申请。".encode()


def _dossier(composer: LetterComposer, *, notice: bool = True) -> Dossier:
    attachment = Attachment(filename="../../etc/回复 截图.png", media_type="image/png",
                            sha256=hashlib.sha256(REPLY).hexdigest(), size=len(REPLY), id=9)
    ack = RequestEvent(kind=RequestEventKind.ACKNOWLEDGED, at=date(2026, 9, 3), note="工单 42",
                       attachments=[attachment], id=2)
    facts = build_facts("delete", "zh", events=[sent_event(), ack],
                        status=RequestStatus.ACKNOWLEDGED)
    letter = composer.compose(facts)
    due = DueInfo(due=date(2026, 10, 1), basis="benchmark: 30 calendar days", source="benchmark",
                  sent=date(2026, 9, 1), overdue=True)
    view = RequestView(request=facts.request, service=service(), status=RequestStatus.OVERDUE,
                       due=due)
    version = NoticeVersion(service_id=1, text="隐私政策全文", sha256="ab" * 32, source="n.html",
                            retrieved=datetime(2026, 8, 1, tzinfo=UTC), analysis={"title": "隐私政策"},
                            id=4, number=2) if notice else None
    return Dossier(view=view, letter=letter, attachments=[(ack, attachment, REPLY)],
                   notice=version)


def test_bundle_contents_and_manifest_verify(composer: LetterComposer, tmp_path: Path) -> None:
    dossier = _dossier(composer)
    dest = bundle.write(dossier, LetterOutputs(TEMPLATES), tmp_path / "b.zip", now=NOW)
    assert bundle.verify(dest) == []
    with zipfile.ZipFile(dest) as archive:
        names = archive.namelist()
        assert {"README.txt", "request.json", "events.json", "letter/letter.txt",
                "letter/letter.html", "letter/letter.eml", "notice/notice-v2.txt",
                "notice/notice-v2.json", "manifest.json", "SHA256SUMS"} <= set(names)
        attachment = [n for n in names if n.startswith("attachments/")]
        assert attachment == ["attachments/2026-09-03_9_回复_截图.png"]  # no path escape
        assert archive.read(attachment[0]) == REPLY
        manifest = json.loads(archive.read("manifest.json"))
        for entry in manifest["files"]:  # an independent check of every digest
            assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
        sums = archive.read("SHA256SUMS").decode().splitlines()
        assert len(sums) == len(manifest["files"])
        assert archive.read("letter/letter.txt").decode() == dossier.letter.text
        request = json.loads(archive.read("request.json"))
        assert request["due"] == "2026-10-01" and request["overdue"] is True
        events = json.loads(archive.read("events.json"))
        assert [e["kind"] for e in events] == ["sent", "acknowledged"]
        assert "并非法定期限" in archive.read("README.txt").decode()


def test_tampering_is_found(composer: LetterComposer, tmp_path: Path) -> None:
    data = bundle.build(_dossier(composer), LetterOutputs(TEMPLATES), now=NOW)
    source = zipfile.ZipFile(io.BytesIO(data))
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(tampered, "w") as out:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "letter/letter.txt":
                content = content.replace("删除".encode(), "查阅".encode())
            out.writestr(info, content)
        out.writestr("extra.txt", b"x")
    problems = bundle.verify(tampered)
    assert "sha256 mismatch: letter/letter.txt" in problems
    assert "not in manifest: extra.txt" in problems


def test_attachment_that_does_not_match_its_digest_is_refused(composer: LetterComposer) -> None:
    dossier = _dossier(composer)
    event, attachment, _ = dossier.attachments[0]
    broken = Dossier(view=dossier.view, letter=dossier.letter,
                     attachments=[(event, attachment, b"changed")], notice=None)
    with pytest.raises(ValueError):
        bundle.build(broken, LetterOutputs(TEMPLATES), now=NOW)


def test_safe_name() -> None:
    assert bundle.safe_name("../../a b.png") == "a_b.png"
    assert bundle.safe_name("C:\\x\\y.pdf") == "y.pdf"
    assert bundle.safe_name("...") == "file"

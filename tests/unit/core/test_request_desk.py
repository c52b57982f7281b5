"""RequestDesk over a real SQLCipher vault: drafting, tracking, deadlines, frozen letters."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from consent_ledger.core.clock import FixedClock
from consent_ledger.core.errors import BadInputError, ConflictError, NotFoundError
from consent_ledger.core.model import DataGrant, NoticeVersion, Profile, Service
from consent_ledger.core.request_desk import RequestDesk
from consent_ledger.core.vocab import RequestStatus
from consent_ledger.letters.compose import LetterComposer
from consent_ledger.letters.deadlines import ChineseWorkingDays
from tests.vaults import new_repo

TEMPLATES = Path(__file__).resolve().parents[3] / "resources" / "letters"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 9, 30, 2, 0, tzinfo=UTC))


@pytest.fixture
def repo(data_dir: Path, clock: FixedClock):
    repo = new_repo(data_dir, clock=clock)
    yield repo
    repo.close()


@pytest.fixture
def desk(repo, clock: FixedClock) -> RequestDesk:
    return RequestDesk(repo, calendar=ChineseWorkingDays(), clock=clock,
                       letters=LetterComposer(TEMPLATES))


@pytest.fixture
def svc(repo) -> Service:
    service = repo.add_service(Service(name="DeepSeek", provider="杭州某某公司",
                                       emails=["privacy@ds.example"]))
    repo.add_grant(DataGrant(service_id=service.id, categories=["user_content", "voice"],
                             date=date(2025, 3, 1)))
    repo.save_profile(Profile(name="张三", account_ids=["uid 42"], email="z@example.com"))
    return service


def test_create_fills_defaults_from_the_register(desk, repo, svc) -> None:
    version = repo.add_notice_version(NoticeVersion(
        service_id=svc.id, text="政策", sha256="cd" * 32, source="x",
        retrieved=datetime(2026, 1, 1, tzinfo=UTC)))
    request = desk.create(svc.id, "access", lang="en")
    assert request.id is not None and request.status is RequestStatus.DRAFTED
    assert request.options["categories"] == ["user_content", "voice"]
    assert request.options["identity"] == ["name", "account", "email"]
    assert request.options["reply_days"] == 30 and request.options["reply_unit"] == "calendar"
    assert request.options["reply_source"] == "benchmark" and request.options["genai"] is True
    assert request.notice_version_id == version.id
    deregister = desk.create(svc.id, "deregister")
    assert (deregister.options["reply_days"], deregister.options["reply_unit"]) == (15, "working")
    assert desk.create(svc.id, "delete").options["triggers"] == ["consent_withdrawn"]


def test_international_services_skip_the_genai_measures(desk, repo) -> None:
    intl = repo.add_service(Service(name="Claude", region="intl"))
    assert desk.create(intl.id, "access").options["genai"] is False
    assert desk.create(intl.id, "access", options={"genai": True}).options["genai"] is True


@pytest.mark.parametrize(("kind", "options", "code"), [
    ("nonsense", {}, "bad_request_type"),
    ("access", {"categories": ["dna"]}, "bad_category"),
    ("access", {"from": "2026-02-30"}, "bad_date"),
    ("access", {"from": "2026-05-01", "to": "2026-01-01"}, "bad_range"),
    ("access", {"identity": ["id_card"]}, "bad_identity"),
    ("delete", {"triggers": ["because"]}, "bad_trigger"),
    ("withdraw_consent", {}, "processing_required"),
    ("restrict", {"processing": ["  "]}, "processing_required"),
    ("correct", {}, "details_required"),
    ("access", {"send_to": ["not-an-address"]}, "bad_email"),
    ("access", {"reply_days": 0}, "bad_days"),
    ("access", {"reply_days": 400}, "bad_days"),
    ("access", {"reply_unit": "fortnights"}, "bad_unit"),
    ("access", {"service_limit": {"days": 0, "unit": "working"}}, "bad_days"),
])
def test_create_rejects_bad_input(desk, svc, kind, options, code) -> None:
    with pytest.raises(BadInputError) as info:
        desk.create(svc.id, kind, options=options)
    assert info.value.code == code
    assert desk.list() == []


def test_create_rejects_bad_lang_capacity_and_unknown_service(desk, svc) -> None:
    with pytest.raises(BadInputError):
        desk.create(svc.id, "access", lang="fr")
    with pytest.raises(BadInputError):
        desk.create(svc.id, "access", capacity="lawyer")
    with pytest.raises(NotFoundError):
        desk.create(9999, "access")


def test_sending_freezes_the_letter(desk, repo, svc) -> None:
    request = desk.create(svc.id, "delete", lang="zh")
    draft = desk.letter(request.id)
    assert not draft.frozen and "张三" in draft.text
    view = desk.record_event(request.id, "sent", note="by e-mail")
    assert view.request.status is RequestStatus.SENT
    assert view.request.letter_text == draft.text
    # the register changes afterwards; the letter as sent does not
    repo.save_profile(Profile(name="李四", account_ids=["uid 43"], email="l@example.com"))
    repo.update_service(Service(**{**svc.__dict__, "provider": "新名称公司"}))
    sent = desk.letter(request.id)
    assert sent.frozen and sent.text == draft.text and "李四" not in sent.text
    assert sent.to == ("privacy@ds.example",) and sent.sender == "z@example.com"
    assert sent.subject == draft.subject
    # a fresh draft of another request does see the change
    assert "李四" in desk.letter(desk.create(svc.id, "access").id).text


def test_status_follows_events(desk, svc) -> None:
    request = desk.create(svc.id, "access")
    with pytest.raises(ConflictError) as info:
        desk.record_event(request.id, "acknowledged")
    assert info.value.code == "not_sent"
    desk.record_event(request.id, "note", note="drafted with a friend")
    steps = [("sent", "sent"), ("acknowledged", "acknowledged"),
             ("action_required", "action_required"), ("partially_answered", "partially_fulfilled"),
             ("reminded", "partially_fulfilled"), ("answered", "fulfilled"),
             ("refused", "refused"), ("escalated", "escalated"), ("closed", "closed")]
    for kind, status in steps:
        view = desk.record_event(request.id, kind, at=date(2026, 9, 30))
        assert view.request.status.value == status, kind
    with pytest.raises(ConflictError) as info:
        desk.record_event(request.id, "acknowledged")
    assert info.value.code == "request_closed"
    desk.record_event(request.id, "note", note="archived")
    assert [e.kind.value for e in desk.get(request.id).request.events][-1] == "note"


def test_future_dates_are_refused(desk, svc) -> None:
    request = desk.create(svc.id, "access")
    with pytest.raises(BadInputError) as info:
        desk.record_event(request.id, "sent", at=date(2026, 10, 2))
    assert info.value.code == "future_date"


def test_due_benchmark_and_overdue(desk, svc, clock) -> None:
    request = desk.create(svc.id, "deregister")
    assert desk.get(request.id).due is None  # not sent yet
    view = desk.record_event(request.id, "sent", at=date(2026, 9, 30))
    assert view.due.due == date(2026, 10, 27)  # 15 working days across National Day 2026
    assert view.due.source == "benchmark" and "not a statutory deadline" in view.due.basis
    assert view.status is RequestStatus.SENT and not view.due.overdue
    clock.moment = datetime(2026, 10, 28, 2, 0, tzinfo=UTC)
    late = desk.get(request.id)
    assert late.due.overdue and late.status is RequestStatus.OVERDUE
    assert late.request.status is RequestStatus.SENT  # stored status unchanged
    assert [v.request.id for v in desk.list("overdue")] == [request.id]
    assert desk.list("sent") == []
    desk.record_event(request.id, "answered", at=date(2026, 10, 28))
    done = desk.get(request.id)
    assert done.status is RequestStatus.FULFILLED and not done.due.overdue


def test_service_published_limit_and_requested_period(desk, svc) -> None:
    limited = desk.create(svc.id, "delete",
                          options={"service_limit": {"days": 10, "unit": "working"}})
    view = desk.record_event(limited.id, "sent", at=date(2026, 9, 30))
    assert view.due.source == "service_limit" and view.due.due == date(2026, 10, 20)
    asked = desk.create(svc.id, "access", options={"reply_days": 20})
    view = desk.record_event(asked.id, "sent", at=date(2026, 9, 1))
    assert view.due.source == "requested" and view.due.due == date(2026, 9, 21)


def test_extensions_move_the_due_date(desk, svc) -> None:
    request = desk.create(svc.id, "access")
    desk.record_event(request.id, "sent", at=date(2026, 9, 1))
    assert desk.get(request.id).due.due == date(2026, 10, 1)
    view = desk.record_event(request.id, "extended", at=date(2026, 9, 20),
                             extend_until=date(2026, 10, 15))
    assert view.due.due == date(2026, 10, 15) and "extended to 2026-10-15" in view.due.basis
    view = desk.record_event(request.id, "extended", at=date(2026, 9, 21), extend_days=5)
    assert view.due.due == date(2026, 10, 20)
    with pytest.raises(BadInputError):
        desk.record_event(request.id, "extended")


def test_post_2026_fallback_warning_is_shown(desk, svc, clock) -> None:
    clock.moment = datetime(2026, 12, 25, 2, 0, tzinfo=UTC)
    request = desk.create(svc.id, "deregister")
    view = desk.record_event(request.id, "sent", at=date(2026, 12, 25))
    assert view.due.due == date(2027, 1, 15)
    assert view.warnings and "2027" in view.warnings[0]


def test_due_listing_is_sorted_and_skips_finished_requests(desk, svc) -> None:
    first = desk.create(svc.id, "access")
    second = desk.create(svc.id, "deregister")
    third = desk.create(svc.id, "copy")
    desk.create(svc.id, "explain")  # never sent
    desk.record_event(first.id, "sent", at=date(2026, 9, 29))  # due 2026-10-29
    desk.record_event(second.id, "sent", at=date(2026, 9, 29))  # due 2026-10-26 (working days)
    desk.record_event(third.id, "sent", at=date(2026, 9, 1))
    desk.record_event(third.id, "answered", at=date(2026, 9, 2))
    assert [v.request.id for v in desk.list(due_only=True)] == [second.id, first.id]


def test_attachments_are_stored_encrypted(desk, repo, svc, data_dir) -> None:
    request = desk.create(svc.id, "access")
    desk.record_event(request.id, "sent")
    marker = b"REPLY-FROM-HANDLER-" + b"\xe5\x9b\x9e\xe5\xa4\x8d" * 8
    view = desk.record_event(request.id, "acknowledged", note="工单 7",
                             files=[("reply.eml", marker)])
    attachment = view.request.events[-1].attachments[0]
    assert attachment.filename == "reply.eml" and attachment.size == len(marker)
    assert repo.get_attachment_data(attachment.id) == marker
    raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())
    assert marker not in raw and b"REPLY-FROM-HANDLER" not in raw


def test_followups_and_dossier(desk, repo, svc) -> None:
    request = desk.create(svc.id, "delete")
    with pytest.raises(ConflictError):
        desk.followup(request.id, "reminder")
    desk.record_event(request.id, "sent", at=date(2026, 9, 1))
    desk.record_event(request.id, "refused", at=date(2026, 9, 10), files=[("no.png", b"png")])
    reminder = desk.followup(request.id, "reminder")
    assert reminder.kind == "reminder" and "2026-09-10" in reminder.text
    complaint = desk.followup(request.id, "complaint")
    assert "12377" in complaint.text and "被投诉人拒绝了本人的请求" in complaint.text
    with pytest.raises(BadInputError):
        desk.followup(request.id, "lawsuit")
    dossier = desk.dossier(request.id)
    assert dossier.letter is not None and dossier.letter.frozen
    assert [(a.filename, data) for _, a, data in dossier.attachments] == [("no.png", b"png")]


def test_no_letter_writer_is_a_clear_error(repo, svc, clock) -> None:
    desk = RequestDesk(repo, calendar=ChineseWorkingDays(), clock=clock)
    request = desk.create(svc.id, "access")
    with pytest.raises(ConflictError) as info:
        desk.record_event(request.id, "sent")
    assert info.value.code == "no_letter_writer"
    assert desk.get(request.id).request.status is RequestStatus.DRAFTED


def test_reminders_and_complaints_are_kept_with_their_events(desk, repo, svc) -> None:
    request = desk.create(svc.id, "access")
    desk.record_event(request.id, "sent", at=date(2026, 9, 1))
    view = desk.record_event(request.id, "reminded", at=date(2026, 9, 20),
                             files=[("my-own.txt", b"x")])
    names = [a.filename for a in view.request.events[-1].attachments]
    assert names == ["my-own.txt", "generated-reminder-2026-09-20.txt"]
    kept = repo.get_attachment_data(view.request.events[-1].attachments[1].id).decode()
    assert kept.startswith("催告函") and "2026-09-01 发出申请" in kept
    assert "日期：2026-09-20" in kept  # dated the day it was recorded as sent, not today
    # the request letter itself carries the day it was sent, and asks for a reply from then
    sent = desk.letter(request.id)
    assert "日期：2026-09-01" in sent.text and "日期：2026-09-30" not in sent.text
    assert "即2026-10-01前" in sent.text  # 30 days counted from the day it was sent
    view = desk.record_event(request.id, "escalated", at=date(2026, 9, 25))
    complaint = view.request.events[-1].attachments[0]
    assert complaint.filename == "generated-complaint-2026-09-25.txt"
    assert "12377" in repo.get_attachment_data(complaint.id).decode()
    assert view.request.status is RequestStatus.ESCALATED

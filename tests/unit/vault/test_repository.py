"""VaultRepository against a real SQLCipher file: every Repository method, audit in the same
transaction, cascades, attachments inside the vault."""

from __future__ import annotations

import hashlib
import inspect
from datetime import date, datetime
from pathlib import Path

import pytest

from consent_ledger.core.errors import BadInputError, NotFoundError
from consent_ledger.core.model import (
    Attachment,
    Consent,
    DataGrant,
    NoticeVersion,
    Profile,
    RequestEvent,
    RightsRequest,
    Service,
)
from consent_ledger.core.ports import Repository
from consent_ledger.core.vocab import ConsentState, RequestEventKind, RequestStatus, RequestType
from consent_ledger.vault.repository import VaultRepository
from tests.vaults import FIXED_MOMENT, fixed_clock, new_repo


@pytest.fixture
def repo(data_dir: Path):
    repository = new_repo(data_dir, clock=fixed_clock())
    yield repository
    repository.close()


def _service(repo: VaultRepository, name: str = "Kimi", **kw: object) -> Service:
    return repo.add_service(Service(name=name, **kw))  # type: ignore[arg-type]


def test_implements_every_port_method() -> None:
    wanted = {n for n, _ in inspect.getmembers(Repository, inspect.isfunction)
              if not n.startswith("_")}
    missing = [n for n in wanted if not callable(getattr(VaultRepository, n, None))]
    assert wanted and not missing


def test_service_round_trip_update_and_search(repo: VaultRepository) -> None:
    added = _service(repo, "DeepSeek 深度求索", provider="杭州深度求索", emails=["a@b.cn"],
                     phones=["400"], region="cn", notes="note")
    assert added.id is not None and added.created == FIXED_MOMENT
    assert repo.get_service(added.id) == added
    _service(repo, "Kimi")
    _service(repo, "50%_off")
    added.website = "https://deepseek.com"
    added.emails = ["x@y.cn", "a@b.cn"]
    updated = repo.update_service(added)
    assert updated.website == "https://deepseek.com" and updated.emails == ["x@y.cn", "a@b.cn"]
    assert [s.name for s in repo.list_services()] == ["50%_off", "DeepSeek 深度求索", "Kimi"]
    assert [s.name for s in repo.list_services("深度")] == ["DeepSeek 深度求索"]
    assert [s.name for s in repo.list_services("%")] == ["50%_off"]  # LIKE wildcards escaped
    assert [s.name for s in repo.list_services("_")] == ["50%_off"]
    entry = repo.list_audit_entries(1)[0]
    assert (entry.action, entry.entity_id, entry.detail) == ("service.update", added.id,
                                                            "website,emails")


def test_audit_never_holds_personal_values(repo: VaultRepository) -> None:
    service = _service(repo, "秘密服务", notes="secret-note", emails=["me@example.com"])
    repo.save_profile(Profile(name="张三", email="zs@example.com"))
    repo.add_grant(DataGrant(service_id=service.id or 0, categories=["voice"],
                             date=date(2025, 1, 1), note="secret-grant"))
    text = repr(repo.list_audit_entries())
    for secret in ("秘密服务", "secret-note", "me@example.com", "张三", "zs@example.com",
                   "secret-grant"):
        assert secret not in text
    assert [e.action for e in repo.list_audit_entries()] == [
        "grant.add", "profile.save", "service.add"]


def test_failed_change_rolls_back_with_its_audit(repo: VaultRepository) -> None:
    before = repo.counts()
    with pytest.raises(NotFoundError):
        repo.add_grant(DataGrant(service_id=999, categories=["voice"], date=date(2025, 1, 1)))
    with pytest.raises(NotFoundError):
        repo.remove_service(999)
    with pytest.raises(BadInputError):
        repo.add_service(Service(name="  "))
    assert repo.counts() == before


def test_grants_consents_and_state_history(repo: VaultRepository) -> None:
    service = _service(repo)
    sid = service.id or 0
    grant = repo.add_grant(DataGrant(service_id=sid, categories=["voice", "contact"],
                                     date=date(2025, 3, 1), channel="app", note="n"))
    assert repo.list_grants(sid) == [grant] == repo.list_grants()
    consent = repo.add_consent(Consent(service_id=sid, purposes=["model_training"],
                                       date=date(2025, 3, 1)))
    assert consent.state == ConsentState.GIVEN
    assert [e.state for e in consent.events] == [ConsentState.GIVEN]
    withdrawn = repo.set_consent_state(consent.id or 0, ConsentState.WITHDRAWN, date(2025, 4, 1),
                                       "by e-mail")
    assert withdrawn.state == ConsentState.WITHDRAWN
    assert [(e.state, e.at, e.note) for e in withdrawn.events] == [
        (ConsentState.GIVEN, date(2025, 3, 1), ""),
        (ConsentState.WITHDRAWN, date(2025, 4, 1), "by e-mail")]
    assert repo.list_consents(sid) == [withdrawn]
    repo.remove_grant(grant.id or 0)
    assert repo.list_grants() == []
    with pytest.raises(NotFoundError):
        repo.get_consent(12345)


def test_profile_upsert(repo: VaultRepository) -> None:
    assert repo.get_profile() == Profile()
    saved = repo.save_profile(Profile(name="李四", account_ids=["phone: 13800000000"]))
    assert saved.account_ids == ["phone: 13800000000"]
    again = repo.save_profile(Profile(name="李四", email="l@example.com"))
    assert again == Profile(name="李四", email="l@example.com")


def test_notice_versions_numbered_per_service(repo: VaultRepository) -> None:
    a, b = _service(repo, "A"), _service(repo, "B")

    def version(service: Service, text: str) -> NoticeVersion:
        return repo.add_notice_version(NoticeVersion(
            service_id=service.id or 0, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
            source="https://example.com/p", retrieved=datetime(2026, 1, 1, tzinfo=FIXED_MOMENT.tzinfo),
            analysis={"language": "zh", "clauses": []}))

    v1, v2, w1 = version(a, "一"), version(a, "二"), version(b, "一")
    assert (v1.number, v2.number, w1.number) == (1, 2, 1)
    assert repo.list_notice_versions(a.id or 0) == [v1, v2]
    assert repo.get_notice_version(v2.id or 0).analysis == {"language": "zh", "clauses": []}
    assert repo.find_notice_version(a.id or 0, v2.sha256) == v2
    assert repo.find_notice_version(b.id or 0, v2.sha256) is None


def test_requests_events_and_attachments(repo: VaultRepository) -> None:
    service = _service(repo)
    request = repo.add_request(RightsRequest(service_id=service.id or 0, type=RequestType.DELETE,
                                             options={"reply_days": 15}))
    assert request.created == FIXED_MOMENT and request.status == RequestStatus.DRAFTED
    request.status = RequestStatus.SENT
    request.letter_text = "请删除"
    assert repo.update_request(request).letter_text == "请删除"
    data = b"%PDF-1.4 reply \x00\xff"
    meta = Attachment(filename="reply.pdf", media_type="application/pdf", sha256="", size=0)
    event = repo.add_request_event(request.id or 0, RequestEvent(
        kind=RequestEventKind.ANSWERED, at=date(2025, 5, 2), note="answered"), [(meta, data)])
    [stored] = event.attachments
    assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == len(data)
    assert repo.get_attachment_data(stored.id or 0) == data
    assert repo.list_requests(status=RequestStatus.SENT) == [repo.get_request(request.id or 0)]
    assert repo.list_requests(status=RequestStatus.CLOSED) == []
    assert repo.list_requests(service_id=service.id) != []
    bad = Attachment(filename="x", media_type="", sha256="00" * 32, size=0)
    with pytest.raises(BadInputError):
        repo.add_request_event(request.id or 0, RequestEvent(kind=RequestEventKind.NOTE,
                                                             at=date(2025, 5, 3)), [(bad, b"x")])
    assert len(repo.get_request(request.id or 0).events) == 1


def test_remove_service_cascades(repo: VaultRepository) -> None:
    service = _service(repo)
    sid = service.id or 0
    repo.add_grant(DataGrant(service_id=sid, categories=["voice"], date=date(2025, 1, 1)))
    repo.add_consent(Consent(service_id=sid, purposes=["x"], date=date(2025, 1, 1)))
    req = repo.add_request(RightsRequest(service_id=sid, type=RequestType.ACCESS))
    repo.add_request_event(req.id or 0, RequestEvent(kind=RequestEventKind.SENT,
                                                     at=date(2025, 1, 2)),
                           [(Attachment("a.txt", "text/plain", "", 0), b"abc")])
    repo.remove_service(sid)
    counts = repo.counts()
    assert {k: v for k, v in counts.items() if k != "audit_entries"} == dict.fromkeys(
        ["services", "grants", "consents", "consents_active", "notice_versions", "requests",
         "request_events", "attachments"], 0)
    assert counts["audit_entries"] == 6


def test_closed_repository_refuses_use(repo: VaultRepository) -> None:
    repo.close()
    repo.close()  # idempotent
    assert repo.closed
    with pytest.raises(RuntimeError):
        repo.list_services()

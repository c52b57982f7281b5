"""NoticeBook over a real SQLCipher vault, the real analyser and reader, and a real HTTP server on
127.0.0.1: import, fetch (conditional), dedupe, versions, diff, drift, cancellation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from consent_ledger.core.clock import FixedClock
from consent_ledger.core.drift import DriftStatus
from consent_ledger.core.errors import (
    BadInputError,
    CancelledError,
    NetworkError,
    NotFoundError,
    UsageError,
)
from consent_ledger.core.model import Consent, NoticeVersion, Service
from consent_ledger.core.notice_book import NoticeBook
from consent_ledger.core.ports import FetchedDocument
from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.extract import FileReader
from consent_ledger.notices.fetch import HttpFetcher
from consent_ledger.paths import resources_dir
from consent_ledger.vault.repository import VaultRepository
from tests.integration.notices.loopback import Handler, LoopbackServer
from tests.vaults import new_manager, new_repo

DATA = Path(__file__).resolve().parents[2] / "data" / "fetch"
V1 = DATA / "assistant_v1.md"
V2 = DATA / "assistant_v2.md"
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


class SteppingClock(FixedClock):
    """Each reading is a minute later, so versions have distinct times."""

    def now(self) -> datetime:
        self.moment += timedelta(minutes=1)
        return self.moment


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(resources_dir())


@pytest.fixture
def repo(data_dir: Path) -> Iterator[VaultRepository]:
    repository = new_repo(data_dir)
    yield repository
    repository.close()


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(START)


@pytest.fixture
def book(repo: VaultRepository, analyser: Analyser, clock: SteppingClock) -> NoticeBook:
    return NoticeBook(repo, lambda: analyser, lambda: HttpFetcher("ConsentLedger/test",
                                                                  timeout=(2, 2)),
                      FileReader, clock=clock)


@pytest.fixture
def service(repo: VaultRepository) -> Service:
    return repo.add_service(Service(name="Example Assistant"))


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer().start()
    yield srv
    srv.stop()


def sid(service: Service) -> int:
    assert service.id is not None
    return service.id


def test_import_stores_text_hash_analysis_and_time(book: NoticeBook, service: Service) -> None:
    stored = book.import_file(sid(service), str(V1))
    v = stored.version
    assert stored.new and stored.latest and not stored.not_modified
    assert v.number == 1 and v.id is not None
    assert "We do not use your conversations to train our models." in v.text
    assert v.sha256 == hashlib.sha256(v.text.encode("utf-8")).hexdigest()
    assert v.source == "assistant_v1.md"
    assert v.retrieved == START + timedelta(minutes=1)
    assert v.analysis["sha256"] == v.sha256
    assert v.analysis["clauses"] and v.analysis["language"] == "en"
    assert "privacy@example-assistant.com" in v.analysis["handler"]["emails"]


def test_identical_text_is_not_stored_twice(book: NoticeBook, service: Service) -> None:
    first = book.import_file(sid(service), str(V1))
    again = book.import_file(sid(service), str(V1))
    assert not again.new and again.latest
    assert again.version.id == first.version.id
    second = book.import_file(sid(service), str(V2))
    assert second.new and second.version.number == 2
    back = book.import_file(sid(service), str(V1))  # the old text comes back
    assert not back.new and not back.latest and back.version.number == 1
    assert [v.number for v in book.versions(sid(service))] == [1, 2]


def test_versions_survive_reopening_and_are_encrypted(
    book: NoticeBook, service: Service, repo: VaultRepository, data_dir: Path
) -> None:
    book.import_file(sid(service), str(V1))
    repo.close()
    with pytest.raises(Exception):  # noqa: B017 - any error: the repository is closed
        repo.list_notice_versions(sid(service))
    reopened = new_manager(data_dir).open("test-passphrase")
    try:
        versions = reopened.list_notice_versions(sid(service))
        assert len(versions) == 1 and versions[0].analysis["clauses"]
    finally:
        reopened.close()
    raw = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"train our models" not in raw and b"privacy@example-assistant" not in raw


def test_diff_previous_to_latest_terms_and_clauses(book: NoticeBook, service: Service) -> None:
    book.import_file(sid(service), str(V1))
    book.import_file(sid(service), str(V2))
    result = book.diff(sid(service))
    assert (result.from_version.number, result.to_version.number) == (1, 2)
    found = {(t.code, t.value if t.value is not None else (t.old, t.new)) for t in result.terms}
    cross = next(t for t in result.terms if t.code == "cross_border_changed")
    assert cross.new == "yes" and cross.evidence_new
    assert ("model_training_changed", ("no", "yes")) in found
    assert ("retention_no_longer_stated", (True, False)) in found
    assert ("purpose_added", "model_training") in found
    assert ("data_category_added", "location") in found
    counts = result.clause_counts()
    assert counts["unchanged"] >= 5
    added = [c.new.text for c in result.clauses if c.kind == "added" and c.new]
    changed = [c.new.text for c in result.clauses if c.kind == "changed" and c.new]
    assert any("precise location" in t for t in added + changed)
    assert any("effective date" in t.lower() for t in changed)
    data = result.to_json()
    assert data["from"]["number"] == 1 and data["to"]["number"] == 2
    assert {"counts", "added", "removed", "changed"} <= set(data["clauses"])
    for change in data["terms"]:
        for cid in change["evidence_to"]:  # evidence points at clauses of the new version
            assert 0 <= cid < len(result.to_version.analysis["clauses"])


def test_diff_version_references(book: NoticeBook, service: Service) -> None:
    v1 = book.import_file(sid(service), str(V1)).version
    v2 = book.import_file(sid(service), str(V2)).version
    backwards = book.diff(sid(service), from_ref="2", to_ref="1")
    assert backwards.from_version.id == v2.id and backwards.to_version.id == v1.id
    by_id = book.diff(sid(service), from_ref=f"id:{v1.id}", to_ref="latest")
    assert by_id.to_version.id == v2.id
    assert book.diff(sid(service), from_ref="v1").to_version.id == v2.id
    assert book.version(sid(service), f"id:{v2.id}").number == 2
    same = book.diff(sid(service), from_ref="1", to_ref="1")
    assert same.identical and same.terms == [] and same.clauses == []
    with pytest.raises(NotFoundError) as info:
        book.diff(sid(service), from_ref="3")
    assert info.value.code == "version_not_found"
    with pytest.raises(UsageError) as bad:
        book.diff(sid(service), from_ref="yesterday")
    assert bad.value.code == "version_ref"
    with pytest.raises(NotFoundError):
        book.diff(sid(service), to_ref="1")  # nothing before version 1


def test_diff_needs_two_versions(book: NoticeBook, service: Service) -> None:
    with pytest.raises(NotFoundError) as info:
        book.diff(sid(service))
    assert info.value.code == "notice_no_versions"
    book.import_file(sid(service), str(V1))
    with pytest.raises(NotFoundError) as info:
        book.diff(sid(service))
    assert info.value.code == "notice_no_previous"


def test_unknown_service_and_bad_files(book: NoticeBook, service: Service,
                                       tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        book.versions(9999)
    with pytest.raises(BadInputError):
        book.import_file(sid(service), str(tmp_path / "missing.html"))
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n", encoding="utf-8")
    with pytest.raises(BadInputError) as info:
        book.import_file(sid(service), str(blank))
    assert info.value.code == "notice_empty"
    assert book.versions(sid(service)) == []


def test_factories_are_lazy(repo: VaultRepository, service: Service,
                            clock: SteppingClock) -> None:
    def refuse() -> object:
        raise AssertionError("adapter built although not needed")

    book = NoticeBook(repo, refuse, refuse, refuse, clock=clock)  # type: ignore[arg-type]
    assert book.versions(sid(service)) == []
    assert book.drift() == []


def serve_notice(server: LoopbackServer, state: dict[str, object]) -> None:
    def route(h: Handler) -> None:
        etag = str(state["etag"])
        if h.headers.get("If-None-Match") == etag:
            h.send_body(304, b"", "", {"ETag": etag})
            return
        body = state["body"]
        assert isinstance(body, bytes)
        h.send_body(200, body, "text/markdown; charset=utf-8", {"ETag": etag})
    server.routes["/privacy"] = route


def test_fetch_conditional_and_store_only_changes(
    book: NoticeBook, repo: VaultRepository, server: LoopbackServer
) -> None:
    state: dict[str, object] = {"etag": '"a"', "body": V1.read_bytes()}
    serve_notice(server, state)
    svc = repo.add_service(Service(name="Fetched", notice_url=server.url("/privacy")))
    stages: list[str] = []
    first = book.fetch(sid(svc), progress=lambda stage, done, total: stages.append(stage))
    assert first.new and first.version.etag == '"a"'
    assert first.version.source == server.url("/privacy")
    assert first.version.content_type == "text/markdown"
    assert stages[0] == "download" and "analyse" in stages and stages[-1] == "store"

    again = book.fetch(sid(svc))
    assert not again.new and again.not_modified and again.version.id == first.version.id
    assert server.seen[-1].headers["If-None-Match"] == '"a"'

    state["etag"] = '"b"'  # new ETag, same text: fetched, compared, not stored
    same = book.fetch(sid(svc))
    assert not same.new and not same.not_modified and same.version.id == first.version.id

    state["etag"], state["body"] = '"c"', V2.read_bytes()
    changed = book.fetch(sid(svc))
    assert changed.new and changed.version.number == 2 and changed.version.etag == '"c"'
    assert len(book.versions(sid(svc))) == 2


def test_fetch_failures_store_nothing(book: NoticeBook, repo: VaultRepository,
                                      server: LoopbackServer, service: Service) -> None:
    with pytest.raises(BadInputError) as info:
        book.fetch(sid(service))
    assert info.value.code == "notice_url_missing"
    svc = repo.add_service(Service(name="Broken", notice_url=server.url("/gone")))
    with pytest.raises(NetworkError) as failure:
        book.fetch(sid(svc))
    assert failure.value.details["status"] == 404
    assert book.versions(sid(svc)) == []


def test_cancel_stops_before_storing(book: NoticeBook, service: Service, repo: VaultRepository,
                                     server: LoopbackServer) -> None:
    with pytest.raises(CancelledError):
        book.import_file(sid(service), str(V1), cancel=lambda: True)
    server.routes["/privacy"] = lambda h: h.send_body(200, V1.read_bytes(), "text/plain")
    svc = repo.add_service(Service(name="Cancelled", notice_url=server.url("/privacy")))
    calls: list[int] = []

    def cancel_after_download() -> bool:
        calls.append(1)
        return len(calls) > 3
    with pytest.raises(CancelledError):
        book.fetch(sid(svc), cancel=cancel_after_download)
    assert book.versions(sid(service)) == [] and book.versions(sid(svc)) == []


def test_drift_for_every_consent(book: NoticeBook, repo: VaultRepository,
                                 service: Service) -> None:
    v1 = book.import_file(sid(service), str(V1)).version
    before = repo.add_consent(Consent(sid(service), ["provide_service"], date(2026, 1, 5),
                                      notice_version_id=v1.id))
    v2 = book.import_file(sid(service), str(V2)).version
    current = repo.add_consent(Consent(sid(service), ["provide_service"], date(2026, 3, 5),
                                       notice_version_id=v2.id))
    unknown = repo.add_consent(Consent(sid(service), ["marketing"], date(2026, 2, 1)))
    other = repo.add_service(Service(name="No notice yet"))
    lonely = repo.add_consent(Consent(sid(other), ["account"], date(2026, 2, 1)))

    results = {d.consent_id: d for d in book.drift()}
    assert results[before.id].status is DriftStatus.DRIFT
    assert results[before.id].needs_fresh_consent
    codes = {c.code for c in results[before.id].changes}
    assert {"purpose_added", "data_category_added"} <= codes
    assert results[current.id].status is DriftStatus.NO_LATER_VERSION
    assert results[unknown.id].status is DriftStatus.NO_NOTICE_VERSION
    assert results[lonely.id].status is DriftStatus.NO_VERSIONS
    only = book.drift(sid(other))
    assert [d.consent_id for d in only] == [lonely.id]


def test_failed_stored_analysis_is_redone_for_comparison(
    book: NoticeBook, repo: VaultRepository, service: Service
) -> None:
    text = FileReader().read_file(str(V1)).text
    broken = repo.add_notice_version(NoticeVersion(
        service_id=sid(service), text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        source="old.md", retrieved=START,
        analysis={"error": {"code": "analysis_failed", "message": "RuntimeError"}},
    ))
    book.import_file(sid(service), str(V2))
    result = book.diff(sid(service))
    assert result.from_version.id == broken.id
    assert ("model_training_changed", "no", "yes") in {
        (t.code, t.old, t.new) for t in result.terms}
    assert result.clause_counts()["unchanged"] >= 5  # clauses re-segmented too
    assert repo.get_notice_version(broken.id or 0).analysis.get("error")  # stored one untouched
    consent = repo.add_consent(Consent(sid(service), ["provide_service"], date(2026, 1, 5),
                                       notice_version_id=broken.id))
    answer = next(d for d in book.drift(sid(service)) if d.consent_id == consent.id)
    assert answer.status is DriftStatus.DRIFT


def test_split_fetch_for_the_gui(book: NoticeBook, repo: VaultRepository,
                                 server: LoopbackServer) -> None:
    state: dict[str, object] = {"etag": '"g1"', "body": V1.read_bytes()}
    serve_notice(server, state)
    url = server.url("/privacy")
    svc = repo.add_service(Service(name="Split", notice_url=url))
    plan = book.fetch_plan(sid(svc))
    assert (plan.url, plan.etag, plan.last_modified) == (url, "", "")
    fetcher = HttpFetcher("ConsentLedger/test", timeout=(2, 2))  # the worker's own client
    document = fetcher.fetch(plan.url, etag=plan.etag, last_modified=plan.last_modified)
    first = book.import_document(sid(svc), document)
    assert first.new and first.version.etag == '"g1"' and first.version.source == url

    plan = book.fetch_plan(sid(svc))
    assert plan.etag == '"g1"'
    document = fetcher.fetch(plan.url, etag=plan.etag, last_modified=plan.last_modified)
    assert document.not_modified
    again = book.import_document(sid(svc), document)
    assert again.not_modified and not again.new and again.version.id == first.version.id

    state["etag"], state["body"] = '"g2"', V2.read_bytes()
    document = fetcher.fetch(plan.url, etag=plan.etag, last_modified=plan.last_modified)
    made = book.analyser.analyse(document.text, source=url)  # on the worker, in the GUI
    made["title"] = "analysed off the database thread"
    second = book.import_document(sid(svc), document, analysis=made)
    assert second.new and second.version.analysis["title"] == made["title"]
    stale = dict(made, sha256="0" * 64)  # not this text's analysis: made again
    third_doc = FetchedDocument(source=url, text=document.text + "\nAmended.")
    third = book.import_document(sid(svc), third_doc, analysis=stale)
    assert third.new and third.version.analysis["sha256"] == third.version.sha256

    other = book.fetch_plan(sid(svc), url=url + "?lang=en")  # another URL: unconditional
    assert other.etag == "" and other.url.endswith("?lang=en")
    with pytest.raises(BadInputError) as info:
        book.import_document(sid(repo.add_service(Service(name="Empty"))),
                             FetchedDocument(source=url, text="", not_modified=True))
    assert info.value.code == "notice_empty"

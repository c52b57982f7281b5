"""Register use cases over a real vault: resolving services, validation, consents, export."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from consent_ledger.core.catalogue import Catalogue
from consent_ledger.core.errors import BadInputError, ConflictError, NotFoundError, UsageError
from consent_ledger.core.model import NoticeVersion, Profile, Service
from consent_ledger.core.register import Register, parse_date
from consent_ledger.core.vocab import ConsentState
from consent_ledger.paths import resources_dir
from tests.vaults import fixed_clock, new_repo


@pytest.fixture
def register(data_dir: Path):
    clock = fixed_clock()
    repo = new_repo(data_dir, clock=clock)
    yield Register(repo, lambda: Catalogue.load(resources_dir() / "catalogue" / "services.json"),
                   clock)
    repo.close()


def test_resolve_by_id_prefix_and_exact_name(register: Register) -> None:
    kimi = register.add_service(Service(name="Kimi"))
    register.add_service(Service(name="Kimi Plus"))
    deep = register.add_service(Service(name="DeepSeek"))
    assert register.resolve_service(str(deep.id)) == deep
    assert register.resolve_service("deep") == deep
    assert register.resolve_service("KIMI") == kimi  # exact name wins over prefix
    with pytest.raises(UsageError) as ambiguous:
        register.resolve_service("Ki")
    assert ambiguous.value.code == "service_ambiguous"
    with pytest.raises(NotFoundError):
        register.resolve_service("豆包")
    with pytest.raises(NotFoundError):
        register.resolve_service("999")


@pytest.mark.parametrize(("draft", "code"), [
    (Service(name=""), "service_name_empty"),
    (Service(name="x", emails=["not-an-email"]), "bad_email"),
    (Service(name="x", website="ftp://example.com"), "bad_web_address"),
    (Service(name="x", notice_url="javascript:alert(1)"), "bad_web_address"),
    (Service(name="x", region="mars"), "bad_region"),
    (Service(name="x", notes="a\x00b"), "bad_text"),
])
def test_bad_service_input_is_refused(register: Register, draft: Service, code: str) -> None:
    with pytest.raises(BadInputError) as refused:
        register.add_service(draft)
    assert refused.value.code == code
    assert register.list_services() == []


def test_service_is_normalised(register: Register) -> None:
    added = register.add_service(Service(name="  Doubao ", emails=["A@B.CN", "a@b.cn"],
                                         region="CN"))
    assert (added.name, added.emails, added.region) == ("Doubao", ["a@b.cn"], "cn")
    edited = register.edit_service("doubao", {"notes": "mine", "emails": ["c@d.cn"]})
    assert (edited.notes, edited.emails) == ("mine", ["c@d.cn"])
    with pytest.raises(UsageError):
        register.edit_service("doubao", {"id": 5})
    removed = register.remove_service("Doubao")
    assert removed.id == added.id and register.list_services() == []


def test_add_from_catalogue_keeps_sources_and_unknowns(register: Register) -> None:
    service = register.add_from_catalogue("doubao")
    entry = register.catalogue.get("doubao")
    assert service.catalogue_id == "doubao"
    assert service.provider == entry.fact("provider")
    assert service.emails == [e.lower() for e in entry.emails]
    assert "primary source" in service.notes and "compiled" in service.notes
    gap = register.add_from_catalogue("hailuo", {"name": "海螺"})
    assert gap.name == "海螺" and gap.provider == "" and gap.emails == []
    assert "Unknown" in gap.notes and "provider" in gap.notes
    with pytest.raises(NotFoundError):
        register.add_from_catalogue("no-such-service")


def test_grants_validate_categories_and_dates(register: Register) -> None:
    register.add_service(Service(name="Kimi"))
    grant = register.add_grant("kimi", ["voice", "voice", "contact"], "2025-02-03", "app")
    assert grant.categories == ["voice", "contact"] and grant.date == date(2025, 2, 3)
    assert register.add_grant("kimi", ["device"]).date == fixed_clock().today()
    for categories, when, code in ((["faces"], None, "bad_category"), ([], None, "no_category"),
                                   (["voice"], "2025-02-30", "bad_date"),
                                   (["voice"], "03/02/2025", "bad_date"),
                                   (["voice"], "2099-01-01", "date_in_future")):
        with pytest.raises(BadInputError) as refused:
            register.add_grant("kimi", categories, when)
        assert refused.value.code == code


def test_consent_life(register: Register) -> None:
    register.add_service(Service(name="Kimi"))
    consent = register.add_consent("kimi", ["model_training", "personalization"], "2025-01-01")
    assert consent.state == ConsentState.GIVEN
    with pytest.raises(BadInputError):
        register.withdraw_consent(consent.id or 0, "2024-12-31")
    withdrawn = register.withdraw_consent(str(consent.id), "2025-02-01", "in settings")
    assert withdrawn.state == ConsentState.WITHDRAWN and len(withdrawn.events) == 2
    with pytest.raises(ConflictError) as again:
        register.withdraw_consent(consent.id or 0)
    assert again.value.code == "consent_not_active"
    with pytest.raises(BadInputError):
        register.withdraw_consent("abc")
    with pytest.raises(NotFoundError):
        register.add_consent("kimi", ["x"], notice_version=3)
    with pytest.raises(BadInputError):
        register.add_consent("kimi", [" "])


def test_profile_validation(register: Register) -> None:
    saved = register.save_profile(Profile(name=" 王五 ", account_ids=["id: 1", "id: 1"],
                                          email="w@example.com"))
    assert saved.name == "王五" and saved.account_ids == ["id: 1"]
    with pytest.raises(BadInputError):
        register.save_profile(Profile(email="nope"))
    assert register.profile() == saved


def test_export_has_ts27560_fields(register: Register) -> None:
    register.add_from_catalogue("kimi")
    register.add_grant("kimi", ["voice", "user_content"], "2025-01-01")
    consent = register.add_consent("kimi", ["model_training"], "2025-01-02")
    register.withdraw_consent(consent.id or 0, "2025-03-01")
    document = register.export()
    assert document["format"] == "consent-ledger-export" and document["version"] == 1
    [record] = document["consent_records"]
    for key in ("record_id", "pii_principal_id", "notice", "pii_controllers", "jurisdiction",
                "processing", "withdrawal_method", "events", "state"):
        assert key in record
    assert record["jurisdiction"] == "CN"
    assert record["processing"][0]["pii_categories"] == ["user_content", "voice"]
    assert record["processing"][0]["retention_period"] is None  # unknown, not guessed
    assert [e["event_state"] for e in record["events"]] == ["given", "withdrawn"]
    assert record["state"] == "withdrawn"
    assert document["services"][0]["grants"][0]["categories"] == ["voice", "user_content"]


def test_parse_date() -> None:
    assert parse_date("2025-01-31") == date(2025, 1, 31)
    with pytest.raises(BadInputError):
        parse_date("yesterday")


def test_export_reads_retention_and_storage_from_the_consented_notice(register: Register
                                                                       ) -> None:
    service = register.add_service(Service(name="Kimi", region="intl", web_form="https://k.ai/f"))
    analysis = {"effective_date": "2025-01-01", "retention": {"stated": True, "periods": ["6个月"]},
                "cross_border": {"value": "yes"}, "methods": [{"term": "entrust"}]}
    version = register.repo.add_notice_version(NoticeVersion(
        service_id=service.id or 0, text="通知", sha256="ab" * 32, source="https://k.ai/p",
        retrieved=datetime(2025, 1, 2, tzinfo=UTC), analysis=analysis))
    consent = register.add_consent("kimi", ["analytics"], "2025-01-03", notice_version="1")
    assert consent.notice_version_id == version.id
    [record] = register.export()["consent_records"]
    assert record["notice"]["version"] == 1 and record["notice"]["effective_date"] == "2025-01-01"
    assert record["processing"][0]["retention_period"] == ["6个月"]
    assert record["processing"][0]["processing_methods"] == ["entrust"]
    assert "abroad" in record["processing"][0]["storage_location"]
    assert record["jurisdiction"] is None  # not guessed for an international service
    assert record["withdrawal_method"]["web_form"] == "https://k.ai/f"

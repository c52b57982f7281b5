"""The bundled catalogue: every fact it states carries a source; unknown stays unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consent_ledger.core.catalogue import FACT_FIELDS, Catalogue
from consent_ledger.core.errors import BadInputError, NotFoundError
from consent_ledger.paths import resources_dir

PATH = resources_dir() / "catalogue" / "services.json"


def test_every_stated_fact_has_a_source() -> None:
    catalogue = Catalogue.load(PATH)
    assert len(catalogue.entries) >= 20 and catalogue.compiled
    for entry in catalogue.entries:
        for name in FACT_FIELDS:
            if entry.fact(name) is not None:
                sources = entry.sources_of(name)
                assert sources, f"{entry.id}.{name} has no source"
                assert all(s.source and s.confidence for s in sources)


def test_privacy_emails_never_rest_on_secondary_sources() -> None:
    for entry in Catalogue.load(PATH).entries:
        if entry.emails:
            assert {s.confidence for s in entry.sources_of("privacy_emails")} <= {
                "primary", "curated"}, entry.id


def test_gaps_are_unknown_not_guessed() -> None:
    catalogue = Catalogue.load(PATH)
    for gap in ("hailuo", "tiangong", "baichuan", "sensechat"):
        entry = catalogue.get(gap)
        assert entry.fact("provider") is None and entry.emails == []
        assert "privacy_emails" in entry.unknown()


def test_search_and_lookup() -> None:
    catalogue = Catalogue.load(PATH)
    assert [e.id for e in catalogue.search("豆包")] == ["doubao"]
    assert "deepseek" in [e.id for e in catalogue.search("DEEP")]
    assert len(catalogue.search(None)) == len(catalogue.entries)
    with pytest.raises(NotFoundError):
        catalogue.get("nope")


@pytest.mark.parametrize("content", ["", "{", json.dumps({"services": [{"no_id": 1}]}), "[]"])
def test_unreadable_catalogue_is_bad_input(tmp_path: Path, content: str) -> None:
    path = tmp_path / "services.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadInputError):
        Catalogue.load(path)

"""The bundled catalogue of AI services (resources/catalogue/services.json): sourced facts only.

Each fact keeps where it was read (source, quote, confidence, recorded date when known). A field
the catalogue does not have is unknown (None), never guessed; the person fills it in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import BadInputError, NotFoundError

# Facts that map onto a Service, in the order they are shown.
FACT_FIELDS: tuple[str, ...] = (
    "name_en", "name_zh", "provider", "region", "notice_url", "privacy_emails", "phone",
    "postal_address", "rights_request_url", "account_deletion_url",
)


@dataclass(frozen=True)
class Source:
    source: str
    quote: str = ""
    confidence: str = ""
    note: str = ""
    origin: str = ""
    recorded: str = ""  # date the source text was recorded, when the source says


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    data: dict[str, Any]
    sources: dict[str, tuple[Source, ...]] = field(default_factory=dict)

    def fact(self, name: str) -> Any:
        """The value of a fact, or None when it is unknown."""
        value = self.data.get(name)
        if value in ("", [], {}):
            return None
        return value

    @property
    def display_name(self) -> str:
        en, zh = self.fact("name_en"), self.fact("name_zh")
        if en and zh:
            return f"{en} / {zh}"
        return str(en or zh or self.id)

    @property
    def emails(self) -> list[str]:
        return [str(e) for e in (self.fact("privacy_emails") or [])]

    def unknown(self) -> list[str]:
        return [name for name in FACT_FIELDS if self.fact(name) is None]

    def sources_of(self, name: str) -> tuple[Source, ...]:
        return self.sources.get(name, ())

    def matches(self, query: str) -> bool:
        q = query.casefold()
        haystack = [self.id, self.fact("name_en"), self.fact("name_zh"), self.fact("provider")]
        return any(q in str(h).casefold() for h in haystack if h)

    def to_json(self) -> dict[str, Any]:
        """The entry as in the catalogue file (stable; `catalogue list --json`)."""
        return dict(self.data)


@dataclass(frozen=True)
class Catalogue:
    compiled: str
    entries: tuple[CatalogueEntry, ...]

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
            compiled = str(raw.get("compiled", ""))
            entries = tuple(_entry(item) for item in raw["services"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BadInputError(f"the service catalogue {path} cannot be read",
                                code="catalogue_unreadable") from exc
        return cls(compiled=compiled, entries=entries)

    def get(self, entry_id: str) -> CatalogueEntry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise NotFoundError(f"catalogue entry {entry_id}", code="catalogue_unknown", id=entry_id)

    def search(self, query: str | None = None) -> list[CatalogueEntry]:
        if not query:
            return list(self.entries)
        return [e for e in self.entries if e.matches(query)]


def _entry(item: dict[str, Any]) -> CatalogueEntry:
    sources = {
        name: tuple(
            Source(
                source=str(s.get("source", "")), quote=str(s.get("quote", "")),
                confidence=str(s.get("confidence", "")), note=str(s.get("note", "")),
                origin=str(s.get("origin", "")), recorded=str(s.get("recorded", "")),
            )
            for s in listed
        )
        for name, listed in (item.get("sources") or {}).items()
    }
    return CatalogueEntry(id=str(item["id"]), data=dict(item), sources=sources)

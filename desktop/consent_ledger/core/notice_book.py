"""Use cases over the stored versions of services' privacy notices: import, fetch, list, diff,
and consent drift. Called by the CLI (cli/notice_store.py), the GUI and the audit.

Adapters arrive as factories (``analyser``, ``fetcher``, ``reader``) and are built on first use, so
listing versions never loads the analyser and importing a file never loads the HTTP client.

Version references: a plain number ``N`` is the per-service version number (1, 2, 3 …, as listed);
``id:N`` is the global version id (what a consent records); ``latest`` is the newest.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .drift import ConsentDrift, consent_drift
from .errors import BadInputError, CancelledError, NotFoundError, UsageError
from .model import NoticeVersion, Service
from .notice_diff import NoticeDiff, diff_versions
from .ports import (
    Clock,
    FetchedDocument,
    NoticeAnalyser,
    NoticeFetcher,
    NoticeReader,
    Repository,
)

log = logging.getLogger(__name__)

# A long operation reports (stage, done, total-or-None); stages: "download", "analyse", "store".
Progress = Callable[[str, int, "int | None"], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class StoredVersion:
    """The outcome of an import or a fetch.

    ``new``: a version was stored. Otherwise ``version`` is the existing version with the same text
    (``latest`` says whether it is the newest: an older text coming back is reported, not stored
    again) or, with ``not_modified``, the latest version the server confirmed unchanged (HTTP 304).
    """

    version: NoticeVersion
    new: bool
    not_modified: bool = False
    latest: bool = True


@dataclass(frozen=True)
class FetchPlan:
    """A download to make for a service: the URL and the conditional-request validators."""

    service_id: int
    url: str
    etag: str = ""
    last_modified: str = ""


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class NoticeBook:
    def __init__(
        self,
        repo: Repository,
        analyser: Callable[[], NoticeAnalyser],
        fetcher: Callable[[], NoticeFetcher],
        reader: Callable[[], NoticeReader],
        *,
        clock: Clock,
    ) -> None:
        self._repo = repo
        self._analyser_factory = analyser
        self._fetcher_factory = fetcher
        self._reader_factory = reader
        self._analyser: NoticeAnalyser | None = None
        self._fetcher: NoticeFetcher | None = None
        self._reader: NoticeReader | None = None
        self._clock = clock

    # --- lazily built adapters ----------------------------------------------------------
    @property
    def analyser(self) -> NoticeAnalyser:
        if self._analyser is None:
            self._analyser = self._analyser_factory()
        return self._analyser

    @property
    def fetcher(self) -> NoticeFetcher:
        if self._fetcher is None:
            self._fetcher = self._fetcher_factory()
        return self._fetcher

    @property
    def reader(self) -> NoticeReader:
        if self._reader is None:
            self._reader = self._reader_factory()
        return self._reader

    # --- storing versions ---------------------------------------------------------------
    def import_file(
        self, service_id: int, path: str, *, lang: str = "auto",
        progress: Progress | None = None, cancel: Cancel | None = None,
    ) -> StoredVersion:
        """Read a notice file (HTML, Markdown, text, PDF) and store it as a version if new."""
        service = self._repo.get_service(service_id)
        _check(cancel)
        document = self.reader.read_file(path)
        source = os.path.basename(str(path)) or str(path)
        document = FetchedDocument(source=source, text=document.text,
                                   content_type=document.content_type)
        return self._store(service, document, lang=lang, progress=progress, cancel=cancel)

    def import_document(
        self, service_id: int, document: FetchedDocument, *, lang: str = "auto",
        progress: Progress | None = None, cancel: Cancel | None = None,
        analysis: dict[str, Any] | None = None,
    ) -> StoredVersion:
        """Store an already extracted or downloaded document (the GUI downloads on its worker
        pool with ``fetch_plan``'s conditional headers, then stores here). A ``not_modified``
        document (HTTP 304) returns the latest version, stores nothing. ``analysis``: the
        document's analysis when already made off this thread (used only if its ``sha256``
        is that of the text)."""
        service = self._repo.get_service(service_id)
        if document.not_modified:
            latest = self.latest(service_id)
            if latest is None:  # a 304 to an unconditional request: nothing to show
                raise BadInputError(f"{document.source} answered 304 to an unconditional request",
                                    code="notice_empty", source=document.source)
            return StoredVersion(latest, new=False, not_modified=True, latest=True)
        return self._store(service, document, lang=lang, progress=progress, cancel=cancel,
                           analysis=analysis)

    def fetch_plan(self, service_id: int, url: str | None = None) -> FetchPlan:
        """What to download for a service: its notice URL (or ``url``) and the conditional
        headers of the latest version when that version came from the same URL."""
        service = self._repo.get_service(service_id)
        target = (url if url is not None else service.notice_url).strip()
        if not target:
            raise BadInputError(f"{service.name} has no notice URL", code="notice_url_missing",
                                service=service.name)
        latest = self.latest(service_id)
        if latest is not None and latest.source == target:
            return FetchPlan(service_id, target, latest.etag, latest.last_modified)
        return FetchPlan(service_id, target)

    def fetch(
        self, service_id: int, *, lang: str = "auto",
        progress: Progress | None = None, cancel: Cancel | None = None,
    ) -> StoredVersion:
        """Fetch the service's notice URL; store a new version only if the text changed.

        The request is conditional on the ETag / Last-Modified of the latest version when that
        version came from the same URL; a 304 answer returns it with ``not_modified``. (This does
        network, analysis and storage in one call: the CLI's way. The GUI splits it: ``fetch_plan``
        on the database thread, the download on a worker, ``import_document`` back on the
        database thread.)
        """
        plan = self.fetch_plan(service_id)
        _check(cancel)

        def on_bytes(done: int, total: int | None) -> None:
            if progress is not None:
                progress("download", done, total)

        document = self.fetcher.fetch(plan.url, etag=plan.etag,
                                      last_modified=plan.last_modified,
                                      progress=on_bytes, cancel=cancel)
        document = FetchedDocument(
            source=plan.url, text=document.text, content_type=document.content_type,
            etag=document.etag, last_modified=document.last_modified,
            not_modified=document.not_modified,
        )
        return self.import_document(service_id, document, lang=lang, progress=progress,
                                    cancel=cancel)

    def _store(
        self, service: Service, document: FetchedDocument, *, lang: str,
        progress: Progress | None, cancel: Cancel | None,
        analysis: dict[str, Any] | None = None,
    ) -> StoredVersion:
        assert service.id is not None
        text = document.text
        if not text.strip():
            raise BadInputError(f"no text in {document.source}", code="notice_empty",
                                source=document.source)
        sha = text_sha256(text)
        existing = self._repo.find_notice_version(service.id, sha)
        if existing is not None:
            versions = self._repo.list_notice_versions(service.id)
            is_latest = bool(versions) and versions[-1].id == existing.id
            log.info("notice text unchanged (service %s, version %s)", service.id, existing.id)
            return StoredVersion(existing, new=False, latest=is_latest)
        _check(cancel)
        if analysis is None or analysis.get("sha256") != sha or "error" in analysis:
            if progress is not None:
                progress("analyse", 0, len(text))
            analysis = self.analyser.analyse(text, source=document.source, lang=lang)
        _check(cancel)
        if progress is not None:
            progress("store", 0, None)
        version = self._repo.add_notice_version(NoticeVersion(
            service_id=service.id, text=text, sha256=sha, source=document.source,
            retrieved=self._clock.now(), analysis=analysis, content_type=document.content_type,
            etag=document.etag, last_modified=document.last_modified,
        ))
        log.info("stored notice version %s (service %s)", version.id, service.id)
        return StoredVersion(version, new=True, latest=True)

    # --- reading versions ---------------------------------------------------------------
    def versions(self, service_id: int) -> list[NoticeVersion]:
        """Every stored version, oldest first (NotFoundError for an unknown service)."""
        self._repo.get_service(service_id)
        return self._repo.list_notice_versions(service_id)

    def latest(self, service_id: int) -> NoticeVersion | None:
        versions = self.versions(service_id)
        return versions[-1] if versions else None

    def version(self, service_id: int, ref: str | int) -> NoticeVersion:
        """One version by reference: ``N`` (per-service number), ``id:N`` (global id) or
        ``latest``."""
        service = self._repo.get_service(service_id)
        versions = self._repo.list_notice_versions(service_id)
        return _pick(service, versions, ref)

    def diff(
        self, service_id: int, *, from_ref: str | int | None = None,
        to_ref: str | int | None = None,
    ) -> NoticeDiff:
        """Clause and term changes; defaults: ``to`` = latest, ``from`` = the version before it."""
        for ref in (from_ref, to_ref):  # a malformed reference is a usage error, whatever is stored
            if ref is not None:
                parse_version_ref(ref)
        service = self._repo.get_service(service_id)
        versions = self._repo.list_notice_versions(service_id)
        if not versions:
            raise NotFoundError(f"{service.name} has no notice versions",
                                code="notice_no_versions", service=service.name)
        new = _pick(service, versions, to_ref) if to_ref is not None else versions[-1]
        if from_ref is not None:
            old = _pick(service, versions, from_ref)
        else:
            index = next(i for i, v in enumerate(versions) if v.id == new.id)
            if index == 0:
                raise NotFoundError(f"{service.name} has no version before {new.number}",
                                    code="notice_no_previous", service=service.name)
            old = versions[index - 1]
        old, new = self._comparable(old, new)
        return diff_versions(old, new)

    def _comparable(
        self, old: NoticeVersion, new: NoticeVersion
    ) -> tuple[NoticeVersion, NoticeVersion]:
        """Two versions whose analyses can be compared term by term.

        A stored analysis that failed (``error``), is missing, or came from a different analyser
        version (``analyser_version``, when the analyser stamps one) would report the analyser's
        differences as the notice's. Then both texts are analysed again with the current analyser
        (in memory; the stored versions are not changed).
        """
        if old.id == new.id or not (_stale(old) or _stale(new)
                                    or _stamp(old) != _stamp(new)):
            return old, new
        log.info("re-analysing versions %s and %s for comparison", old.id, new.id)
        return (replace(old, analysis=self.analyser.analyse(old.text, source=old.source)),
                replace(new, analysis=self.analyser.analyse(new.text, source=new.source)))

    # --- consent drift ------------------------------------------------------------------
    def drift(self, service_id: int | None = None) -> list[ConsentDrift]:
        """For each consent (of one service or all), whether the notice changed purposes,
        methods or categories since the version the consent refers to (PIPL Art. 14)."""
        consents = self._repo.list_consents(service_id)
        cache: dict[int, list[NoticeVersion]] = {}
        out = []
        for consent in consents:
            if consent.service_id not in cache:
                cache[consent.service_id] = self._repo.list_notice_versions(consent.service_id)
            versions = cache[consent.service_id]
            consented = next((v for v in versions if v.id == consent.notice_version_id), None)
            if consented is not None and versions[-1].id != consented.id:
                old, new = self._comparable(consented, versions[-1])
                versions = [old if v.id == old.id else new if v.id == new.id else v
                            for v in versions]
            out.append(consent_drift(consent, versions))
        return out


def _stale(version: NoticeVersion) -> bool:
    analysis = version.analysis
    return not isinstance(analysis, dict) or not analysis or "error" in analysis


def _stamp(version: NoticeVersion) -> Any:
    return version.analysis.get("analyser_version") if isinstance(version.analysis, dict) else None


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise CancelledError("cancelled")


def parse_version_ref(ref: str | int) -> tuple[str, int]:
    """("number", N), ("id", N) or ("latest", 0); UsageError for anything else."""
    text = str(ref).strip().lower()
    if text == "latest":
        return "latest", 0
    kind, _, digits = text.rpartition(":")
    if kind in ("", "v") and digits.isdigit():
        return "number", int(digits)
    if kind == "" and text.startswith("v") and text[1:].isdigit():
        return "number", int(text[1:])
    if kind == "id" and digits.isdigit():
        return "id", int(digits)
    raise UsageError(f"{ref!r} is not a version reference", code="version_ref", ref=str(ref))


def _pick(service: Service, versions: list[NoticeVersion], ref: str | int) -> NoticeVersion:
    kind, value = parse_version_ref(ref)
    found: NoticeVersion | None = None
    if kind == "latest":
        found = versions[-1] if versions else None
    elif kind == "number":
        found = next((v for v in versions if v.number == value), None)
    else:
        found = next((v for v in versions if v.id == value), None)
    if found is None:
        raise NotFoundError(f"{service.name} has no notice version {ref}",
                            code="version_not_found", service=service.name, ref=str(ref))
    return found


def version_summary(version: NoticeVersion) -> dict[str, Any]:
    """The listing fields of a version (no text, no analysis)."""
    return {"id": version.id, "number": version.number,
            "retrieved": version.retrieved.isoformat(), "source": version.source,
            "sha256": version.sha256, "chars": len(version.text)}

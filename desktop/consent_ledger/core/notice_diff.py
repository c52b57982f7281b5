"""What changed between two versions of a notice: clauses (text) and terms (meaning).

Pure standard library. The clause diff aligns the clauses of the two analyses (their offsets into
each version's text) with difflib; clauses that were edited rather than added or removed are paired
by similarity. The term diff compares the two contract analyses (contracts/notice-analysis.md) field
by field and returns codes plus values, so every front translates them itself.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .model import NoticeVersion

# Edited-clause pairing: below this similarity an old and a new clause are a removal plus an
# addition, not a change. Above PAIR_LIMIT candidate pairs in one replaced block, no pairing is
# tried (keeps the diff of two unrelated huge notices linear-ish instead of quadratic).
PAIR_CUTOFF = 0.5
PAIR_LIMIT = 40_000


@dataclass(frozen=True)
class Clause:
    """One clause of one version: its analysis id, offsets, topics and text."""

    id: int
    start: int
    end: int
    text: str
    topics: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end,
                "topics": list(self.topics), "text": self.text}


@dataclass(frozen=True)
class ClauseChange:
    kind: str  # "added", "removed" or "changed"
    old: Clause | None = None
    new: Clause | None = None
    similarity: float = 0.0  # for "changed": difflib ratio of the two texts

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.old is not None:
            out["from"] = self.old.to_json()
        if self.new is not None:
            out["to"] = self.new.to_json()
        if self.kind == "changed":
            out["similarity"] = round(self.similarity, 3)
        return out


@dataclass(frozen=True)
class TermChange:
    """A change in what the notice says, as a code plus values (never translated text).

    ``value`` is set for added/removed items, ``old``/``new`` for changed values.
    ``field`` names the contract field (``purposes``, ``cross_border``, ``sharing.third_parties``
    …).
    ``evidence_old``/``evidence_new`` are clause ids in the old/new version's analysis.
    """

    code: str
    field: str
    value: Any = None
    old: Any = None
    new: Any = None
    evidence_old: tuple[int, ...] = ()
    evidence_new: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "field": self.field}
        if self.value is not None:
            out["value"] = self.value
        if self.code.endswith("_changed"):
            out["from"] = self.old
            out["to"] = self.new
        out["evidence_from"] = list(self.evidence_old)
        out["evidence_to"] = list(self.evidence_new)
        return out


@dataclass
class ClauseDiff:
    changes: list[ClauseChange] = field(default_factory=list)
    unchanged: int = 0

    def counts(self) -> dict[str, int]:
        out = {"added": 0, "removed": 0, "changed": 0, "unchanged": self.unchanged}
        for change in self.changes:
            out[change.kind] += 1
        return out


# --- clauses --------------------------------------------------------------------------------


def clauses_of(text: str, analysis: Mapping[str, Any]) -> list[Clause]:
    """The clauses of one version, from the analysis offsets; by lines when the analysis has
    none."""
    out: list[Clause] = []
    raw = analysis.get("clauses") if isinstance(analysis, Mapping) else None
    if isinstance(raw, list) and raw:
        for item in raw:
            try:
                start, end, cid = int(item["start"]), int(item["end"]), int(item["id"])
            except (KeyError, TypeError, ValueError):
                continue
            start, end = max(0, start), min(len(text), end)
            if end <= start:
                continue
            topics = tuple(str(t) for t in item.get("topics", ()) or ())
            out.append(Clause(cid, start, end, text[start:end], topics))
        if out:
            return out
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            out.append(Clause(number, start, start + len(stripped), stripped))
        offset += len(line)
    return out


def _key(text: str) -> str:
    """What two clauses must share to count as the same: the words, not the whitespace."""
    return " ".join(text.split())


def diff_clauses(old: Sequence[Clause], new: Sequence[Clause]) -> ClauseDiff:
    old_keys = [_key(c.text) for c in old]
    new_keys = [_key(c.text) for c in new]
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    result = ClauseDiff()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result.unchanged += i2 - i1
        elif tag == "delete":
            result.changes += [ClauseChange("removed", old=c) for c in old[i1:i2]]
        elif tag == "insert":
            result.changes += [ClauseChange("added", new=c) for c in new[j1:j2]]
        else:
            result.changes += _pair(old[i1:i2], old_keys[i1:i2], new[j1:j2], new_keys[j1:j2])
    return result


def _pair(
    old: Sequence[Clause], old_keys: Sequence[str], new: Sequence[Clause], new_keys: Sequence[str]
) -> list[ClauseChange]:
    """A replaced block: pair edited clauses (best match first, order kept), the rest are
    removals and additions. Like difflib.Differ's fancy replace, without its character diff."""
    if not old or not new or len(old) * len(new) > PAIR_LIMIT:
        return [ClauseChange("removed", old=c) for c in old] + [
            ClauseChange("added", new=c) for c in new
        ]
    best, best_i, best_j = PAIR_CUTOFF, -1, -1
    matcher = difflib.SequenceMatcher(autojunk=False)
    for j, nk in enumerate(new_keys):
        matcher.set_seq2(nk)
        for i, ok in enumerate(old_keys):
            matcher.set_seq1(ok)
            if (matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best):
                continue
            ratio = matcher.ratio()
            if ratio > best:
                best, best_i, best_j = ratio, i, j
    if best_i < 0:
        return [ClauseChange("removed", old=c) for c in old] + [
            ClauseChange("added", new=c) for c in new
        ]
    before = _pair(old[:best_i], old_keys[:best_i], new[:best_j], new_keys[:best_j])
    after = _pair(old[best_i + 1:], old_keys[best_i + 1:], new[best_j + 1:],
                  new_keys[best_j + 1:])
    return before + [ClauseChange("changed", old[best_i], new[best_j], best)] + after


# --- terms ----------------------------------------------------------------------------------

# contract list field -> (change code stem)
_TERM_LISTS: tuple[tuple[str, str], ...] = (
    ("purposes", "purpose"),
    ("data_categories", "data_category"),
    ("sensitive_categories", "sensitive_category"),
    ("methods", "method"),
    ("rights", "right"),
)
_SHARING_KEYS = ("third_parties", "entrusted", "public_disclosure")


def section_of(analysis: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = analysis.get(name)
    return value if isinstance(value, Mapping) else {}


def evidence_ids(value: Any) -> tuple[int, ...]:
    if not isinstance(value, Iterable) or isinstance(value, (str, bytes)):
        return ()
    return tuple(int(v) for v in value if isinstance(v, int) and not isinstance(v, bool))


def term_evidence(analysis: Mapping[str, Any], name: str) -> dict[str, tuple[int, ...]]:
    """term -> evidence for one list field; tolerant of missing or malformed entries."""
    out: dict[str, tuple[int, ...]] = {}
    items = analysis.get(name)
    if not isinstance(items, list):
        return out
    for item in items:
        if isinstance(item, Mapping) and isinstance(item.get("term"), str):
            out.setdefault(item["term"], evidence_ids(item.get("evidence")))
        elif isinstance(item, str):
            out.setdefault(item, ())
    return out


def _strings(value: Any, *, lower: bool = False) -> list[str]:
    if not isinstance(value, list):
        return []
    out = [str(v).strip() for v in value if isinstance(v, (str, int)) and str(v).strip()]
    return [v.lower() for v in out] if lower else out


def _set_changes(
    code: str, name: str, old: Sequence[str], new: Sequence[str],
    ev_old: tuple[int, ...] = (), ev_new: tuple[int, ...] = (),
) -> list[TermChange]:
    old_set, new_set = set(old), set(new)
    out = [TermChange(f"{code}_added", name, value=v, evidence_new=ev_new)
           for v in new if v in new_set - old_set]
    out += [TermChange(f"{code}_removed", name, value=v, evidence_old=ev_old)
            for v in old if v in old_set - new_set]
    return _dedupe(out)


def _dedupe(changes: list[TermChange]) -> list[TermChange]:
    seen: set[tuple[str, Any]] = set()
    out = []
    for c in changes:
        if (c.code, c.value) not in seen:
            seen.add((c.code, c.value))
            out.append(c)
    return out


def _value_change(
    code: str, name: str, old: Mapping[str, Any], new: Mapping[str, Any], key: str = "value"
) -> list[TermChange]:
    before, after = old.get(key), new.get(key)
    if before == after:
        return []
    return [TermChange(code, name, old=before, new=after,
                       evidence_old=evidence_ids(old.get("evidence")),
                       evidence_new=evidence_ids(new.get("evidence")))]


def diff_terms(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[TermChange]:
    """Term-level changes from the old analysis to the new one, most consequential first."""
    changes: list[TermChange] = []
    for name, code in _TERM_LISTS:
        before, after = term_evidence(old, name), term_evidence(new, name)
        for term, ev in after.items():
            if term not in before:
                changes.append(TermChange(f"{code}_added", name, value=term, evidence_new=ev))
        for term, ev in before.items():
            if term not in after:
                changes.append(TermChange(f"{code}_removed", name, value=term, evidence_old=ev))

    mt_old, mt_new = section_of(old, "model_training"), section_of(new, "model_training")
    changes += _value_change("model_training_changed", "model_training", mt_old, mt_new)
    changes += _value_change("model_training_opt_out_changed", "model_training.opt_out",
                             mt_old, mt_new, key="opt_out")
    changes += _value_change("cross_border_changed", "cross_border",
                             section_of(old, "cross_border"), section_of(new, "cross_border"))

    ret_old, ret_new = section_of(old, "retention"), section_of(new, "retention")
    if bool(ret_old.get("stated")) != bool(ret_new.get("stated")):
        code = "retention_now_stated" if ret_new.get("stated") else "retention_no_longer_stated"
        changes.append(TermChange(code, "retention", old=bool(ret_old.get("stated")),
                                  new=bool(ret_new.get("stated")),
                                  evidence_old=evidence_ids(ret_old.get("evidence")),
                                  evidence_new=evidence_ids(ret_new.get("evidence"))))
    changes += _set_changes("retention_period", "retention.periods",
                            _strings(ret_old.get("periods")), _strings(ret_new.get("periods")),
                            evidence_ids(ret_old.get("evidence")), evidence_ids(ret_new.get("evidence")))

    sh_old, sh_new = section_of(old, "sharing"), section_of(new, "sharing")
    for key in _SHARING_KEYS:
        if bool(sh_old.get(key)) != bool(sh_new.get(key)):
            changes.append(TermChange("sharing_changed", f"sharing.{key}",
                                      old=bool(sh_old.get(key)), new=bool(sh_new.get(key)),
                                      evidence_old=evidence_ids(sh_old.get("evidence")),
                                      evidence_new=evidence_ids(sh_new.get("evidence"))))

    changes += _value_change("automated_decision_changed", "automated_decision",
                             section_of(old, "automated_decision"),
                             section_of(new, "automated_decision"))
    mi_old, mi_new = section_of(old, "minors"), section_of(new, "minors")
    changes += _value_change("minors_changed", "minors", mi_old, mi_new)
    changes += _value_change("minimum_age_changed", "minors.minimum_age", mi_old, mi_new,
                             key="minimum_age")

    h_old, h_new = section_of(old, "handler"), section_of(new, "handler")
    ev_h_old, ev_h_new = evidence_ids(h_old.get("evidence")), evidence_ids(h_new.get("evidence"))
    changes += _set_changes("handler_email", "handler.emails",
                            _strings(h_old.get("emails"), lower=True),
                            _strings(h_new.get("emails"), lower=True), ev_h_old, ev_h_new)
    changes += _set_changes("handler_name", "handler.names", _strings(h_old.get("names")),
                            _strings(h_new.get("names")), ev_h_old, ev_h_new)

    a_old, a_new = section_of(old, "pipl_article_17"), section_of(new, "pipl_article_17")
    if a_old or a_new:
        keys = [k for k in a_new if k != "missing"] + [
            k for k in a_old if k != "missing" and k not in a_new
        ]
        for key in keys:
            was, now = bool(a_old.get(key)), bool(a_new.get(key))
            if was and not now:
                changes.append(TermChange("art17_now_missing", "pipl_article_17", value=key))
            elif now and not was:
                changes.append(TermChange("art17_now_present", "pipl_article_17", value=key))

    if old.get("effective_date") != new.get("effective_date") and new.get("effective_date"):
        changes.append(TermChange("effective_date_changed", "effective_date",
                                  old=old.get("effective_date"), new=new.get("effective_date")))
    if (old.get("language") and new.get("language")
            and old.get("language") != new.get("language")):
        changes.append(TermChange("language_changed", "language", old=old.get("language"),
                                  new=new.get("language")))
    return changes


# Fields whose change needs fresh consent (PIPL Art. 14: purposes, methods, categories).
CONSENT_FIELDS: frozenset[str] = frozenset(
    {"purposes", "methods", "data_categories", "sensitive_categories"}
)


def consent_relevant(changes: Iterable[TermChange]) -> list[TermChange]:
    """The changes PIPL Art. 14 ties to fresh consent: purposes, methods or categories of data.

    Cross-border transfer and model training are ways of processing and purposes too, so changes
    of those values towards "yes" count (new ``cross_border``/``model_training`` terms would also
    show up as methods/purposes when the analysis lists them).
    """
    out = []
    for c in changes:
        if c.field in CONSENT_FIELDS:
            out.append(c)
        elif c.code in ("cross_border_changed", "model_training_changed") and c.new == "yes":
            out.append(c)
        elif c.code == "automated_decision_changed" and c.new is True:
            out.append(c)
    return out


# --- two stored versions --------------------------------------------------------------------


@dataclass
class NoticeDiff:
    """The difference between two stored versions of one service's notice."""

    from_version: NoticeVersion
    to_version: NoticeVersion
    clause_diff: ClauseDiff
    terms: list[TermChange]

    @property
    def identical(self) -> bool:
        return self.from_version.sha256 == self.to_version.sha256

    @property
    def clauses(self) -> list[ClauseChange]:
        return self.clause_diff.changes

    def clause_counts(self) -> dict[str, int]:
        return self.clause_diff.counts()

    def to_json(self) -> dict[str, Any]:
        counts = self.clause_counts()
        return {
            "from": _version_ref(self.from_version),
            "to": _version_ref(self.to_version),
            "identical": self.identical,
            "clauses": {
                "counts": counts,
                "added": [c.new.to_json() for c in self.clauses
                          if c.kind == "added" and c.new is not None],
                "removed": [c.old.to_json() for c in self.clauses
                            if c.kind == "removed" and c.old is not None],
                "changed": [c.to_json() for c in self.clauses if c.kind == "changed"],
            },
            "terms": [t.to_json() for t in self.terms],
        }


def _version_ref(v: NoticeVersion) -> dict[str, Any]:
    return {"id": v.id, "number": v.number, "retrieved": v.retrieved.isoformat(),
            "sha256": v.sha256, "source": v.source}


def diff_versions(old: NoticeVersion, new: NoticeVersion) -> NoticeDiff:
    clause_diff = diff_clauses(clauses_of(old.text, old.analysis),
                               clauses_of(new.text, new.analysis))
    return NoticeDiff(old, new, clause_diff, diff_terms(old.analysis or {}, new.analysis or {}))

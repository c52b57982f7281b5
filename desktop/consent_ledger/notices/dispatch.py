"""One alternation rewritten to dispatch on its first character, and a scan of the matches of
several such groups (see ``prefilter.py`` for the other shortcuts the cue patterns take).

CPython's ``re`` enters every alternative of an alternation at every position unless the
alternative starts with a plain literal. Both rewrites here are exact, and conservative: a
construct they do not understand gives ``None`` (no shortcut). The parse tree comes from
``re._parser`` (CPython 3.11+).
"""

from __future__ import annotations

import bisect
import functools
import heapq
import importlib
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

_p: Any
_c: Any
try:  # the parser behind re.compile; private, hence the fallback to "no shortcut"
    _p = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - older or other Pythons
    _p = _c = None

_MAX_RANGE = 400  # a character range wider than this is not expanded (no first-char shortcut)


def _class_chars(items: Any) -> set[int] | None:
    chars: set[int] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(av)
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \d, \s), wide ranges
            return None
    return chars


# --- one alternation dispatched on its first character -----------------------------------------
# CPython's re enters every alternative of an alternation at every position unless the
# alternative starts with a plain literal, which it rejects with one comparison. Rewriting each
# alternative so that it starts with a literal character, then grouping the alternatives by that
# character (keeping their order inside a group), gives the same matches: alternatives that start
# with different characters never match at the same position, and inside a group the first
# alternative that matches still wins.
_QUANTIFIERS = "?*+{"


def _class_end(pattern: str, i: int) -> int:
    """Index of the "]" closing the character class that opens at *pattern*[i] (a leading "^"
    and a first literal "]" belong to the class; escapes are skipped)."""
    i += 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) of each "(", ")" and "|" of *pattern* outside escapes
    and character classes: the one walk both splitting and group matching rest on."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def top_alternatives(body: str) -> list[str] | None:
    """The top-level alternatives of the pattern *body* (None: not understood)."""
    return _split_top(body)


def _split_top(body: str) -> list[str] | None:
    """*body* split at its top-level "|" (escapes and character classes respected)."""
    parts, start, depth = [], 0, 0
    for i, ch, depth in _structure(body):
        if depth < 0:
            return None
        if ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts if depth == 0 else None


def _group_end(alt: str) -> int:
    """Index of the ")" closing the group that opens *alt*, or -1."""
    if _split_top(alt) is None:
        return -1
    for i, ch, depth in _structure(alt):
        if ch == ")" and depth == 0:
            return i
    return -1


def _leading_literal(alt: str) -> tuple[str, str] | None:
    """(first character, rest of the pattern) when *alt* starts with one unquantified literal."""
    for width in (1, 2):
        head = alt[:width]
        if len(head) < width or (width == 2 and head[0] != "\\"):
            continue
        after = alt[width:width + 1]
        if after and after in _QUANTIFIERS:
            return None
        literal = _literal(head)
        if literal is not None:
            return literal, alt[width:]
    return None


@functools.lru_cache(maxsize=1024)
def _literal(head: str) -> str | None:
    """The character *head* (one or two characters of a pattern) matches, if it is a plain
    literal (cached: the same few heads are parsed again and again)."""
    try:
        data = _p.parse(head).data
    except Exception:  # noqa: BLE001 - "\\" alone, "(", ...
        return None
    return chr(data[0][1]) if len(data) == 1 and data[0][0] is _c.LITERAL else None


# the lookbehind "\bc" that ``_expand`` leaves after a word boundary's first character, with
# more literal characters (letters, digits, escapes) behind it at deeper levels
_BOUNDARY_BEHIND = re.compile(r"\(\?<=\\b((?:[A-Za-z0-9]|\\[^A-Za-z0-9])+)\)")


def _expand(alt: str, depth: int = 0) -> list[tuple[str, str]] | None:
    """*alt* as an ordered list of (first character, rest) alternatives, or None."""
    if depth > 3 or not alt:
        return None
    if alt.startswith("\\b") and alt[2:3].isascii() and alt[2:3].isalnum():
        lit = _leading_literal(alt[2:])
        if lit is None:
            return None
        ch, rest = lit  # "\bcoppa" == "c(?<=\bc)oppa": the boundary checked behind the "c"
        return [(ch, f"(?<=\\b{ch}){rest}")]
    behind = _BOUNDARY_BEHIND.match(alt)
    if behind is not None:
        lit = _leading_literal(alt[behind.end():])
        if lit is None:
            return None
        ch, rest = lit  # "(?<=\\bc)oppa" == "o(?<=\\bco)ppa": the boundary checked behind both
        return [(ch, f"(?<=\\b{behind.group(1)}{re.escape(ch)}){rest}")]
    if alt.startswith("(?:"):
        end = _group_end(alt)
        if end < 0:
            return None
        after = alt[end + 1:end + 2]
        if after == "?" and alt[end + 2:end + 3] not in ("?", "+"):
            # (?:X)?R == (?:X)R|R: the greedy option is tried with X first
            with_x = _expand(alt[:end + 1] + alt[end + 2:], depth + 1)
            without = _expand(alt[end + 2:], depth + 1)
            return None if with_x is None or without is None else with_x + without
        if after and after in _QUANTIFIERS:
            return None
        branches = _split_top(alt[3:end])
        if branches is None:
            return None
        out: list[tuple[str, str]] = []
        for branch in branches:  # (a|b)X == aX|bX, tried in the same order
            expanded = _expand(branch + alt[end + 1:], depth + 1)
            if expanded is None:
                return None
            out.extend(expanded)
        return out
    if alt.startswith("["):
        m = re.match(r"(\[(?:[^\]\\]|\\.)+\])(?:\{(\d+),(\d+)\}|(\+))?", alt)
        if m is None:
            return None
        try:
            chars = _class_chars(_p.parse(m.group(1)).data[0][1])
        except Exception:  # noqa: BLE001
            return None
        if chars is None or alt[m.end():m.end() + 1] in tuple(_QUANTIFIERS):
            return None
        rest = alt[m.end():]
        if m.group(2) is not None:
            lo, hi = int(m.group(2)), int(m.group(3))
            if lo < 1:
                return None
            rest = f"{m.group(1)}{{{lo - 1},{hi - 1}}}{rest}"
        elif m.group(4):
            rest = f"{m.group(1)}*{rest}"
        return [(chr(c), rest) for c in sorted(chars)]  # one character: order is irrelevant
    lit = _leading_literal(alt)
    return [lit] if lit is not None else None


def dispatch_alternation(alternatives: list[str]) -> str | None:
    """One pattern equal to ``"|".join(f"(?:{a})" ...)`` whose top level dispatches on the first
    character, or None when an alternative cannot be rewritten to start with a literal."""
    groups = dispatch_groups(alternatives)
    return None if groups is None else "|".join(pattern for _, pattern in groups)


def dispatch_groups(alternatives: list[str]) -> list[tuple[str, str]] | None:
    """The top-level groups of ``dispatch_alternation``: (first character, pattern of the
    alternatives starting with it), or None. No two groups match at the same position."""
    if _p is None:
        return None
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        expanded = _expanded(alt)
        if expanded is None:
            return None
        for ch, rest in expanded:
            groups.setdefault(ch, []).append(rest)
    return [(ch, f"{re.escape(ch)}(?:{_nested(rests, _NEST_DEPTH)})")
            for ch, rests in groups.items()]


_NEST_DEPTH = 2  # how many characters past the first the alternatives of a group dispatch on


def _expanded(alt: str) -> list[tuple[str, str]] | None:
    """*alt* as (first character, rest) alternatives in order (``_expand`` of each top-level
    part: (?:a|b) == a|b), or None."""
    parts = _split_top(alt)
    if parts is None:
        return None
    out: list[tuple[str, str]] = []
    for part in parts:
        try:
            expanded = _expand(part)
        except Exception:  # noqa: BLE001 - an unknown construct means "no shortcut"
            return None
        if expanded is None:
            return None
        out.extend(expanded)
    return out


def _nested(alternatives: list[str], depth: int) -> str:
    """The alternation of *alternatives* (in order), each run of consecutive alternatives that
    can start with a literal dispatched on that character, *depth* levels down: inside a group
    the engine then rejects whole subgroups with one comparison instead of trying each
    alternative. Exact, as ``dispatch_groups``: alternatives with different first characters
    never match at the same position, and order is kept inside a subgroup and between runs."""
    if depth <= 0:
        return "|".join(f"(?:{a})" for a in alternatives)
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def close() -> None:
        out.extend(f"{re.escape(ch)}(?:{_nested(rests, depth - 1)})" for ch, rests in run.items())
        run.clear()

    for alt in alternatives:
        expanded = _expanded(alt)
        if expanded is None:
            close()
            out.append(f"(?:{alt})")
            continue
        for ch, rest in expanded:
            run.setdefault(ch, []).append(rest)
    close()
    return "|".join(out)


# --- alternatives that start with a run of a class ----------------------------------------------
# "[a-z0-9._%+-]{1,64}@…" (an e-mail address) starts with a class that holds nearly every
# letter: dispatched, it is entered at almost every position of an English text. It can only
# match where a run of its class ends at its literal ("@") close enough: a few positions per
# text, found with one fast search for the literal (``LeadingRun.positions``). The scan then
# runs the groups without such alternatives, and the groups with them only at those positions
# (``leftmost_matches``, *special*).
_LEADING_RUN = re.compile(r"(\[(?:[^\]\\]|\\.)+\])\{(\d+),(\d+)\}")


class LeadingRun:
    """An alternative ``C{lo,hi}L…``: a run of the character class C then the literal L, not
    in C."""

    def __init__(self, chars: set[int], lo: int, hi: int, literal: str) -> None:
        self.chars = frozenset(chr(c) for c in chars)
        self.lo, self.hi, self.literal = lo, hi, literal

    @classmethod
    def parse(cls, alt: str) -> LeadingRun | None:
        m = _LEADING_RUN.match(alt)
        if m is None or _p is None:
            return None
        try:
            chars = _class_chars(_p.parse(m.group(1)).data[0][1])
            literal = _leading_literal(alt[m.end():])
        except Exception:  # noqa: BLE001 - an unknown construct means "no shortcut"
            return None
        lo, hi = int(m.group(2)), int(m.group(3))
        if not chars or not 1 <= lo <= hi or literal is None or ord(literal[0]) in chars:
            return None
        if _split_top(alt) != [alt]:
            return None  # "C{1,3}@x|y": not one alternative
        return cls(chars, lo, hi, literal[0])

    def positions(self, text: str) -> set[int]:
        """Every position where the alternative can start in *text*: before each occurrence
        of the literal, the last lo..hi characters of the run of the class that ends there."""
        out: set[int] = set()
        at = text.find(self.literal)
        while at >= 0:
            start = at
            while start > 0 and at - start < self.hi and text[start - 1] in self.chars:
                start -= 1
            out.update(range(start, at - self.lo + 1))
            at = text.find(self.literal, at + 1)
        return out


class LazyPatterns(Mapping[str, re.Pattern[str]]):
    """Patterns by key, each compiled when first asked for (the groups a scan needs at a few
    positions only)."""

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, key: str) -> re.Pattern[str]:
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = re.compile(self._sources[key])
        return compiled

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


def split_leading_runs(alternatives: list[str]) -> tuple[list[str], list[LeadingRun]] | None:
    """(the alternatives that do not start with a run of a class, the runs of those that
    do), or None when none does."""
    runs = [LeadingRun.parse(alt) for alt in alternatives]
    if not any(runs):
        return None
    return ([alt for alt, run in zip(alternatives, runs, strict=True) if run is None],
            [run for run in runs if run is not None])


def leftmost_matches(patterns: Sequence[re.Pattern[str]], text: str,
                     special: tuple[set[int], Mapping[str, re.Pattern[str]]] | None = None
                     ) -> Iterator[re.Match[str]]:
    """The matches ``re.compile("|".join(patterns)).finditer(text)`` finds, for patterns that
    never match at the same position (as ``dispatch_groups``) nor match the empty string: at
    each step the leftmost of the patterns' next matches at or after the end of the last one.

    *special*: (positions, groups by first character): at those positions the given groups
    decide instead of *patterns* (the alternatives ``split_leading_runs`` took out of
    *patterns* can match there only; the groups hold them)."""
    if len(patterns) == 1 and special is None:
        yield from patterns[0].finditer(text)
        return
    positions, full = special if special is not None else (set(), {})
    ordered = sorted(positions)

    def search(i: int, pos: int) -> re.Match[str] | None:
        if i == len(patterns):  # the special positions, in order
            for at in ordered[bisect.bisect_left(ordered, pos):]:
                group = full.get(text[at])
                m = group.match(text, at) if group is not None else None
                if m is not None:
                    return m
            return None
        m = patterns[i].search(text, pos)
        while m is not None and m.start() in positions:
            m = patterns[i].search(text, m.start() + 1)
        return m

    heap = []
    for i in range(len(patterns) + (1 if ordered else 0)):
        m = search(i, 0)
        if m is not None:
            heap.append((m.start(), i, m))
    heapq.heapify(heap)
    pos = 0
    while heap:
        start, i, m = heap[0]
        if start >= pos:
            yield m
            pos = m.end()
        # this pattern's next match (again from pos when the last one overlapped it)
        m = search(i, pos)
        if m is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (m.start(), i, m))

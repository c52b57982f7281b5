"""Cheap necessary conditions for a cue pattern to match, read from the pattern itself.

CPython's ``re`` tries every alternative of a large alternation at every position of a text,
which makes the cue lexicon the slowest part of the analysis. Two facts derived from a pattern's
parse tree let most of that work be skipped without changing any result:

- ``first_chars``: the characters a match can start with. A lookahead ``(?=[...])`` in front
  of the pattern rejects every other position with one character-class test.
- ``required_literals``: strings one of which every match must contain. A clause that contains
  none of them (a plain ``in`` test) cannot match, so the pattern is not run on it.

Both are conservative: when a construct is not understood (categories such as ``\\w``, flags,
back references, a parser that is not available), the answer is ``None`` (no shortcut), never a
wrong one. The parse tree comes from ``re._parser`` (CPython 3.11+; ``sre_parse`` before).
"""

from __future__ import annotations

import bisect
import functools
import heapq
import importlib
import re
from collections.abc import Callable, Iterator, Sequence
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


def _first(seq: Any) -> tuple[set[int] | None, bool]:
    """(possible first characters or None for any, whether *seq* can match the empty string)."""
    out: set[int] = set()
    for op, av in seq:
        if op is _c.LITERAL:
            out.add(av)
            return out, False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: the next item decides
            continue
        if op is _c.IN:
            chars = _class_chars(av)
            if chars is None:
                return None, False
            return out | chars, False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:  # inline flags
                return None, False
            sub, nullable = _first(av[3].data)
        elif op is _c.BRANCH:
            sub, nullable = set(), False
            for branch in av[1]:
                chars_b, null_b = _first(branch.data)
                if chars_b is None:
                    return None, False
                sub |= chars_b
                nullable = nullable or null_b
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            sub, nullable = _first(av[2].data)
            nullable = nullable or av[0] == 0
        else:  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True


def first_chars(pattern: str) -> str | None:
    """A character class (without brackets) holding every possible first character of a
    non-empty match of *pattern* (compiled without flags), or None when that is not known."""
    if _p is None:
        return None
    try:
        chars, nullable = _first(_p.parse(pattern).data)
    except Exception:  # noqa: BLE001 - an unknown construct means "no shortcut"
        return None
    if chars is None or nullable or not chars:
        return None
    return "".join(re.escape(chr(c)) for c in sorted(chars))


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective disjunction: longest shortest literal, then fewest literals."""
    options = [o for o in options if o and all(o)]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _required(seq: Any) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in seq:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None  # inline flags may change how literals match
            found = _required(av[3].data)
        elif op is _c.BRANCH:
            branches = [_required(b.data) for b in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2].data)
        if found is not None:
            options.append(found)
    if run:
        options.append(frozenset(["".join(run)]))
    return _best(options)


def required_literals(pattern: str, ignore_case: bool = False) -> tuple[str, ...] | None:
    """Strings one of which occurs in every match of *pattern*, or None when no such set is
    known. With *ignore_case* (a pattern compiled with ``re.IGNORECASE``) the strings are ASCII
    and in lower case: they occur in the ASCII-folded text (see ``LiteralGate``)."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern)
        if parsed.state.flags & re.VERBOSE or (
            parsed.state.flags & re.IGNORECASE and not ignore_case
        ):
            return None
        found = _required(parsed.data)
    except Exception:  # noqa: BLE001 - an unknown construct means "no shortcut"
        return None
    if not found:
        return None
    if ignore_case:
        if not all(_caseless_or_ascii(ch) for literal in found for ch in literal):
            return None  # non-ASCII letters have case variants beyond ASCII folding
        found = frozenset(literal.lower() for literal in found)
    # a literal that holds another one is redundant: where it occurs, so does the other
    return tuple(sorted(x for x in found if not any(y != x and y in x for y in found)))


def _caseless_or_ascii(ch: str) -> bool:
    return ch.isascii() or ch.lower() == ch == ch.upper()  # 个, §: no case at all


# the non-ASCII characters that re.IGNORECASE matches to ASCII letters (İ ı ſ K): a text holding
# one of them is searched without the literal test
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def ascii_lower(text: str) -> str:
    """*text* with the ASCII letters A-Z in lower case (and nothing else changed, so every
    offset stays where it was)."""
    if text.isascii():
        return text.lower()
    # bytes.lower() changes only the bytes A-Z, and no byte of a multi-byte UTF-8 sequence is
    # below 0x80: the round trip lowers exactly the ASCII letters (surrogates pass through)
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _caseless_char(code: int) -> bool:
    ch = chr(code)
    return (ch.isascii() and not ch.isupper()) or ch.lower() == ch == ch.upper()


def _children(op: Any, av: Any) -> list[Any] | None:
    """The sub-sequences a group, alternation, repeat or lookaround holds (None: a leaf)."""
    if op is _c.SUBPATTERN:
        return [av[3].data]
    if op is _c.BRANCH:
        return [b.data for b in av[1]]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return [av[2].data]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1].data]
    return None


def _every_node(seq: Any, ok: Callable[[Any, Any], bool]) -> bool:
    """Whether *ok(op, av)* holds for every node of a parsed pattern, at any depth."""
    for op, av in seq:
        if not ok(op, av):
            return False
        children = _children(op, av)
        if children is not None and not all(_every_node(c, ok) for c in children):
            return False
    return True


def _fold_safe_node(op: Any, av: Any) -> bool:
    if op in (_c.LITERAL, _c.NOT_LITERAL):
        return _caseless_char(av)
    if op is _c.IN:
        for iop, iav in av:
            if iop is _c.LITERAL and not _caseless_char(iav):
                return False
            if iop is _c.RANGE and not (
                iav[1] - iav[0] <= 0x3000
                and all(_caseless_char(c) for c in range(iav[0], iav[1] + 1))
            ):
                return False
            if iop not in (_c.LITERAL, _c.RANGE, _c.CATEGORY, _c.NEGATE):
                return False
        return True
    if op is _c.SUBPATTERN:
        return not (av[1] or av[2])  # no inline flags
    # back references compare without case, atomic groups, ...: not safe
    return _children(op, av) is not None or op in (_c.AT, _c.ANY)


def _fold_safe(seq: Any) -> bool:
    """Whether every character *seq* names is lower-case ASCII or has no case: then, on a text
    without _CASE_ODD characters, matching with IGNORECASE equals matching the ASCII-folded text
    without it."""
    return _every_node(seq, _fold_safe_node)


def _fast_form(compiled: re.Pattern[str]) -> re.Pattern[str] | None:
    """*compiled* without IGNORECASE (for the folded text) and dispatched on its first
    character, or None when that is not known to be equivalent."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(compiled.pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE | re.DOTALL):
            return None  # inline flags
        if compiled.flags & re.IGNORECASE and not _fold_safe(parsed.data):
            return None
        parts = _split_top(compiled.pattern)
        body = dispatch_alternation(parts) if parts else None
        return re.compile(body or compiled.pattern, compiled.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001 - an unknown construct means "no shortcut"
        return None


def plain_case(text: str) -> bool:
    """Whether *text* has none of the characters that IGNORECASE matches to ASCII letters
    (İ ı ſ K): then IGNORECASE matching equals matching its ASCII-folded form (see _fold_safe)."""
    return text.isascii() or not _CASE_ODD.search(text)


class LiteralGate:
    """A compiled pattern whose ``search`` first tests the literals every match needs, then runs
    a faster equivalent form (no IGNORECASE on the ASCII-folded text, first-character dispatch).

    ``search`` finds exactly the span the pattern's own ``search`` finds (or None), but the match
    may be made on the folded text: use its offsets, not ``group()``. A caller that tests many
    patterns on one text passes what it computed once: ``low`` (the ASCII-folded text) and
    ``plain`` (``plain_case(text)``)."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.ignore_case = bool(compiled.flags & re.IGNORECASE)
        self.needs = required_literals(compiled.pattern, self.ignore_case)
        self.fast = _fast_form(compiled)

    def _probe(self, text: str, low: str | None, plain: bool | None) -> str | None:
        """The text the literals and the fast form are tested on (folded for IGNORECASE), or
        None when only the pattern itself may run on *text*."""
        if not self.ignore_case:
            return text
        if not (plain_case(text) if plain is None else plain):
            return None
        return ascii_lower(text) if low is None else low

    def _holds_literal(self, probe: str) -> bool:
        if self.needs is None:
            return True
        for literal in self.needs:
            if literal in probe:
                return True
        return False

    def possible(self, text: str, low: str | None = None, plain: bool | None = None) -> bool:
        """False only when *text* cannot hold a match (a needed literal is missing)."""
        probe = self._probe(text, low, plain)
        return probe is None or self._holds_literal(probe)

    def search(self, text: str, pos: int = 0, low: str | None = None,
               plain: bool | None = None) -> re.Match[str] | None:
        probe = self._probe(text, low, plain)
        if probe is None:
            return self.compiled.search(text, pos)
        if self.needs is not None:
            for literal in self.needs:  # _holds_literal, inline: this is the hot path
                if literal in probe:
                    break
            else:
                return None
        if self.fast is None:
            return self.compiled.search(text, pos)
        return self.fast.search(probe, pos)

    def spans(self, text: str, low: str | None = None,
              plain: bool | None = None) -> Iterator[tuple[int, int]]:
        """(start, end) of each match ``compiled.finditer(text)`` finds (slice *text* with them
        for the matched words)."""
        probe = self._probe(text, low, plain)
        if probe is not None and not self._holds_literal(probe):
            return iter(())
        if probe is None or self.fast is None:
            return (m.span() for m in self.compiled.finditer(text))
        return (m.span() for m in self.fast.finditer(probe))


class JoinedTexts:
    """Many texts joined by NUL characters, so that one scan tells which of them a pattern
    finds a match in (instead of one search call per text).

    Exact for a "NUL-safe" pattern (checked, see ``nul_safe``): no part of it can match a NUL,
    and it has no anchors other than word boundaries. Then no match crosses from one text into
    the next, and a NUL next to a text looks to the pattern like the start or end of that text
    (not a word character; a lookaround that would need a character there fails in both), so
    the matches inside each text's stretch are the matches in the text alone."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.starts: list[int] = []
        at = 0
        for text in texts:
            self.starts.append(at)
            at += len(text) + 1
        self.text = "\0".join(texts)

    def holding(self, pattern: re.Pattern[str]) -> set[int]:
        """Indices of the texts in which ``pattern.search`` finds a match."""
        if not nul_safe(pattern):
            raise ValueError(f"not a NUL-safe pattern: {pattern.pattern!r}")
        found: set[int] = set()
        starts, last = self.starts, len(self.starts) - 1
        m = pattern.search(self.text)
        while m is not None:
            i = bisect.bisect_right(starts, m.start()) - 1
            found.add(i)
            if i >= last:
                break
            m = pattern.search(self.text, starts[i + 1])  # the next text's own first match
        return found

    def holding_any(self, patterns: Sequence[re.Pattern[str]]) -> set[int]:
        """Indices of the texts in which one of *patterns* finds a match."""
        return set().union(*(self.holding(p) for p in patterns))


_NUL_FREE_CATEGORIES = ("CATEGORY_DIGIT", "CATEGORY_SPACE", "CATEGORY_WORD")


@functools.lru_cache(maxsize=256)
def nul_safe(pattern: re.Pattern[str]) -> bool:
    """Whether no part of *pattern* can match a NUL, it cannot match the empty string, and it
    has no anchors but ``\\b`` and ``\\B`` (see JoinedTexts). Conservative: False when unsure."""
    if _p is None or pattern.fullmatch("") is not None:
        return False
    try:
        return _nul_free(_p.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - an unknown construct means "not shown safe"
        return False


def _nul_free_node(op: Any, av: Any) -> bool:
    if op is _c.LITERAL:
        return bool(av != 0)
    if op is _c.IN:
        for iop, iav in av:
            if (iop is _c.NEGATE or (iop is _c.LITERAL and iav == 0)
                    or (iop is _c.RANGE and iav[0] == 0)
                    or (iop is _c.CATEGORY and str(iav) not in _NUL_FREE_CATEGORIES)):
                return False
            if iop not in (_c.LITERAL, _c.RANGE, _c.CATEGORY):
                return False
        return True
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY)
    # ANY, NOT_LITERAL, GROUPREF, ATOMIC_GROUP, ... may match a NUL
    return _children(op, av) is not None


def _nul_free(seq: Any) -> bool:
    return _every_node(seq, _nul_free_node)


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


def _split_top(body: str) -> list[str] | None:
    """*body* split at its top-level "|" (escapes and character classes respected)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(body, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return parts if depth == 0 else None


def _group_end(alt: str) -> int:
    """Index of the ")" closing the group that opens *alt*, or -1."""
    parts = _split_top(alt)
    if parts is None:
        return -1
    depth, i = 0, 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(alt, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
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
        try:
            data = _p.parse(head).data
        except Exception:  # noqa: BLE001 - "\\" alone, "(", ...
            continue
        if len(data) == 1 and data[0][0] is _c.LITERAL:
            return chr(data[0][1]), alt[width:]
    return None


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
        parts = _split_top(alt)  # (?:a|b) == a|b, in order
        if parts is None:
            return None
        for part in parts:
            try:
                expanded = _expand(part)
            except Exception:  # noqa: BLE001 - an unknown construct means "no shortcut"
                return None
            if expanded is None:
                return None
            for ch, rest in expanded:
                groups.setdefault(ch, []).append(rest)
    return [(ch, f"{re.escape(ch)}(?:{'|'.join(f'(?:{r})' for r in rests)})")
            for ch, rests in groups.items()]


def leftmost_matches(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches ``re.compile("|".join(patterns)).finditer(text)`` finds, for patterns that
    never match at the same position (as ``dispatch_groups``) nor match the empty string: at
    each step the leftmost of the patterns' next matches at or after the end of the last one."""
    if len(patterns) == 1:
        yield from patterns[0].finditer(text)
        return
    heap = []
    for i, pattern in enumerate(patterns):
        m = pattern.search(text)
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
        m = patterns[i].search(text, pos)
        if m is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (m.start(), i, m))

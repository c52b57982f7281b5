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
``LiteralGate`` puts them to work on one pattern (with ``Narrowed``: only the alternatives whose
literals occur are searched), ``JoinedTexts`` on many texts at once; the rewrite of an
alternation that dispatches on its first character is in ``dispatch.py``.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .dispatch import _c, _class_chars, _p, _split_top, dispatch_alternation


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


_MAX_NARROWED = 256  # alternations kept compiled per Narrowed (others are compiled each time)


class Narrowed:
    """An alternation searched in each text as the alternation of only its alternatives that
    can match there: those that hold one of the literals every match of theirs needs.

    This changes no match: an alternative that matches nowhere in a text is never the first one
    that matches at a position, so without it the same alternative wins at every position (and
    ``search``, ``finditer`` find the same spans). The regex engine then tries fewer
    alternatives at each position, often a single one that starts with a literal it finds fast.
    Offsets only: group numbers change with the alternatives kept."""

    def __init__(self, alternatives: list[str], flags: int = 0, ignore_case: bool = False) -> None:
        """*ignore_case*: the texts are ASCII-folded (see ``required_literals``)."""
        self.alternatives = alternatives
        self.flags = flags
        self.needs = [required_literals(a, ignore_case) for a in alternatives]
        # each needed literal with the bit of its alternative; alternatives without needed
        # literals are always kept
        self._bits = [(literal, 1 << i) for i, needs in enumerate(self.needs)
                      for literal in needs or ()]
        self._always = sum(1 << i for i, needs in enumerate(self.needs) if needs is None)
        self._compiled: dict[int, re.Pattern[str]] = {}

    def pattern(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the alternatives that can match in *text*; None if none can."""
        kept = sum({bit for literal, bit in self._bits if literal in text}) | self._always
        if not kept:
            return None
        compiled = self._compiled.get(kept)
        if compiled is None:
            parts = [a for i, a in enumerate(self.alternatives) if kept >> i & 1]
            body = dispatch_alternation(parts) or "|".join(f"(?:{p})" for p in parts)
            compiled = re.compile(body, self.flags)
            if len(self._compiled) < _MAX_NARROWED:
                self._compiled[kept] = compiled
        return compiled


def _narrowed(compiled: re.Pattern[str]) -> Narrowed | None:
    """``_fast_form`` of *compiled* as a Narrowed alternation, or None when that is not worth
    it: an alternation that dispatches on its first character costs little at a position
    whatever its size (and one alternative, or back references, leave nothing to narrow)."""
    parts = _split_top(compiled.pattern)
    if not parts or len(parts) < 2 or dispatch_alternation(parts) is not None:
        return None
    try:
        if not _every_node(_p.parse(compiled.pattern).data,
                           lambda op, av: op not in (_c.GROUPREF, _c.GROUPREF_EXISTS)):
            return None
    except Exception:  # noqa: BLE001 - an unknown construct means "no shortcut"
        return None
    ignore_case = bool(compiled.flags & re.IGNORECASE)
    return Narrowed(parts, compiled.flags & ~re.IGNORECASE, ignore_case)


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
        self.narrowed = _narrowed(compiled) if self.fast is not None else None

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
        if not self.ignore_case:  # _probe, inline: this is the hot path
            probe = text
        elif plain or (plain is None and plain_case(text)):
            probe = ascii_lower(text) if low is None else low
        else:
            return self.compiled.search(text, pos)
        if self.needs is not None:
            for literal in self.needs:  # _holds_literal, inline: this is the hot path
                if literal in probe:
                    break
            else:
                return None
        if self.fast is None:
            return self.compiled.search(text, pos)
        if self.narrowed is None:
            return self.fast.search(probe, pos)
        narrowed = self.narrowed.pattern(probe)
        return None if narrowed is None else narrowed.search(probe, pos)

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


class LiteralSets:
    """Which of several sets of literals (one per term: ``required_literals``) a text holds a
    literal of, from one scan of the text instead of one ``in`` test per literal.

    The scan is one pattern of every literal, shaped as a trie (an alternative per first
    character, then per next character...: the engine rejects a position after one comparison
    per branch instead of one per literal, and skips positions no literal starts with). It is
    searched again one character after the start of each match, so it reports a literal at
    every position where one starts: the trie tries longer literals before ending one, so the
    literal it reports there holds every other literal starting there (as its prefix). Each
    reported literal counts for the sets of every literal inside it. A set of None (no literal
    known) always holds; so does a set with the empty literal.

    Compiling the trie costs a millisecond or two, which the scan wins back over several
    hundred texts: the first *scan_after* texts are answered by the plain ``in`` tests (the
    same answer), so a process that reads one short notice does not pay for it."""

    def __init__(self, sets: Sequence[tuple[str, ...] | None], scan_after: int = 0) -> None:
        self.sets = list(sets)
        self.owners: dict[str, int] = {}  # literal -> the sets holding it (bits)
        self.always = 0
        for i, literals in enumerate(self.sets):
            if literals is None or "" in literals:
                self.always |= 1 << i
                continue
            for literal in literals:
                self.owners[literal] = self.owners.get(literal, 0) | 1 << i
        self._plain_sets = [(1 << i, literals) for i, literals in enumerate(self.sets)
                            if not self.always >> i & 1 and literals]
        self._plain_left = scan_after
        self._scan: re.Pattern[str] | None = None
        self._within: dict[str, int] = {}  # literal -> the sets of the literals inside it

    def holding(self, text: str) -> int:
        """Bit i set: ``sets[i]`` is None or one of its literals occurs in *text*."""
        if self._scan is None:
            if not self.owners:
                return self.always
            if self._plain_left > 0:
                self._plain_left -= 1
                return self.plain_holding(text)
            self._scan = re.compile(_trie(list(self.owners)))
        held = self.always
        search, within = self._scan.search, self._within
        m = search(text)
        while m is not None:
            literal = m.group()
            bits = within.get(literal)
            if bits is None:
                bits = within[literal] = functools.reduce(
                    operator.or_, (b for other, b in self.owners.items() if other in literal), 0)
            held |= bits
            m = search(text, m.start() + 1)
        return held

    def plain_holding(self, text: str) -> int:
        """``holding`` by one ``in`` test per literal."""
        held = self.always
        for bit, literals in self._plain_sets:
            for literal in literals:
                if literal in text:
                    held |= bit
                    break
        return held


def _trie(literals: list[str]) -> str:
    """One pattern matching exactly the (non-empty) *literals*, nested by common prefix."""
    root: dict[str, Any] = {}
    for literal in literals:
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here

    def emit(node: dict[str, Any]) -> str:
        # the branches that go on before the end of a literal here: the longest one wins
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")"

    return emit(root)

"""What the readers of a notice's terms share: each clause's folded text and the gate answers
several readings ask about it (``ClauseTexts``), clause tests skipped when a needed literal is
absent (``gated``), the exception words that turn a denial into a "may", the clause filters and
the evidence cap."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .lexicon import fold
from .prefilter import JoinedTexts, LiteralGate, nul_safe, plain_case

if TYPE_CHECKING:
    from .analyser import Clause

MAX_EVIDENCE = 12


def gated(patterns: dict[str, re.Pattern[str]]) -> dict[str, LiteralGate]:
    """Clause tests run over (nearly) every clause: skipped when a needed literal is absent."""
    return {lang: LiteralGate(p) for lang, p in patterns.items()}


# "without your (separate) consent": an exception to a denial, and an opt-in ("未经您的单独同意",
# "未经监护人的明示同意", "未经企业客户书面授权")
ZH_WITHOUT_CONSENT = (r"未经[^，。；]{0,10}?(?:同意|授权|许可)|"
                      r"未(?:取得|获得|获|征得)[^，。；]{0,10}?(?:同意|授权|许可)")  # "在未取得您明确同意的情况下"
EXCEPTION = {
    "en": re.compile(
        r"\bunless\b|\bexcept\b|without (?:your |their )?(?:explicit |express |prior |separate )?"
        r"(?:opt-in|consent|permission|authori[sz]ation)|\bopt(?:ed)?[- ]in\b|if you (?:choose|opt|"
        r"agree|consent|allow|enable)", re.I),
    "zh": re.compile(rf"除非|除外|{ZH_WITHOUT_CONSENT}|经(?:您|你|用户|监护人|家长|父母)?(?:的|本人)?"
                     r"(?:单独|明确|明示|书面)?(?:同意|授权)"),
}
CCPA_CATEGORY = re.compile(r"\bcategory [a-l]\b\s*[:.]", re.I)  # a statute's list, not a practice


class ClauseTexts:
    """Each clause's ASCII-folded text (``low``, by clause id: the analyser numbers the clauses
    uniquely), folded once for every reading of the clauses instead of once per pattern, and
    the answers of the gates that several readings ask about the same clause."""

    def __init__(self, clauses: list[Clause]) -> None:
        self.low = {c.id: fold(c.text) for c in clauses}
        if len(self.low) != len(clauses):
            raise ValueError("clause ids are not unique")
        self.plain = {c.id: plain_case(c.text) for c in clauses}
        # table rows that name a category only to deny collecting it, and what a third-party
        # SDK collects by itself (read by two term lists)
        self.not_collected = (rows_not_collected(clauses) | sdk_collected(clauses)
                              | purpose_codes(clauses))
        self.lead = list_leads(clauses)
        # each clause's next one (the sentence after it, the first line under a heading)
        self.after = {a.id: b for a, b in zip(clauses, clauses[1:], strict=False)}
        self.before = {b.id: a for a, b in zip(clauses, clauses[1:], strict=False)}
        self.row_parts = row_parts(clauses)
        self.lead_collects: dict[int, bool] = {}  # (facts: per lead-in, whether it collects)
        self._answers: dict[LiteralGate, dict[int, re.Match[str] | None]] = {}
        self._headings: dict[tuple[LiteralGate, str], bool] = {}
        self._levels: dict[tuple[LiteralGate, tuple[str, ...]], int] = {}
        self._holds: dict[LiteralGate, dict[int, bool]] = {}

    def search(self, gate: LiteralGate, clause: Clause,
               remember: bool = False) -> re.Match[str] | None:
        """``gate.search(clause.text)`` (offsets only, see LiteralGate); *remember*: keep the
        answer for the next reading that asks."""
        cid = clause.id
        answers = self._answers.get(gate)
        if answers is not None and cid in answers:
            return answers[cid]
        found = gate.search(clause.text, 0, self.low[cid], self.plain[cid])
        if remember:
            self._answers.setdefault(gate, {})[cid] = found
        return found

    def holding(self, gate: dict[str, LiteralGate], clauses: list[Clause]) -> set[int]:
        """Ids of the *clauses* in which ``gate[clause.lang]`` finds a match (answers kept).

        For a gate whose literal test most clauses pass ("you ", "we "), one scan of the
        clauses of a language joined (``JoinedTexts.holding``) replaces a literal test and a
        search per clause. It finds what ``search`` finds where the gate's fast form is NUL-safe
        and runs on the clause's own probe: the text, or for IGNORECASE the folded text of a
        plain clause (``search`` tests literals first, which every match holds). Other clauses
        are searched one by one."""
        by_lang: dict[str, list[Clause]] = {}
        for c in clauses:
            if c.id not in self._holds.setdefault(gate[c.lang], {}):
                by_lang.setdefault(c.lang, []).append(c)
        for lang, group in by_lang.items():
            one = gate[lang]
            known = self._holds[one]
            scanned = [c for c in group if not one.ignore_case or self.plain[c.id]]
            if one.fast is not None and nul_safe(one.fast):
                probes = [self.low[c.id] if one.ignore_case else c.text for c in scanned]
                found = JoinedTexts(probes).holding(one.fast)
                for i, c in enumerate(scanned):
                    known[c.id] = i in found
            for c in group:
                if c.id not in known:
                    known[c.id] = self.search(one, c) is not None
        return {c.id for c in clauses if self._holds[gate[c.lang]][c.id]}

    def possible(self, gate: LiteralGate, clause: Clause) -> bool:
        """``gate.possible(clause.text)``."""
        return gate.possible(clause.text, self.low[clause.id], self.plain[clause.id])

    def spans(self, gate: LiteralGate, clause: Clause) -> Iterator[tuple[int, int]]:
        """``gate.spans(clause.text)``."""
        return gate.spans(clause.text, self.low[clause.id], self.plain[clause.id])

    def section_level(self, gate: LiteralGate, clause: Clause) -> int:
        """How deep the innermost heading passing *gate* stands among those *clause* stands
        under (``Clause.sections``: 1 is the outermost), 0 when none does: a part that says
        what it lists ("二、我们收集的信息") covers its sub-parts ("（四）紧急联系人"), and of two
        parts saying opposite things the inner one speaks for its clauses."""
        key = (gate, clause.sections)
        level = self._levels.get(key)
        if level is None:
            level = 0
            for depth in range(len(clause.sections), 0, -1):
                heading = clause.sections[depth - 1]
                found = self._headings.get((gate, heading))
                if found is None:
                    found = self._headings[gate, heading] = gate.search(heading) is not None
                if found:
                    level = depth
                    break
            self._levels[key] = level
        return level


def clauses_with(clauses: list[Clause], topics: set[str]) -> list[Clause]:
    return [c for c in clauses if not c.topics.isdisjoint(topics)]


def cap(ids: list[int]) -> list[int]:
    return sorted(set(ids))[:MAX_EVIDENCE]


SENTENCE_MARK = re.compile(r"[。；;.!！?？，,：:]")


# what a statement says and a title does not: a modal of what may or will happen to the data
# ("- 您的数据可能在中国境外进行处理", "- Data may be processed in the US")
_STATES = re.compile(r"可能(?:会|被|在|由|向|将)|将会|会被|将被|\b(?:may|will|might|can) be \w+ed\b")


# a table of contents on one line ("目录:一、收集哪些数据 · 二、如何收集 · … · 十、跨境传输")
_CONTENTS_LINE = re.compile(r"[#*_\s]*(?:目录|目 录|table of contents|contents)[*_\s]*[:：]", re.I)


def is_title(clause: Clause) -> bool:
    """A heading, or a short numbered line without a sentence in it ("四、跨境传输"), or a table
    of contents on one line; a line stating what may or will happen to the data is a sentence
    without its full stop."""
    text = clause.text.strip()
    return clause.kind == "heading" or (len(text) <= 30 and not SENTENCE_MARK.search(text)
                                        and not _STATES.search(text)) or bool(
        _CONTENTS_LINE.match(text))


def with_table_headers(clauses: list[Clause]) -> Iterator[tuple[Clause, Clause | None]]:
    """Each clause with the header row of the table it stands in (a table's first row names
    its columns: "类别 | 保存期限"), None outside tables; a header row is its own header."""
    header: Clause | None = None
    previous_kind = ""
    for clause in clauses:
        if clause.kind == "row" and previous_kind != "row":
            header = clause
        elif clause.kind != "row":
            header = None
        previous_kind = clause.kind
        yield clause, header


def row_parts(clauses: list[Clause]) -> dict[int, list[Clause]]:
    """The clauses of each table row the segmenter split into sentences, by clause id ("| 2 |
    Categories listed in the statute (Cal. Civ. Code § 1798.80(e)). | A name, signature … |"):
    what one sentence of a row says of the data (a statute's definition) holds for its row.
    Rows of one clause are left out."""
    return {c.id: row for row, _ in _row_lines(clauses) if len(row) > 1 for c in row}


# the kind of number or bullet a list item starts with ("第三条", "（一）", "1.", "一、", "- ")
_MARKERS = (("article", re.compile(r"\s*第[0-9一二三四五六七八九十百零]+[条章节]")),
            ("paren", re.compile(r"\s*[（(][0-9一二三四五六七八九十]{1,3}[)）]")),
            ("number", re.compile(r"\s*[0-9]{1,3}(?:\.[0-9]{1,3})*[.、．)）]")),
            ("cjk_number", re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.．]")),
            ("letter", re.compile(r"\s*[a-zA-Z][.)]\s")),
            ("bullet", re.compile(r"\s*[-*•·]")))


def _marker(text: str) -> str:
    return next((name for name, pattern in _MARKERS if pattern.match(text)), "")


_NUMBER_PARTS = re.compile(r"\s*([0-9]{1,3}(?:\.[0-9]{1,3})*)")


def _signature(text: str) -> tuple[str, int]:
    """A list item's kind of marker, with the depth of a dotted number ("2.1" is 2)."""
    marker = _marker(text)
    if marker == "number":
        parts = _NUMBER_PARTS.match(text)
        return marker, parts.group(1).count(".") + 1 if parts else 1
    return marker, 0


_FOLLOWING = re.compile(r"以下|如下|下列|\bthe following\b", re.I)
_MARKER_PATTERNS = dict(_MARKERS)
_TITLE_MARKERS = frozenset({"number", "cjk_number", "paren", "article"})


def _titles_items(clause: Clause, clauses: list[Clause], index: int) -> bool:
    """Whether the numbered item *clause* (``clauses[index]``) is a title with items of another
    marker under it ("6. Rights of the data subject" / "- to withdraw consent …", "2. 我们收集的
    信息" / "2.1 个人信息" / "- 姓名和电子邮箱地址"): a short line with no sentence in it."""
    after = clauses[index + 1] if index + 1 < len(clauses) else None
    kind = _signature(clause.text)
    if kind[0] not in _TITLE_MARKERS or len(clause.text) > 80 or after is None or (
            after.kind != "item" or after.line == clause.line):
        return False
    marker = _MARKER_PATTERNS[kind[0]].match(clause.text)
    following = _signature(after.text)
    # (a title may end with a colon: "2.2. Pet Data:")
    return (marker is not None and following[0] != "" and following != kind
            and not SENTENCE_MARK.search(clause.text.rstrip(" *_:："), marker.end()))


def list_leads(clauses: list[Clause]) -> dict[int, Clause]:
    """Each list item's lead-in by item id: the line its list stands under when that line ends
    with a colon or is a title ("When you use the app we collect the following:", "What we
    collect" in a plain text whose headings carry no mark-up), or a title item (in capitals, or
    numbered with items of another marker under it) that the following items stand under. A
    title item's own lead is the title item it stands under ("2.1 个人信息" under "2. 我们收集的
    信息")."""
    leads: dict[int, Clause] = {}
    lead: Clause | None = None
    titles: list[Clause] = []  # the title items open above, outermost first
    base: Clause | None = None  # the lead-in line the first of them stands under
    for index, clause in enumerate(clauses):
        if clause.kind == "item":
            # (in capitals: a Chinese item with an upper-case word is not one — str.isupper()
            # holds for "- 技术数据(IP地址、设备信息)", whose Han characters have no case)
            if (len(clause.text) <= 40 and clause.lang == "en" and clause.text.isupper()
                    and is_title(clause)) or _titles_items(clause, clauses, index):
                # a sibling (or an outer) title closes the titles opened since ("2.2" closes
                # "2.1", "3." closes "2." and "2.2", "二、" closes "一、" and its "（一）")
                kind = _signature(clause.text)
                for depth in range(len(titles) - 1, -1, -1):
                    above = _signature(titles[depth].text)
                    if above[0] == kind[0] and above[1] >= kind[1]:
                        del titles[depth:]
                        break
                parent = titles[-1] if titles else base
                if parent is not None:
                    leads[clause.id] = parent
                titles.append(clause)
                lead = clause  # a numbered title opens the items under it ("2." "INFORMATION
                continue       # WE COLLECT" / "2.1 Text prompts …")
            if lead is not None and lead.kind == "item" and _marker(clause.text) == _marker(
                    lead.text):
                lead = None  # the lead item's sibling ("第四条 …" after "第三条 …包括：")
            if lead is not None:
                leads[clause.id] = lead
            elif clause.text.rstrip(" *_").endswith((":", "：")):
                lead = clause  # an article's lead-in, under none itself, opens the items under it
                # ("第三条 本公司处理的个人信息包括：" / "（一）用户身份信息：姓名、手机号码")
        else:
            titles = []
            if clause.kind != "heading":
                text = clause.text.rstrip(" *_")
                # (or a sentence announcing what follows: "当您建立账户时，我们会收集并储存以下
                # 信息以提供个性化服务。", "We collect the following information.")
                lead = clause if text.endswith((":", "：")) or (
                    len(text) <= 40 and is_title(clause)) or (
                    text.endswith(("。", ".")) and _FOLLOWING.search(text)) else None
            else:
                lead = None  # (the items of a marked heading stand in its section)
            base = lead
    return leads


# a table column saying whether each row's data is collected ("Collected", "是否收集")
_COLLECTED_COLUMN = re.compile(r"^(?:collected\??|is it collected\??|是否收集|收集情况|收集)$", re.I)
_NO_CELL = re.compile(r"^(?:no|否|not collected|未收集|不收集|×|✗)$", re.I)
# (a "yes" may go on: "YES (only the answers you give in a survey)")
_YES_CELL = re.compile(r"(?:yes|是|collected\b|已收集|收集|✓|✔|√)", re.I)


def _cells(text: str) -> list[str]:
    return [cell.strip(" *_") for cell in text.strip().strip("|").split("|")]


def column_cells(clauses: list[Clause], column: re.Pattern[str]) -> Iterator[tuple[Clause, str]]:
    """Each table row with its cell under the column its table's header row names by *column*
    (rows of tables without such a column are left out). A row the segmenter split into
    sentences ("| 5 | Biometric information. | Genetic … data. | NO |": two clauses of one line)
    is read as one: every clause of it gets the row's cell."""
    for row, headers, cells in _table_rows(clauses):
        at = next((i for i, header in enumerate(headers) if column.match(header)), None)
        if at is not None and at < len(cells):
            for clause in row:
                yield clause, cells[at]


def _table_rows(clauses: list[Clause]) -> Iterator[tuple[list[Clause], list[str], list[str]]]:
    """Each table row below its header row: its clauses, its table's header cells lined up with
    the row's cells, and the row's cells. A header whose first cell the segmenter trimmed ("| # |
    Category | Collected? |": "#" is markup to it) has fewer cells than its rows ("| 5 | Biometric
    … | NO |"): it is lined up with their last cells (empty headers before it)."""
    headers: list[str] = []
    for row, is_header in _row_lines(clauses):
        cells = _cells(" ".join(c.text for c in row))
        if is_header:
            headers = cells
            continue
        yield row, [""] * max(0, len(cells) - len(headers)) + headers, cells


def _row_lines(clauses: list[Clause]) -> Iterator[tuple[list[Clause], bool]]:
    """The clauses of each table row, a line at a time, and whether the line is its table's
    header (the table's first row)."""
    row: list[Clause] = []
    is_header = False
    for clause, header in with_table_headers(clauses):
        if row and (header is None or clause.line != row[0].line):
            yield row, is_header
            row = []
        if header is not None:
            if not row:
                is_header = clause is header
            row.append(clause)
    if row:
        yield row, is_header


def rows_collected(clauses: list[Clause]) -> set[int]:
    """Ids of the table rows whose "collected" column, named in the table's header row, says yes
    ("Identifiers | A real name, an e-mail address | Yes" under "Category | Examples |
    Collected?"): such a row says its data is collected, whatever its own words' topic."""
    return {c.id for c, cell in column_cells(clauses, _COLLECTED_COLUMN) if _YES_CELL.match(cell)}


# a column asking whether the handler keeps the data ("Kept by Operon?", "Stored?", "是否保存")
KEPT_COLUMN = re.compile(r"(?:kept|stored|retained|saved|logged)(?: by [^|?]{1,30})?\??$|"
                         r"是否(?:保存|存储|留存)$", re.I)
NO_ANSWER = re.compile(r"(?:no|never|not\b|否|不|未)", re.I)


def rows_not_collected(clauses: list[Clause]) -> set[int]:
    """Ids of the table rows whose "collected" column, named in the table's header row, says no
    ("Geolocation | precise GPS location | No | No" under "Category | Examples | Collected |
    Sold or Shared"), or whose column asking whether the handler keeps the data answers no
    ("Credentials | passwords you type … | No — never logged" under "… | Kept by Operon?"):
    such a row names a category only to deny collecting it."""
    return ({c.id for c, cell in column_cells(clauses, _COLLECTED_COLUMN) if _NO_CELL.match(cell)}
            | {c.id for c, cell in column_cells(clauses, KEPT_COLUMN) if NO_ANSWER.match(cell)}
            | _flat_rows_not_collected(clauses))


# a "Category | Examples | Collected" table a page's text gave as lines, its header run together
# ("CategoryExamplesCollected" / "E. Biometric information" / "Fingerprints and voiceprints" / "NO")
_FLAT_HEADER = re.compile(r"\W*categor(?:y|ies)\W*examples\W*collected\W*$", re.I)
_FLAT_ANSWER = re.compile(r"\W*(yes|no)\W*$", re.I)
_FLAT_ROW_LINES = 3  # (at most: a category's title, its examples and one more line before its answer)


def _flat_rows_not_collected(clauses: list[Clause]) -> set[int]:
    """Ids of the lines of such a flattened table that stand before a line answering "NO" (up to
    the answer of the row before)."""
    start = next((i for i, c in enumerate(clauses) if c.lang == "en" and len(c.text) < 60
                  and _FLAT_HEADER.match(c.text)), None)
    if start is None:
        return set()
    denied: set[int] = set()
    since = start + 1  # (the first line of the row being read)
    for i in range(start + 1, len(clauses)):
        answer = _FLAT_ANSWER.match(clauses[i].text)
        if answer is None:
            if clauses[i].kind == "heading" or i - since > _FLAT_ROW_LINES:
                break  # (the table has ended)
            continue
        if answer.group(1).lower() == "no":
            denied.update(c.id for c in clauses[since:i])
        since = i + 1
    return denied


# a column asking about a further step, not whether the data is collected ("Sold or shared",
# "Disclosed for a business purpose", "是否共享"): its "No" denies only that step
_LATER_STEP_COLUMN = re.compile(r"\bsold\b|\bsale\b|\bshared?\b|\bdisclos|出售|共享|披露|提供给", re.I)


def rows_saying_no(clauses: list[Clause]) -> set[int]:
    """Ids of the table rows with a cell saying no ("| Inferences | … | No |") under a column
    that asks whether the data is collected or kept — any column but one asking about selling,
    sharing or disclosing it ("Inferences | writing style | Our analysis | No" under "Category |
    Examples | Sources | Sold or shared" is collected, only not sold)."""
    denied: set[int] = set()
    for row, headers, cells in _table_rows(clauses):
        if any(_NO_CELL.match(cell) and not (
                i < len(headers) and _LATER_STEP_COLUMN.search(headers[i]))
               for i, cell in enumerate(cells)):
            denied.update(c.id for c in row)
    return denied


# a line of the purposes a Taiwanese notice lists by their statutory codes (個資法 特定目的: "〇六七
# 信用卡、現金卡、轉帳卡或電子票證業務", "一八一 其他經營合於營業登記項目…"): a line of business, not data
# the handler collects (the data it collects has codes of its own: "C001 辨識個人者")
_PURPOSE_CODE = re.compile(r"\W{0,4}[〇○零一][〇○零一二三四五六七八九]{2}(?:\s|、)")


def purpose_codes(clauses: list[Clause]) -> set[int]:
    """Ids of the lines that name a purpose by its code (``_PURPOSE_CODE``)."""
    return {c.id for c in clauses if c.lang == "zh" and _PURPOSE_CODE.match(c.text)}


# "信息处理方式：SDK 自行采集", "由第三方SDK直接收集": data a third party's SDK collects for itself is
# not data the handler collects (the annotators of the dev AI notices read it so)
_SELF_COLLECTED = re.compile(r"(?:sdk|第三方|插件|合作方|提供方)[^。；\n]{0,10}?(?:自行|直接|独立)(?:采集|收集|获取)",
                             re.I)
_SELF_WORDS = ("自行", "直接", "独立")
_SDK_HEADING = re.compile(r"sdk|第三方|合作方|插件", re.I)


def sdk_collected(clauses: list[Clause]) -> set[int]:
    """Ids of the clauses describing what a third-party SDK collects by itself: a table row
    saying so, and every clause under a heading naming an SDK or a third party ("#### 微信 SDK",
    or "#### 微信开放平台" in "### 第三方SDK") one of whose other clauses says so (the clauses up
    to the next heading: a later sibling part is not the SDK's)."""
    out: set[int] = set()
    if not any(w in c.text for c in clauses for w in _SELF_WORDS):
        return out
    block: list[Clause] = []
    marked = False

    def close() -> None:
        if marked and block and any(_SDK_HEADING.search(h) for h in block[0].sections):
            out.update(c.id for c in block)

    for clause in clauses:
        if clause.kind == "heading":
            close()
            block, marked = [], False
            continue
        block.append(clause)
        text = clause.text
        if any(w in text for w in _SELF_WORDS) and _SELF_COLLECTED.search(text):
            if clause.kind == "row":  # a table row speaks for itself, not for the other rows
                out.add(clause.id)
            else:
                marked = True
    close()
    return out

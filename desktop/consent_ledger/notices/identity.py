"""Who the handler is and how to reach them (``handler``: the names and addresses of
``handler_names``, the e-mails and phones of ``contacts``); the notice's title and effective date.

E-mail addresses are found in plain and obfuscated forms ("privacy [at] example [dot] com",
"privacy(at)example.com", "privacy＠example．com", Markdown-escaped "privacy\\[at\\]example\\[dot\\]com")
and kept when their clause offers them for privacy, data-protection or rights matters — or at
least not only for press, sales, jobs, abuse or security-bug reports.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from .contacts import emails, phones
from .handler_names import addresses, names
from .lexicon import fold
from .prefilter import JoinedTexts, LiteralGate, plain_case

if TYPE_CHECKING:
    from .analyser import Clause

_MONTH = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")


_DATE = re.compile(
    r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?|"
    # "March 8, 2026", "Feb. 15, 2026", "3rd April 2026", "8 Sept 2026"
    rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|"
    rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})|"
    # "二〇二六年十月二十日"
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*"
    r"([一二三四五六七八九十]{1,3})\s*日|"
    # day first with dots, as continental Europe writes dates: "01.03.2026" is 1 March
    r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])|"
    # with slashes, day or month first: read only where one of them is over 12 ("14/02/2026",
    # "02/14/2026"); "03/04/2026" could be either and is left unread
    r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])|"
    # the Republic of China's years (Taiwan): "中華民國115年2月1日" is 2026-02-01
    r"(?:中华民国|中華民國|民国|民國)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日",
    re.I,
)


_ZH_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _zh_number(text: str) -> int:
    """A number written in Chinese numerals: digit by digit ("二〇二六") or with 十 ("二十一")."""
    if "十" not in text:
        return int("".join(str(_ZH_DIGIT[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_ZH_DIGIT[tens] if tens else 1) * 10 + (_ZH_DIGIT[ones] if ones else 0)


_DATE_CUE = LiteralGate(re.compile(
    r"effective|in force|last (?:updated|revised|modified|changed|reviewed|revision)|updated|revised|"
    # "Version 4 · published 12 February 2026", "Date of this Notice: 5 January 2026"
    r"published|date of (?:this|the) (?:notice|policy|statement|version)|w\.e\.f\.|with effect from|"
    r"enforcement date|date of enforcement|\bdated\b|revision date|last update\b|"
    r"版本日期|生效|更新(?:日期|时间)?|发布(?:日期|时间)|"
    r"修订(?:日期|时间|于)?|修改(?:日期|时间)|施行|起实施",
    re.I,
))


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


_TITLE_HINT = re.compile(r"privacy|policy|notice|statement|supplement|addendum|隐私|政策|保护指引|声明|处理规则|保护规则|"
                         r"补充说明|补充条款|告知书|"
                         r"个人信息(?:处理|保护)(?:规则|说明|指引|协议)", re.I)


def handler(text: str, clauses: list[Clause], lang: str, lows: dict[int, str] | None = None,
            plain: dict[int, bool] | None = None) -> dict[str, Any]:
    """*lows*, *plain*: each clause's ``fold(text)`` and ``plain_case(text)`` by clause id, when
    the caller has them."""
    if lows is None:
        lows = {c.id: fold(c.text) for c in clauses}
    if plain is None:
        plain = {c.id: plain_case(c.text) for c in clauses}
    joined = JoinedTexts([c.text for c in clauses])
    mail, mail_ev = emails(clauses, joined)
    tel, tel_ev = phones(clauses, lows, plain)
    addr, addr_ev = addresses(clauses, joined)
    return {
        "names": names(text, lang),
        "emails": mail,
        "phones": tel,
        "addresses": addr,
        "evidence": sorted(set(mail_ev + tel_ev + addr_ev)),
    }


_BREADCRUMB = re.compile(r"\s[>›»]\s")


def title(text: str, clauses: list[Clause]) -> str:
    """The first heading (or short first line) that names the document."""
    for clause in clauses[:15]:
        candidate = clause.text.strip("#*_ 【】").strip()
        if _BREADCRUMB.search(candidate):
            continue  # "Home > Legal > Privacy", "首页 > 法律声明": where the page stands
        # (a sentence that mentions 《…隐私政策》 is no title)
        if len(candidate) <= 80 and _TITLE_HINT.search(candidate) and not candidate.endswith("。"):
            return candidate
    for clause in clauses[:3]:
        if clause.kind == "heading" and len(clause.text) <= 80:
            return clause.text.strip("#*_ ").strip()
    return ""


def _to_date(m: re.Match[str]) -> str | None:
    try:
        if m.group(1):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        elif m.group(4):
            y, mo, d = int(m.group(6)), _MONTHS[m.group(4).lower()[:3]], int(m.group(5))
        elif m.group(10):
            y, mo, d = (_zh_number(m.group(i)) for i in (10, 11, 12))
        elif m.group(13):
            d, mo, y = int(m.group(13)), int(m.group(14)), int(m.group(15))
        elif m.group(16):
            first, second, y = int(m.group(16)), int(m.group(17)), int(m.group(18))
            if first > 12 >= second:
                d, mo = first, second
            elif second > 12 >= first:
                mo, d = first, second
            else:
                return None
        elif m.group(19):
            y, mo, d = int(m.group(19)) + 1911, int(m.group(20)), int(m.group(21))
        else:
            y, mo, d = int(m.group(9)), _MONTHS[m.group(8).lower()[:3]], int(m.group(7))
        return date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None


_EFFECTIVE = re.compile(r"effective|in force|w\.e\.f\.|with effect from|enforcement date|"
                        r"date of enforcement|生效|施行|起实施", re.I)


def _dated(clause: Clause, cue: re.Match[str]) -> str | None:
    """The date a cue speaks of: one just after it ("生效日期：2026年3月8日", "Effective: March 8,
    2026"), else the nearest one before it ("自2026年3月8日起生效"), else any in the clause."""
    dates = [(m, value) for m in _DATE.finditer(clause.text) if (value := _to_date(m))]
    after = [value for m, value in dates if 0 <= m.start() - cue.end() <= 16]
    if after:
        return after[0]
    before = [value for m, value in dates if 0 <= cue.start() - m.end() <= 30]
    if before:
        return before[-1]
    return dates[0][1] if dates else None


# "Enforcement date: 2026. 3. 1." (as Korean notices write dates) is cut into clauses after each
# full stop: a clause ending in a year and a full stop, and the number clauses after it, are one
_YEAR_STOP = re.compile(r"\d{4}\.$")


_NUMBER_STOP = re.compile(r"\d{1,2}\.")


# a run-in label whose date stands on the next line ("**Effective Date:**" / "June 30, 2026"):
# the label and a short line after it are one
_LABEL_ONLY = re.compile(r"[^\n]{1,40}[:：][*_\s]*$")


_DATE_LINE = 40


_ANY_DIGIT = re.compile(r"\d")


def _with_date_parts(clauses: list[Clause], i: int) -> Clause:
    clause = clauses[i]
    if i + 1 < len(clauses) and (_LABEL_ONLY.fullmatch(clause.text) or (
            len(clause.text) <= _DATE_LINE and not _ANY_DIGIT.search(clause.text)
            and _DATE_CUE.search(clause.text))):  # ("Last Updated" / "March 1, 2026")
        after = clauses[i + 1]
        if len(after.text) <= _DATE_LINE and _DATE.search(after.text):
            return replace(clause, text=f"{clause.text} {after.text.strip()}")
    if not _YEAR_STOP.search(clause.text):
        return clause
    parts = [clause.text]
    for after in clauses[i + 1 : i + 3]:
        if not _NUMBER_STOP.fullmatch(after.text.strip()):
            break
        parts.append(after.text.strip())
    if len(parts) == 1:
        return clause
    return replace(clause, text=" ".join(parts))


def effective_date(clauses: list[Clause]) -> str | None:
    """The date next to 'effective' / 生效, else next to 'last updated' / 更新 / 发布, in a clause
    near the start or the end."""
    candidates = [_with_date_parts(clauses, i) for i in range(min(40, len(clauses)))] + clauses[-10:]
    cued = [(clause, cue) for clause in candidates if (cue := _DATE_CUE.search(clause.text))]
    for clause, _ in cued:
        for cue in _EFFECTIVE.finditer(clause.text):
            value = _dated(clause, cue)
            if value:
                return value
    for clause, cue in cued:
        value = _dated(clause, cue)
        if value:
            return value
    return None

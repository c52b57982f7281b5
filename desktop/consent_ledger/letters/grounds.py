"""Request types and their legal grounds: which provisions a letter cites, as data.

Every provision here is marked VERIFIED in ``legal/PIPL-REFERENCE.md`` (official text copied and
cross-checked); ``VERIFIED_ARTICLES`` lists them and a test checks the table against it. Nothing
here states a day count: PIPL says "及时" (timely) and sets none.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.vocab import Capacity, RequestType

# Instruments: id -> (full Chinese title, short Chinese title, English title, English short name)
INSTRUMENTS: dict[str, tuple[str, str, str, str]] = {
    "pipl": ("《中华人民共和国个人信息保护法》", "《个人信息保护法》",
             "Personal Information Protection Law of the People's Republic of China", "PIPL"),
    "ndsr": ("《网络数据安全管理条例》", "《网络数据安全管理条例》",
             "Regulations on Network Data Security Management", "Network Data Security Regulations"),
    "genai": ("《生成式人工智能服务管理暂行办法》", "《生成式人工智能服务管理暂行办法》",
              "Interim Measures for the Management of Generative Artificial Intelligence Services",
              "Generative AI Measures"),
    "algo": ("《互联网信息服务算法推荐管理规定》", "《互联网信息服务算法推荐管理规定》",
             "Provisions on the Management of Algorithmic Recommendation in Internet Information "
             "Services", "Algorithmic Recommendation Provisions"),
    "minors": ("《未成年人网络保护条例》", "《未成年人网络保护条例》",
               "Regulations on the Online Protection of Minors", "Minors' Online Protection Regulations"),
    "civil": ("《中华人民共和国民法典》", "《民法典》", "Civil Code of the People's Republic of China",
              "Civil Code"),
}

# (instrument, article) pairs whose text PIPL-REFERENCE.md marks VERIFIED. Only these may be cited.
VERIFIED_ARTICLES: frozenset[tuple[str, int]] = frozenset(
    [("pipl", n) for n in (4, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 28, 29, 30, 31, 35,
                           38, 39, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 60, 61, 65, 69, 70, 72,
                           73)]
    + [("genai", n) for n in (2, 4, 7, 9, 10, 11, 14, 15, 18, 21, 22)]
    + [("ndsr", n) for n in (2, 11, 19, 20, 21, 22, 23, 24, 25, 26, 42, 44, 46, 62)]
    + [("algo", n) for n in (17, 22, 30)]
    + [("minors", 34)]
    + [("civil", n) for n in (1034, 1037)]
)


@dataclass(frozen=True)
class Citation:
    """One provision: instrument, article, and optionally paragraphs (款) and an item (项)."""

    instrument: str
    article: int
    paragraphs: tuple[int, ...] = ()
    item: int | None = None


def cite(instrument: str, article: int, *paragraphs: int, item: int | None = None) -> Citation:
    return Citation(instrument, article, tuple(paragraphs), item)


# The grounds of each request type (before GenAI, capacity and per-letter additions).
TYPE_GROUNDS: dict[RequestType, tuple[Citation, ...]] = {
    RequestType.ACCESS: (cite("pipl", 45, 1, 2), cite("ndsr", 23)),
    RequestType.COPY: (cite("pipl", 45, 1, 2), cite("ndsr", 23)),
    RequestType.PORTABILITY: (cite("pipl", 45, 3), cite("ndsr", 25)),
    RequestType.CORRECT: (cite("pipl", 46, 1, 2), cite("ndsr", 23)),
    RequestType.DELETE: (cite("pipl", 47, 1, 2), cite("ndsr", 23)),
    RequestType.EXPLAIN: (cite("pipl", 48),),
    RequestType.WITHDRAW_CONSENT: (cite("pipl", 15, 1, 2), cite("pipl", 16), cite("ndsr", 23)),
    RequestType.REFUSE_AUTOMATED: (cite("pipl", 24, 2, 3), cite("ndsr", 42), cite("algo", 17)),
    RequestType.RESTRICT: (cite("pipl", 44), cite("ndsr", 23)),
    RequestType.DEREGISTER: (cite("ndsr", 23), cite("ndsr", 24)),
}

# Generative-AI providers (GenAI Measures Art. 11: input information and usage records; requests).
GENAI_GROUNDS: dict[RequestType, tuple[Citation, ...]] = {
    RequestType.ACCESS: (cite("genai", 11, 1, 2),),
    RequestType.COPY: (cite("genai", 11, 1, 2),),
    RequestType.CORRECT: (cite("genai", 11, 2),),
    RequestType.DELETE: (cite("genai", 11, 1, 2),),
    RequestType.DEREGISTER: (cite("genai", 11, 1),),
    RequestType.WITHDRAW_CONSENT: (cite("genai", 11, 1),),
    RequestType.RESTRICT: (cite("genai", 11, 1),),
    RequestType.EXPLAIN: (cite("genai", 11, 1),),
    RequestType.PORTABILITY: (cite("genai", 11, 1),),
    RequestType.REFUSE_AUTOMATED: (cite("genai", 11, 1),),
}

CAPACITY_GROUNDS: dict[Capacity, tuple[Citation, ...]] = {
    Capacity.SELF: (),
    Capacity.GUARDIAN: (cite("pipl", 31, 1), cite("minors", 34)),
    Capacity.CLOSE_RELATIVE: (cite("pipl", 49),),
}

# Every letter asks for reasons if refused.
ALWAYS: tuple[Citation, ...] = (cite("pipl", 50, 1),)
# Explaining automated decisions with a significant impact.
AUTOMATED_EXPLAIN: Citation = cite("pipl", 24, 3)
# The handler's own published handling process and feedback time limit (generative AI).
GENAI_PUBLISHED_LIMIT: Citation = cite("genai", 15)

# PIPL Art. 47 para. 1: the five deletion triggers, by item number.
DELETE_TRIGGERS: dict[str, int] = {
    "purpose": 1,  # purpose achieved, cannot be achieved, or no longer necessary
    "ceased_or_expired": 2,  # handler stopped the product/service, or storage period expired
    "consent_withdrawn": 3,  # the individual withdraws consent
    "unlawful": 4,  # processing violates laws, regulations or the agreement
    "other_law": 5,  # other circumstances laid down by laws or administrative regulations
}
DEFAULT_DELETE_TRIGGERS: tuple[str, ...] = ("consent_withdrawn",)

# Request types whose reply benchmark is 15 working days (account cancellation); others 30 days.
# Benchmarks from soft law and recommended standards, NOT statutory deadlines (see deadlines.py).
WORKING_DAY_BENCHMARK_TYPES: frozenset[RequestType] = frozenset({RequestType.DEREGISTER})


def grounds_for(
    kind: RequestType,
    *,
    capacity: Capacity = Capacity.SELF,
    genai: bool = False,
    triggers: tuple[str, ...] = (),
    automated: bool = False,
) -> tuple[Citation, ...]:
    """The provisions one letter cites, in order, without duplicates."""
    found: list[Citation] = list(TYPE_GROUNDS[kind])
    if kind is RequestType.EXPLAIN and automated:
        found.append(AUTOMATED_EXPLAIN)
    if kind is RequestType.DELETE and "consent_withdrawn" in triggers:
        found.append(cite("pipl", 15, 1))
    if genai:
        found.extend(GENAI_GROUNDS.get(kind, ()))
        found.append(GENAI_PUBLISHED_LIMIT)
    found.extend(CAPACITY_GROUNDS[capacity])
    found.extend(ALWAYS)
    unique: list[Citation] = []
    for citation in found:
        if citation not in unique:
            unique.append(citation)
    return tuple(unique)


def is_verified(citation: Citation) -> bool:
    return (citation.instrument, citation.article) in VERIFIED_ARTICLES


# --- formatting ------------------------------------------------------------------------------
_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def zh_number(n: int) -> str:
    """Chinese numerals as statutes write them: 45 -> 四十五, 1037 -> 一千零三十七, 10 -> 十."""
    if n < 0 or n > 9999:
        raise ValueError(f"out of range: {n}")
    if n < 10:
        return _DIGITS[n]
    if 10 <= n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    out = ""
    zero_pending = False
    for value, unit in _UNITS:
        digit, n = divmod(n, value)
        if digit:
            if zero_pending:
                out += "零"
                zero_pending = False
            out += _DIGITS[digit] + unit
        elif out:
            zero_pending = True
    if n:
        if zero_pending or (out and not out.endswith("十")):
            out += "零"
        out += _DIGITS[n]
    return out


def article_zh(citation: Citation) -> str:
    text = f"第{zh_number(citation.article)}条"
    if citation.paragraphs:
        text += "、".join(f"第{zh_number(p)}款" for p in citation.paragraphs)
    if citation.item is not None:
        text += f"第（{zh_number(citation.item)}）项"
    return text


def article_en(citation: Citation) -> str:
    text = f"Article {citation.article}"
    if len(citation.paragraphs) == 1:
        text += f" paragraph {citation.paragraphs[0]}"
    elif citation.paragraphs:
        text += " paragraphs " + ", ".join(str(p) for p in citation.paragraphs[:-1])
        text += f" and {citation.paragraphs[-1]}"
    if citation.item is not None:
        text += f" item ({citation.item})"
    return text


def format_grounds(citations: tuple[Citation, ...], lang: str) -> str:
    """One phrase naming every cited provision, grouped by instrument in first-seen order."""
    order: list[str] = []
    grouped: dict[str, list[Citation]] = {}
    for citation in citations:
        if citation.instrument not in grouped:
            order.append(citation.instrument)
            grouped[citation.instrument] = []
        grouped[citation.instrument].append(citation)
    parts = []
    for instrument in order:
        full_zh, _short_zh, full_en, short_en = INSTRUMENTS[instrument]
        if lang == "zh":
            parts.append(full_zh + "、".join(article_zh(c) for c in grouped[instrument]))
        else:
            name = full_en if short_en == full_en else f"the {full_en} ({short_en})"
            parts.append(name + ", " + "; ".join(article_en(c) for c in grouped[instrument]))
    return ("，" if lang == "zh" else "; ").join(parts)


def short_ref(instrument: str, article: int, lang: str, *paragraphs: int,
              item: int | None = None) -> str:
    """A short inline reference, e.g. 《个人信息保护法》第五十条第一款 / PIPL Article 50 paragraph 1."""
    citation = Citation(instrument, article, tuple(paragraphs), item)
    if not is_verified(citation):
        raise ValueError(f"not a verified provision: {instrument} {article}")
    _full_zh, short_zh, _full_en, short_en = INSTRUMENTS[instrument]
    if lang == "zh":
        return short_zh + article_zh(citation)
    return f"{short_en} {article_en(citation)}"

"""Golden letters per request type and language, and what every letter must (not) say.

Regenerate the golden files after a reviewed template change with
``UPDATE_GOLDEN=1 python -m pytest tests/unit/letters/test_compose.py``.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime

import pytest

from consent_ledger.core.model import Attachment, NoticeVersion, RequestEvent, Service
from consent_ledger.core.request_desk import DueInfo
from consent_ledger.core.vocab import RequestEventKind, RequestStatus, RequestType
from consent_ledger.letters.compose import LetterComposer
from consent_ledger.letters.grounds import INSTRUMENTS, VERIFIED_ARTICLES

from .conftest import ROOT, build_facts, sent_event

GOLDEN = ROOT / "tests" / "data" / "letters" / "golden"
TYPES = [t.value for t in RequestType]

# Articles each type's letter must name, as the statute writes them (zh) and in English.
MUST_CITE = {
    "access": ["第四十五条"], "copy": ["第四十五条"],
    "portability": ["第四十五条第三款", "第二十五条"],
    "correct": ["第四十六条"], "delete": ["第四十七条第一款", "第四十七条第二款"],
    "explain": ["第四十八条", "第二十四条第三款"], "withdraw_consent": ["第十五条"],
    "refuse_automated": ["第二十四条", "第四十二条", "第十七条"], "restrict": ["第四十四条"],
    "deregister": ["第二十四条"],
}
MUST_CITE_EN = {
    "access": ["Article 45"], "copy": ["Article 45"],
    "portability": ["Article 45 paragraph 3", "Article 25"], "correct": ["Article 46"],
    "delete": ["Article 47 paragraph 1", "Article 47 paragraph 2"],
    "explain": ["Article 48", "Article 24 paragraph 3"], "withdraw_consent": ["Article 15"],
    "refuse_automated": ["Article 24", "Article 42", "Article 17"], "restrict": ["Article 44"],
    "deregister": ["Article 24"],
}
FORBIDDEN = [
    "legitimate interest", "do not sell", "sale of", "within 15 days as required by law",
    "as required by law within", "statutory deadline of", "data controller", "GDPR", "CCPA",
    "right to object", "出售", "法定期限内", "依法应于", "法律规定的期限内", "身份证复印件：",
]
CLAIMED_DAYS_EN = re.compile(r"(law|PIPL|statute|regulations?)\s+(requires?|sets?|mandates?)"
                             r"[^.]*\b\d+\s+(working\s+)?days", re.IGNORECASE)
CLAIMED_DAYS_ZH = re.compile(r"(法律|个人信息保护法》?|条例》?)(规定|要求)[^。]*\d+\s*(个工作日|日|天)")


def _zh_to_int(text: str) -> int:
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    units = {"十": 10, "百": 100, "千": 1000}
    total, current = 0, 0
    for char in text:
        if char in digits:
            current = digits[char]
        else:
            total += (current or 1) * units[char]
            current = 0
    return total + current


def cited_articles(text: str) -> set[tuple[str, int]]:
    """Every (instrument, article) a letter's text names, in either language."""
    found: set[tuple[str, int]] = set()
    by_zh = {}
    for key, (full_zh, short_zh, _full_en, _short_en) in INSTRUMENTS.items():
        by_zh[full_zh] = key
        by_zh[short_zh] = key
    for match in re.finditer(r"(《[^》]+》)([^《\n]*)", text):
        key = by_zh.get(match.group(1))
        if key is None:
            continue
        for number in re.findall(r"第([一二三四五六七八九十百千零]+)条", match.group(2)):
            found.add((key, _zh_to_int(number)))
    names = sorted(((v[3], k) for k, v in INSTRUMENTS.items()), key=lambda x: -len(x[0]))
    names += sorted(((v[2], k) for k, v in INSTRUMENTS.items()), key=lambda x: -len(x[0]))
    pattern = "|".join(re.escape(name) for name, _ in names)
    lookup = dict(names)
    for match in re.finditer(rf"({pattern})\)?,? ((?:Article \d+[^;.]*?(?:; |$))+)", text,
                             re.MULTILINE):
        for number in re.findall(r"Article (\d+)", match.group(2)):
            found.add((lookup[match.group(1)], int(number)))
    for match in re.finditer(rf"({pattern}) Article (\d+)", text):
        found.add((lookup[match.group(1)], int(match.group(2))))
    return found


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path} (run with UPDATE_GOLDEN=1)"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", TYPES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_letter(composer: LetterComposer, kind: str, lang: str) -> None:
    letter = composer.compose(build_facts(kind, lang))
    _check_golden(f"{kind}.{lang}.txt", letter.text)
    text = letter.text
    # the addressee: the handler's legal name, the service, its privacy contact (lower-cased)
    assert "杭州深度求索人工智能基础技术研究有限公司" in text
    assert "privacy@deepseek.example" in text
    assert letter.to == ("privacy@deepseek.example",)
    # the cited articles
    for needle in (MUST_CITE if lang == "zh" else MUST_CITE_EN)[kind]:
        assert needle in text, needle
    assert ("第五十条第一款" if lang == "zh" else "PIPL Article 50 paragraph 1") in text
    assert ("受理编号" if lang == "zh" else "reference number") in text
    # the categories given (for the types that are about data)
    if kind not in ("withdraw_consent", "refuse_automated", "deregister", "correct"):
        assert ("输入信息及对话内容" if lang == "zh" else "input information and conversations") \
            in text
        assert "2025-01-01" in text and "2026-06-30" in text
    # no unverified provision, no foreign notion, no invented statutory day count
    assert cited_articles(text) <= VERIFIED_ARTICLES
    lowered = text.lower()
    for phrase in FORBIDDEN:
        assert phrase.lower() not in lowered, phrase
    assert not CLAIMED_DAYS_EN.search(text) and not CLAIMED_DAYS_ZH.search(text)
    assert ("行业基准" if lang == "zh" else "industry benchmark") in text
    assert ("并非法定期限" if lang == "zh" else "not a statutory deadline") in text
    # data minimisation: the phone and postal address were not chosen
    assert "13800000000" not in text and "北京市某区某路1号" not in text


def test_cited_articles_parser_sees_what_the_letter_cites(composer: LetterComposer) -> None:
    text = composer.compose(build_facts("delete", "zh")).text
    assert {("pipl", 47), ("pipl", 50), ("genai", 11), ("genai", 15), ("ndsr", 23)} \
        <= cited_articles(text)
    en = composer.compose(build_facts("refuse_automated", "en")).text
    assert {("pipl", 24), ("ndsr", 42), ("algo", 17)} <= cited_articles(en)
    assert cited_articles("《个人信息保护法》第六十七条") == {("pipl", 67)}
    assert ("pipl", 67) not in VERIFIED_ARTICLES  # so the check above can fail


def test_both_languages(composer: LetterComposer) -> None:
    letter = composer.compose(build_facts("access", "both"))
    assert letter.text.index("个人信息权利行使申请书") < letter.text.index("REQUEST TO EXERCISE")
    assert " / " in letter.subject and "查阅" in letter.subject and "access" in letter.subject


def test_identity_fields_follow_the_persons_choice(composer: LetterComposer) -> None:
    facts = build_facts("access", "zh", options={"identity": ["account", "phone"]})
    text = composer.compose(facts).text
    assert "13800000000" in text and "手机号 138****0000" in text
    assert "zhang@example.com" not in text and "张三" not in text
    assert "身份证件复印件" in text  # the letter says none is attached


def test_deletion_lists_the_chosen_triggers(composer: LetterComposer) -> None:
    facts = build_facts("delete", "zh", options={"triggers": ["unlawful"]})
    text = composer.compose(facts).text
    assert "（四）贵方违反法律、行政法规或者违反约定处理个人信息" in text
    assert "（三）" not in text and "撤回对处理上述个人信息的同意" not in text


def test_capacity_guardian_and_close_relative(composer: LetterComposer) -> None:
    guardian = composer.compose(build_facts("delete", "zh", capacity="guardian",
                                            options={"subject_name": "小明"})).text
    assert "监护人" in guardian and "小明" in guardian
    assert "第三十一条" in guardian and "《未成年人网络保护条例》第三十四条" in guardian
    relative = composer.compose(build_facts("access", "en", capacity="close_relative",
                                            options={"subject_name": "Li Si"})).text
    assert "close relative of Li Si" in relative and "Article 49" in relative
    assert "lawful and proper interests" in relative


def test_contact_falls_back_to_the_notice_analysis(composer: LetterComposer) -> None:
    notice = NoticeVersion(service_id=1, text="…", sha256="0" * 64, source="notice.html",
                           retrieved=datetime(2026, 1, 1, tzinfo=UTC), id=3, number=1,
                           analysis={"handler": {"names": ["某某智能科技有限公司"],
                                                 "emails": ["dpo@notice.example"]}})
    facts = build_facts("access", "zh", svc=Service(name="某AI", id=1), notice=notice)
    letter = composer.compose(facts)
    assert letter.to == ("dpo@notice.example",)
    assert "致：某某智能科技有限公司（某AI）" in letter.text


def test_no_contact_known(composer: LetterComposer) -> None:
    facts = build_facts("access", "en", svc=Service(name="X", id=1, web_form="https://x.example/f"))
    letter = composer.compose(facts)
    assert letter.to == ()
    assert "contact in your processing rules (https://x.example/f)" in letter.text


def test_requested_period_is_not_called_a_benchmark(composer: LetterComposer) -> None:
    facts = build_facts("access", "en", options={"reply_days": 10, "reply_unit": "working",
                                                 "reply_source": "requested"})
    text = composer.compose(facts).text
    assert "within 10 working days (by 2026-10-28)" in text
    assert "industry benchmark" not in text and "This period is my request" in text


def test_no_genai_provisions_for_other_services(composer: LetterComposer) -> None:
    text = composer.compose(build_facts("delete", "zh", options={"genai": False})).text
    assert "生成式人工智能" not in text


def test_reminder_and_complaint_carry_the_timeline(composer: LetterComposer) -> None:
    reply = Attachment(filename="reply.png", media_type="image/png", sha256="0" * 64, size=1, id=5)
    events = [sent_event(date(2026, 9, 1)),
              RequestEvent(kind=RequestEventKind.ACKNOWLEDGED, at=date(2026, 9, 3), note="工单 42",
                           attachments=[reply], id=2)]
    due = DueInfo(due=date(2026, 10, 1), basis="benchmark", source="benchmark",
                  sent=date(2026, 9, 1), overdue=True)
    facts = build_facts("delete", "zh", events=events, status=RequestStatus.ACKNOWLEDGED, due=due,
                        today=date(2026, 11, 2))
    reminder = composer.compose_followup(facts, "reminder")
    assert reminder.kind == "reminder" and reminder.to == ("privacy@deepseek.example",)
    assert "2026-09-01 发出申请" in reminder.text
    assert "2026-09-03 对方确认收到：工单 42（附件：reply.png）" in reminder.text
    assert "已62日" in reminder.text and "2026-10-01" in reminder.text
    complaint = composer.compose_followup(facts, "complaint")
    assert complaint.to == ()  # filed through the regulator's channels, not mailed to the handler
    for needle in ("第六十五条第一款", "《生成式人工智能服务管理暂行办法》第十八条", "12377",
                   "https://www.12377.cn", "2026-09-03 对方确认收到", "已过", "核实"):
        assert needle in complaint.text, needle
    assert cited_articles(complaint.text) <= VERIFIED_ARTICLES
    en = composer.compose_followup(build_facts("refuse_automated", "en", events=events, due=due,
                                               status=RequestStatus.REFUSED), "complaint")
    assert "Algorithmic Recommendation Provisions Article 30" in en.text
    assert "The respondent refused my request." in en.text
    assert cited_articles(en.text) <= VERIFIED_ARTICLES


def test_purpose_ids_become_phrases(composer: LetterComposer) -> None:
    facts = build_facts("withdraw_consent", "zh", options={"processing": ["model_training",
                                                                          "我自己写的处理活动"]})
    text = composer.compose(facts).text
    assert "1. 将本人的输入信息和使用记录用于训练、优化模型" in text
    assert "2. 我自己写的处理活动" in text and "model_training" not in text
    en = composer.compose(build_facts("withdraw_consent", "en",
                                      options={"processing": ["model_training"]})).text
    assert "- use of my input information and usage records to train or improve models" in en

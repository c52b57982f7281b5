"""Letter facts built from plain records (no vault needed to word a letter)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from consent_ledger.core.model import (
    DataGrant,
    NoticeVersion,
    Profile,
    RequestEvent,
    RightsRequest,
    Service,
)
from consent_ledger.core.ports import DueDate
from consent_ledger.core.request_desk import DueInfo, LetterFacts
from consent_ledger.core.vocab import Capacity, RequestEventKind, RequestStatus, RequestType
from consent_ledger.letters.compose import LetterComposer

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / "resources" / "letters"
TODAY = date(2026, 9, 28)

DEFAULT_OPTIONS: dict[str, dict[str, Any]] = {
    "withdraw_consent": {"processing": ["将本人的输入信息用于模型训练"]},
    "restrict": {"processing": ["向第三方提供本人的对话内容"]},
    "correct": {"details": "注册邮箱应为 new@example.com"},
    "delete": {"triggers": ["purpose", "consent_withdrawn"]},
    "portability": {"recipient": "某某科技有限公司"},
    "explain": {"automated": True},
    "refuse_automated": {"processing": ["首页个性化推荐"]},
}


def service() -> Service:
    return Service(name="DeepSeek", provider="杭州深度求索人工智能基础技术研究有限公司",
                   emails=["Privacy@DeepSeek.example"], id=1)


def profile() -> Profile:
    return Profile(name="张三", account_ids=["手机号 138****0000"], email="zhang@example.com",
                   phone="13800000000", postal_address="北京市某区某路1号")


@pytest.fixture
def composer() -> LetterComposer:
    return LetterComposer(TEMPLATES)


def build_facts(
    kind: str,
    lang: str = "zh",
    *,
    capacity: str = "self",
    options: dict[str, Any] | None = None,
    svc: Service | None = None,
    notice: NoticeVersion | None = None,
    events: list[RequestEvent] | None = None,
    status: RequestStatus = RequestStatus.DRAFTED,
    due: DueInfo | None = None,
    today: date = TODAY,
) -> LetterFacts:
    opts: dict[str, Any] = {
        "categories": ["user_content", "contact"],
        "identity": ["name", "account", "email"],
        "from": "2025-01-01",
        "to": "2026-06-30",
        "reply_days": 30,
        "reply_unit": "calendar",
        "reply_source": "benchmark",
        "genai": True,
        "triggers": [],
        "processing": [],
    }
    opts.update(DEFAULT_OPTIONS.get(kind, {}))
    opts.update(options or {})
    request = RightsRequest(service_id=1, type=RequestType(kind), lang=lang,
                            capacity=Capacity(capacity), status=status,
                            created=datetime(2026, 9, 28, tzinfo=UTC), options=opts,
                            events=events or [], id=7)
    return LetterFacts(request=request, service=svc or service(), profile=profile(),
                       grants=[DataGrant(service_id=1, categories=["user_content"],
                                         date=date(2025, 1, 1))],
                       notice=notice, today=today, due=due,
                       reply_by=DueDate(due=date(2026, 10, 28), basis="30 calendar days"))


@pytest.fixture
def make_facts() -> Callable[..., LetterFacts]:
    return build_facts


def sent_event(at: date = date(2026, 9, 1)) -> RequestEvent:
    return RequestEvent(kind=RequestEventKind.SENT, at=at, id=1)

"""The table models pass Qt's own model checks (pytest-qt's qtmodeltester) and sort and filter as
a person expects."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from consent_ledger.core.model import RightsRequest, Service
from consent_ledger.core.request_desk import DueInfo, RequestView
from consent_ledger.core.vocab import RequestStatus, RequestType
from consent_ledger.ui.models.requests import RequestsModel
from consent_ledger.ui.models.services import ServiceRow, ServicesFilter, ServicesModel

pytestmark = pytest.mark.gui


def rows() -> list[ServiceRow]:
    return [
        ServiceRow(1, "DeepSeek", "Hangzhou DeepSeek", "cn", ["user_content"], 2, 1, "high", True),
        ServiceRow(2, "ChatGPT", "OpenAI OpCo, LLC", "intl", [], 0, 0, "low"),
        ServiceRow(3, "Kimi", "北京月之暗面", "cn", ["voice", "contact"], 1, 0, "medium"),
    ]


def test_services_model_passes_qt_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ServicesModel()
    model.set_rows(rows())
    qtmodeltester.check(model)
    proxy = ServicesFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_services_sort_by_risk_and_filter(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ServicesModel()
    model.set_rows(rows())
    proxy = ServicesFilter()
    proxy.setSourceModel(model)
    proxy.sort(ServicesModel.RISK, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["DeepSeek", "Kimi", "ChatGPT"]
    proxy.set_tier("medium")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Kimi"]
    proxy.set_tier("")
    proxy.set_search("月之")  # provider, Chinese
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Kimi"]
    assert "changed" in model.index(0, ServicesModel.NOTICE).data()
    assert model.index(1, ServicesModel.NOTICE).data() == "none yet"


def test_requests_model_passes_qt_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    service = Service(name="Doubao", id=1)
    views = [
        RequestView(RightsRequest(1, RequestType.DELETE, id=1, created=datetime.now(UTC)),
                    service, RequestStatus.OVERDUE,
                    DueInfo(date(2026, 1, 31), "benchmark", "benchmark", date(2026, 1, 1), True)),
        RequestView(RightsRequest(1, RequestType.ACCESS, id=2), service, RequestStatus.DRAFTED,
                    None),
    ]
    model = RequestsModel()
    model.set_rows(views)
    qtmodeltester.check(model)
    assert model.index(0, RequestsModel.DUE).data() == "2026-01-31 · overdue"
    assert model.index(1, RequestsModel.DUE).data() == "—"
    assert model.overdue(0) and not model.overdue(1)

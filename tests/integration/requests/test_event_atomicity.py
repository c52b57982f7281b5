"""An event and the request state it changes are stored in one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from consent_ledger.core.errors import NotFoundError
from consent_ledger.core.model import RequestEvent, RightsRequest, Service
from consent_ledger.core.vocab import RequestEventKind, RequestStatus, RequestType
from tests.vaults import new_repo


def test_event_and_status_land_together(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "data")
    try:
        service = repo.add_service(Service(name="DeepSeek"))
        request = repo.add_request(RightsRequest(service_id=service.id or 0, type=RequestType.DELETE))
        request.status = RequestStatus.SENT
        request.letter_text = "frozen letter"
        repo.add_request_event(request.id or 0, RequestEvent(kind=RequestEventKind.SENT,
                                                               at=date(2026, 11, 2)), updated=request)
        stored = repo.get_request(request.id or 0)
        assert stored.status is RequestStatus.SENT
        assert stored.letter_text == "frozen letter"
        assert [e.kind for e in stored.events] == [RequestEventKind.SENT]
    finally:
        repo.close()


def test_failed_event_leaves_request_unchanged(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "data")
    try:
        service = repo.add_service(Service(name="Kimi"))
        first = repo.add_request(RightsRequest(service_id=service.id or 0, type=RequestType.ACCESS))
        other = repo.add_request(RightsRequest(service_id=service.id or 0, type=RequestType.COPY))
        other.status = RequestStatus.REFUSED
        with pytest.raises(NotFoundError):
            repo.add_request_event(first.id or 0, RequestEvent(kind=RequestEventKind.REFUSED,
                                                                 at=date(2026, 11, 3)), updated=other)
        assert repo.get_request(other.id or 0).status is RequestStatus.DRAFTED
        assert repo.get_request(first.id or 0).events == []
    finally:
        repo.close()

"""The composer's preview is the letter the stored request produces."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from consent_ledger.core.clock import SystemClock
from consent_ledger.core.model import DataGrant, Service
from consent_ledger.core.request_desk import RequestDesk
from consent_ledger.letters.deadlines import ChineseWorkingDays
from tests.vaults import new_repo


def test_preview_equals_letter_of_created_request(tmp_path: Path) -> None:
    from consent_ledger.app import Settings, Wiring

    repo = new_repo(tmp_path / "data")
    try:
        wiring = Wiring(Settings(data_dir=tmp_path / "data", key_source=None, lang="zh"))
        desk = RequestDesk(repo, calendar=ChineseWorkingDays(), clock=SystemClock(),
                           letters=wiring.letter_writer())
        service = repo.add_service(Service(name="豆包", provider="北京某某科技有限公司",
                                           emails=["privacy@example.cn"]))
        sid = service.id or 0
        repo.add_grant(DataGrant(service_id=sid, categories=["voice", "user_content"],
                                 date=date(2026, 3, 1)))
        options = {"from": "2026-01-01", "to": "2026-06-30"}
        preview = desk.preview(sid, "delete", lang="zh", options=options)
        assert repo.list_requests() == []  # a preview stores nothing
        created = desk.create(sid, "delete", lang="zh", options=options)
        assert desk.letter(created.id or 0).text == preview.text
        assert "privacy@example.cn" in preview.to
    finally:
        repo.close()

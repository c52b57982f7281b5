"""An explanation request prefilled by the audit asks about what the audit found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from consent_ledger.core.model import Profile, RightsRequest, Service
from consent_ledger.core.request_desk import LetterFacts
from consent_ledger.core.vocab import RequestType


def _facts(options: dict[str, object]) -> LetterFacts:
    service = Service(name="Claude", provider="Anthropic PBC", region="intl",
                      emails=["privacy@anthropic.example"], id=1)
    request = RightsRequest(service_id=1, type=RequestType.EXPLAIN, lang="en",
                            options={"categories": [], "identity": [], "genai": False, **options})
    return LetterFacts(request=request, service=service, profile=Profile(name="Li Lei"),
                       grants=[], notice=None, today=date(2026, 11, 27), due=None, reply_by=None)


def test_training_question_follows_the_topics(tmp_path: Path) -> None:
    from consent_ledger.app import Settings, Wiring

    writer = Wiring(Settings(data_dir=tmp_path, key_source=None, lang="en")).letter_writer()
    plain = writer.compose(_facts({})).text
    asked = writer.compose(_facts({"topics": ["model_training"]})).text
    assert "train or optimise models" not in plain
    assert "train or optimise models" in asked

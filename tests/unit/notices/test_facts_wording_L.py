"""Document terms on wordings the fifth probe round left to the lead: retention of model
"responses" and of saved history. The fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "period"), [
    # "responses" are what the model answered, not the handler's reply to a request
    ("Data retention\n\nYour prompts and responses are kept for 30 days, then deleted.",
     "30 days"),
    ("Retention\n\nDepending on your plan, prompts and responses are kept (from zero days to "
     "seven years).", "seven years"),
    ("Your history\n\nConversations are saved to your account for 18 months.", "18 months"),
])
def test_periods_of_keeping_model_responses_and_saved_history(analyser: Analyser, text: str,
                                                              period: str) -> None:
    retention = analyser.analyse(text)["retention"]
    assert retention["stated"] is True
    assert period in retention["periods"]


@pytest.mark.parametrize("text", [
    "Your rights\n\nWe will respond to your request within 30 days.",
    "Your rights\n\nWe send a response to your request within 30 days.",
    "Settings\n\nYour preferences are saved for the next visit.",
])
def test_reply_times_and_saved_settings_are_no_retention(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is False

"""Document terms on wordings found by the sixth probe round's second English set (helper D,
written blind): a music generator, an avatar/video generator, a workspace AI, meeting notes, a
writing assistant, machine translation, a model hub, a teen character chat, a photo editor and
a fitness coach. The fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "age"), [
    # emphasis marks around the age
    ("Children\n\nYou must be at least **13 years old** to use Tunewright.", 13),
    ("Who can use it?\n\n- You have to be **16 or older** to create an account.", 16),
    ("Age\n\nYou need to be at least **18** to subscribe.", 18),
])
def test_minimum_age_in_emphasis(analyser: Analyser, text: str, age: int) -> None:
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == age


@pytest.mark.parametrize("text", [
    "We use your listening history to suggest tracks we predict you'll enjoy.",
    "The home page shows videos our system predicts you will like.",
    "- Recommend templates and courses on your dashboard based on what you like, save and share.",
    "The planner automatically adjusts your training plan when you miss a session.",
    "The app analyses your sleep every night and automatically changes the next day's workout.",
])
def test_recommendations_and_automatic_plan_changes_are_automated_decisions(
        analyser: Analyser, text: str) -> None:
    notice = "How we use information\n\n" + text
    assert analyser.analyse(notice)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("Privacy requests: **dpo@quire.example**. Security reports: security@quire.example.",
     "dpo@quire.example", "security@quire.example"),
    ("Data protection: privacy@lexa.example. General support: support@lexa.example.",
     "privacy@lexa.example", "support@lexa.example"),
    ("Privacy: dpo@snapix.example\nBusiness enquiries: partners@snapix.example",
     "dpo@snapix.example", "partners@snapix.example"),
])
def test_addresses_labelled_for_security_support_or_business_are_no_privacy_contact(
        analyser: Analyser, text: str, kept: str, dropped: str) -> None:
    emails = analyser.analyse("Contact\n\n" + text)["handler"]["emails"]
    assert kept in emails and dropped not in emails

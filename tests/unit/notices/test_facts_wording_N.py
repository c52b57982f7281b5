"""Document terms on English wordings of the sixth probe round (probe6-B): personalisation that
follows what the user reads or asks, replies adapted to the user, automatic suspension of keys,
minimum ages set by a duty on someone else or an "only if you are", support and billing
addresses, rights asked for in plain words, menu items, payment and health wordings and denials in
contractions. The fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, key: str) -> set[str]:
    return {x["term"] for x in result[key]}


@pytest.mark.parametrize("text", [
    "Discover\n\nThe Discover feed suggests stories based on the topics you follow.",
    "How we use data\n\nWe suggest articles based on the authors you read most.",
    "Memory\n\nCompanions remember what you like and adapt their personality and replies to you "
    "over time.",
    "Personalisation\n\nThe assistant tailors its answers to you based on what it remembers.",
    "Insights\n\nWhen turned on, the assistant analyses your meeting and email habits to suggest "
    "focus time.",
    "Abuse monitoring\n\nOur systems may automatically suspend the organisation's API keys while "
    "a specialist reviews the case.",
])
def test_personalisation_and_automatic_suspension_are_automated_decisions(
        analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize("text", [
    "How we use data\n\nWe suggest articles based on the topics you choose in settings.",
    "Support\n\nYou can adapt the replies to your needs by editing the custom instructions.",
    "Abuse monitoring\n\nWe do not automatically suspend your access; a person always reviews "
    "the case.",
])
def test_chosen_topics_and_user_edits_are_no_automated_decision(analyser: Analyser,
                                                                 text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is False

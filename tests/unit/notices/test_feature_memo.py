"""The topic models' speed-ups change no feature and no sum: the English stem memo
(features.en_features with *stems*) and the Chinese bigrams."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices import features
from consent_ledger.notices.features import StemMemo, en_features, stem
from consent_ledger.notices.topics import TopicModel

WORDS = ["We", "collect", "collected", "collecting", "policies", "policy", "share", "shares",
         "data", "3rd", "2024", "access", "status", "email:", "**Note**", "(a)", "if", "you",
         "—", "cookies", "Geolocation", "ÉTÉ", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), min_size=1,
                max_size=6))
def test_en_features_with_a_stem_memo_equal_the_plain_features(texts: list[str]) -> None:
    memo = StemMemo()
    clusters = {"collect": "c1", "data": "c2", "policy": "c3"}
    for text in texts:
        assert en_features(text, clusters, memo) == en_features(text, clusters)
        assert en_features(text, None, memo) == en_features(text)
    assert all(memo[w] == stem(w) for w in memo)


def test_the_stem_memo_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "_MAX_STEMS", 3)
    memo = StemMemo()
    text = "we collect shared policies and cookies for you"
    for _ in range(3):
        assert en_features(text, None, memo) == en_features(text)
        assert len(memo) <= 3


def test_packed_sums_give_the_tfidf_logits() -> None:
    data: dict[str, object] = {
        "lang": "en", "topics": ["a", "b"], "scale": 10.0, "bias": [0.1, -0.2],
        "thresholds": [0.5, 0.4],
        "idf": {"rare": 3.5, "common": 1.25, "mid": 2.0},
        "weights": {"rare": [0, 7, 1, -3], "common": [1, 5], "mid": [0, -9, 0, 2]},
    }
    model = TopicModel(data)
    feats = {"rare", "common", "mid", "unknown"}
    # the logits of a clause with every feature: tf-idf row l2-normalised, as training made it
    norm = (3.5 ** 2 + 1.25 ** 2 + 2.0 ** 2) ** 0.5
    expected = [0.1 + (7 - 9 + 2) / (10.0 * norm), -0.2 + (-3 + 5) / (10.0 * norm)]
    assert model.feature_logits(feats) == pytest.approx(expected)


def plain_zh_features(text: str) -> set[str]:
    """zh_features as first written: bigrams by slicing each run of Han characters."""
    feats: set[str] = set()
    for run in features._HAN_RUN.findall(text):
        feats.update(run)
        feats.update(run[i : i + 2] for i in range(len(run) - 1))
    feats.update("w:" + w for w in features._LATIN.findall(text.lower()))
    return feats


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="我们收集您的信息，。SDK Cookie a1\n㐀鿿豈", max_size=40))
def test_zh_features_equal_the_sliced_bigrams(text: str) -> None:
    assert features.zh_features(text) == plain_zh_features(text)

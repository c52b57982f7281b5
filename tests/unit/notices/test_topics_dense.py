"""The dense column-sum scoring gives bit-identical logits to the per-pair loop."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.features import features
from consent_ledger.notices.topics import TopicModel
from consent_ledger.paths import resources_dir

TEXTS = [
    "We use your conversations to train and improve our models unless you opt out.",
    "我们会使用您的对话内容训练和优化我们的模型，您可以在设置中关闭。",
    "",
    "cookies cookies cookies do not track",
]


@cache
def shipped(lang: str) -> TopicModel:
    return TopicModel.load(resources_dir() / "models" / f"topics-{lang}.json.gz")


@pytest.fixture(params=["en", "zh"])
def model(request: pytest.FixtureRequest) -> TopicModel:
    loaded = shipped(request.param)
    assert loaded._rows is not None  # the shipped models take the fast path
    return loaded


@pytest.mark.parametrize("text", TEXTS)
def test_dense_equals_sparse(model: TopicModel, text: str) -> None:
    feats = features(text, model.lang)
    assert model.feature_logits(feats) == model._sparse_logits(feats)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefg hijklmnop 数据信息训练模型，。")), max_size=120))
def test_dense_equals_sparse_on_any_text(text: str) -> None:
    en = shipped("en")
    feats = features(text, "en")
    assert en.feature_logits(feats) == en._sparse_logits(feats)


def test_repeated_topic_falls_back_to_sparse() -> None:
    data = {"lang": "en", "topics": ["a"], "scale": 1, "bias": [0.5], "thresholds": [0.5],
            "weights": {"word": [0, 1, 0, 2]}}
    model = TopicModel(data)
    assert model._rows is None
    assert model.logits("word") == model._sparse_logits(features("word", "en"))

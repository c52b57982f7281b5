"""The packed-integer scoring equals a plain reading of the model file (to float rounding)."""

from __future__ import annotations

import gzip
import json
import math
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.topics import TopicModel
from consent_ledger.paths import resources_dir

TEXTS = [
    "We use your conversations to train and improve our models unless you opt out.",
    "我们会使用您的对话内容训练和优化我们的模型，您可以在设置中关闭。",
    "",
    "cookies cookies cookies do not track",
]


@cache
def raw(lang: str) -> dict[str, Any]:
    with gzip.open(resources_dir() / "models" / f"topics-{lang}.json.gz", "rt") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


@cache
def shipped(lang: str) -> TopicModel:
    return TopicModel.load(resources_dir() / "models" / f"topics-{lang}.json.gz")


def reference(data: dict[str, Any], feats: set[str]) -> list[float]:
    """The logistic models as the training script defines them: bias plus the weights of the
    clause's features, divided by the l2 norm of the idf of its known features (tf-idf)."""
    idf, weights = data.get("idf", {}), data["weights"]
    sums = [0.0] * len(data["bias"])
    square = 0.0
    for feat in feats:
        if feat not in idf and feat not in weights:
            continue
        square += idf.get(feat, 0.0) ** 2
        pairs = weights.get(feat, [])
        for i in range(0, len(pairs), 2):
            sums[pairs[i]] += pairs[i + 1] / data["scale"]
    norm = math.sqrt(square) if idf and square else 1.0
    return [b + s / norm for b, s in zip(data["bias"], sums, strict=True)]


def same(packed: list[float], readable: list[float]) -> bool:
    return packed == pytest.approx(readable, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("text", TEXTS)
def test_packed_equals_readable(lang: str, text: str) -> None:
    feats = shipped(lang).features(text)
    assert same(shipped(lang).feature_logits(feats), reference(raw(lang), feats))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefg hijklmnop 数据信息训练模型，。")), max_size=120))
def test_packed_equals_readable_on_any_text(text: str) -> None:
    for lang in ("en", "zh"):
        feats = shipped(lang).features(text)
        assert same(shipped(lang).feature_logits(feats), reference(raw(lang), feats))


def test_a_feature_may_weigh_a_topic_twice_and_negative_sums_unpack() -> None:
    data = {"lang": "en", "topics": ["a", "b"], "scale": 1000, "bias": [0.5, 0.0],
            "thresholds": [0.5, 0.5], "weights": {"word": [0, 1000, 0, 2000, 1, -3500],
                                                  "other": [1, -1500]}}
    model = TopicModel(data)
    assert model.logits("word") == pytest.approx([3.5, -3.5])
    assert model.logits("word other") == pytest.approx([3.5, -5.0])
    assert model.logits("unknown") == [0.5, 0.0]


def test_tfidf_norm_over_known_features_only() -> None:
    data = {"lang": "en", "topics": ["a"], "scale": 1000, "bias": [0.0], "thresholds": [0.5],
            "weights": {"word": [0, 3000]}, "idf": {"word": 2.0, "plain": 1.5}}
    model = TopicModel(data)
    # norm = sqrt(2.0² + 1.5²) = 2.5 over the two known features; "zzz" is unknown
    assert model.logits("word plain zzz") == pytest.approx([3.0 / 2.5])
    assert model.logits("word") == pytest.approx([3.0 / 2.0])


PARAGRAPH = st.lists(st.text(alphabet=st.sampled_from(list("we collect your data share it 数据共享，。")),
                             max_size=80), max_size=6)


@settings(max_examples=60, deadline=None)
@given(PARAGRAPH)
def test_a_paragraphs_total_is_the_total_of_its_sentences_union(sentences: list[str]) -> None:
    for lang in ("en", "zh"):
        model = shipped(lang)
        parts = [model.features(s) for s in sentences]
        union = set().union(*parts)
        assert model.union_total(parts, [model.total(p) for p in parts]) == model.total(union)


def test_shared_features_are_counted_once_in_a_paragraph() -> None:
    model = shipped("en")
    a, b = model.features("we share your data"), model.features("we share it")
    assert a & b and model.total(a) and model.total(b)
    assert model.union_total([a, b], [model.total(a), model.total(b)]) == model.total(a | b)
    assert model.union_total([a, b], [model.total(a), model.total(b)]) != (
        model.total(a) + model.total(b))


def exact(data: dict[str, Any], feats: set[str]) -> list[float]:
    """The logits as the packed sums compute them, from plain integer column sums: the packed
    fields must give these floats exactly, not only to rounding."""
    idf, weights = data.get("idf", {}), data["weights"]
    known = [f for f in feats if f in idf or f in weights]
    if not known:
        return [b + 0.0 for b in data["bias"]]
    sums = [0] * len(data["bias"])
    square = 0
    for feat in known:
        square += round(idf.get(feat, 0.0) * 1000) ** 2
        pairs = weights.get(feat, [])
        for i in range(0, len(pairs), 2):
            sums[pairs[i]] += pairs[i + 1]
    divisor = float(data["scale"])
    if idf and square:
        divisor *= math.sqrt(square / 1e6)
    return [b + s / divisor for b, s in zip(data["bias"], sums, strict=True)]


@cache
def vocabulary(lang: str) -> list[str]:
    return sorted(set(raw(lang)["weights"]) | set(raw(lang).get("idf", {})))


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["en", "zh"]), st.data())
def test_narrow_fields_give_the_exact_sums_of_any_feature_set(lang: str, data: Any) -> None:
    words = vocabulary(lang)
    picked = data.draw(st.sets(st.integers(0, len(words) - 1), max_size=400))
    feats = {words[i] for i in picked} | {"not a feature"}
    model = shipped(lang)
    assert model.feature_logits(feats) == exact(raw(lang), feats)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_whole_vocabulary_fits_the_fields(lang: str) -> None:
    # the largest sum any input can make (every field value of a feature is >= 0): the field
    # widths are chosen for it, and are narrower than 64 bits per topic
    model = shipped(lang)
    feats = set(vocabulary(lang))
    assert model.feature_logits(feats) == exact(raw(lang), feats)
    assert model._fields.size < 8 * (len(model.topics) + 2)
    # a list with repeats counts each feature once, as its set does
    assert model.total(list(feats)[:50] * 3) == model.total(set(list(feats)[:50]))


def test_a_feature_weighing_a_topic_twice_negative_keeps_its_field_positive() -> None:
    data = {"lang": "en", "topics": ["a", "b"], "scale": 1000, "bias": [0.0, 0.0],
            "thresholds": [0.5, 0.5],
            "weights": {"word": [0, -200, 0, -300, 1, 100], "other": [0, 250, 1, -50]}}
    model = TopicModel(data)
    assert model._offset == 500  # the feature's sum for topic a, not one pair's weight
    for text in ("word", "other", "word other", "word word other", "nothing"):
        feats = model.features(text)
        assert model.feature_logits(feats) == exact(data, feats)
    assert model.logits("word other") == pytest.approx([-0.25, 0.05])


def test_unigrams_and_clusters_are_the_model_s_own_key_objects() -> None:
    # interned on both sides: a lookup finds the key by identity, without comparing strings
    model = shipped("en")
    keys = {key: key for key in model._packed}
    feats = model.features("We share your personal information with service providers.")
    shared = [f for f in feats if f in keys and " " not in f and not f.startswith(("^", "§"))
              and not f.endswith("$")]
    assert shared
    assert all(keys[f] is f for f in shared)


def test_a_model_whose_sums_could_outgrow_64_bits_is_refused() -> None:
    # the guard of the narrow fields: a sum the fields cannot hold is an error at load time,
    # never a silent carry into the next topic's field
    data = {"lang": "en", "topics": ["a"], "scale": 1000, "bias": [0.0], "thresholds": [0.5],
            "weights": {"big": [0, 1 << 63], "bigger": [0, 1 << 63]}}
    with pytest.raises(ValueError, match="64-bit"):
        TopicModel(data)
    data["weights"] = {"big": [0, 1 << 40], "neg": [0, -(1 << 40)]}
    model = TopicModel(data)  # 2^41 and an offset of 2^40 per feature: a 64-bit field
    assert model._fields.format.endswith("Q")
    assert model.feature_logits({"big", "neg"}) == exact(data, {"big", "neg"})

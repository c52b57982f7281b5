"""Clause-topic features and the pure-Python topic model (shipped weights and a hand-made one)."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest

from consent_ledger.notices.features import en_features, stem, zh_features
from consent_ledger.notices.topics import TopicModel
from consent_ledger.paths import resources_dir


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("share", "shared", "sharing", "shares"), "shar"),
        (("policy", "policies"), "polici"),
        (("cookie", "cookies"), "cooki"),
        (("address", "addresses"), "address"),
        (("inform", "information", "informed"), "inform"),
    ],
)
def test_inflections_share_one_stem(words: tuple[str, ...], expected: str) -> None:
    assert {stem(w) for w in words} == {expected}


def test_short_words_and_numbers_are_kept_or_folded() -> None:
    assert stem("use") == "use"
    assert stem("access") == "access"  # a double s is not a plural
    assert stem("status") == "status"
    assert stem("2024") == "0"


def test_english_features_are_stemmed_unigrams_and_bigrams() -> None:
    feats = en_features("We SHARED cookies for 30 days.")
    assert {"we", "shar", "cooki", "0", "day"} <= feats
    assert {"we shar", "shar cooki", "for 0", "0 day"} <= feats
    assert "shared" not in feats


def test_chinese_features_are_han_ngrams_and_latin_words() -> None:
    feats = zh_features("我们使用Cookie保存")
    assert {"我", "我们", "使用", "w:cookie", "保存"} <= feats
    assert "我们使" not in feats  # no trigrams
    assert "用C" not in feats and "用保" not in feats  # n-grams stay inside one Han run


def _tiny_model(tfidf: bool) -> TopicModel:
    data: dict[str, object] = {
        "lang": "en",
        "topics": ["security", "retention"],
        "bias": [-1.0, -1.0],
        "thresholds": [0.5, 0.5],
        "scale": 1000,
        "weights": {"encrypt": [0, 3000], "retain": [1, 2500], "we": [0, -200, 1, -200]},
    }
    if tfidf:
        data["idf"] = {"encrypt": 2.0, "retain": 2.0, "we": 1.0, "data": 1.5}
    return TopicModel(data)


def test_binary_model_sums_weights_of_present_features() -> None:
    model = _tiny_model(tfidf=False)
    logits = model.logits("We encrypt data")
    assert logits == pytest.approx([-1.0 + 3.0 - 0.2, -1.0 - 0.2])
    margins = model.margins("We encrypt data")
    assert margins["security"] > 0 > margins["retention"]


def test_tfidf_model_normalises_by_the_known_features() -> None:
    model = _tiny_model(tfidf=True)
    norm = math.sqrt(2.0**2 + 1.0**2 + 1.5**2)  # encrypt, we, data are known; "unknownword" not
    logits = model.logits("We encrypt data unknownword")
    assert logits == pytest.approx([-1.0 + (3.0 - 0.2) / norm, -1.0 - 0.2 / norm])


def test_thresholds_become_cutoffs_in_logit_space(tmp_path: Path) -> None:
    data = {"lang": "en", "topics": ["security"], "bias": [0.0], "thresholds": [0.8],
            "scale": 1000, "weights": {}}
    path = tmp_path / "m.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    model = TopicModel.load(path)
    assert model.margins("anything")["security"] == pytest.approx(-math.log(0.8 / 0.2))


@pytest.fixture(scope="module")
def shipped() -> dict[str, TopicModel]:
    folder = resources_dir() / "models"
    return {lang: TopicModel.load(folder / f"topics-{lang}.json.gz") for lang in ("en", "zh")}


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "We use encryption and firewalls to protect your personal data from "
               "unauthorised access.", "security"),
        ("en", "We keep your account records for two years after you close your account.",
         "retention"),
        ("en", "We may update this privacy policy from time to time and will post the changes "
               "on this page.", "policy_change"),
        ("en", "Our services are not directed to children under 13.", "specific_audiences"),
        ("zh", "我们会采取加密技术等安全措施保护您的个人信息。", "security"),
        ("zh", "我们可能会适时修订本隐私政策的条款。", "policy_change"),
    ],
)
def test_shipped_models_read_plain_clauses(shipped: dict[str, TopicModel], lang: str, text: str,
                                           topic: str) -> None:
    margins = shipped[lang].margins(text)
    assert margins[topic] > 0
    assert max(margins, key=lambda t: margins[t]) == topic


def test_shipped_model_ignores_unrelated_text(shipped: dict[str, TopicModel]) -> None:
    margins = shipped["en"].margins("The weather in the mountains was lovely this spring.")
    assert all(m < 0 for m in margins.values())


def test_english_features_name_the_first_and_last_words() -> None:
    feats = en_features("If you delete your account, we erase your data.")
    assert {"^if", "^if you", "data$"} <= feats


@pytest.mark.parametrize(("text", "form"), [
    ("**Precise location:** we do not collect it", {"§bold", "§noperiod"}),
    ("- Device identifiers;", {"§bullet", "§listitem_end"}),
    ("3. How long we keep your data", {"§numbered", "§noperiod", "§len2"}),
    ("Contact us:", {"§colonend", "§len1"}),
    ("Write to privacy@example.com or see [our page](https://example.com).",
     {"§email", "§mdlink"}),
    ("We keep logs for 30 days and charge $5 for copies.", {"§digit", "§period", "§money"}),
    ("YOUR CALIFORNIA PRIVACY RIGHTS", {"§caps", "§allcaps", "§titlecase"}),
    ("If you are under 13, do not use the Service (see “Children”)?",
     {"§ifyou", "§quote", "§paren", "§question"}),
])
def test_english_features_read_the_clauses_form(text: str, form: set[str]) -> None:
    assert form <= en_features(text)


def test_a_plain_sentence_has_only_its_length_as_form() -> None:
    feats = en_features("We use your data to provide the service.")
    assert {f for f in feats if f.startswith("§")} == {"§len2"}  # eight words


def test_the_form_is_read_on_the_clause_as_the_segmenter_trims_it() -> None:
    # training sentences keep their markup; a notice's clause has "* " and "**" cut at its ends
    assert en_features("* Precise geolocation.") == en_features("Precise geolocation.")
    assert "§bullet" not in en_features("* Precise geolocation.")


def test_word_clusters_add_one_feature_per_known_word() -> None:
    clusters = {"geolocation": "c7", "geofencing": "c7", "email": "c3"}
    feats = en_features("We use geofencing and email.", clusters)
    assert {"c7", "c3"} <= feats
    assert not {f for f in en_features("We use geofencing and email.")} & {"c7", "c3"}
    # the same cluster for an unseen word as for its neighbour
    assert "c7" in en_features("Geolocation.", clusters)
    assert "" not in feats

"""Terms from shapes found in session 11, written for the project (not the corpora's text)."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, field: str) -> list[str]:
    return [item["term"] for item in result[field]]


_EN = "# Doorbell app privacy\n\n## Information we collect\n\n{}\n\nWe collect your email address."
_ZH = "# 记账助手隐私政策\n\n## 我们收集的信息\n\n{}\n\n注册时我们会收集您的手机号码。"


@pytest.mark.parametrize(("text", "lang"), [
    # the next sentence says "they" stay on the device: what the sentence before named
    (_EN.format("When a visitor rings, the snapshots are saved to the photo library of your "
                "own phone. They are never uploaded to our servers."), "en"),
    (_EN.format("Scanned pages go to the camera roll on this tablet. These are not uploaded "
                "anywhere by the app."), "en"),
    (_ZH.format("您拍摄的照片会保存在手机相册中。它们不会上传到我们的服务器。"), "zh"),
])
def test_data_a_pronoun_in_the_next_sentence_keeps_on_the_device(
        analyser: Analyser, text: str, lang: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert "user_content" not in _terms(result, "data_categories")
    assert "contact" in _terms(result, "data_categories")


@pytest.mark.parametrize(("text", "lang"), [
    # the next sentence speaks of something else, or says the data is uploaded after all
    (_EN.format("When a visitor rings, the snapshots are saved to the photo library of your "
                "own phone and to our cloud. Your Wi-Fi password is never uploaded."), "en"),
    (_EN.format("When a visitor rings, the snapshots are saved to the photo library of your "
                "own phone. They are processed on your device first and are then uploaded to "
                "our servers."), "en"),
    (_ZH.format("您拍摄的照片会保存在手机相册中，并同步到云端。此外，您的通讯录不会上传。"), "zh"),
])
def test_data_said_to_be_uploaded_is_still_collected(
        analyser: Analyser, text: str, lang: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert "user_content" in _terms(result, "data_categories")


@pytest.mark.parametrize(("text", "lang"), [
    # the data of a child the service itself records or keeps
    ("# Story time privacy\n\n## What we collect\n\nWe record your child's voice while they "
     "read aloud, so the app can follow along.\n", "en"),
    ("# Little Chef privacy\n\n## Information we collect\n\n- Child's nickname and age band "
     "(entered by the parent)\n- Recipes the child has cooked\n", "en"),
    ("# Maths club privacy\n\n## Information we hold\n\n- A child profile for each pupil, "
     "set up by the class teacher\n", "en"),
    ("# 儿童个人信息保护规则\n\n您点击同意，即表示您同意我们按照本规则收集、使用您监护的儿童的"
     "个人信息。\n", "zh"),
])
def test_data_of_a_child_the_service_keeps(analyser: Analyser, text: str, lang: str) -> None:
    assert "minor_under_14" in _terms(analyser.analyse(text, lang=lang), "sensitive_categories")


@pytest.mark.parametrize(("text", "lang"), [
    ("# Reading app\n\nIf we learn that we have collected a child's personal information "
     "without a parent's consent, we delete it.\n", "en"),
    ("# Reading app\n\nWe do not record your child's voice at any time.\n", "en"),
    ("# Reading app\n\nParents can ask what we hold about them by writing to us.\n", "en"),
])
def test_no_data_of_a_child_kept(analyser: Analyser, text: str, lang: str) -> None:
    assert "minor_under_14" not in _terms(analyser.analyse(text, lang=lang),
                                          "sensitive_categories")


@pytest.mark.parametrize(("text", "lang", "term"), [
    # a handler that trains its models on the content receives it
    ("# Help centre\n\n## Does Quill use my data?\n\nOn the free plan, your conversations may "
     "be used to improve our models. You can turn this off in Settings.\n", "en",
     "user_content"),
    ("# 语音输入帮助\n\n我们可能会使用您的语音数据来训练和改进语音识别模型，您可以在设置中关闭。\n",
     "zh", "voice"),
])
def test_content_the_models_are_trained_on_is_received(
        analyser: Analyser, text: str, lang: str, term: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert result["model_training"]["value"] == "yes"
    assert term in _terms(result, "data_categories")


def test_content_the_models_are_not_trained_on_is_not_read_from_the_denial(
        analyser: Analyser) -> None:
    text = "# Help centre\n\nWe never use your conversations to train our models.\n"
    result = analyser.analyse(text, lang="en")
    assert result["model_training"]["value"] == "no"
    assert "user_content" not in _terms(result, "data_categories")

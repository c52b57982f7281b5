"""Document terms on wordings found by helper J's blind probes on excerpts of REAL Chinese notices
(session 9): 隐私政策 / 个人信息保护政策 / 儿童个人信息保护规则 of apps and AI services, the golds
written before the analyser read them. The fixtures are sentences written for the project (the
real text stays outside the repository); each test holds the general shape behind a miss, with
other wordings of it (positives and negatives)."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(analyser: Analyser, field: str, heading: str, sentence: str) -> set[str]:
    result = analyser.analyse(heading + "\n\n" + sentence)
    return {x["term"] for x in result[field]}


def _training(analyser: Analyser, heading: str, sentence: str) -> str:
    return str(analyser.analyse(heading + "\n\n" + sentence)["model_training"]["value"])


@pytest.mark.parametrize(("sentence", "value"), [
    # a denial whose object is named after 对 ("不会对 … 进行分析或用于训练"), however long the
    # object, and whatever follows after a turn
    ("我们不会对该等服务处理的用户输入内容进行分析或用于训练。", "no"),
    ("我们不会对通过第三方接口处理的您的对话进行分析或用于训练，但可能会临时保存对话记录以便您回看。",
     "no"),
    ("本应用绝不对您上传的照片进行标注或用于模型训练。", "no"),
    # (a denial of something else before a use is no denial of the use)
    ("我们不对您上传的图片作任何保存，并会使用您的对话训练模型。", "yes"),
    ("我们绝不对您的对话记录进行人工审阅，但会将其用于模型训练。", "yes"),
])
def test_a_denial_naming_its_object_after_dui(analyser: Analyser, sentence: str,
                                              value: str) -> None:
    assert _training(analyser, "三、我们如何使用信息", sentence) == value


@pytest.mark.parametrize(("sentence", "value"), [
    # improving "our AI <service/product/…>" is improving a service, not training a model
    ("• 提供、维护和改进我们的AI图像生成服务", "not_stated"),
    ("我们使用收集的信息来改进我们的AI服务。", "not_stated"),
    ("我们会使用收集的信息优化我们的人工智能写作工具。", "not_stated"),
    # (the AI itself, or its models, is still a use)
    ("我们会使用您的对话来改进我们的AI模型和服务。", "yes"),
    ("我们会使用您的对话来改进我们的AI。", "yes"),
    ("您的提示词可能被用于优化我们的人工智能。", "yes"),
])
def test_improving_an_ai_service_is_not_training(analyser: Analyser, sentence: str,
                                                 value: str) -> None:
    assert _training(analyser, "二、我们如何使用您的信息", sentence) == value

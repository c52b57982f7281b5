"""Document terms on wordings found by the eighth probe round's Chinese set (helper F, written
blind): long notices of general assistants, AI search, agent platforms, model open platforms,
video generation, learning tablets, translation, office AI, phone and car assistants. The
fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "value"), [
    # what the models were trained on, named with a second source or before 的数据: no user content
    ("四、关于模型\n\n问知使用的大模型仅使用公开数据和经授权的语料训练。", "not_stated"),
    ("五、模型与训练\n\n我们用于模型训练的数据来自公开数据和经合法授权的数据集。", "not_stated"),
    ("五、模型与训练\n\n本产品的大模型基于公开语料及购买的数据集进行训练。", "not_stated"),
    # (the user's own content still counts)
    ("五、模型与训练\n\n我们会使用您的对话数据和反馈数据训练模型。", "yes"),
])
def test_what_the_model_was_trained_on_is_no_use_of_content(analyser: Analyser, text: str,
                                                            value: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == value

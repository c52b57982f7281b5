"""Notices in Traditional Chinese: read in Simplified, character for character (zh_script)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.zh_script import ScriptMap, build, main, original_span
from consent_ledger.paths import resources_dir


@pytest.fixture(scope="module")
def script() -> ScriptMap:
    return ScriptMap.load(resources_dir() / "lexicons" / "zh-hant.json")


def terms(result: dict, key: str) -> list[str]:
    return [item["term"] for item in result[key]]


def test_traditional_text_reads_as_simplified_with_the_same_length(script: ScriptMap) -> None:
    text = "我們蒐集您的個人資料，包括電郵地址及裝置資料，並儲存於伺服器。"
    out = script.simplified(text)
    assert out == "我们收集您的个人信息，包括邮箱地址及设备数据，并保存于服务器。"
    assert len(out) == len(text)


@pytest.mark.parametrize(("text", "traditional"), [
    ("本私隱政策說明我們如何蒐集、使用及轉移您的個人資料。", True),
    # Simplified notices hold none of the Traditional-only characters
    ("我们会收集您的手机号码、设备信息和对话内容，用于提供服务。", False),
    # a Simplified notice naming a Hong Kong company keeps its Simplified reading
    ("本政策适用于我们提供的全部服务。我们的关联公司包括智聊科技（香港）有限公司。" * 20
     + "雲聲", False),
    ("We collect your e-mail address.", False),
    ("", False),
])
def test_only_a_text_in_traditional_script_is_converted(script: ScriptMap, text: str,
                                                        traditional: bool) -> None:
    assert script.is_traditional(text) is traditional


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("我們個人資料蒐集電郵網路軟體複製登出abc 。，\n"),
               max_size=200))
def test_conversion_always_keeps_every_offset(text: str) -> None:
    script = ScriptMap.load(resources_dir() / "lexicons" / "zh-hant.json")
    assert len(script.simplified(text)) == len(text)


def test_computing_terms_that_mean_something_else_in_a_notice_are_not_rewritten(
        script: ScriptMap) -> None:
    # 複製 is the right to a copy (复制), 登出 is logging out (not 注销, closing the account)
    assert script.simplified("您有權查閱及複製您的資料") == "您有权查阅及复制您的数据"
    assert script.simplified("登出帳戶") == "登出帐户"


def test_a_mapping_that_changes_lengths_is_refused() -> None:
    with pytest.raises(ValueError, match="keep lengths"):
        ScriptMap({}, {"使用者": "用户"})


def test_original_span_gives_the_words_as_written() -> None:
    written, read = "雲聲科技有限公司", "云声科技有限公司"
    assert original_span(written, read, "云声科技") == "雲聲科技"
    assert original_span(written, read, "不在其中") == "不在其中"


def test_the_table_is_built_reproducibly_from_opencc_style_dictionaries(tmp_path: Path) -> None:
    (tmp_path / "TSCharacters.txt").write_text("們\t们\n資\t资\n乾\t干 乾\n訊\t讯\n錄\t录\n",
                                                encoding="utf-8")
    (tmp_path / "HKVariantsRev.txt").write_text("裡\t裏\n", encoding="utf-8")
    (tmp_path / "TWVariantsRev.txt").write_text("", encoding="utf-8")
    (tmp_path / "TWPhrasesRev.txt").write_text("資料\t數據\n使用者\t用戶\n複製\t拷貝\n通訊\t通信\n",
                                                encoding="utf-8")
    data = build(tmp_path)
    # the first reading; a regional variant goes to the standard character (裡 -> 裏)
    assert data["chars"] == {"們": "们", "資": "资", "乾": "干", "裡": "裏", "訊": "讯",
                             "錄": "录"}
    # same-length phrases only, and not the computing terms (複製)
    # (the fake table knows no 數/據, so the phrase's target stays as the dictionary wrote it)
    # the project's own phrases where the table reads them otherwise: 通訊錄 reads 通讯录 by its
    # characters, but the shorter phrase 通訊 -> 通信 inside it would make it 通信录
    assert data["phrases"] == {"資料": "數據", "通訊": "通信", "個人資料": "个人信息",
                               "蒐集": "收集", "預設": "默认", "個人化": "个性化", "電郵": "邮箱",
                               "推介": "推荐", "私隱": "隐私", "上載": "上传", "紀錄": "记录",
                               "通訊錄": "通讯录"}
    out = tmp_path / "out.json"
    assert main([str(tmp_path), str(out)]) == 0
    first = out.read_bytes()
    assert main([str(tmp_path), str(out)]) == 0
    assert out.read_bytes() == first
    assert json.loads(first) == data


def test_a_hong_kong_notice_reads_like_its_simplified_twin(analyser: Analyser,
                                                           data_dir: Path) -> None:
    text = (data_dir / "zh_hant_hk.md").read_text(encoding="utf-8")
    r = analyser.analyse(text)
    assert r["language"] == "zh"
    # words quoted from the notice are given as it wrote them
    assert r["title"] == "雲聲助理 私隱政策（香港版）"
    assert r["handler"]["names"] == ["雲聲科技（香港）有限公司"]
    assert r["handler"]["emails"] == ["privacy@yunsheng.hk"]
    assert r["effective_date"] == "2026-05-12"
    assert {"contact", "user_content", "voice", "device"} <= set(terms(r, "data_categories"))
    assert r["model_training"] == {"value": "yes", "opt_out": True,
                                   "evidence": r["model_training"]["evidence"]}
    assert r["cross_border"]["value"] == "yes"
    assert r["retention"]["stated"] and "180日" in r["retention"]["periods"]
    assert {"access", "correct"} <= set(terms(r, "rights"))
    assert r["minors"]["minimum_age"] == 18
    # offsets are offsets into the text as written
    for clause in r["clauses"]:
        assert 0 <= clause["start"] < clause["end"] <= len(text)
    training = r["clauses"][r["model_training"]["evidence"][0]]
    assert "訓練" in text[training["start"]:training["end"]]

"""Document terms on shapes found by reading real Chinese app-notice sentences (session 9): the
CAPP-130 sentences (Apache-2.0), read field by field against what the analyser says. The fixtures
are sentences written for the project, not the corpus's text."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("sentence", "age"), [
    # an age given with 低于 / 小于 / 不足, below which the service is closed
    ("改版后，如果您的年龄低于16周岁，将无法注册本应用。", 16),
    ("年龄小于18岁的用户不能使用本服务。", 18),
    ("本产品对年龄不足14周岁的用户不提供服务。", 14),
    # (not one part of the service)
    ("对于年龄低于18周岁的用户，我们不提供付费服务。", None),
])
def test_a_chinese_age_below_which_the_service_is_closed(analyser: Analyser, sentence: str,
                                                         age: int | None) -> None:
    result = analyser.analyse("七、其他\n\n" + sentence, lang="zh")
    assert result["minors"]["value"] is True
    assert result["minors"]["minimum_age"] == age


@pytest.mark.parametrize("sentence", [
    # a check of the request and round-the-clock service are no periods of keeping
    "如您希望删除您的其他个人信息，请联系我们，我们将在10日内完成核查和处理。",
    "您可以授权我们保存您的人脸信息，以便提供7*24小时的刷脸登录服务。",
])
def test_chinese_times_that_are_no_retention_period(analyser: Analyser, sentence: str) -> None:
    result = analyser.analyse("五、我们如何保存您的个人信息\n\n" + sentence, lang="zh")
    assert result["retention"]["periods"] == []


@pytest.mark.parametrize(("sentence", "lang", "category"), [
    # a call recorded is the caller's voice
    ("如果您通过电话联系我们，为保证服务质量，您的通话可能会被录音。", "zh", "voice"),
    ("Calls to our help line may be recorded for quality purposes.", "en", "voice"),
    ("If you phone us, we may record the call.", "en", "voice"),
    # what the user fills in on their profile is given to the service
    ("为了维护您的基本资料，您可以填写您的头像、昵称和个人简介。", "zh", "account"),
    ("您可以完善您的企业邮箱和手机号码等基本信息。", "zh", "contact"),
])
def test_recorded_calls_and_filled_in_profiles_are_collected(analyser: Analyser,
                                                              sentence: str, lang: str,
                                                              category: str) -> None:
    result = analyser.analyse(sentence, lang=lang)
    assert category in {c["term"] for c in result["data_categories"]}


def test_a_call_not_recorded_is_no_voice(analyser: Analyser) -> None:
    result = analyser.analyse("We do not record your calls.", lang="en")
    assert "voice" not in {c["term"] for c in result["data_categories"]}


def test_taiwans_records_and_address_book_read_as_their_simplified_words(
        analyser: Analyser) -> None:
    # 紀錄 is a record (记录, not 纪录) and 通訊錄 an address book (通讯录, not 通信录 through the
    # phrase 通訊 -> 通信)
    result = analyser.analyse("二、我們蒐集的個人資料\n\n我們會蒐集您的通訊錄、瀏覽紀錄與交易紀錄。")
    assert {"contacts_social", "usage_logs", "financial"} <= {
        c["term"] for c in result["data_categories"]}


@pytest.mark.parametrize(("sentence", "stated"), [
    ("如果您删除账户，我们将在合理期限内删除您的个人信息。", True),
    ("一旦请求完成，资料会立即从我们的系统中删除。", True),
    # a notice period before a change takes effect is no period of keeping
    ("修改后的协议将在公示7日后生效。", False),
])
def test_chinese_events_of_deletion_and_a_period_before_a_change(analyser: Analyser,
                                                                 sentence: str,
                                                                 stated: bool) -> None:
    result = analyser.analyse("五、我们如何保存您的个人信息\n\n" + sentence, lang="zh")
    assert result["retention"]["stated"] is stated


@pytest.mark.parametrize(("sentence", "rights"), [
    # the handler changing its own agreement is no right of the user's
    ("我们有权修改本协议，修改后的协议将在公示7日后生效。", set()),
    ("您可以随时修改您的昵称和头像。", {"correct"}),
    # cancelling a paid plan is no objection to processing; unsubscribing from mail is
    ("您可随时通过购买渠道管理或取消订阅。", set()),
    ("如果您不希望收到营销邮件，可以随时取消订阅。", {"restrict_object"}),
])
def test_chinese_changes_and_subscriptions_that_are_or_are_not_rights(
        analyser: Analyser, sentence: str, rights: set[str]) -> None:
    result = analyser.analyse("十、您的权利\n\n" + sentence, lang="zh")
    assert {r["term"] for r in result["rights"]} == rights


@pytest.mark.parametrize(("sentence", "value"), [
    # a place followed by 以外 is abroad
    ("您的信息将存储在中国大陆以外地区的服务器上。", "yes"),
    ("我们会将您的信息存储在中国大陆以外的地区。", "yes"),
    ("您的信息存储在中国大陆境内。", "no"),
    # the user abroad, and the law there, is no transfer
    ("若您身处中国大陆以外地区（如欧盟），亦可能依当地法律享有相应权利。", "not_stated"),
    ("如果您位于中国境内以外的地区，我们会将您的信息传输至新加坡的服务器。", "yes"),
])
def test_chinese_places_outside_the_mainland(analyser: Analyser, sentence: str,
                                             value: str) -> None:
    assert analyser.analyse(sentence, lang="zh")["cross_border"]["value"] == value


@pytest.mark.parametrize(("text", "lang", "category"), [
    # a table of the information and what it is for lists data the handler has
    ("| 信息 | 用途 | 存在哪里 |\n|---|---|---|\n| 匿名设备标识（随机 uid） | 识别会员权益 | 服务器 |",
     "zh", "device"),
    ("| Data | Purpose | Where it is stored |\n|---|---|---|\n| Email address | Login codes | "
     "Our servers |", "en", "contact"),
])
def test_a_table_of_information_and_its_purpose_lists_data_held(analyser: Analyser, text: str,
                                                                lang: str,
                                                                category: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert category in {c["term"] for c in result["data_categories"]}

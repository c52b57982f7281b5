"""Document terms on wordings from the fifth round of probe notices (helper A): data and
sensitive categories, purposes and rights. The fixtures are sentences written for the project."""

from __future__ import annotations

from typing import Any

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict[str, Any], field: str) -> set[str]:
    return {item["term"] for item in result[field]}


# --- data categories: where a notice says what it holds ---------------------------------------

def test_a_purpose_column_named_why(analyser: Analyser) -> None:
    text = ("个人信息保护指引\n\n| 环节 | 涉及的个人信息 | 为什么需要 | 存多久 |\n|---|---|---|---|\n"
            "| 授权核验 | 姓名、身份证号 | 防止他人冒用你的肖像 | 核验完成后删除 |\n"
            "| 充值 | 订单编号、付款方式 | 完成结算并开具发票 | 3年 |")
    result = analyser.analyse(text)
    assert {"security", "payment"} <= _terms(result, "purposes")
    english = ("Privacy notice\n\n| Data | Why we need it |\n|---|---|\n"
               "| Card details | Charge your plan and keep invoices |")
    assert "payment" in _terms(analyser.analyse(english), "purposes")


def test_items_under_a_lead_in_that_names_purposes(analyser: Analyser) -> None:
    text = ("隐私条款\n\n第四条 使用目的\n我们处理上述信息的目的在于：\n"
            "1. 实现录音转写、说话人区分与纪要生成；\n2. 向管理员提供团队的用量报表；\n"
            "3. 检测并拦截入会的可疑行为；\n4. 依照监管部门的要求留存必要的记录。")
    assert {"provide_service", "analytics", "security", "legal"} <= _terms(
        analyser.analyse(text), "purposes")


@pytest.mark.parametrize(("text", "purposes"), [
    ("隐私声明\n\n以上遥测数据用于排查插件缺陷、衡量补全质量。", {"support", "analytics"}),
    ("Privacy notice\n\nThis information is used for debugging and to compute aggregate product "
     "metrics.", {"support", "analytics"}),
])
def test_what_data_is_used_for(analyser: Analyser, text: str, purposes: set[str]) -> None:
    assert purposes <= _terms(analyser.analyse(text), "purposes")


@pytest.mark.parametrize(("text", "categories"), [
    ("指引\n\n## 你使用本产品时自动产生的信息\n\n- 设备信息：手机型号、操作系统\n"
     "- 大致位置：依据IP地址判断的省份", {"device", "location"}),
    ("儿童隐私保护声明\n\n## 我们需要孩子的哪些信息？\n\n* 孩子对着学习机说出的问题、跟读的音频；\n"
     "* 作业完成情况、每日学习时长；", {"user_content", "voice", "usage_logs"}),
    ("Privacy notice\n\n## What reaches us\n\n**Billing.** Company address, VAT number and "
     "monthly invoices.", {"financial"}),
    ("Privacy policy\n\n## Information you hand to us\n\n- Contact and profile details: name, "
     "email, username, profile picture.", {"contact", "account"}),
])
def test_headings_that_name_data_held(analyser: Analyser, text: str,
                                      categories: set[str]) -> None:
    assert categories <= _terms(analyser.analyse(text), "data_categories")


def test_a_heading_on_something_else_names_no_data(analyser: Analyser) -> None:
    text = ("儿童隐私保护声明\n\n## 谁能看到孩子的信息？\n\n只有绑定的家长和孩子本人能看到学习记录。")
    assert "usage_logs" not in _terms(analyser.analyse(text), "data_categories")


def test_faq_answers_under_a_question_on_what_is_kept(analyser: Analyser) -> None:
    text = ("隐私问答\n\n**问：我在这里搜的东西，你们会存下来吗？**\n\n"
            "答：会。你的搜索问句和追问都会保存在你的搜索历史里。\n\n"
            "**问：注册需要什么？**\n\n答：手机号即可。\n\n"
            "**问：怎么删掉搜索历史？能把它们带走吗？**\n\n答：你可以在账号页查看，并联系客服。")
    result = analyser.analyse(text)
    categories = _terms(result, "data_categories")
    assert {"user_content", "contact"} <= categories
    assert "account" not in categories  # (the last answer is under no question on data held)


@pytest.mark.parametrize(("text", "categories"), [
    ("Privacy at Murmur\n\nMurmur records audio of meetings it joins, including what other "
     "participants say.", {"voice"}),
    ("Privacy\n\nWhen you connect Google Calendar, Murmur reads event titles and the guest list "
     "(names and email addresses of invitees).", {"contact", "contacts_social"}),
    ("学习机隐私声明\n\n绑定学习机时，我们需要家长的手机号码和微信昵称，以便推送学习周报。",
     {"contact", "contacts_social"}),
    ("会议助手隐私条款\n\n若您开启声音识别，我们会为您单独建立声纹档案，仅用于标注您的发言。",
     {"biometric"}),
    ("编程助手隐私声明\n\n专业版订阅通过第三方收银台完成，我们留存发票抬头、税号和订阅状态。",
     {"financial"}),
])
def test_collecting_verbs_records_reads_needs_builds_keeps(analyser: Analyser, text: str,
                                                           categories: set[str]) -> None:
    assert categories <= _terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize(("text", "categories"), [
    ("Quillcode privacy\n\nThe extension reports events such as suggestion shown, along with "
     "the IDE product and build number. Exceptions are reported with their stack traces.",
     {"usage_logs", "device"}),
    ("Console privacy\n\nWe collect the referring URL, browser build and screen size, and an "
     "approximate region derived from the connecting IP.", {"usage_logs", "device", "location"}),
    ("Northwind privacy\n\nWe receive the text your application submits and the completions we "
     "return.", {"user_content"}),
    ("码灵隐私声明\n\n插件会读取光标附近的代码上下文、当前标签页中的文件片段并随请求上报遥测数据。",
     {"user_content", "usage_logs"}),
    ("会议助手\n\n我们会收集会议的逐字稿、发言内容和纪要。", {"user_content"}),
])
def test_coding_and_platform_data_words(analyser: Analyser, text: str,
                                        categories: set[str]) -> None:
    assert categories <= _terms(analyser.analyse(text), "data_categories")


def test_a_vocal_embedding_is_biometric(analyser: Analyser) -> None:
    text = ("Lumora privacy\n\nIf you create a Voice Twin we collect a read-aloud recording and "
            "compute a vocal embedding from it.")
    result = analyser.analyse(text)
    assert {"voice", "biometric"} <= _terms(result, "data_categories")
    assert "biometric" in _terms(result, "sensitive_categories")


def test_a_card_number_that_stays_with_the_payment_processor(analyser: Analyser) -> None:
    text = ("Privacy notice\n\nWe collect the card brand and expiry (the full card number stays "
            "with our payment processor).")
    result = analyser.analyse(text)
    assert "financial" in _terms(result, "data_categories")
    assert "financial_account" not in _terms(result, "sensitive_categories")


# --- rights -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rights"), [
    ("隐私政策\n\n## 四、您如何行使个人信息权益\n\n### 1. 查看与摘录\n"
     "您可以在历史对话中浏览和摘录您的全部对话。\n\n"
     "### 3. 清除\n您可以在设置中一键清除全部历史。\n\n"
     "### 4. 收回授权\n您可以在手机系统设置中关闭相机权限，以收回您的授权。",
     {"access", "delete", "withdraw_consent"}),
    ("隐私声明\n\n## 您对自己数据的控制\n\n1. 调阅：在控制台查看我们保存的账户资料；\n"
     "2. 纠错：账户资料有误时可自行修正；\n"
     "4. 携出：以 JSON 格式导出您的补全历史，便于迁移到其他工具；",
     {"access", "correct", "copy", "portability"}),
    ("儿童隐私保护声明\n\n家长可以在家长端随时查看孩子的学习记录，纠正孩子资料中的错误。",
     {"access", "correct"}),
    ("隐私问答\n\n答：在搜索历史页，左滑可以删除单条。你也可以申请一份包含全部搜索历史的压缩包。"
     "若你对处理结果不满意，可以向有管辖权的人民法院提起诉讼。", {"delete", "copy", "complain"}),
])
def test_chinese_rights_wordings(analyser: Analyser, text: str, rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


@pytest.mark.parametrize(("text", "rights"), [
    ("Privacy notice\n\nAccount holders can view and edit their Console profile, pull an export "
     "of their organisation's usage, and close the organisation.",
     {"access", "correct", "copy", "deregister_account"}),
    ("Privacy policy\n\n## Your controls\n\n- Request a download of everything we hold about you."
     "\n- California residents have the right to limit our use of sensitive personal "
     "information.", {"copy", "restrict_object"}),
    ("Privacy\n\nFrom Settings you can see all recordings you own, delete them and download "
     "transcripts.", {"access", "delete", "copy"}),
])
def test_english_rights_wordings(analyser: Analyser, text: str, rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


def test_the_handlers_deleting_is_no_right(analyser: Analyser) -> None:
    text = "Privacy notice\n\nAs a processor, we retain data until the controller tells us to delete it."
    assert "delete" not in _terms(analyser.analyse(text), "rights")
    text = "隐私政策\n\n我们可能无法立即从备份系统中删除相应的信息，直到备份可以清除或实现匿名化。"
    assert "delete" not in _terms(analyser.analyse(text), "rights")


# --- purposes ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "purposes"), [
    ("隐私政策\n\n## 二、我们如何使用这些信息\n\n1. 在取得您同意后，向您推送活动资讯与优惠信息；\n"
     "2. 答复您的意见反馈与客诉。", {"marketing", "support"}),
    ("Privacy notice\n\n## Why we process it\n\n- run inference and return results;\n"
     "- meter usage and invoice you;\n- keep the books our tax authorities ask for;\n"
     "- tell you about new models.", {"provide_service", "payment", "legal", "marketing"}),
    ("Privacy policy\n\nWe use information to render your creations, to filter prohibited "
     "content, to send product updates if you opted in, and to meet our obligations under the "
     "law.", {"provide_service", "security", "marketing", "legal"}),
])
def test_purpose_wordings(analyser: Analyser, text: str, purposes: set[str]) -> None:
    assert purposes <= _terms(analyser.analyse(text), "purposes")


def test_words_that_only_look_like_purposes(analyser: Analyser) -> None:
    text = ("Privacy notice\n\nThe content providers may share this information with circulation "
            "auditors and use it to fulfil your order.")
    assert "legal" not in _terms(analyser.analyse(text), "purposes")
    text = "隐私政策\n\n为了您成功使用该优惠券，我们需要收集您的手机号码以验证相关信息。"
    assert "marketing" not in _terms(analyser.analyse(text), "purposes")


# --- second batch: companions, children's notices, bilingual and enterprise notices -----------

@pytest.mark.parametrize(("text", "categories"), [
    ("陪伴应用规则\n\n## 一、你会交给暖暖什么\n\n1. 你和暖暖之间的聊天，包括文字、语音消息和你发来的照片；\n"
     "2. 你主动告诉暖暖的心事，这些内容可能反映你的身心健康状况。", {"user_content", "voice", "health"}),
    ("Children's notice\n\n## What the child shares\n\n* Questions the child types or says to the "
     "owl\n* Pictures of worksheets the child snaps\n* Reading-aloud recordings used to score "
     "fluency\n\n## What we learn from use\n\nLesson progress, streaks and time on task.",
     {"user_content", "voice", "usage_logs"}),
    ("Copilot privacy\n\n## Data Helix handles for your organisation\n\nPrompts and responses, and "
     "your name as it appears in your organisation's directory.", {"user_content", "contact"}),
])
def test_parts_named_by_what_the_user_gives_or_the_service_handles(
        analyser: Analyser, text: str, categories: set[str]) -> None:
    assert categories <= _terms(analyser.analyse(text), "data_categories")


def test_mental_health_confided_to_a_companion(analyser: Analyser) -> None:
    text = ("Kindred privacy\n\n## What we hold\n\nPeople often confide loneliness or mental-health "
            "struggles to their companion.")
    result = analyser.analyse(text)
    assert "health" in _terms(result, "data_categories")
    assert "health" in _terms(result, "sensitive_categories")


def test_a_payment_account_the_payment_institution_handles(analyser: Analyser) -> None:
    text = ("个人信息处理规则\n\n开通会员需完成支付，我们会保存支付订单与会员有效期；"
            "你的支付账户信息由支付机构处理，我们无法获取。")
    result = analyser.analyse(text)
    assert "financial" in _terms(result, "data_categories")
    assert "financial_account" not in _terms(result, "sensitive_categories")


@pytest.mark.parametrize(("text", "purposes"), [
    ("陪伴应用\n\n情绪倾向仅用于调整暖暖的回复语气，不会提供给任何第三方。", {"personalization"}),
    ("翻译助手隐私政策\n\n## 2. 信息的用途\n\n- 根据您的术语库和历史选择优化译文措辞；\n"
     "- 发送账单和续费提醒。", {"personalization", "payment"}),
    ("Kindred privacy\n\nKindred uses what you tell it to answer in character and to remember "
     "what matters to you.", {"personalization"}),
])
def test_personalising_and_billing_purposes(analyser: Analyser, text: str,
                                            purposes: set[str]) -> None:
    assert purposes <= _terms(analyser.analyse(text), "purposes")


@pytest.mark.parametrize(("text", "rights"), [
    ("Children's notice\n\nFrom the dashboard a parent can:\n1. review everything the child has "
     "said to the owl;\n2. have the child's information deleted;\n3. refuse further collection.",
     {"access", "delete", "restrict_object"}),
    ("Kindred privacy\n\nYou can wipe your companion's memory. With your permission we may use "
     "snippets to improve our models; you can revoke that permission in Privacy settings.",
     {"delete", "withdraw_consent"}),
    ("陪伴应用\n\n## 五、你可以怎么做\n\n- 对情绪识别这一自动化处理提出拒绝。", {"restrict_object"}),
    ("Copilot privacy\n\n## Your rights as an employee\n\nRequests to see or erase your data "
     "should go to your employer.", {"access", "delete"}),
])
def test_rights_of_parents_companions_and_employees(analyser: Analyser, text: str,
                                                    rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


# --- third batch: large assistants, answer engines, writing apps -------------------------------

def test_an_assistant_hub_in_the_style_of_a_large_platform(analyser: Analyser) -> None:
    text = ("Assistant Privacy Hub\n\n## What the assistant collects\n\nOrbit collects your chats "
            "(including recordings of your Orbit Live voice sessions), related product usage info "
            "and info about your location, such as Home or Work addresses in your account.\n\n"
            "## Managing your data\n\n* Review and delete your activity at any time.\n\n"
            "## Keeping chats\n\nChats are kept for up to 72 hours so we can provide the service.")
    result = analyser.analyse(text)
    assert {"user_content", "voice", "usage_logs", "contact"} <= _terms(result, "data_categories")
    assert {"access", "delete"} <= _terms(result, "rights")
    assert "provide_service" in _terms(result, "purposes")


def test_a_statement_about_the_handlers_data_management_is_no_right(analyser: Analyser) -> None:
    text = "Privacy notice\n\n## How we manage your data\n\nWe delete your activity after 90 days."
    assert "delete" not in _terms(analyser.analyse(text), "rights")


def test_an_answer_engine_states_its_purposes(analyser: Analyser) -> None:
    text = ("Answers privacy\n\n## How we use information\n\nWe use the information to generate "
            "answers and fetch sources; to show you topics related to your past threads; to keep "
            "spam and scraping off the service; and to understand which features people use.")
    assert {"provide_service", "personalization", "security", "analytics"} <= _terms(
        analyser.analyse(text), "purposes")


def test_what_a_browser_extension_sends(analyser: Analyser) -> None:
    text = ("Answers privacy\n\n## Information from your browser extension\n\nThe extension can "
            "send us the URL and visible text of the tab you ask about.")
    assert {"user_content", "usage_logs"} <= _terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize(("text", "field", "term"), [
    ("隐私政策\n\n我们会收集您的输入信息与输出信息，用于向您提供问答服务。", "data_categories",
     "user_content"),
    ("隐私政策\n\n友盟统计SDK会收集设备标识符和应用使用时长。", "data_categories", "usage_logs"),
    ("隐私政策\n\n你可以随时在设置中查看和导出你的全部稿件。", "rights", "copy"),
])
def test_platform_wordings_in_chinese(analyser: Analyser, text: str, field: str,
                                      term: str) -> None:
    assert term in _terms(analyser.analyse(text), field)


# --- fourth batch: Brazil's LGPD, plain-text articles ------------------------------------------

def test_lgpd_rights_of_the_data_subject(analyser: Analyser) -> None:
    text = ("Privacy notice for Brazil\n\n## Rights of the data subject\n\nAs a data subject you "
            "may obtain from us: confirmation of the existence of processing; access to the data; "
            "correction of incomplete data; anonymization, blocking or elimination of unnecessary "
            "or excessive data; portability of the data to another service provider; and "
            "revocation of consent.")
    assert {"access", "correct", "delete", "restrict_object", "portability",
            "withdraw_consent"} <= _terms(analyser.analyse(text), "rights")


def test_lgpd_table_and_purposes(analyser: Analyser) -> None:
    text = ("Privacy notice for Brazil\n\n## Personal data we process\n\n"
            "| Data | Examples | Legal basis |\n|---|---|---|\n"
            "| Registration data | name, CPF, e-mail | contract |\n"
            "| Interaction data | messages exchanged with the assistant, uploaded spreadsheets | "
            "contract |\n\n## Purposes\n\nRegistration data is used to issue invoices. Interaction "
            "data is used to produce the analyses you request. Navigation data is used to comply "
            "with the law.")
    result = analyser.analyse(text)
    assert {"government_id", "user_content"} <= _terms(result, "data_categories")
    assert {"payment", "provide_service", "legal"} <= _terms(result, "purposes")


_ARTICLES = ("个人信息保护规则\n\n第三条 本公司处理的个人信息包括：\n（一）用户身份信息：姓名、手机号码；\n"
             "（二）用户主动开启声纹登录的，声纹特征值。\n"
             "第四条 本公司处理前条所列个人信息，目的在于：提供内容生成服务；进行身份核验；保障网络安全；"
             "履行日志留存义务。\n第五条 用户可以撤回其同意。\n"
             "第六条 本公司可能向用户推荐相关的银行卡优惠。")


def test_items_under_an_articles_lead_in(analyser: Analyser) -> None:
    result = analyser.analyse(_ARTICLES)
    assert {"contact", "biometric"} <= _terms(result, "data_categories")
    assert "biometric" in _terms(result, "sensitive_categories")
    # (a later article is the lead-in's sibling, not one of its items)
    assert "financial_account" not in _terms(result, "sensitive_categories")


def test_purposes_that_run_on_after_a_colon_and_the_users_power(analyser: Analyser) -> None:
    result = analyser.analyse(_ARTICLES)
    assert {"provide_service", "security", "legal"} <= _terms(result, "purposes")
    assert "withdraw_consent" in _terms(result, "rights")


def test_a_colon_after_a_purpose_word_far_before_it_opens_nothing(analyser: Analyser) -> None:
    text = ("Privacy policy\n\nIf you wish to exclude your information from our direct marketing "
            "purposes, please contact us at: 17 Main Street.")
    assert "marketing" not in _terms(analyser.analyse(text), "purposes")


def test_gdpr_rights_in_plain_verbs(analyser: Analyser) -> None:
    text = ("Privacy statement\n\n## Your GDPR rights\n\nYou may obtain confirmation of whether we "
            "hold data about you and a copy of it, have inaccurate data rectified, have data "
            "erased and restrict processing.")
    assert {"access", "copy", "correct", "delete", "restrict_object"} <= _terms(
        analyser.analyse(text), "rights")


def test_a_rights_list_run_in_after_a_label(analyser: Analyser) -> None:
    text = ("Notice at collection\n\n**Your rights.** To know, delete, correct, and not to be "
            "discriminated against. Submit requests at our privacy page.")
    assert {"access", "delete", "correct"} <= _terms(analyser.analyse(text), "rights")
    other = "Notice\n\n**Our goals.** To know, delete, correct and improve our records."
    assert not _terms(analyser.analyse(other), "rights") & {"access", "delete", "correct"}


def test_a_phone_agent_reads_the_app_list_and_keeps_task_records(analyser: Analyser) -> None:
    text = ("手机助手隐私声明\n\n## 一、小禾需要哪些权限和信息\n\n"
            "**已安装应用**：为判断任务可以交给哪个应用完成，小禾会获取你手机上已安装应用的列表。\n\n"
            "**代为操作**：为了替你完成任务，小禾会读取当前应用的界面结构。\n\n"
            "**任务记录**：小禾会保存你交给它的任务记录。")
    result = analyser.analyse(text)
    assert {"device", "usage_logs"} <= _terms(result, "data_categories")
    assert "provide_service" in _terms(result, "purposes")


def test_rights_a_health_coach_lists_in_plain_words(analyser: Analyser) -> None:
    text = ("Privacy notice\n\n## What you can ask us to do\n\nYou can ask us for a copy of your "
            "data, tell us to stop using your data for research, and have your account and data "
            "removed. You can also take your health records to another provider in a standard "
            "format.\n\n## Special category data\n\nWe process health data only with your "
            "explicit consent, which you can withdraw in the app at any time.")
    assert {"copy", "delete", "deregister_account", "portability", "withdraw_consent"} <= _terms(
        analyser.analyse(text), "rights")


def test_consultation_data_in_chinese_is_health_data(analyser: Analyser) -> None:
    text = ("个人信息保护政策\n\n## 一、我们收集的信息\n\n（一）问诊信息：您描述的症状、既往史、用药情况、"
            "过敏情况，以及您上传的检验检查报告；\n（二）位置信息：您授权后获取的精确定位，用于推荐附近药房。")
    result = analyser.analyse(text)
    assert "health" in _terms(result, "data_categories")
    assert {"health", "whereabouts"} <= _terms(result, "sensitive_categories")

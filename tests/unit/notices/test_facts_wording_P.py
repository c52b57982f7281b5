"""Document terms on wordings found by the lead's joined-pages probe notices (a group's general
policy, a product's own policy and a children's rule in one file). The fixtures are sentences
written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, field: str) -> set[str]:
    return {x["term"] for x in result[field]}


@pytest.mark.parametrize(("text", "value"), [
    # a short title and a colon, then the denial: the title names the topic, the sentence denies
    ("个人信息处理规则\n\n（五）个性化与自动化决策：我们不会基于您的个人信息进行用户画像或个性化推荐，"
     "列表按发布时间排序。", False),
    ("个人信息处理规则\n\n**自动化决策：**本产品不涉及自动化决策，也不进行用户画像。", False),
    # the title's practice done, only a part of it denied
    ("个人信息处理规则\n\n个性化推荐：我们会根据您的浏览记录向您推荐内容，但不会作出对您权益有重大影响"
     "的决定。", True),
])
def test_chinese_titled_sentence_on_automated_decisions(analyser: Analyser, text: str,
                                                        value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


def test_data_sent_to_a_provider_abroad_outweighs_a_general_rule_of_keeping_data_home(
        analyser: Analyser) -> None:
    general = ("四、存储地点\n\n我们在中华人民共和国境内收集和产生的个人信息存储于境内。"
               "除专项政策另行说明外，我们不会向境外提供您的个人信息。")
    product = ("\n\n4. 境外服务\n\n当您主动选择“国际模型”频道时，您的提问内容将被发送至位于新加坡的"
               "模型服务提供方处理。")
    assert analyser.analyse(general)["cross_border"]["value"] == "no"
    assert analyser.analyse(general + product)["cross_border"]["value"] == "yes"


def test_the_handlers_own_site_abroad_is_where_data_is_kept_not_a_transfer(
        analyser: Analyser) -> None:
    # (a notice from Taiwan: data sent to its own data centre there, and not sent abroad)
    text = ("資料保存\n\n您的資料將傳送至我們位於台灣的資料中心保存，不會傳輸至境外。")
    assert analyser.analyse(text)["cross_border"]["value"] == "no"


@pytest.mark.parametrize("text", [
    "二、安全保障\n\n为保障账号安全，我们会收集您的设备型号、网络类型及 IP 地址。",
    "二、Cookie\n\n我们使用 Cookie 记住您的登录状态与语言偏好。",
])
def test_chinese_ip_address_with_a_space_and_cookies_are_usage_logs(analyser: Analyser,
                                                                   text: str) -> None:
    assert "usage_logs" in _terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize("text", [
    "What you share\n\n* **Profile.** A display name, your date of birth and an avatar image.",
    "What you share\n\n* **Profile.** Your screen name and a short bio.",
])
def test_a_display_name_is_account_data_not_contact_data(analyser: Analyser, text: str) -> None:
    categories = _terms(analyser.analyse(text), "data_categories")
    assert "account" in categories
    assert "contact" not in categories


def test_a_friends_number_picked_from_the_address_book_is_no_contact_data_of_the_user(
        analyser: Analyser) -> None:
    text = ("What you share\n\n* **Contacts you invite.** If you invite a friend, the phone number "
            "you pick from your address book (we do not upload the rest of your address book).")
    categories = _terms(analyser.analyse(text), "data_categories")
    assert "contact" not in categories
    assert "contacts_social" in categories
    own = "What you share\n\n* **Account.** Your phone number and a password."
    assert "contact" in _terms(analyser.analyse(own), "data_categories")


def test_an_overseas_recipients_own_address_is_not_the_handlers(analyser: Analyser) -> None:
    text = ("联系我们\n\n个人信息保护负责人邮箱：privacy@tingyu.example。\n\n个人信息出境告知书\n\n"
            "1. 境外接收方：Lingua Cloud Pte. Ltd.，新加坡，联系邮箱 dpo@lingua.example。")
    assert analyser.analyse(text)["handler"]["emails"] == ["privacy@tingyu.example"]


@pytest.mark.parametrize("text", [
    "| 您关心的问题 | 简要回答 |\n| --- | --- |\n| 会用我的录音训练模型吗？ | 默认不会。仅在您加入"
    "“体验改进计划”后使用 |\n",
    "二、我们如何使用个人信息\n\n对于加入“体验改进计划”的用户，我们会将经去标识化的录音片段用于训练"
    "语音识别模型。",
])
def test_an_opt_in_programme_is_a_way_out_of_training(analyser: Analyser, text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes"
    assert training["opt_out"] is True


def test_card_data_a_reseller_collects_is_no_financial_account_of_the_handler(
        analyser: Analyser) -> None:
    text = ("1. Personal data we process\n\n- **Billing:** if you subscribe, our reseller Paddle "
            "collects your payment details and tells us your country and plan; we never see your "
            "card.")
    result = analyser.analyse(text)
    assert "financial_account" not in _terms(result, "sensitive_categories")
    assert "financial" in _terms(result, "data_categories")
    own = "1. Personal data we process\n\n- **Billing:** we collect your bank account number."
    assert "financial_account" in _terms(analyser.analyse(own), "sensitive_categories")


@pytest.mark.parametrize("text", [
    "1. Personal data we process\n\n- **Notes and attachments** you create or upload.",
    "1. Personal data we process\n\nWe store your notes and files so you can reach them anywhere.",
])
def test_notes_and_attachments_are_user_content(analyser: Analyser, text: str) -> None:
    assert "user_content" in _terms(analyser.analyse(text), "data_categories")


_CCPA_TABLE = ("Notice at Collection\n\n"
               "| Category | Examples | Sources | {column} |\n| --- | --- | --- | --- |\n"
               "| Identifiers | name, email address | You | No |\n"
               "| Inferences | writing style and goals | Our analysis of your text | {answer} |\n")


@pytest.mark.parametrize(("column", "answer", "value"), [
    # collected, only not sold: a "No" under "Sold or shared" denies the sale, not the inference
    ("Sold or shared", "No", True),
    ("Disclosed for a business purpose", "No", True),
    ("Collected", "No", False),
    ("Collected", "Yes", True),
])
def test_an_inferences_row_is_denied_only_by_a_no_that_asks_about_collecting(
        analyser: Analyser, column: str, answer: str, value: bool) -> None:
    text = _CCPA_TABLE.format(column=column, answer=answer)
    assert analyser.analyse(text)["automated_decision"]["value"] is value


def test_a_step_under_a_part_titled_your_choices_is_a_right(analyser: Analyser) -> None:
    text = ("4. Your choices\n\n**Marketing e-mails.** Use the unsubscribe link in any marketing "
            "e-mail.")
    assert "restrict_object" in _terms(analyser.analyse(text), "rights")
    other = "4. Newsletters\n\nOur newsletter has an unsubscribe link at the bottom."
    assert "restrict_object" not in _terms(analyser.analyse(other), "rights")


@pytest.mark.parametrize(("text", "purpose"), [
    ("2. How we use information\n\n* To provide Quill: to rewrite and summarise the text you "
     "select.", "provide_service"),
    ("How we use it\n\nTo run your companion and remember your conversations.", "provide_service"),
    ("How we use it\n\nWe use personal data to respond to support requests.", "support"),
    ("How we use it\n\nWe send service notices and, where you allow it, product news.", "marketing"),
    ("How we use it\n\nTo show you writing tips based on what we learn about your writing style.",
     "personalization"),
    ("Legal bases\n\nWe process technical data for security and troubleshooting.", "security"),
])
def test_purposes_in_everyday_wordings(analyser: Analyser, text: str, purpose: str) -> None:
    assert purpose in _terms(analyser.analyse(text), "purposes")


def test_recipients_named_by_the_service_they_give_are_not_the_handler(analyser: Analyser) -> None:
    text = ("Privacy Policy\n\nVireo Software GmbH, Torstraße 110, 10119 Berlin (\"Vireo\") makes "
            "Vireo, a note-taking app.\n\n## 3. Recipients\n\nHosting: Hetzner Online GmbH "
            "(Germany). Billing: Paddle.com Market Ltd (United Kingdom), which acts as merchant "
            "of record.")
    assert analyser.analyse(text)["handler"]["names"] == ["Vireo Software GmbH"]


def test_the_statutes_sensory_category_row_is_no_voice_recording(analyser: Analyser) -> None:
    table = ("Categories of Personal Information We Collect\n\n| Category | Examples | Collected |\n"
             "| --- | --- | --- |\n"
             "| A. Identifiers | Contact details, such as real name and email address | YES |\n"
             "| G. Audio, electronic, sensory, or similar information | Images and audio, video or "
             "call recordings created in connection with our business activities | YES |\n")
    assert "voice" not in _terms(analyser.analyse(table), "data_categories")
    said = table + "\n\n1. What we collect\n\nWe record the voice messages you send us."
    assert "voice" in _terms(analyser.analyse(said), "data_categories")
    own = table.replace("Images and audio, video or call recordings created in connection with "
                        "our business activities", "Voice chats, photos you share with us")
    assert "voice" in _terms(analyser.analyse(own), "data_categories")


@pytest.mark.parametrize(("text", "value"), [
    ("Personalised lessons\n\nThis Application adapts the difficulty of exercises to the User's "
     "level, estimated automatically from their answers and pronunciation.", True),
    ("Scoring\n\nYour risk score is calculated automatically when you apply.", True),
    ("Language\n\nThe interface language is set automatically from your browser.", False),
])
def test_a_level_or_score_set_automatically_is_an_automated_decision(analyser: Analyser,
                                                                      text: str,
                                                                      value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


def test_rights_in_the_third_person_of_a_generator_template(analyser: Analyser) -> None:
    text = ("The rights of Users\n\nUsers have the right to do the following:\n\n"
            "*   **Access their Data.**\n*   **Verify and seek rectification.**\n")
    assert "access" in _terms(analyser.analyse(text), "rights")


def test_payment_info_in_a_list_of_data_types_is_financial(analyser: Analyser) -> None:
    text = ("Types of Data collected\n\nAmong the types of Personal Data that this Application "
            "collects there are: email address; Usage Data; payment info.")
    assert "financial" in _terms(analyser.analyse(text), "data_categories")


def test_a_product_that_uses_your_location_and_processes_your_voice(analyser: Analyser) -> None:
    text = ("What Orbit Assistant uses\n\n**Location.** Orbit Assistant uses your device's precise "
            "location when you ask for things nearby.\n\nVoice\n\nWhen you talk to Orbit "
            "Assistant, we process your voice to understand your request.")
    result = analyser.analyse(text)
    assert {"location", "voice"} <= _terms(result, "data_categories")
    assert "whereabouts" in _terms(result, "sensitive_categories")


def test_turning_off_suggestions_is_an_objection(analyser: Analyser) -> None:
    text = ("How we use it\n\nIt can suggest tasks based on your calendar. You can turn off "
            "suggestions in Settings.")
    assert "restrict_object" in _terms(analyser.analyse(text), "rights")


def test_the_english_version_of_a_chinese_notice(analyser: Analyser) -> None:
    text = ("4. Your Rights\n\n(7) to obtain a copy of your personal information and to request its "
            "transfer to another personal information processor you designate.\n\nIf you believe "
            "that our processing infringes your rights, you may file a lawsuit with the people's "
            "court with jurisdiction in Hangzhou.\n\n5. Minors\n\nThe Services are mainly intended "
            "for adults. We do not knowingly provide services to children under 14.\n\n"
            "1. How We Collect\n\n(5) Payment. When you purchase a membership, we will collect your "
            "order information.")
    result = analyser.analyse(text)
    assert {"copy", "portability", "complain"} <= _terms(result, "rights")
    assert result["minors"]["minimum_age"] == 14
    assert "financial" in _terms(result, "data_categories")


def test_a_japanese_style_notice_in_english(analyser: Analyser) -> None:
    text = ("Article 1 (Personal Information to Be Acquired)\n\nThe Company acquires the following "
            "information:\n\n1. Name, e-mail address and password entered at the time of "
            "registration\n2. Text entered into the Service and the results generated by the "
            "Service\n3. Access logs and the type of terminal and OS used\n\n"
            "Article 2 (Purpose of Use)\n\n1. To improve the accuracy of the Service's language "
            "models, using entered text from which identifiers have been removed; users may refuse "
            "such use by turning off \"Contribute to quality improvement\" in the account settings\n\n"
            "Article 6 (Requests for Disclosure, Correction, and Cessation of Use)\n\n1. When a "
            "user requests disclosure of retained personal data, the Company will disclose it "
            "without delay, in electronic form if requested.\n")
    result = analyser.analyse(text)
    assert {"contact", "account", "user_content", "usage_logs", "device"} <= _terms(
        result, "data_categories")
    assert result["model_training"]["value"] == "yes"
    assert result["model_training"]["opt_out"] is True
    assert {"access", "copy"} <= _terms(result, "rights")


@pytest.mark.parametrize("text", [
    "一、我们收集的信息\n\n1. 咨询内容：您向 AI 提出的问题、上传的文件，以及 AI 生成的回答。案情中可能包含您或他人的健康状况等敏感个人"
    "信息，请您仅提供咨询所必需的内容。",
    "一、我们收集的信息\n\n我们会收集您输入的对话内容。请勿在对话中提供病历、宗教信仰等敏感个人信息。",
])
def test_chinese_advice_not_to_share_sensitive_data_is_no_collection(analyser: Analyser,
                                                                    text: str) -> None:
    result = analyser.analyse(text)
    assert "user_content" in _terms(result, "data_categories")
    assert "health" not in _terms(result, "data_categories")
    assert not _terms(result, "sensitive_categories")
    said = "一、我们收集的信息\n\n若您咨询健康问题，您输入的症状、用药等描述属于敏感个人信息，我们仅在生成回答所必需的范围内处理。"
    assert "health" in _terms(analyser.analyse(said), "sensitive_categories")


def test_a_sparse_extension_page_that_keeps_templates_in_the_browser(analyser: Analyser) -> None:
    text = ("Privacy\n\n**What we collect.** Nothing personal. The prompt templates you save are "
            "stored in your browser's local storage and never leave your computer.")
    assert _terms(analyser.analyse(text), "data_categories") == set()


def test_wechat_authorised_profile_is_third_party_account_data(analyser: Analyser) -> None:
    text = "隐私说明\n\n1. 本小程序通过微信授权获取您的昵称和头像，用于展示您的个人主页。"
    assert "contacts_social" in _terms(analyser.analyse(text), "data_categories")


def test_stopping_training_use_on_request_is_no_objection_right(analyser: Analyser) -> None:
    text = ("How we use it\n\nWe may use your Input to train our models. If you do not want this, "
            "email privacy@example.com and we will stop using them for model optimization.")
    result = analyser.analyse(text)
    assert result["model_training"]["opt_out"] is True
    assert "restrict_object" not in _terms(result, "rights")


def test_a_setting_that_stops_training_use_is_a_way_out(analyser: Analyser) -> None:
    text = ("FAQ\n\n**Do you use my prompts and images to train your models?**\n\nYes — prompts "
            "and Creations may be used to train and improve our models. If you're on Pro, Private "
            "Generation also stops your new Creations and prompts from being used for training. On "
            "other plans, there's currently no way to opt out.")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True


@pytest.mark.parametrize(("text", "value"), [
    ("How we use it\n\nThe app tailors the daily plan based on your past results.", True),
    ("How we use it\n\nWe prioritise topics according to your reading history.", True),
    ("Cookies\n\nCookies enable us to customize our content according to your preferences.", True),
    ("What we do\n\nRecommend models and datasets on your home feed based on what you like, "
     "follow and download.", True),
    ("How we use it\n\nWe select hosting providers based on your location.", False),
    ("How we use it\n\nWe recommend that you review your settings.", False),
])
def test_a_choice_made_for_the_user_from_their_own_record_is_personalisation(
        analyser: Analyser, text: str, value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


@pytest.mark.parametrize(("text", "value"), [
    ("International transfers\n\nNothing leaves the EU.", "no"),
    ("Where data is processed\n\nOur servers are in Frankfurt. No personal data leaves Germany.",
     "no"),
    ("Transfers\n\nYour data leaves the EU when you use the US model.", "yes"),
])
def test_nothing_leaves_is_a_denial_of_transfers(analyser: Analyser, text: str,
                                                 value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


@pytest.mark.parametrize(("sentence", "age"), [
    ("Users must have reached the age of 13.", 13),
    ("You may not use Vela if you are younger than 16.", 16),
    ("Accounts are limited to adults (18+).", 18),
    ("To sign up you must be over 13.", 13),
    ("We require all users to be 18 years or older.", 18),
    ("Age requirement: 13+ (16+ in the EEA).", 13),
    ("You confirm that you are 18 or older when you create an account.", 18),
    # not a minimum age: a parent's consent below an age, a period
    ("If you are under 18, you may only use the Service with your parent's permission.", None),
    ("You must be over 18 months into your subscription to claim the reward.", None),
])
def test_general_shapes_of_an_age_gate(analyser: Analyser, sentence: str, age: int | None) -> None:
    assert analyser.analyse("Age requirements\n\n" + sentence)["minors"]["minimum_age"] == age


@pytest.mark.parametrize(("sentence", "value"), [
    ("We use your listening history to create personalised playlists for you.", True),
    ("Our system automatically flags and suspends accounts that appear to be bots.", True),
    ("The assistant remembers your preferences to make future answers more relevant to you.", True),
    ("We segment users into audiences based on their activity to show relevant offers.", True),
    ("Loan pre-approval decisions are made by an automated model.", True),
    ("Recommendations are based on what similar users have liked.", True),
    ("We analyse your writing to suggest a tone that fits your style.", True),
    ("Your home screen shows characters chosen for you from your past chats.", True),
    ("We tailor the prices of certain offers to your purchase history.", True),
    ("The app learns your daily routine and adjusts reminders to it.", True),
    # not personalisation: settings, a denial, a plain order
    ("We use cookies to remember your preferences, such as your language.", False),
    ("Search results are ranked by relevance to your query, not by your history.", False),
    ("We do not sell, rent or profile your data.", False),
    ("Results are sorted by date.", False),
])
def test_general_shapes_of_personalisation_and_automated_decisions(
        analyser: Analyser, sentence: str, value: bool) -> None:
    text = "How we use your information\n\n" + sentence
    assert analyser.analyse(text)["automated_decision"]["value"] is value


@pytest.mark.parametrize("sentence", [
    "We process your medical history when you use the symptom checker.",
    "We collect information about health conditions you choose to log.",
    "If you use cycle tracking, we store the dates you enter.",
])
def test_health_wordings_are_sensitive_as_they_are_data_categories(analyser: Analyser,
                                                                  sentence: str) -> None:
    result = analyser.analyse("Information we collect\n\n" + sentence)
    assert "health" in _terms(result, "sensitive_categories")
    assert "health" in _terms(result, "data_categories")


@pytest.mark.parametrize(("sentence", "right"), [
    ("You can see what we hold about you and fix anything that is wrong.", "access"),
    ("You can see what we hold about you and fix anything that is wrong.", "correct"),
    ("Want your data gone? Use the erase button in Settings.", "delete"),
    ("You may take back your consent whenever you like.", "withdraw_consent"),
])
def test_rights_in_everyday_words(analyser: Analyser, sentence: str, right: str) -> None:
    assert right in _terms(analyser.analyse("Your rights\n\n" + sentence), "rights")


def test_a_profile_name_is_a_name(analyser: Analyser) -> None:
    # ("file name" is no person's name; "profile name" ends with those letters)
    text = ("Information we collect\n\nIf you sign in with Google, we receive your Google profile "
            "name and email.")
    assert {"contact", "contacts_social"} <= _terms(analyser.analyse(text), "data_categories")
    files = "Information we collect\n\nWe log the file name of each upload."
    assert "contact" not in _terms(analyser.analyse(files), "data_categories")


def test_a_selfie_to_verify_the_user_is_biometric(analyser: Analyser) -> None:
    text = "Information we collect\n\nWe ask for a selfie to verify that you are the account owner."
    result = analyser.analyse(text)
    assert "biometric" in _terms(result, "data_categories")
    assert "biometric" in _terms(result, "sensitive_categories")


@pytest.mark.parametrize(("sentence", "opt_out"), [
    ("Conversations may be reviewed and used to make our assistant smarter. You can switch this "
     "off under Privacy.", True),
    ("Anonymised snippets of your chats help us teach our models to answer better.", False),
    ("We use your recordings to improve our speech recognition.", False),
])
def test_training_in_everyday_words(analyser: Analyser, sentence: str, opt_out: bool) -> None:
    training = analyser.analyse("How we use your information\n\n" + sentence)["model_training"]
    assert training["value"] == "yes"
    assert training["opt_out"] is opt_out

"""Topics and terms from shapes found in session 10, written for the project (not the corpora's
text): a clause that names how long data is kept is about retention, whatever the topic model
read in it; times that are no periods of keeping (a request's handling, a cookie's lifetime,
"keep in mind"); security cues in prose; and a bracketed exception that frees one item of a
denied list."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _topics_of(result: dict, text: str, fragment: str) -> list[str]:
    clause = next(c for c in result["clauses"] if fragment in text[c["start"]:c["end"]])
    return clause["topics"]


@pytest.mark.parametrize(("paragraph", "fragment", "period"), [
    # a sentence inside a paragraph about something else, which the models score low for
    # retention: the period it names decides
    ("Usage data. We log which pages of the forum members open so that we can tune the "
     "site. We remove the member name from these logs after 45 days.",
     "remove the member name", "45 days"),
    ("Search history. Queries are tied to a random token, not to your name. We erase the "
     "last octet of your IP address from query logs after 9 months.",
     "erase the last octet", "9 months"),
])
def test_a_sentence_naming_a_period_of_keeping_is_about_retention(
        analyser: Analyser, paragraph: str, fragment: str, period: str) -> None:
    result = analyser.analyse(paragraph, lang="en")
    assert period in result["retention"]["periods"]
    assert "retention" in _topics_of(result, paragraph, fragment)
    # (the evidence of the term is that clause)
    clause = next(c for c in result["clauses"]
                  if fragment in paragraph[c["start"]:c["end"]])
    assert clause["id"] in result["retention"]["evidence"]


def test_a_sentence_naming_no_period_gets_no_retention_from_the_terms(
        analyser: Analyser) -> None:
    text = "Newsletter. We send a digest every 2 weeks to members who asked for it."
    result = analyser.analyse(text, lang="en")
    assert result["retention"]["periods"] == []
    assert all("retention" not in c["topics"] for c in result["clauses"])


@pytest.mark.parametrize("paragraph", [
    # the time it takes to carry out the user's request
    "Marketing choices. To stop offers from our partner brands, call our help line. Please "
    "keep in mind that it can take up to six weeks to handle your request.",
    "We stop keeping your details for partner offers once you ask us to; it may take up to 3 "
    "weeks to process the request.",
    # how long a cookie lasts in the user's browser
    "Opting out sets a small opt-out cookie in your browser. That opt-out cookie will last "
    "for ten years unless you delete your cookies.",
    "Some of our ad partners' cookies are kept in your browser: they remain on your device "
    "for up to 2 years.",
])
def test_times_that_are_no_period_of_keeping(analyser: Analyser, paragraph: str) -> None:
    result = analyser.analyse(paragraph, lang="en")
    assert result["retention"]["periods"] == []
    assert result["retention"]["evidence"] == []


def test_a_request_time_gives_no_retention_topic(analyser: Analyser) -> None:
    text = ("Marketing choices. To stop offers from our partner brands, call our help line. "
            "Please keep in mind that it can take up to six weeks to handle your request.")
    result = analyser.analyse(text, lang="en")
    assert all("retention" not in c["topics"] for c in result["clauses"])


def test_keeping_a_period_after_a_request_is_still_read(analyser: Analyser) -> None:
    # (not every sentence near a request is a reply time: the handler keeps data here)
    text = ("Closed accounts. When you close your account we keep your invoices for seven "
            "years, as tax law requires.")
    result = analyser.analyse(text, lang="en")
    assert "seven years" in result["retention"]["periods"]


@pytest.mark.parametrize(("paragraph", "fragment"), [
    # a copy kept and "no longer than necessary" confirm the models' weak reading in prose
    ("You can edit your display name and bio at any time in Settings. When you edit them, "
     "we usually keep a copy of the earlier version for our records.",
     "keep a copy"),
    ("Invite a friend: we use the e-mail address you enter only to send your invitation. We "
     "do not store your friend's address for longer than necessary to send it.",
     "do not store"),
])
def test_retention_cues_in_prose(analyser: Analyser, paragraph: str, fragment: str) -> None:
    result = analyser.analyse(paragraph, lang="en")
    assert "retention" in _topics_of(result, paragraph, fragment)


@pytest.mark.parametrize(("paragraph", "fragment"), [
    # what a handler requires of its processors, and a warning about e-mail in transit, are
    # about the security of the data
    ("Payment partners. We pass your order to the card processor and the courier. We require "
     "these partners to keep your personal details secure and to use them only for our "
     "orders.", "keep your personal details secure"),
    ("Billing partners. A bank runs our store card for us and receives what is needed for "
     "it. The bank must maintain the confidentiality of the card details we pass on.",
     "maintain the confidentiality"),
    ("Writing to us. Please do not put your card number in an e-mail to us. Messages sent "
     "over the open internet can be intercepted, and we cannot promise their security in "
     "transit.", "intercepted"),
])
def test_security_cues_in_prose(analyser: Analyser, paragraph: str, fragment: str) -> None:
    result = analyser.analyse(paragraph, lang="en")
    assert "security" in _topics_of(result, paragraph, fragment)


@pytest.mark.parametrize(("text", "lang", "categories", "sensitive"), [
    # a bracketed exception after the last item of a denied list frees that item only
    ("What we collect\n\nWe do not collect: your full name, your mobile number, your "
     "contact list or your precise location (unless you turn on nearby search).", "en",
     ["location"], ["whereabouts"]),
    ("一、我们收集的信息\n\n本应用不收集：您的真实姓名、手机号、通讯录、精确位置（除非您开启附近搜索）。", "zh",
     ["location"], ["whereabouts"]),
    ("一、我们收集的信息\n\n本应用不收集：您的真实姓名、手机号、精确位置、通讯录（除非您使用好友邀请）。", "zh",
     ["contacts_social"], []),
    # (an exception outside a bracket is the whole list's)
    ("一、我们收集的信息\n\n本应用不收集：您的手机号、精确位置，除非您开启附近搜索。", "zh",
     ["contact", "location"], ["whereabouts"]),
])
def test_a_bracketed_exception_frees_one_item_of_a_denied_list(
        analyser: Analyser, text: str, lang: str, categories: list[str],
        sensitive: list[str]) -> None:
    result = analyser.analyse(text, lang=lang)
    assert [c["term"] for c in result["data_categories"]] == categories
    assert [c["term"] for c in result["sensitive_categories"]] == sensitive


@pytest.mark.parametrize(("sentence", "right"), [
    ("You can download an archive of your chats from Settings > Data controls.", "copy"),
    ("Members may download an export of their notes at any time.", "copy"),
    ("You can erase individual conversations, or all of them at once.", "delete"),
    ("You may remove single recordings from your library whenever you like.", "delete"),
    ("To remove your account, open Settings and choose Close account.", "deregister_account"),
    ("You can remove your Lumo account yourself from the profile page.", "deregister_account"),
    ("You can ask for meaningful information about the logic we use to rank you.", "explain"),
    ("You can delete individual diary entries and photos from the app.", "delete"),
    ("You can delete saved scans whenever you want.", "delete"),
    ("Email us to ask for the removal of your account.", "deregister_account"),
    ("你可以在应用内更新部分个人资料。", "correct"),
    ("您可以在系统设置中撤销本应用读取相册的权限。", "withdraw_consent"),
    ("您可以随时撤销已有的授权。", "withdraw_consent"),
    ("您可以删除单张图片，也可以删除整个账户。", "deregister_account"),
])
def test_more_ways_users_are_told_of_their_rights(analyser: Analyser, sentence: str,
                                                   right: str) -> None:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in sentence)
    heading = "五、您的权利" if zh else "Your rights and choices"
    result = analyser.analyse(heading + "\n\n" + sentence, lang="zh" if zh else "en")
    assert right in {r["term"] for r in result["rights"]}


@pytest.mark.parametrize("sentence", [
    # what the service does is no right of the user's
    "We may remove your account if you break these terms.",
    "Moderators may remove messages that break the community rules.",
    "We download an archive of the database every night for disaster recovery.",
])
def test_what_the_service_does_is_no_right(analyser: Analyser, sentence: str) -> None:
    result = analyser.analyse("Account rules\n\n" + sentence, lang="en")
    assert {r["term"] for r in result["rights"]} & {"copy", "delete", "deregister_account"} == set()


def test_the_details_of_an_account_are_not_the_account(analyser: Analyser) -> None:
    result = analyser.analyse("Your choices\n\nYou can remove your account details from a shared "
                              "device by signing out.", lang="en")
    assert "deregister_account" not in {r["term"] for r in result["rights"]}


def test_bullets_under_a_numbered_title_are_its_items(analyser: Analyser) -> None:
    # a plain text whose part titles are numbered list lines: the bullets under "4. Your
    # rights" are rights even though they start with "to …"
    text = ("3. How long we keep data\nProfiles are kept until you delete them.\n"
            "4. Your rights as a data subject\n"
            "- to get a copy of what we hold about you;\n"
            "- to take back your consent at any time;\n"
            "- to complain to a data-protection supervisory authority.\n"
            "5. Cookies\nWe only use a session cookie.\n")
    rights = {r["term"] for r in analyser.analyse(text, lang="en")["rights"]}
    assert {"copy", "withdraw_consent", "complain"} <= rights


def test_bullets_under_a_numbered_sentence_are_not_its_items(analyser: Analyser) -> None:
    # (a numbered sentence is no title: its bullets are read by themselves)
    text = ("4. We share data with these partners, who have no rights over it.\n"
            "- to complain about a payment, our bank;\n- to deliver parcels, a courier.\n")
    assert analyser.analyse(text, lang="en")["rights"] == []


def test_rights_given_to_parents_over_their_childs_data(analyser: Analyser) -> None:
    text = ("Kids and parental consent\n\n- Parents can view, update, or erase their child's "
            "information, recordings included.")
    rights = {r["term"] for r in analyser.analyse(text, lang="en")["rights"]}
    assert {"access", "correct", "delete"} <= rights


@pytest.mark.parametrize(("sentence", "category", "sensitive"), [
    ("We collect your phone's location (precise or approximate) to suggest nearby stops.",
     "location", "whereabouts"),
    ("We use your exact location to show the weather where you are.", "location",
     "whereabouts"),
    ("- Microphone data: what the child reads aloud during lessons.", "voice", None),
    ("We keep basic technical logs for debugging.", "usage_logs", None),
])
def test_more_words_for_collected_data(analyser: Analyser, sentence: str, category: str,
                                       sensitive: str | None) -> None:
    result = analyser.analyse("What we collect\n\n" + sentence, lang="en")
    assert category in {c["term"] for c in result["data_categories"]}
    if sensitive:
        assert sensitive in {c["term"] for c in result["sensitive_categories"]}


def test_data_processed_in_the_countries_where_providers_operate(analyser: Analyser) -> None:
    text = ("Where data goes\n\nYour details may be processed in countries where our hosting "
            "partners run data centres.")
    assert analyser.analyse(text, lang="en")["cross_border"]["value"] == "yes"


@pytest.mark.parametrize(("sentence", "stated", "periods"), [
    # the end of the work first, then the deletion
    ("Once the age check is completed, every selfie is permanently erased from our servers.",
     True, []),
    ("After your translation has been delivered, the uploaded file is deleted.", True, []),
    # a range of seconds or minutes
    ("Uploaded scans live about 20-40 seconds on our servers before they are deleted.", True,
     ["20-40 seconds"]),
    ("Voice clips are deleted after 15 minutes.", True, ["15 minutes"]),
    # (no deletion, or a time to answer)
    ("Once your payment is completed, we e-mail you a receipt.", False, []),
    ("We reply to most support messages within 30 minutes.", False, []),
])
def test_retention_after_the_work_is_done_and_short_periods(
        analyser: Analyser, sentence: str, stated: bool, periods: list[str]) -> None:
    result = analyser.analyse("How long we keep data\n\n" + sentence, lang="en")
    assert result["retention"]["stated"] is stated
    assert result["retention"]["periods"] == periods


def test_bullets_under_numbered_titles_two_levels_deep(analyser: Analyser) -> None:
    # a plain text whose parts are numbered lines: "3.1 …" stands under "3. 我们收集的信息",
    # and the bullets under it list collected data though no bullet has a verb
    text = ("1. 引言\n本说明介绍配音工坊如何处理个人信息。\n"
            "3. 我们收集的信息\n3.1 账户资料\n- 注册时填写的昵称和手机号码\n"
            "3.2 技术数据\n- 设备型号和系统版本\n- IP地址\n"
            "4. 信息的使用\n4.1 提供服务\n- 生成配音\n")
    terms = {c["term"] for c in analyser.analyse(text, lang="zh")["data_categories"]}
    assert {"contact", "device", "usage_logs"} <= terms


def test_an_outer_numbered_title_closes_the_inner_ones(analyser: Analyser) -> None:
    # ("4. 信息的使用" closes "3.2 技术数据": its bullets are uses, not collected data)
    text = ("3. 我们收集的信息\n3.1 技术数据\n- IP地址\n"
            "4. 我们不收集的信息\n4.1 通讯类\n- 通讯录\n- 短信内容\n")
    terms = {c["term"] for c in analyser.analyse(text, lang="zh")["data_categories"]}
    assert "usage_logs" in terms
    assert "contacts_social" not in terms


def test_a_sentence_announcing_the_list_below_is_its_lead(analyser: Analyser) -> None:
    text = ("账户\n\n当您注册账户时，我们会收集并保存以下资料，用于登录。\n"
            "- 电子邮件地址：用于找回密码。\n- 昵称：显示在个人主页。\n")
    terms = {c["term"] for c in analyser.analyse(text, lang="zh")["data_categories"]}
    assert "contact" in terms


@pytest.mark.parametrize(("sentence", "periods"), [
    ("识别任务完成后照片会立即从服务器缓存中清除。", []),
    ("您上传的照片一经处理即删除。", []),
    # a human reviewer is no check of the user's request
    ("在审核员查看之前，我们会先去除账号标识，并最多将这些副本保存 12 个月。", ["12 个月"]),
])
def test_chinese_retention_after_the_work_and_reviewers(analyser: Analyser, sentence: str,
                                                        periods: list[str]) -> None:
    result = analyser.analyse("六、我们如何保存信息\n\n" + sentence, lang="zh")
    assert result["retention"]["stated"] is True
    assert result["retention"]["periods"] == periods


def test_providing_a_country_s_content_is_no_transfer(analyser: Analyser) -> None:
    text = "关于我们\n\n本应用提供来自日本官方机构的旅游资讯。"
    assert analyser.analyse(text, lang="zh")["cross_border"]["value"] == "not_stated"
    text = "数据共享\n\n我们会将订单信息提供给位于日本的酒店合作方。"
    assert analyser.analyse(text, lang="zh")["cross_border"]["value"] == "yes"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a denial whose exception is a parent's consent: the service may hold such data
    ("Our app never knowingly gathers details of children younger than 13 without verifiable "
     "parental consent.", True),
    ("We don't knowingly gather information from kids under the age of 13 without their "
     "parent's permission.", True),
    # (a plain denial, a deletion clause, and an older age are not)
    ("Our app never knowingly gathers details of any child below 13.", False),
    ("If we learn that a child under 13 gave us data without verification of parental "
     "consent, we delete it.", False),
    ("Our app never knowingly gathers details of users younger than 18 without parental "
     "consent.", False),
])
def test_children_under_14_with_a_parents_consent(analyser: Analyser, sentence: str,
                                                  expected: bool) -> None:
    result = analyser.analyse("Children's privacy\n\n" + sentence, lang="en")
    terms = {c["term"] for c in result["sensitive_categories"]}
    assert ("minor_under_14" in terms) is expected


def test_a_table_under_a_collecting_line_lists_collected_data(analyser: Analyser) -> None:
    text = ("## 2. Assessments\n\nWhen you sit an assessment, we collect:\n\n"
            "| Kind | What | From |\n|---|---|---|\n"
            "| Identity | Full name, email address, mobile number | You |\n"
            "| Recordings | Webcam video and audio recordings | The session |\n")
    terms = {c["term"] for c in analyser.analyse(text, lang="en")["data_categories"]}
    assert {"contact", "voice"} <= terms


def test_a_table_of_the_data_shared_with_processors(analyser: Analyser) -> None:
    text = ("## Processors\n\n| Provider | Role | Data shared | Region |\n|---|---|---|---|\n"
            "| Mailer Inc. | Sending receipts | Email address, order number | Ireland |\n")
    terms = {c["term"] for c in analyser.analyse(text, lang="en")["data_categories"]}
    assert "contact" in terms


@pytest.mark.parametrize("text", [
    # 训练 of a workout is no model training
    "三、我们收集的信息\n\n- 运动资料：训练经验、训练目标、训练记录与训练计划",
    "三、我们收集的信息\n\n经您授权，我们读取步数、训练心率和睡眠时长。",
    "三、我们收集的信息\n\n健康数据：活动、训练、睡眠。",
    "三、我们收集的信息\n\n这些资料用于为您提供个性化训练与饮食建议。",
])
def test_a_workout_is_no_model_training(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text, lang="zh")["model_training"]["value"] == "not_stated"


@pytest.mark.parametrize(("text", "value"), [
    ("模型训练\n\n我们会使用您的对话内容训练模型。", "yes"),
    ("模型训练\n\n您的输入可能被用作训练数据。", "yes"),
    ("模型训练\n\n我们不会将您的数据用于训练。", "no"),
])
def test_model_training_in_chinese_is_still_read(analyser: Analyser, text: str,
                                                 value: str) -> None:
    assert analyser.analyse(text, lang="zh")["model_training"]["value"] == value


@pytest.mark.parametrize("sentence", [
    "您上传的照片会保存在我们的服务器上，直到您要求删除。",
    "识别用的截图用完即弃。",
])
def test_chinese_retention_until_the_user_asks(analyser: Analyser, sentence: str) -> None:
    assert analyser.analyse("六、存储\n\n" + sentence, lang="zh")["retention"]["stated"] is True


def test_a_lead_in_saying_the_app_will_not_ask_for_data(analyser: Analyser) -> None:
    text = ("一、我们收集的信息\n\n本应用不会在注册时要求您提供以下资料：\n- 真实姓名\n- 手机号码\n- 精确位置\n\n"
            "注册时我们会要求您提供电子邮箱地址。")
    terms = [c["term"] for c in analyser.analyse(text, lang="zh")["data_categories"]]
    assert terms == ["contact"]
    assert [e for c in analyser.analyse(text, lang="zh")["data_categories"]
            for e in c["evidence"]] == [5]


def test_imperative_items_of_a_rights_part(analyser: Analyser) -> None:
    text = ("Your controls\n\n- Take back your consent to reminders whenever you like.\n"
            "- Download or erase your diary at any time.\n- Correct your profile in Settings.\n"
            "- Export: not offered on the free plan.\n")
    rights = {r["term"] for r in analyser.analyse(text, lang="en")["rights"]}
    assert {"copy", "delete", "correct"} <= rights


def test_imperative_items_elsewhere_are_no_rights(analyser: Analyser) -> None:
    text = "How we run the service\n\n- Review reported posts within a day.\n- Update the app monthly.\n"
    assert analyser.analyse(text, lang="en")["rights"] == []


@pytest.mark.parametrize(("text", "value"), [
    # a prohibition is a denial ("terms that prohibit training on your data")
    ("Training\n\nOur own terms prohibit training any model on your notes.", "no"),
    # (prohibited content is no denial of anything)
    ("Training\n\nWe use your reports of prohibited content to train our moderation model.",
     "yes"),
])
def test_a_prohibition_of_training(analyser: Analyser, text: str, value: str) -> None:
    assert analyser.analyse(text, lang="en")["model_training"]["value"] == value


def test_data_about_the_users_pet_is_not_the_users(analyser: Analyser) -> None:
    text = ("## What we collect\n\nTo run the app we collect the following:\n"
            "3.1. Your account:\n- Email address and password.\n"
            "3.2. Your pet's profile:\n- Name, breed and weight.\n"
            "- Vet records: vaccinations, allergies and medications given.\n")
    result = analyser.analyse(text, lang="en")
    assert {c["term"] for c in result["data_categories"]} == {"contact", "account"}
    assert result["sensitive_categories"] == []


def test_a_pet_app_still_reads_the_users_own_health_data(analyser: Analyser) -> None:
    text = ("三、我们收集的信息\n\n- 宠物档案：昵称、品种、疫苗记录\n"
            "- 您本人的健康信息：为评估您的过敏情况，我们会收集您本人的过敏史。")
    terms = {c["term"] for c in analyser.analyse(text, lang="zh")["sensitive_categories"]}
    assert "health" in terms


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("三、我们收集的信息\n\n- 设备与应用诊断信息", "zh", "usage_logs"),
    ("三、我们收集的信息\n\n- 使用数据：功能使用频率、生成次数", "zh", "usage_logs"),
    ("一、我们收集的信息\n\n- 社交登录（微博、QQ）：我们会从提供方接收您的昵称。", "zh", "contacts_social"),
    ("What we collect\n\nWe keep your login e-mail and some usage metadata.", "en", "usage_logs"),
    ("What we collect\n\nWe record anonymous statistics about the app usage.", "en", "usage_logs"),
])
def test_more_words_for_usage_and_social_data(analyser: Analyser, text: str, lang: str,
                                         category: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert category in {c["term"] for c in result["data_categories"]}


@pytest.mark.parametrize(("sentence", "right"), [
    # turning a permission off in the phone's settings withdraws that consent
    ("- 您可随时在手机设置中关闭麦克风或通讯录权限。", "withdraw_consent"),
])
def test_turning_off_a_permission_withdraws_consent(analyser: Analyser, sentence: str,
                                                    right: str) -> None:
    result = analyser.analyse("五、您的权利\n\n" + sentence, lang="zh")
    assert right in {r["term"] for r in result["rights"]}


def test_kept_until_the_user_deletes_the_account(analyser: Analyser) -> None:
    result = analyser.analyse("六、数据保留\n\n- 作品：直到您删除账户。", lang="zh")
    assert result["retention"]["stated"] is True


@pytest.mark.parametrize(("sentence", "rights"), [
    ("You can view, fix, export or erase your data in Settings.", {"copy"}),
    ("Requests for access or deletion can be sent to our support team.", {"access", "delete"}),
])
def test_rights_in_a_chain_or_as_requests(analyser: Analyser, sentence: str,
                                          rights: set[str]) -> None:
    result = analyser.analyse("Your rights\n\n" + sentence, lang="en")
    assert rights <= {r["term"] for r in result["rights"]}


@pytest.mark.parametrize("sentence", [
    "Leaf photos are processed by our model and then deleted from the server.",
    "Audio clips are briefly stored for processing and immediately erased.",
])
def test_deleted_right_after_processing(analyser: Analyser, sentence: str) -> None:
    result = analyser.analyse("How long we keep data\n\n" + sentence, lang="en")
    assert result["retention"]["stated"] is True


def test_deleted_once_the_needed_data_is_extracted(analyser: Analyser) -> None:
    text = ("How long we keep data\n\nOnce the totals are extracted, the receipt images are "
            "discarded from our servers right away.")
    assert analyser.analyse(text, lang="en")["retention"]["stated"] is True


@pytest.mark.parametrize(("text", "lang", "category"), [
    # data that stays on the user's device is not collected
    ("What we collect\n\nVoice memos are saved only on your phone and are not uploaded.", "en",
     "voice"),
    ("What we collect\n\nThe microphone audio passes between your two phones live; it is not "
     "recorded or transmitted to us.", "en", "voice"),
    ("一、我们收集的信息\n\n您与助手的对话内容仅保存在用户设备上。", "zh", "user_content"),
])
def test_data_kept_on_the_device_is_not_collected(analyser: Analyser, text: str, lang: str,
                                                  category: str) -> None:
    result = analyser.analyse(text, lang=lang)
    assert category not in {c["term"] for c in result["data_categories"]}


def test_data_kept_on_the_device_and_synced_is_still_read(analyser: Analyser) -> None:
    # (kept locally is not kept only there: what is synced is held too)
    text = ("What we collect\n\nYour saved passwords are stored locally on your device and synced "
            "to our servers when you turn on Sync.")
    assert "account" in {c["term"] for c in analyser.analyse(text, lang="en")["data_categories"]}

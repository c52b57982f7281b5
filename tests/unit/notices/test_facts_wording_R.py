"""Document terms on wordings found by the sixth probe round's second English set (helper D,
written blind): a music generator, an avatar/video generator, a workspace AI, meeting notes, a
writing assistant, machine translation, a model hub, a teen character chat, a photo editor and
a fitness coach. The fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("text", "age"), [
    # emphasis marks around the age
    ("Children\n\nYou must be at least **13 years old** to use Tunewright.", 13),
    ("Who can use it?\n\n- You have to be **16 or older** to create an account.", 16),
    ("Age\n\nYou need to be at least **18** to subscribe.", 18),
])
def test_minimum_age_in_emphasis(analyser: Analyser, text: str, age: int) -> None:
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == age


@pytest.mark.parametrize("text", [
    "We use your listening history to suggest tracks we predict you'll enjoy.",
    "The home page shows videos our system predicts you will like.",
    "- Recommend templates and courses on your dashboard based on what you like, save and share.",
    "The planner automatically adjusts your training plan when you miss a session.",
    "The app analyses your sleep every night and automatically changes the next day's workout.",
])
def test_recommendations_and_automatic_plan_changes_are_automated_decisions(
        analyser: Analyser, text: str) -> None:
    notice = "How we use information\n\n" + text
    assert analyser.analyse(notice)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("Privacy requests: **dpo@quire.example**. Security reports: security@quire.example.",
     "dpo@quire.example", "security@quire.example"),
    ("Data protection: privacy@lexa.example. General support: support@lexa.example.",
     "privacy@lexa.example", "support@lexa.example"),
    ("Privacy: dpo@snapix.example\nBusiness enquiries: partners@snapix.example",
     "dpo@snapix.example", "partners@snapix.example"),
])
def test_addresses_labelled_for_security_support_or_business_are_no_privacy_contact(
        analyser: Analyser, text: str, kept: str, dropped: str) -> None:
    emails = analyser.analyse("Contact\n\n" + text)["handler"]["emails"]
    assert kept in emails and dropped not in emails


@pytest.mark.parametrize("text", [
    # a denial over a list whose items start with "your"
    "We do not use photos or videos you edit, your selfies, or the images we generate for you "
    "to train or improve our models.",
    "We never use recordings you upload, your transcripts, or your notes to train our models.",
])
def test_a_denial_reaches_over_a_list_item_starting_with_your(analyser: Analyser,
                                                               text: str) -> None:
    training = analyser.analyse("Model training\n\n" + text)["model_training"]
    assert training["value"] == "no"


def test_a_denial_ends_at_a_new_statement_about_your_data(analyser: Analyser) -> None:
    text = ("Model training\n\nWe do not sell your data, and your conversations may be used to "
            "train our models.")
    assert analyser.analyse(text)["model_training"]["value"] == "yes"


def test_a_temporary_model_of_the_user_is_no_training_use(analyser: Analyser) -> None:
    text = ("Avatars\n\nYou upload 10 selfies; we fine-tune a temporary model of your appearance "
            "to generate avatar images.")
    assert analyser.analyse(text)["model_training"]["value"] == "not_stated"
    text += "\n\nWe do not use your photos to train our models."
    assert analyser.analyse(text)["model_training"]["value"] == "no"


@pytest.mark.parametrize("text", [
    # an opt-in programme named after "unless you"
    "Model training\n\nWe do not use your recordings to train our base models, unless you join "
    "the Voice Research Program.",
    # the way out in the list of rights, far from the statement of use
    "Model training\n\nTexts you enter in the free version may be used to train our models.\n\n"
    "Your rights\n\n- access your data;\n- object to processing based on legitimate interests, "
    "including the use of your texts for training — write to us and we will exclude your texts "
    "from future training;",
])
def test_ways_out_of_training_in_more_wordings(analyser: Analyser, text: str) -> None:
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True


@pytest.mark.parametrize(("text", "right"), [
    ("Residents of these states can ask to know the categories and specific pieces of personal "
     "information we collected.", "access"),
    ("You have the right to obtain information about and a copy of the personal data we hold "
     "about you.", "access"),
    ("You have the right to:\n\n- obtain a copy of your data (Art. 15);", "access"),
    ("You can download your data, update your profile, or close your account in Settings.",
     "correct"),
    ("You can delete individual documents or your entire account in Settings.",
     "deregister_account"),
    ("You can delete individual documents or your entire account in Settings.", "delete"),
    ("- Delete chats, characters or your whole account: Me → Settings → Delete account.",
     "deregister_account"),
    ("If the appeal is denied, you may contact the Washington State Attorney General.",
     "complain"),
])
def test_rights_in_more_english_wordings(analyser: Analyser, text: str, right: str) -> None:
    found = {r["term"] for r in analyser.analyse("Your rights\n\n" + text)["rights"]}
    assert right in found


def test_a_part_titled_your_controls_gives_the_user_rights(analyser: Analyser) -> None:
    text = "## Part 5: Your controls\n\n- Export your workouts.\n- Delete your account in Profile."
    found = {r["term"] for r in analyser.analyse(text)["rights"]}
    assert "deregister_account" in found


def test_a_period_of_deletion_is_no_right(analyser: Analyser) -> None:
    text = "Retention\n\nWe delete individual recordings 30 days after the meeting."
    found = {r["term"] for r in analyser.analyse(text)["rights"]}
    assert "delete" not in found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("We infer a rough location (city or region) from your IP address.", "location", None),
    ("We collect your username, full name, email, and OAuth login via GitHub or Google.",
     "contacts_social", None),
    ("If you connect Slack, Google Drive or Dropbox, we collect the files you choose.",
     "contacts_social", None),
    ("We log each API request (time, model, token counts, latency).", "usage_logs", None),
    ("Premium is sold through the app stores; we receive a purchase confirmation, not your card.",
     "financial", None),
    ("Account (optional): a login ID, nickname, profile picture, email.", "contact", None),
    ("When you use the free version, we store the texts you enter and the documents you upload.",
     "user_content", None),
    ("Voice mode transmits your speech to our servers for recognition.", "voice", None),
    # on the device: no voice collected
    ("In the keyboard, if you press the microphone key, your speech is converted to text on "
     "your device. Audio is not sent to us.", None, "voice"),
    # heart rate is health data, not a biometric identifier
    ("We collect biometric-derived measurements such as heart rate and sleep stages.", "health",
     "biometric"),
])
def test_categories_in_more_english_wordings(analyser: Analyser, text: str, present: str | None,
                                             absent: str | None) -> None:
    found = {c["term"] for c in analyser.analyse("What we collect\n\n" + text)["data_categories"]}
    assert present is None or present in found
    assert absent is None or absent not in found


def test_a_service_not_designed_to_process_special_categories_collects_none(
        analyser: Analyser) -> None:
    text = ("What we collect\n\nWe collect the text you write. The service is not designed to "
            "process special categories of data such as health or religious information.")
    found = {c["term"] for c in analyser.analyse(text)["sensitive_categories"]}
    assert not found & {"religion", "health"}


def test_a_list_after_a_run_in_label_that_collects_names_collected_data(
        analyser: Analyser) -> None:
    text = ("## Legal terms\n\n**Data we process.** Account data (email address, name, password or "
            "Apple/Google sign-in); audio recordings; subscription data (plan, store transaction "
            "ID); technical data (device model, OS version, crash logs, IP address).")
    found = {c["term"] for c in analyser.analyse(text)["data_categories"]}
    assert {"contact", "account", "device", "usage_logs", "financial",
            "contacts_social"} <= found


def test_a_run_in_label_that_collects_nothing_adds_nothing(analyser: Analyser) -> None:
    text = "## Examples\n\n**Our office.** The address book in reception lists our staff."
    found = {c["term"] for c in analyser.analyse(text)["data_categories"]}
    assert "contacts_social" not in found


@pytest.mark.parametrize(("text", "present"), [
    ("When the organiser turns it on, the assistant transcribes the voices of all participants.",
     "voice"),
    ("We receive the store transaction ID of your subscription.", "financial"),
])
def test_more_categories_in_english(analyser: Analyser, text: str, present: str) -> None:
    found = {c["term"] for c in analyser.analyse("What we collect\n\n" + text)["data_categories"]}
    assert present in found


@pytest.mark.parametrize(("text", "right"), [
    ("**Q: How do I get rid of everything?**\nSettings › Account › Delete account removes your "
     "recordings and account within 14 days.", "deregister_account"),
    ("Users can delete their own assistant activity history from the account portal.", "delete"),
])
def test_rights_named_by_a_menu_path_or_their_own_history(analyser: Analyser, text: str,
                                                          right: str) -> None:
    found = {r["term"] for r in analyser.analyse("Your data\n\n" + text)["rights"]}
    assert right in found


@pytest.mark.parametrize("text", [
    "The service stores conversations in its data centers in the United States, Ireland and "
    "Singapore.",
    "For other customers, prompts may be processed in any region where we have capacity.",
])
def test_storage_in_several_countries_or_any_region_is_a_transfer(analyser: Analyser,
                                                                  text: str) -> None:
    notice = "Where data is stored\n\n" + text + "\n\nWe collect your email address."
    assert analyser.analyse(notice)["cross_border"]["value"] == "yes"


def test_a_chinese_sdk_line_with_a_label_is_no_collection_by_the_handler(
        analyser: Analyser) -> None:
    text = "示例SDK,示例科技有限公司,访问联网、获取当前网络环境。用户信息/数据类型：设备标识信息,识别渠道用户"
    assert analyser.analyse(text)["data_categories"] == []


@pytest.mark.parametrize(("text", "opt_out"), [
    ("## 3. Training\n\nWe use de-identified CVs, chat transcripts and the outcomes of "
     "applications to train and evaluate our matching and parsing models. If you don't want "
     "this, turn off \"Improve for everyone\" under Account › Data.", True),
    ("## AI models\n\nParent feedback on stories (ratings and comments) may be used to improve "
     "our story generator; parents can opt out in Parent Settings.", True),
])
def test_training_named_far_from_its_models_or_as_a_generator(analyser: Analyser, text: str,
                                                              opt_out: bool) -> None:
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is opt_out


@pytest.mark.parametrize("text", [
    "Our model produces a match score from 0 to 100. The match score is generated automatically.",
    "We personalise which stories are suggested next based on the stories your child finishes.",
])
def test_automatic_scores_and_suggestions_from_what_a_child_finishes(analyser: Analyser,
                                                                    text: str) -> None:
    notice = "How we use information\n\n" + text
    assert analyser.analyse(notice)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "right"), [
    ("Parents can review the information collected from their child at any time.", "access"),
    ("Parents can refuse to allow further collection or use of their child's information.",
     "restrict_object"),
    ("Parents can also delete the whole account.", "deregister_account"),
])
def test_parents_rights_in_coppa_wordings(analyser: Analyser, text: str, right: str) -> None:
    found = {r["term"] for r in analyser.analyse("Parents' rights\n\n" + text)["rights"]}
    assert right in found


def test_a_part_titled_information_about_you_lists_collected_data(analyser: Analyser) -> None:
    text = ("# Candidate notice\n\n## 1. Information about you\n\n1.1 **Technical.** IP address, "
            "browser, device type, cookies.\n\n1.2 **From others.** If you sign in with "
            "LinkedIn, we import your LinkedIn profile.")
    found = {c["term"] for c in analyser.analyse(text)["data_categories"]}
    assert {"device", "usage_logs", "contacts_social"} <= found


def test_a_childs_voice_while_reading_is_voice(analyser: Analyser) -> None:
    text = ("What we collect\n\nFrom children (with parental consent): recordings of the child's "
            "voice while reading a story aloud.")
    assert "voice" in {c["term"] for c in analyser.analyse(text)["data_categories"]}


def test_a_sentence_after_a_label_is_no_collecting_label(analyser: Analyser) -> None:
    text = ("## Details\n\n**Location.** Pip does not collect precise location. We guess your "
            "country from your IP address to apply local laws.")
    assert "usage_logs" not in {c["term"] for c in analyser.analyse(text)["data_categories"]}

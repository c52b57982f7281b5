"""Document terms on English wordings of the seventh probe round (probe8-E): long, mainstream
notices of AI services — contact lines labelled for other things (safety, security issues,
ethics, legal notices), the customer's own fine-tuning data sets, feature-only age limits, data
a product says it does not read, recommendation and fraud-screening wordings. The fixtures are
sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, key: str) -> set[str]:
    return {x["term"] for x in result[key]}


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("Contact us\n\nPrivacy questions: privacy@example.com. Safety reports: safety@example.com.",
     "privacy@example.com", "safety@example.com"),
    ("Contact\n\nPrivacy requests: privacy@example.com. Security issues: security@example.com.",
     "privacy@example.com", "security@example.com"),
    ("Contact\n\nWrite to privacy@example.com. For legal notices (not privacy requests): "
     "legal@example.com.", "privacy@example.com", "legal@example.com"),
    ("Contact\n\nAttn: Privacy Office, privacy@example.com. Ethics hotline (for reporting "
     "misconduct): ethics@example.com.", "privacy@example.com", "ethics@example.com"),
])
def test_addresses_labelled_for_other_matters_are_no_privacy_contact(
        analyser: Analyser, text: str, kept: str, dropped: str) -> None:
    emails = analyser.analyse(text)["handler"]["emails"]
    assert kept in emails and dropped not in emails


@pytest.mark.parametrize("text", [
    "Customer Content\n\nWe do not use Customer Content to train any models.\n\n"
    "- **Fine-tuning.** Datasets you upload and the resulting model weights are stored in your "
    "account until you delete them.",
    "Two kinds of data\n\nCustomer Content is what you submit: prompts, files, fine-tuning "
    "datasets, model weights you upload, and the outputs.\n\nWe never use Customer Content to "
    "train our models.",
])
def test_the_customers_own_fine_tuning_data_is_no_training_use(analyser: Analyser,
                                                               text: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == "no"


def test_fine_tuning_data_used_for_our_models_is_still_training(analyser: Analyser) -> None:
    text = ("Improvement\n\nWe may use fine-tuning datasets you upload to improve our base "
            "models.")
    assert analyser.analyse(text)["model_training"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "Your content\n\nThe extension reads the text you write. We do not read text in password "
    "fields, credit card fields or fields marked sensitive by the website.",
    "Keyboard\n\nThe keyboard does not capture text typed into payment card fields or bank "
    "account forms.",
])
def test_fields_a_writing_tool_does_not_read_are_not_collected(analyser: Analyser,
                                                              text: str) -> None:
    assert "financial_account" not in _terms(analyser.analyse(text), "sensitive_categories")


def test_a_card_the_tool_does_read_is_still_collected(analyser: Analyser) -> None:
    text = "Payments\n\nWe collect your credit card number when you subscribe."
    assert "financial_account" in _terms(analyser.analyse(text), "sensitive_categories")


@pytest.mark.parametrize(("text", "term"), [
    ("Information we collect\n\nAge checks: to unlock mature features we may ask you to upload "
     "a photo of a government ID.", "government_id"),
    ("Verification\n\nWe collect a photo ID when you apply for payouts.", "government_id"),
    ("Information we collect\n\nAge checks: we may ask you to take a selfie for a facial age "
     "estimate through our vendor.", "biometric"),
    ("Information we collect\n\nPurchases: we get a receipt with the product, price, currency and your country, not your "
     "card details.", "financial"),
    ("Content\n\nWe collect the content you upload, such as files, images, and audio.", "voice"),
])
def test_wordings_of_collected_data(analyser: Analyser, text: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), "data_categories")


def test_a_facial_age_estimate_is_sensitive(analyser: Analyser) -> None:
    text = ("Age checks\n\nWe may use a facial age estimation from a selfie before you unlock "
            "mature content.")
    assert "biometric" in _terms(analyser.analyse(text), "sensitive_categories")


def test_a_government_that_asks_for_data_is_no_id_document(analyser: Analyser) -> None:
    text = "Disclosure\n\nWe may share your information with government authorities."
    assert "government_id" not in _terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize(("text", "age"), [
    ("Children\n\nThe Services are not directed to individuals under 16, and you must be 18 or "
     "older to use Voice Lab or the Voice Library.", 16),
    ("Age\n\nOur app is not intended for children under 13, but you need to be at least 18 years "
     "old to unlock mature characters.", 13),
    ("Age\n\nWe do not knowingly collect data from children under 13, and you must be 18 or older "
     "to use the Services.", 18),
    ("Age\n\nOur Services are not directed to children under the age of 13, and you must be at "
     "least 18 years old to use them.", 18),
    ("Age\n\nYou must be 18 or older to use Voice Lab.", 18),
])
def test_an_age_for_some_features_is_not_the_services_minimum_age(analyser: Analyser, text: str,
                                                                  age: int) -> None:
    assert analyser.analyse(text)["minors"]["minimum_age"] == age


@pytest.mark.parametrize("text", [
    "How we use information\n\nWe rank and personalise the Explore gallery and \"For you\" "
    "suggestions using what you have liked, remixed and created.",
    "How we use Account Data\n\nWe may use automated rules to block sign-ups and transactions "
    "that appear fraudulent; contact support and a person will review it.",
    "Meeting Insights\n\nWe analyse transcripts to show each speaker's talk time, the sentiment "
    "of the conversation, and a coaching score for sales calls.",
])
def test_recommendations_fraud_screening_and_speaker_scores_are_automated_decisions(
        analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize("text", [
    "How we use information\n\nWe show the gallery sorted by date, using what you have chosen in "
    "the filters.",
    "Security\n\nWe do not use automated rules to block accounts; a person reviews every case.",
])
def test_chosen_filters_and_denied_screening_are_no_automated_decision(analyser: Analyser,
                                                                       text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is False


# --- the fresh batch written after the fixes above (probe8-E/fresh) ---

def test_no_way_to_object_to_training_is_no_opt_out(analyser: Analyser) -> None:
    text = ("Free services\n\nWe use your texts to train and improve our neural networks. You "
            "cannot object to this training use within the free services; if you do not want "
            "your texts used, please do not enter personal data.")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is False


def test_a_setting_on_by_default_is_a_way_out(analyser: Analyser) -> None:
    text = ("How Relay uses information\n\n1. To carry out your tasks.\n2. To improve Relay. "
            "With **Help improve Relay** on (the default), we may review Runs and use them to "
            "train the models that plan and carry out tasks.")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True


def test_right_to_know_and_get_a_copy(analyser: Analyser) -> None:
    text = ("US State Privacy Notice\n\nResidents have these rights: to know what personal "
            "information we have collected and to get a copy; to correct it; to delete it.")
    assert {"access", "copy", "correct"} <= _terms(analyser.analyse(text), "rights")


def test_learning_from_what_the_user_replies_to_is_an_automated_decision(
        analyser: Analyser) -> None:
    text = ("How Relay uses information\n\nTo prioritise your inbox: Relay learns from which "
            "senders you reply to and how quickly, and labels incoming email as Important.")
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "term"), [
    ("What is sent to Corvane\n\nWhen a request needs our servers, we send:\n\n- the audio of "
     "your request or the text you typed;\n- device information such as model and operating "
     "system version.", "voice"),
    ("What is sent to Corvane\n\nWhen a request needs our servers, we send:\n\n- the audio of "
     "your request or the text you typed;\n- device information such as model and operating "
     "system version.", "device"),
    ("Account\n\nTo register, we need your email address and a password.", "account"),
    ("Voice input\n\nThe app lets you dictate text. Your speech is converted to text by our "
     "speech recognition service.", "voice"),
    ("Information we collect\n\nContext needed to answer, such as the names of contacts you "
     "mention.", "contacts_social"),
])
def test_data_sent_needed_or_converted_is_collected(analyser: Analyser, text: str,
                                                   term: str) -> None:
    assert term in _terms(analyser.analyse(text), "data_categories")


def test_the_name_of_an_app_is_no_contact_data(analyser: Analyser) -> None:
    text = ("Information we collect\n\nWe collect context such as the name of the app you are "
            "using and your approximate location.")
    assert "contact" not in _terms(analyser.analyse(text), "data_categories")


def test_a_users_name_is_still_contact_data(analyser: Analyser) -> None:
    text = "Information we collect\n\nWe collect your name and the name of your employer."
    assert "contact" in _terms(analyser.analyse(text), "data_categories")


# --- the second fresh batch (probe8-E/fresh2): regional notices in English ---

def test_a_right_to_refuse_automated_decisions_is_no_statement_of_them(analyser: Analyser) -> None:
    text = ("Article 8 (Rights of users)\n\n2. Users may refuse automated decisions or request an "
            "explanation of them under Article 37-2 of PIPA.")
    assert analyser.analyse(text)["automated_decision"]["value"] is False


@pytest.mark.parametrize("text", [
    "How we use it\n\n- To give you the service: the companion uses your recent check-ins and "
    "journal themes to suggest exercises that fit how you've been feeling.",
    "How we use it\n\n- Safety: if your messages suggest you may be in crisis, the app "
    "automatically shows crisis line numbers.",
])
def test_suggestions_from_the_users_records_are_automated_decisions(analyser: Analyser,
                                                                    text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_children_who_cannot_join_set_the_minimum_age(analyser: Analyser) -> None:
    text = "Article 8 (Rights)\n\n4. Children under 14 cannot join the Service."
    assert analyser.analyse(text)["minors"]["minimum_age"] == 14


def test_addresses_of_recipients_in_a_transfer_table_are_not_the_handlers(
        analyser: Analyser) -> None:
    text = ("Article 7 (Overseas transfer)\n\n"
            "| Recipient (contact) | Country | Items | Purpose |\n| --- | --- | --- | --- |\n"
            "| Cloud Co. (privacy@cloud.example) | USA | All items | Storage |\n\n"
            "Article 11 (Privacy Officer)\n\n- Email: cpo@service.example")
    emails = analyser.analyse(text)["handler"]["emails"]
    assert emails == ["cpo@service.example"]


def test_an_address_in_a_contact_table_is_still_the_handlers(analyser: Analyser) -> None:
    text = ("Contact\n\n| Topic | Contact |\n| --- | --- |\n| Privacy requests | "
            "privacy@service.example |")
    assert "privacy@service.example" in analyser.analyse(text)["handler"]["emails"]


@pytest.mark.parametrize(("text", "term"), [
    ("Rights\n\nYou can close your account by withdrawing membership in Settings.",
     "deregister_account"),
    ("Your rights\n\nYou may ask us to stop disseminating your information or to de-index it.",
     "restrict_object"),
    ("Your rights\n\nYou may ask to receive computerized personal information in a structured, "
     "commonly used technological format.", "portability"),
])
def test_regional_wordings_of_rights(analyser: Analyser, text: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), "rights")


@pytest.mark.parametrize("text", [
    "## Article 1 (Items of personal information processed and methods of collection)\n\n"
    "| Category | Items | Method |\n| --- | --- | --- |\n"
    "| Membership (required) | Email address, password | Entered by the user at sign-up |\n"
    "| Social login (optional) | Kakao account identifier, nickname | Provided by the social "
    "login provider with consent |\n",
    "Article 1. Personal Information Acquired\n\n2. Information from external services: when a "
    "user links an account of X or LINE, the user ID and display name of that account.",
])
def test_social_login_and_linked_accounts_are_third_party_account_data(analyser: Analyser,
                                                                       text: str) -> None:
    assert "contacts_social" in _terms(analyser.analyse(text), "data_categories")


# --- the third fresh batch (probe8-E/fresh3): a wearable, an avatar app, an AI browser ---

def test_an_orders_and_shipping_address_is_no_privacy_contact(analyser: Analyser) -> None:
    text = ("Contact\n\nprivacy@device.example · Orders and shipping: orders@device.example")
    emails = analyser.analyse(text)["handler"]["emails"]
    assert "privacy@device.example" in emails and "orders@device.example" not in emails


@pytest.mark.parametrize("text", [
    "How we use data\n\nWe show you a daily digest that highlights the moments we think matter "
    "most to you based on what you revisit and star.",
    "Browser memories\n\nThe assistant creates short summaries of pages you've visited so it can "
    "suggest pages and tabs you're likely to want next.",
])
def test_highlights_and_likely_wants_are_automated_decisions(analyser: Analyser,
                                                             text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_an_app_that_enhances_your_photos_trains_no_model(analyser: Analyser) -> None:
    text = ("Glimmer publishes the Glimmer app, which enhances your photos and creates AI avatars "
            "from selfies you upload.\n\nWe do not use your photos or selfies to train our "
            "general models.")
    assert analyser.analyse(text)["model_training"]["value"] == "no"


@pytest.mark.parametrize(("text", "term"), [
    ("Other information\n\n* **Purchases.** We receive confirmation of your purchase and the "
     "price.", "financial"),
    ("Other data\n\n- **Support**: if you email us, your email address and message.", "contact"),
    ("When you use the assistant\n\nWhen you ask the assistant something, we send to our "
     "servers: your message, the text and title of the page you're viewing.", "user_content"),
    ("Other data\n\n- **Account**: your name and billing details (processed by Stripe; we keep "
     "the last four digits and billing country).", "financial"),
    ("Photos you upload\n\nTo create avatars we ask you to upload 8 to 20 selfies.",
     "user_content"),
])
def test_wordings_of_collected_data_in_the_third_batch(analyser: Analyser, text: str,
                                                       term: str) -> None:
    assert term in _terms(analyser.analyse(text), "data_categories")


# --- the fourth fresh batch (probe8-E/fresh4): a tutor, an enterprise FAQ, a symptom checker ---

def test_a_help_with_address_is_no_privacy_contact(analyser: Analyser) -> None:
    text = ("Contact\n\nBrightpath, 75 State Street, Boston · privacy@tutor.example · Help with "
            "homework problems: help@tutor.example")
    emails = analyser.analyse(text)["handler"]["emails"]
    assert "privacy@tutor.example" in emails and "help@tutor.example" not in emails


def test_closing_the_family_account_is_deregistering(analyser: Analyser) -> None:
    text = "Rights of parents\n\nParents may close the Family Account at any time."
    assert "deregister_account" in _terms(analyser.analyse(text), "rights")


def test_downloading_in_a_named_format_is_a_copy(analyser: Analyser) -> None:
    text = ("Your rights\n\nYou may access, download (PDF or JSON), correct and delete your data "
            "in the app.")
    assert "copy" in _terms(analyser.analyse(text), "rights")


def test_authentication_data_is_account_data(analyser: Analyser) -> None:
    text = ("Account and usage data we collect\n\nWe collect your name, work email, role and "
            "authentication data (including single sign-on).")
    assert "account" in _terms(analyser.analyse(text), "data_categories")


def test_an_account_made_for_a_child_under_13_is_a_childs_data(analyser: Analyser) -> None:
    text = ("Information you give us\n\n* **Profile.** Email address, password, and optionally "
            "profiles you create for family members. A parent or guardian may create profiles for "
            "children under 13.")
    assert "minor_under_14" in _terms(analyser.analyse(text), "sensitive_categories")


def test_rows_marked_not_collected_are_not_collected(analyser: Analyser) -> None:
    text = ("Consumer health data\n\n| Category of consumer health data | Sources | Purpose |\n"
            "| --- | --- | --- |\n| Symptoms, conditions, medications | You | Assessments |\n"
            "| Precise location | Not collected | — |\n| Biometric data | Not collected | — |\n")
    sensitive = _terms(analyser.analyse(text), "sensitive_categories")
    assert "health" in sensitive and not {"biometric", "whereabouts"} & sensitive


def test_a_service_only_offered_where_its_data_stays_transfers_nothing(analyser: Analyser) -> None:
    text = ("International\n\nSymptra is available only in the United States, and all data is "
            "stored and processed in the United States.")
    assert analyser.analyse(text)["cross_border"]["value"] == "no"


def test_a_no_in_another_column_does_not_deny_the_collection(analyser: Analyser) -> None:
    text = ("U.S. STATE PRIVACY RIGHTS\n\n| Category | Collected | Sold or shared |\n"
            "| --- | --- | --- |\n| Identifiers (email, IP address) | Yes | No |\n")
    assert {"contact", "usage_logs"} <= _terms(analyser.analyse(text), "data_categories")


# --- the fifth fresh batch (probe8-E/fresh5): a social network's AI page, an office suite's AI
# privacy hub, a dating app's AI features ---

def test_objecting_to_the_use_of_public_posts_for_ai_is_a_way_out(analyser: Analyser) -> None:
    text = ("Kestrel AI\n\nWe use your prompts and feedback to improve our AI models.\n\n"
            "Your choices\n\nYou can object to the use of your public posts and your interactions "
            "with Kestrel AI for developing and improving AI at Kestrel by completing the "
            "objection form.")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True


def test_a_minimum_age_given_in_brackets(analyser: Analyser) -> None:
    text = ("Age\n\nPersonal accounts must meet the minimum age for a Lumen Account (13 in most "
            "countries, or the older age required in your country).")
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == 13


def test_data_centres_around_the_world_are_abroad(analyser: Analyser) -> None:
    text = ("Where data is processed\n\nLumen is headquartered in the United States and "
            "processes data in data centres around the world.")
    assert analyser.analyse(text)["cross_border"]["value"] == "yes"


@pytest.mark.parametrize(("text", "key", "term"), [
    ("AI Matchmaker\n\nEach day AI Matchmaker picks a small number of profiles for you. To "
     "choose them it looks at your profile (age, interests, and — if you added them — your "
     "religion and your views on children), who you like and pass on.", "sensitive_categories",
     "religion"),
    ("Photo verification\n\nOur provider compares your face in the video with your photos using "
     "facial recognition.", "sensitive_categories", "biometric"),
    ("Information we collect\n\nWhen notes are taken, we collect the meeting's audio and "
     "transcript.", "data_categories", "voice"),
    ("Location\n\nWe use the general area from your IP address and, with your permission, your "
     "precise device location.", "sensitive_categories", "whereabouts"),
])
def test_wordings_of_processed_data_in_the_fifth_batch(analyser: Analyser, text: str, key: str,
                                                       term: str) -> None:
    assert term in _terms(analyser.analyse(text), key)


@pytest.mark.parametrize(("text", "term"), [
    ("Rights and contact\n\nPersonal account users can access, export, correct and delete their "
     "data with Lumen Account tools.", "copy"),
    ("Your rights\n\nYou can object to AI Matchmaker by turning it off.", "restrict_object"),
])
def test_rights_in_the_fifth_batch(analyser: Analyser, text: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), "rights")

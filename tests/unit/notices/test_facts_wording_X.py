"""Document terms on English wordings of the tenth probe round (probe10-I), which measured the
analyser on excerpts of real privacy notices and data-use pages. Each fix is a general shape of a
statement, tested with several wordings, positive and negative. The fixtures are sentences
written for the project (paraphrased and varied, not copied from any notice)."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, key: str) -> set[str]:
    return {x["term"] for x in result[key]}


# withdrawing consent named only as a ground for erasure is no right to withdraw it
@pytest.mark.parametrize("text", [
    "Your rights\n\nYou are entitled to request the deletion of your personal data when it "
    "is no longer required, or when you withdraw your consent.",
    "Your rights\n\nRight to erasure: obtain the deletion of your information when it is no "
    "longer needed, or if the user withdraws their consent.",
    "Your rights\n\nYou can ask us to erase your data in any of these cases:\n\n- (a) we no "
    "longer need the data\n- (b) you withdraw consent and there is no other legal basis for "
    "processing it",
])
def test_withdrawal_as_a_ground_for_erasure_is_no_right(analyser: Analyser, text: str) -> None:
    rights = _terms(analyser.analyse(text), "rights")
    assert "delete" in rights and "withdraw_consent" not in rights


@pytest.mark.parametrize("text", [
    "Your rights\n\nYou may ask for your data to be deleted and may withdraw your consent "
    "whenever you like.",
    "Your rights\n\nYou can delete your data in Settings. You may withdraw your consent at any "
    "time by writing to us.",
    "Your rights\n\nYou can see, delete or withdraw your consent to our processing of your "
    "personal data.",
])
def test_a_stated_right_to_withdraw_stays(analyser: Analyser, text: str) -> None:
    assert "withdraw_consent" in _terms(analyser.analyse(text), "rights")


# the rights a label or a "rights over your data" phrase lists after its colon
@pytest.mark.parametrize(("text", "expected"), [
    ("Your rights in the EU\n\nEuropean law grants you several rights regarding your "
     "personal data: access, rectification, erasure, portability.", {"access", "correct", "delete", "portability"}),
    ("Privacy\n\nData subject rights: export/delete from your own settings.", {"copy", "delete"}),
    ("Privacy\n\nYour rights: access, correction and deletion of the data we hold.",
     {"access", "correct", "delete"}),
    ("Privacy\n\nYou have rights regarding your data: access, erasure and objection.",
     {"access", "delete", "restrict_object"}),
])
def test_rights_listed_after_a_colon(analyser: Analyser, text: str, expected: set[str]) -> None:
    assert expected <= _terms(analyser.analyse(text), "rights")


@pytest.mark.parametrize("text", [
    "Rights\n\nRights: we may suspend accounts that break these rules.",
    "Licence\n\nAll rights reserved: no part of the service may be copied.",
])
def test_a_rights_label_without_rights_after_it(analyser: Analyser, text: str) -> None:
    assert not _terms(analyser.analyse(text), "rights") & {"delete", "access", "copy"}


# a chain of the user's verbs that ends in their data ("You can access, delete, or limit your data")
@pytest.mark.parametrize(("text", "expected"), [
    ("Summary\n\nYou can access, delete, or limit your data by writing to our support team.",
     {"access", "delete", "restrict_object"}),
    ("Controls\n\nYou may view, delete or export your data from the account page.",
     {"delete"}),
    ("Controls\n\nUsers can review, correct, and limit their personal information at any time.",
     {"restrict_object"}),
])
def test_a_chain_of_verbs_over_the_users_data(analyser: Analyser, text: str,
                                              expected: set[str]) -> None:
    assert expected <= _terms(analyser.analyse(text), "rights")


@pytest.mark.parametrize("text", [
    "Limits\n\nWe may limit your use of the service if you exceed the quota.",
    "Retention\n\nWe collect, store, and delete data on a fixed schedule.",
])
def test_verbs_of_the_handler_are_no_rights(analyser: Analyser, text: str) -> None:
    assert not _terms(analyser.analyse(text), "rights") & {"delete", "restrict_object"}


# asking what is held: "request details of the personal information we hold about you"; parents
# invited to review their child's information
@pytest.mark.parametrize("text", [
    "Your rights\n\nAccess: You may request details of the personal data that we keep about "
    "you.",
    "Data\n\nUsers can request information about the data we hold on them whenever they "
    "wish, from their account page.",
    "Children\n\nParents are invited to review their child's information by contacting us.",
    "Children\n\nParents are welcome to review their children's personal data on request.",
])
def test_wordings_of_access(analyser: Analyser, text: str) -> None:
    assert "access" in _terms(analyser.analyse(text), "rights")


# a period after an event ("six (6) months past the termination of the account"), in a sentence
# that names "this notice"; a look-back in the past months stays no retention
@pytest.mark.parametrize("text", [
    "How long we keep data\n\nNo purpose in this notice requires us to keep your personal "
    "information longer than four (4) months past the termination of your account.",
    "Retention\n\nWe keep your personal information for 6 months past the end of your "
    "subscription.",
    "Retention\n\nWe keep invoices for seven years, as this privacy notice explains.",
])
def test_periods_after_an_event_and_beside_this_notice(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is True


@pytest.mark.parametrize("text", [
    "California\n\nIn the past 12 months we have not sold personal information that we store.",
    "Requests\n\nWe respond to deletion requests within 30 days of receiving them.",
])
def test_look_backs_and_reply_times_are_no_retention(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is False


# deleted when the work the data is sent for is done
@pytest.mark.parametrize("text", [
    "Keeping data\n\nPictures you upload are held only while we work on them and are "
    "automatically deleted after generation is complete.",
    "Audio\n\nRecordings are deleted immediately after transcription.",
    "Files\n\nYour documents are deleted once the conversion has finished.",
    "Photos\n\nEach photo is deleted as soon as the analysis is completed.",
])
def test_deletion_when_the_work_is_done(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is True


@pytest.mark.parametrize("text", [
    "Storage\n\nYou can delete your files yourself after processing is complete.",
    "Storage\n\nWe tell you by e-mail when your deleted files have been processed.",
    "Data retention\n\nWe keep your images as long as necessary for the purposes above.",
])
def test_no_rule_of_deletion_after_the_work(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is False


# a plain-text notice whose parts are numbered lines: the sub-parts and labelled lists of a
# collecting part list data collected
def test_numbered_sub_parts_of_a_collecting_part(analyser: Analyser) -> None:
    text = ("Privacy Notice\n\n2. What We Collect\n2.1 What You Tell Us\nSign-up:\n- Your email "
            "address (mandatory)\n- A password (stored hashed)\nYour profile:\n- Location "
            "information (town and country)\n3. How We Use It\n- To e-mail you our monthly digest\n")
    assert {"contact", "account", "location"} <= _terms(analyser.analyse(text),
                                                        "data_categories")


def test_a_later_numbered_part_is_not_collecting(analyser: Analyser) -> None:
    text = ("Privacy Policy\n\n1. Information We Collect\n1.1 Usage\n- Pages visited\n"
            "2. Security\n2.1 Payments\n- Our payment processor handles bank account details\n")
    assert "financial" not in _terms(analyser.analyse(text), "data_categories")


def test_a_table_of_contents_is_not_a_collecting_part(analyser: Analyser) -> None:
    text = ("Privacy Policy\n\n- What Data We Collect\n- How We Use Data\n"
            "- Cookies and Tracking Technologies\n- Contact Us\n\nIntroduction\n\nWelcome.")
    assert "usage_logs" not in _terms(analyser.analyse(text), "data_categories")


@pytest.mark.parametrize(("text", "term"), [
    ("Data\n\nWe collect information about how the service is used, including:\n- Technical "
     "information about your device and web browser", "device"),
    ("Data\n\nWe collect:\n- API usage patterns and frequency", "usage_logs"),
    ("Data\n\nWe collect details about the phone itself, location-related information, and "
     "its identifiers.", "location"),
])
def test_more_wordings_of_data_categories(analyser: Analyser, text: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), "data_categories")


# a right about automated decisions is no statement that the service takes them
@pytest.mark.parametrize("text", [
    "Your rights\n\nDecisions made by software (Art. 22)\n\nYou may refuse to be subject to "
    "a decision based solely on automated processing, and you may ask a person to review "
    "any such decision.",
    "Rights\n\nYou can ask for human intervention in, and contest, an automated decision.",
])
def test_rights_about_automated_decisions_say_no_practice(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is False


# features switched off for young users are no decision on an account; an account that is
# switched off automatically is
@pytest.mark.parametrize(("text", "value"), [
    ("Children\n\nFeatures where personal information could be posted, like comments, are "
     "switched off for them automatically.", False),
    ("Settings\n\nLocation sharing is automatically disabled when you sign out.", False),
    ("Enforcement\n\nAccounts that post spam are automatically disabled.", True),
    ("Enforcement\n\nYour account may be automatically locked after repeated failed payments.", True),
    ("Enforcement\n\nAccounts that break the rules may be automatically suspended.", True),
])
def test_what_is_disabled_automatically(analyser: Analyser, text: str, value: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is value


# accounts of users under 13
@pytest.mark.parametrize("text", [
    "Children\n\nWe take special care with users under 13. The under-13 user's account is "
    "limited to the parts of the service suitable for them, such as reading and drawing.",
    "Children\n\nWe collect only a nickname for accounts for users under 13, which a parent "
    "creates.",
])
def test_accounts_of_users_under_13(analyser: Analyser, text: str) -> None:
    assert "minor_under_14" in _terms(analyser.analyse(text), "sensitive_categories")


@pytest.mark.parametrize(("text", "term"), [
    ("Chats\n\nIf the chatbot collects data about you (conversation logs, contact info you "
     "share), the website owner controls it.", "contact"),
    ("Profile\n\nWhen you create a profile, we collect your given name and birthday.",
     "account"),
    ("Logging\n\nWe collect API metadata. Your requests are still logged for security.",
     "usage_logs"),
])
def test_more_wordings_of_data_categories_2(analyser: Analyser, text: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), "data_categories")


def test_an_address_after_contact_is_no_contact_info(analyser: Analyser) -> None:
    text = ("Forums\n\nInformation disclosed in a forum may be collected by others. If a user "
            "misuses it, please contact Info@example.com.")
    assert "contact" not in _terms(analyser.analyse(text), "data_categories")


# denials of training: a typographic apostrophe ("don’t"); a lead-in that denies its items
# ("We don't:" / "- Train AI models on your voice"); a denial opening a list after its colon
@pytest.mark.parametrize("text", [
    "AI\n\nWe don’t use the content of your projects to train models shared with others.",
    "AI\n\nWe won’t use your recordings to train our models.",
    "What we use it for\n\nJust to run the feature.\n\nWe don't:\n\n- Sell your voice data\n"
    "- Train AI models on your voice\n- Use it for advertising",
    "Face data\n\nWe do NOT: (a) sell your face data; (b) give it to marketers for their "
    "own purposes; (c) use your face data to train or tune any of our AI models.",
])
def test_denials_of_training(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == "no"


@pytest.mark.parametrize("text", [
    "AI\n\nWe don’t sell your data. We use your conversations to train our models.",
    "What we use it for\n\nWe do:\n\n- Train AI models on your recordings\n- Fix bugs",
    "Biometrics\n\nWe do not: sell your data. We may use your prompts to train our models.",
])
def test_uses_for_training_beside_denials_of_other_things(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["model_training"]["value"] == "yes"


@pytest.mark.parametrize("text", [
    "Retention\n\nDocument content is immediately discarded after processing.",
    "Retention\n\nThe audio is erased once the transcription is complete.",
    "Retention\n\nWe keep your profile and notes while your account is active.",
])
def test_more_event_rules_of_retention(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["retention"]["stated"] is True


@pytest.mark.parametrize(("text", "expected"), [
    ("Rights\n\nYou can export or delete your files whenever you want.", {"copy", "delete"}),
    ("Rights\n\nThe data can be erased per the user’s request.", {"delete"}),
    ("Rights\n\nHow to exercise them: use the Delete Account button on your settings page.",
     {"deregister_account"}),
])
def test_more_wordings_of_rights(analyser: Analyser, text: str, expected: set[str]) -> None:
    assert expected <= _terms(analyser.analyse(text), "rights")


def test_withdrawal_later_in_a_list_of_grounds(analyser: Analyser) -> None:
    text = ("Rights\n\nYou have the right to ask for deletion of your personal data when we no "
            "longer need it, when you withdraw consent, or when it was processed unlawfully.")
    assert "withdraw_consent" not in _terms(analyser.analyse(text), "rights")


@pytest.mark.parametrize("text", [
    "Learning\n\nThe tutor adjusts the level of difficulty based on student performance.",
    "Practice\n\nWe set the difficulty based on your answers in earlier quizzes.",
    "Personalization\n\nWe build a profile of interests inferred from your connected accounts.",
])
def test_more_wordings_of_profiling(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_a_difficulty_chosen_by_the_user_is_no_profiling(analyser: Analyser) -> None:
    text = "Settings\n\nYou can choose the difficulty of each quiz yourself."
    assert analyser.analyse(text)["automated_decision"]["value"] is False


@pytest.mark.parametrize(("text", "term"), [
    ("Data we collect\n\nWe collect basic profile details if you sign in through third-party "
     "services such as Google.", "contacts_social"),
    ("Data we collect\n\nWe collect interests from your connected accounts.", "contacts_social"),
    ("Data we collect\n\nWe collect your activity patterns.", "usage_logs"),
    ("Data we collect\n\nWe collect your email address and monthly usage count.", "usage_logs"),
    ("Verification\n\nWe collect a face scan to verify your age.", "biometric"),
])
def test_more_wordings_of_data_categories_3(analyser: Analyser, text: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), "data_categories")


def test_a_file_fingerprint_is_no_biometric(analyser: Analyser) -> None:
    text = "Uploads\n\nWe keep a SHA-256 fingerprint of each uploaded file for audit."
    assert "biometric" not in _terms(analyser.analyse(text), "data_categories")

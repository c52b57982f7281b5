"""Document terms on English wordings of the sixth probe round (probe6-B): personalisation that
follows what the user reads or asks, replies adapted to the user, automatic suspension of keys,
minimum ages set by a duty on someone else or an "only if you are", support and billing
addresses, rights asked for in plain words, menu items, payment and health wordings and denials in
contractions. The fixtures are sentences written for the project."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


def _terms(result: dict, key: str) -> set[str]:
    return {x["term"] for x in result[key]}


@pytest.mark.parametrize("text", [
    "Discover\n\nThe Discover feed suggests stories based on the topics you follow.",
    "How we use data\n\nWe suggest articles based on the authors you read most.",
    "Memory\n\nCompanions remember what you like and adapt their personality and replies to you "
    "over time.",
    "Personalisation\n\nThe assistant tailors its answers to you based on what it remembers.",
    "Insights\n\nWhen turned on, the assistant analyses your meeting and email habits to suggest "
    "focus time.",
    "Abuse monitoring\n\nOur systems may automatically suspend the organisation's API keys while "
    "a specialist reviews the case.",
])
def test_personalisation_and_automatic_suspension_are_automated_decisions(
        analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize("text", [
    "How we use data\n\nWe suggest articles based on the topics you choose in settings.",
    "Support\n\nYou can adapt the replies to your needs by editing the custom instructions.",
    "Abuse monitoring\n\nWe do not automatically suspend your access; a person always reviews "
    "the case.",
])
def test_chosen_topics_and_user_edits_are_no_automated_decision(analyser: Analyser,
                                                                 text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is False


@pytest.mark.parametrize(("text", "age"), [
    ("Age\n\nOrganisations must not assign licences to anyone under 18.", 18),
    ("Eligibility\n\nSchools must not give accounts to anyone under 16.", 16),
    ("Age\n\nThe service is for adults only: you may use it only if you are 18 or older.", 18),
    ("Who can use it\n\nYou can use the app only if you're 16 or older.", 16),
])
def test_a_duty_on_others_or_an_only_if_sets_the_minimum_age(analyser: Analyser, text: str,
                                                             age: int) -> None:
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == age


def test_a_customers_duty_about_childrens_data_sets_no_minimum_age(analyser: Analyser) -> None:
    text = ("Customers\n\nCustomers must not send us personal data of children under 13 unless "
            "they comply with COPPA.")
    assert analyser.analyse(text)["minors"]["minimum_age"] is None


@pytest.mark.parametrize("text", [
    "Contact\n\nBilling help: billing@example.org",
    "Contact\n\nFor account support (passwords, billing) use help@example.org.",
    "Contact\n\n| Topic | Contact |\n|---|---|\n| Support | support@example.org |",
    "Contact\n\nFor any other question: support@example.org (technical support and billing).",
])
def test_support_and_billing_addresses_are_no_privacy_contact(analyser: Analyser,
                                                              text: str) -> None:
    assert analyser.analyse("Privacy Policy\n\n" + text)["handler"]["emails"] == []


@pytest.mark.parametrize(("text", "email"), [
    ("Contact\n\n| Topic | Contact |\n|---|---|\n| Privacy requests | privacy@example.org |\n"
     "| Support | support@example.org |", "privacy@example.org"),
    ("Your rights\n\nTo exercise your rights, email support@example.org.", "support@example.org"),
])
def test_a_support_address_given_for_rights_stays(analyser: Analyser, text: str,
                                                  email: str) -> None:
    assert analyser.analyse("Privacy Policy\n\n" + text)["handler"]["emails"] == [email]


@pytest.mark.parametrize(("text", "rights"), [
    ("Your rights\n\nYou can do it yourself: *Settings → Account → Delete account* closes your "
     "account.", {"deregister_account"}),
    ("FAQ\n\n**How do I delete everything?** *Account → Delete account*. Your files are then "
     "removed.", {"deregister_account"}),
    ("Your rights\n\nIf you hold an account, you can ask us to:\n\n* give you access to the "
     "Account Data we hold, or a copy of it;\n* delete it (or close your account in *Settings*);",
     {"access", "copy", "delete"}),
    ("Your choices\n\nIn the app you can edit your profile, delete Conversations and erase a "
     "character's memory.", {"delete"}),
    ("Your rights\n\nYou can ask us for access to your personal data, to correct it, to delete "
     "it, or to restrict or object to how we use it.",
     {"access", "correct", "delete", "restrict_object"}),
    ("Your rights\n\nPlease send requests to access, correct, delete or export your data to your "
     "administrator.", {"access", "correct", "delete", "copy"}),
    ("Brazil\n\nYou have the rights in Article 18 of the LGPD, including the right to petition "
     "the ANPD.", {"complain"}),
    ("Notes\n\nLegal basis: your explicit consent, which you give by ticking the box before the "
     "first job; you can withdraw it at any time by deleting the job.", {"withdraw_consent"}),
])
def test_rights_in_plain_words_menu_items_and_lists(analyser: Analyser, text: str,
                                                    rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


@pytest.mark.parametrize("text", [
    "Transfers\n\nThese transfers use the Standard Contractual Clauses. You can obtain a copy of "
    "the safeguards by writing to our DPO.",
    "Transfers\n\nYou may request a copy of the relevant Standard Contractual Clauses by "
    "emailing us.",
])
def test_a_copy_of_the_transfer_safeguards_is_no_copy_of_data(analyser: Analyser,
                                                              text: str) -> None:
    assert "copy" not in _terms(analyser.analyse(text), "rights")


@pytest.mark.parametrize(("text", "key", "term"), [
    ("Information we collect\n\n* Payment processors tell us whether a payment succeeded and the "
     "plan you bought.", "data_categories", "financial"),
    ("Information we collect\n\nPurchases are handled by the app stores; we receive the "
     "transaction ID, product, price and date.", "data_categories", "financial"),
    ("Information we collect\n\nYour chats may contain information about your health. We process "
     "such information only to answer you.", "sensitive_categories", "health"),
    ("Data we process\n\nWe may ask for a photo of a government-issued ID.", "data_categories",
     "government_id"),
    ("What we collect\n\n- Meeting transcripts. When enabled, the meeting audio is transcribed so "
     "that the assistant can summarise the meeting.", "data_categories", "voice"),
])
def test_more_wordings_of_collected_data(analyser: Analyser, text: str, key: str,
                                         term: str) -> None:
    assert term in _terms(analyser.analyse(text), key)


def test_data_the_user_is_asked_not_to_share_is_not_collected(analyser: Analyser) -> None:
    text = ("Information we collect\n\nWe don't ask for, and you shouldn't share, information "
            "such as your health, religion or government ID numbers in conversations.")
    assert _terms(analyser.analyse(text), "sensitive_categories") == set()


# (wordings of the fresh notices written after the first fixes)

@pytest.mark.parametrize(("text", "age"), [
    ("Key facts\n\n| | Free | Business |\n|---|---|---|\n| Minimum age | 13 (with a parent's "
     "consent under 18) | 18 |\n\nKorea\n\nUsers under 14 may not use the service.", 13),
    ("Eligibility\n\nMinimum age: 16", 16),
])
def test_a_labelled_minimum_age_is_the_minimum_age(analyser: Analyser, text: str,
                                                   age: int) -> None:
    assert analyser.analyse(text)["minors"]["minimum_age"] == age


@pytest.mark.parametrize(("text", "auto"), [
    ("How we use it\n\n* **Adaptive practice.** The tutor picks the next practice question and "
     "its difficulty based on each student's previous answers.", True),
    ("How we use it\n\nWe choose the next lesson based on your past results.", True),
    ("How we use it\n\nWe choose the server based on your region.", False),
])
def test_practice_picked_from_past_answers_is_an_automated_decision(analyser: Analyser,
                                                                    text: str,
                                                                    auto: bool) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is auto


@pytest.mark.parametrize(("text", "rights"), [
    ("## Children\n\nParents can ask the School, or us, to see their child's information, to "
     "delete it, or to stop further collection.", {"access", "delete", "restrict_object"}),
    ("## Rights of parents\n\nParents (and students aged 18 or older) may review the student's "
     "records, ask for corrections, and ask for deletion.", {"access", "correct", "delete"}),
])
def test_rights_parents_may_ask_for(analyser: Analyser, text: str, rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


def test_others_rights_in_a_disclosure_clause_are_no_rights_of_the_user(
        analyser: Analyser) -> None:
    text = ("Disclosure\n\nWe may access, read, preserve, and disclose your personal information "
            "to protect the safety, property, or rights of our company, our users, or of any "
            "third party, or to comply with regulatory process.")
    assert _terms(analyser.analyse(text), "rights") == set()


@pytest.mark.parametrize(("text", "key", "term"), [
    ("## Student information we receive\n\nFrom students:\n\n* spoken questions, when a student "
     "uses the microphone button;", "data_categories", "voice"),
    ("Privacy Policy\n\n## What we collect\n\n### Account and orders\n\nYour name, email address and, when you buy "
     "a device, your shipping address and order history.", "data_categories", "financial"),
    ("## Children under 13\n\nMany students who use the tutor are under 13. As COPPA allows, the "
     "School gives consent on behalf of parents for the use of the tutor.",
     "sensitive_categories", "minor_under_14"),
])
def test_spoken_questions_orders_and_consent_given_for_parents(analyser: Analyser, text: str,
                                                               key: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), key)


# (wordings of the second batch of fresh notices)

@pytest.mark.parametrize(("text", "value"), [
    ("## Overseas transfer\n\nUsers who do not wish their personal information to be transferred "
     "overseas may refuse by withdrawing from membership; the Service cannot then be provided.",
     "yes"),
    ("## Where data is stored\n\nWe do not transfer your personal information overseas.", "no"),
])
def test_the_users_wish_not_to_be_transferred_is_no_denial(analyser: Analyser, text: str,
                                                           value: str) -> None:
    assert analyser.analyse(text)["cross_border"]["value"] == value


@pytest.mark.parametrize(("text", "value", "opt_out"), [
    ("Training\n\nOur music models learn from audio. We may use your uploads, hummed melodies and "
     "prompts to train and improve them. If you'd rather we didn't, let us know at "
     "privacy@example.org and we'll exclude your content from future training runs.", "yes",
     True),
    ("Support\n\nOur agents answer tickets. We use your feedback on tickets to train them.",
     "not_stated", False),
])
def test_models_trained_and_improved_named_by_a_pronoun(analyser: Analyser, text: str,
                                                        value: str, opt_out: bool) -> None:
    training = analyser.analyse(text)["model_training"]
    assert (training["value"], training["opt_out"]) == (value, opt_out)


def test_ranking_the_songs_you_see_is_an_automated_decision(analyser: Analyser) -> None:
    text = ("How we use it\n\nThe Discover page ranks the songs you see using what you've liked "
            "and listened to.")
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "emails"), [
    ("Contact\n\nPrivacy Officer, Example Audio Inc. Email: privacy@example.org. For copyright "
     "claims: copyright@example.org.", ["privacy@example.org"]),
    ("Contact\n\nData protection enquiries: dataprotection｛at｝example.org — our DPO reads this "
     "inbox.", ["dataprotection@example.org"]),
])
def test_copyright_addresses_and_full_width_braces(analyser: Analyser, text: str,
                                                   emails: list[str]) -> None:
    assert analyser.analyse("Privacy Policy\n\n" + text)["handler"]["emails"] == emails


def test_an_adult_and_an_age_between_dashes_is_the_minimum_age(analyser: Analyser) -> None:
    text = ("Who may use it\n\nYou must be an adult — 18 or over — to use the agent, because it "
            "can make purchases for you.")
    assert analyser.analyse(text)["minors"]["minimum_age"] == 18


@pytest.mark.parametrize(("text", "rights"), [
    ("## U.S. state privacy rights\n\nResidents of states with comprehensive privacy laws may "
     "request to know, delete or correct their personal information.",
     {"access", "delete", "correct"}),
    ("## Article 7 (Rights of Users)\n\n① Users may at any time request access to, correction or "
     "deletion of, or suspension of processing of their personal information.",
     {"access", "correct", "delete", "restrict_object"}),
    ("## Article 7 (Rights of Users)\n\n② Users may withdraw from membership by selecting "
     "\"Withdraw\" under My Page.", {"deregister_account"}),
    ("## Article 11 (Chief Privacy Officer)\n\nUsers may apply for remedies for infringement to "
     "the Personal Information Dispute Mediation Committee or the Personal Information "
     "Infringement Report Center.", {"complain"}),
])
def test_rights_in_korean_and_us_state_styles(analyser: Analyser, text: str,
                                              rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


@pytest.mark.parametrize(("text", "key", "term"), [
    ("## What we collect\n\nWe collect what you put in: prompts, melodies you hum or sing into "
     "the app, and tracks you upload.", "data_categories", "voice"),
    ("## What we collect\n\nIf you save a card in *Wallet* for the agent to use at checkout, we "
     "store it encrypted and tokenised.", "sensitive_categories", "financial_account"),
    ("## Article 1 (Items Collected)\n\n| Classification | Items collected |\n| --- | --- |\n"
     "| Sign-up with Kakao / Naver / Apple | the account identifier and nickname provided by "
     "that service |", "data_categories", "contacts_social"),
    ("## Article 1 (Items Collected)\n\n| Classification | Items collected |\n| --- | --- |\n"
     "| Paid subscription | payment approval number, payment amount, payment date |",
     "data_categories", "financial"),
])
def test_hummed_melodies_saved_cards_korean_sign_up_and_payment_records(
        analyser: Analyser, text: str, key: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), key)


# (wordings of the third batch of fresh notices: Japanese, Brazilian and US health styles)

def test_a_part_on_information_acquired_lists_collected_data(analyser: Analyser) -> None:
    text = ("Policy on the Handling of Personal Information\n\n## 2. Personal Information We "
            "Acquire\n\n(1) Information registered by users: nickname, email address, password.\n"
            "(2) Terminal information: OS, terminal identifier, IP address, access logs.")
    assert {"contact", "account", "device", "usage_logs"} <= _terms(analyser.analyse(text),
                                                                    "data_categories")


@pytest.mark.parametrize(("text", "rights"), [
    ("## 8. Requests for Disclosure\n\nWhen a user requests notification of the purposes of use, "
     "disclosure, correction, addition or deletion, suspension of use or erasure of retained "
     "personal data, the Company will respond without delay.",
     {"access", "correct", "delete", "restrict_object"}),
    ("## 8. Requests\n\nA user can also delete the account from the Account screen.",
     {"deregister_account"}),
    ("## 7. Rights\n\nYou may also file a petition with the ANPD.", {"complain"}),
])
def test_rights_in_japanese_and_brazilian_styles(analyser: Analyser, text: str,
                                                 rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


def test_a_way_out_that_names_the_numbered_purpose_a_few_items_later(analyser: Analyser) -> None:
    text = ("## 3. Purposes of Use\n\n(1) To provide the Service;\n(2) To improve the accuracy of "
            "the AI models used in the Service, using conversation logs;\n(3) To respond to "
            "inquiries;\n(4) To prevent fraudulent use;\n(5) To send notices about campaigns.\n\n"
            "Users who do not want their conversation logs to be used for the purpose in (2) may "
            "stop such use by turning off \"Provide data for AI improvement\" in settings.")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True


def test_use_restricted_to_persons_over_an_age(analyser: Analyser) -> None:
    text = ("## 8. Children and adolescents\n\nThe platform is not directed to children or "
            "adolescents, and use is restricted to persons over 18.")
    assert analyser.analyse(text)["minors"]["minimum_age"] == 18


def test_improving_the_accuracy_of_ai_models_with_transcripts_and_leaving_them_out(
        analyser: Analyser) -> None:
    text = ("## How we use it\n\nWe use de-identified chat transcripts to improve the accuracy and "
            "safety of our AI models. You can ask us to leave your transcripts out of this by "
            "writing to privacy@example.org.")
    training = analyser.analyse(text)["model_training"]
    assert training["value"] == "yes" and training["opt_out"] is True


@pytest.mark.parametrize("text", [
    "## How we use it\n\n2. **Triage suggestions.** Based on the symptoms you enter, our models "
    "estimate how urgent your situation may be and suggest a level of care.",
])
def test_triage_estimates_are_automated_decisions(analyser: Analyser, text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "device"), [
    ("## What we collect\n\n| Navigation | IP address, date and time of access, browser, device, "
     "pages visited |", True),
    ("## Sharing tools\n\nThe third-party company may be collecting information about your "
     "browser, device and online activity.", False),
])
def test_a_device_named_in_a_list(analyser: Analyser, text: str, device: bool) -> None:
    assert ("device" in _terms(analyser.analyse(text), "data_categories")) is device


# (wordings of the fourth batch of fresh notices: a Discord bot, a photo app, a legal assistant)

@pytest.mark.parametrize("text", [
    "### 7. Kids\n\nDiscord requires users to be at least 13 (older in some countries), and so do "
    "we.",
    "### 7. Kids\n\nIf you're under 13, don't use the bot.",
])
def test_at_least_an_age_required_of_users_and_youre_under(analyser: Analyser, text: str) -> None:
    minors = analyser.analyse(text)["minors"]
    assert minors["value"] is True and minors["minimum_age"] == 13


def test_bots_that_automatically_time_out_or_kick_users(analyser: Analyser) -> None:
    text = ("### 2. How we use it\n\nIf an admin turns on AutoMod, the bot classifies messages and "
            "automatically times out or kicks users whose messages its model flags as spam.")
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_logging_in_to_a_dashboard_with_discord(analyser: Analyser) -> None:
    text = ("### 1. Information we process\n\nIf you log in to the dashboard with Discord, we also "
            "receive your email address and the list of servers you're in.")
    assert "contacts_social" in _terms(analyser.analyse(text), "data_categories")


def test_photos_uploaded_a_table_of_examples_and_faces_kept_on_the_device(
        analyser: Analyser) -> None:
    text = ("Photo app privacy policy\n\n## 1. Photos and faces\n\nTo apply a retouch filter, the "
            "app detects facial features in the photo on your device; this facial information is "
            "never uploaded to our servers.\n\nWhen you use AI Avatars, the photos you select are "
            "uploaded, processed and the results sent back to you.\n\n## 2. Other information\n\n"
            "| What | Examples | Why |\n|---|---|---|\n| Device information | device model, OS "
            "version, advertising ID | operate the app |\n| Usage information | crash logs, IP "
            "address | analytics |\n")
    result = analyser.analyse(text)
    assert {"user_content", "device", "usage_logs"} <= _terms(result, "data_categories")
    assert "biometric" not in _terms(result, "sensitive_categories")


# (wordings of the fifth batch of fresh notices: a medical scribe, a chat widget, a dating app)

def test_a_place_with_a_denial_of_any_other_country_stays(analyser: Analyser) -> None:
    text = ("## Where data is processed\n\nAll PHI is stored and processed in the United States and "
            "is not transferred to any other country.")
    assert analyser.analyse(text)["cross_border"]["value"] == "no"


def test_a_security_incident_address_is_no_privacy_contact(analyser: Analyser) -> None:
    text = ("Privacy Policy\n\n## Contact\n\nPrivacy Officer: privacy@example.org · HIPAA security "
            "incidents: security@example.org · 1-888-555-0199")
    assert analyser.analyse(text)["handler"]["emails"] == ["privacy@example.org"]


@pytest.mark.parametrize(("text", "rights"), [
    ("## Rights\n\nYou may ask us for a copy of your account information, ask us to correct or "
     "delete it, or close your account.", {"copy", "correct", "delete", "deregister_account"}),
    ("## Rights\n\nYou can access, correct, download and delete your data in the app.",
     {"access", "copy", "correct", "delete"}),
    ("## Rights\n\nYou can ask us to explain how suggestions are made, and you can switch off AI "
     "suggestions under Settings.", {"explain", "restrict_object"}),
    ("## Rights\n\nYou can object to the matchmaker's profiling.", {"restrict_object"}),
])
def test_copies_downloads_explanations_and_objections(analyser: Analyser, text: str,
                                                      rights: set[str]) -> None:
    assert rights <= _terms(analyser.analyse(text), "rights")


def test_detected_frustration_is_an_automated_decision(analyser: Analyser) -> None:
    text = ("## How it is used\n\nThe bot may route you to a human agent automatically when it "
            "detects frustration or a complaint in your messages.")
    assert analyser.analyse(text)["automated_decision"]["value"] is True


@pytest.mark.parametrize(("text", "key", "term"), [
    ("## Information\n\nFor clinicians, the company is responsible for: name, work email, device "
     "and browser information, IP address.", "data_categories", "device"),
    ("## Information\n\nWe process audio of the visit, the transcript and the patient's "
     "medications.", "data_categories", "voice"),
    ("## Information\n\nWe process audio of the visit, the transcript and the patient's "
     "medications.", "sensitive_categories", "health"),
    ("## What we collect\n\nPurchases go through the app stores; we receive the order ID, product "
     "and price.", "data_categories", "financial"),
    ("## What the chat collects\n\nSome websites ask you to log in first; then the company shares "
     "your customer ID and name with us.", "data_categories", "account"),
])
def test_responsible_for_visit_audio_medications_order_and_customer_ids(
        analyser: Analyser, text: str, key: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), key)


# (wordings of the sixth batch of fresh notices: India's DPDP Act, Australia's APPs, a playground)

def test_a_company_named_learning_is_no_ai_learning(analyser: Analyser) -> None:
    text = ("Privacy Notice\n\nPadhai Learning Private Limited is the Data Fiduciary for the "
            "personal data processed through the Padhai AI app.")
    assert analyser.analyse(text)["model_training"]["value"] == "not_stated"


@pytest.mark.parametrize("text", [
    "## 3. How the tutor personalises learning\n\nThe tutor looks at each learner's test scores "
    "and the topics they get wrong and recommends the next chapter and practice questions.",
    "## How we use it\n\nIf check-in answers over several days suggest the user may be unwell or "
    "lonely, the system sends an alert to family members.",
])
def test_next_chapters_and_wellbeing_inferences_are_automated_decisions(analyser: Analyser,
                                                                        text: str) -> None:
    assert analyser.analyse(text)["automated_decision"]["value"] is True


def test_nothing_sent_outside_is_a_denial(analyser: Analyser) -> None:
    text = ("## In short\n\n- **Where:** servers at a university computing centre in Germany. "
            "Nothing is sent outside the EU.")
    assert analyser.analyse(text)["cross_border"]["value"] == "no"


def test_an_age_or_older_only_and_dont_want_that(analyser: Analyser) -> None:
    text = ("## In short\n\n- **What we do with it:** Prompts may be included in open datasets "
            "that we and others use to train and evaluate language models.\n- **Don't want "
            "that?** Tick \"Don't use my prompts for research\" before you send.\n- **Who:** 16 "
            "or older only.")
    result = analyser.analyse(text)
    assert result["model_training"]["value"] == "yes"
    assert result["model_training"]["opt_out"] is True
    assert result["minors"]["minimum_age"] == 16


@pytest.mark.parametrize(("text", "key", "term"), [
    ("## 8. Your rights as a Data Principal\n\nYou have the right to obtain a summary of the "
     "personal data we process.", "rights", "access"),
    ("## 1. Personal data we process\n\n| Personal data | Purpose |\n|---|---|\n| Questions "
     "typed, doubts asked to the AI tutor, voice questions | answer doubts |", "data_categories",
     "voice"),
    ("## What we collect\n\n* **what the user says to the speaker** after the wake word — we "
     "record the request and keep the text;", "data_categories", "voice"),
])
def test_a_summary_of_data_voice_questions_and_what_the_user_says(analyser: Analyser, text: str,
                                                                  key: str, term: str) -> None:
    assert term in _terms(analyser.analyse(text), key)


def test_a_learning_support_address_is_no_privacy_contact(analyser: Analyser) -> None:
    text = ("Privacy Notice\n\n## 9. Grievance Officer\n\nMs. Rao, Grievance Officer — "
            "grievance@example.org.\n\nFor learning support, write to help@example.org.")
    assert analyser.analyse(text)["handler"]["emails"] == ["grievance@example.org"]

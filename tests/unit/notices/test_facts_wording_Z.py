"""Document terms on shapes found by reading real website notices (session 9): the OPP-115
paragraphs, which the project may use to tune and evaluate, read field by field against what the
analyser says. The fixtures are sentences written for the project, not the corpus's text."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser


@pytest.mark.parametrize(("sentence", "period"), [
    # removing data (or what makes it personal) after a time is a rule of keeping it
    ("We remove the last octet of your IP address after 9 months.", "9 months"),
    ("Identifying details are removed from these logs after 60 days.", "60 days"),
    ("We keep a copy of the prior version of your profile for 12 months.", "12 months"),
])
def test_removing_after_a_time_states_retention(analyser: Analyser, sentence: str,
                                                period: str) -> None:
    result = analyser.analyse("How long we keep data\n\n" + sentence, lang="en")
    assert result["retention"]["stated"] is True
    assert period in result["retention"]["periods"]


@pytest.mark.parametrize("sentence", [
    # an age is no period of keeping, however it is written
    "We do not keep information from children under 13 years of age.",
    "If we learn that data of someone less than 16-years-of-age was stored, we delete it.",
    "Users aged 18 years or more may store their drafts with us.",
    "Records of children who are under 13 years old are deleted on request.",
    # a time to carry out a request is no period of keeping either
    "Please allow 10 days for your address to be removed from our mailing list.",
    "Allow up to 14 days for us to delete the newsletter subscription.",
])
def test_an_age_or_a_request_time_is_no_retention_period(analyser: Analyser,
                                                         sentence: str) -> None:
    result = analyser.analyse("Keeping your information\n\n" + sentence, lang="en")
    assert result["retention"]["periods"] == []
    assert result["retention"]["stated"] is False


def test_an_age_beside_a_real_period_leaves_the_period(analyser: Analyser) -> None:
    result = analyser.analyse(
        "Keeping your information\n\nAccounts of users under 16 years of age are deleted "
        "after 30 days of inactivity.", lang="en")
    assert result["retention"]["periods"] == ["30 days"]


@pytest.mark.parametrize(("sentence", "email"), [
    # a way to keep the user's own data from others, whatever the purpose of that sharing
    ("You can opt out of having your personally identifiable information shared with partners "
     "for marketing and advertising purposes by writing to choices(at)example(dot)com.",
     "choices@example.com"),
    # a way to correct one's data, whatever the address's own name
    ("You may stop these mailings or correct your information by sending a message to "
     "unsubscribe@example.org.", "unsubscribe@example.org"),
])
def test_an_address_for_the_users_own_data_is_a_privacy_address(analyser: Analyser,
                                                                  sentence: str,
                                                                  email: str) -> None:
    result = analyser.analyse("Your choices\n\n" + sentence, lang="en")
    assert result["handler"]["emails"] == [email]


@pytest.mark.parametrize("sentence", [
    "Advertising enquiries: ads@example.com",
    "To advertise with us, write to adsales@example.com.",
    "Advertisers can reach our team at partners@example.com.",
    "To stop the newsletter, write to unsubscribe@example.org.",
])
def test_an_address_for_advertising_or_mailings_is_not(analyser: Analyser,
                                                       sentence: str) -> None:
    result = analyser.analyse("Contact\n\n" + sentence, lang="en")
    assert result["handler"]["emails"] == []


@pytest.mark.parametrize("sentence", [
    # where the user lives or writes from says nothing of where the data goes
    "If you are a resident of a country outside of the European Union, disputes about this "
    "policy go to mediation first.",
    "For enquiries from outside of Canada, please call our international line.",
    "This supplement applies to you if you live outside the United States.",
    "Visitors from outside the UK use the site at their own risk.",
])
def test_the_user_outside_a_country_is_no_transfer(analyser: Analyser, sentence: str) -> None:
    result = analyser.analyse("International users\n\n" + sentence, lang="en")
    assert result["cross_border"]["value"] == "not_stated"


@pytest.mark.parametrize(("sentence", "value"), [
    # … but the same words before what happens to the data keep their meaning
    ("If you are located outside the United States, your information will be transferred to "
     "and stored on our servers in the United States.", "yes"),
    ("Users outside the EEA should know that their data may be processed by staff working "
     "outside the EEA.", "yes"),
    # a country other than the user's own
    ("Information you submit may be transferred to, kept in and processed in countries other "
     "than the one in which you reside.", "yes"),
    ("Your account details may be stored in a country other than your own.", "yes"),
    ("We never move your files to a country other than your own.", "no"),
])
def test_data_sent_to_a_country_other_than_the_users(analyser: Analyser, sentence: str,
                                                     value: str) -> None:
    result = analyser.analyse("Where your data goes\n\n" + sentence, lang="en")
    assert result["cross_border"]["value"] == value


@pytest.mark.parametrize(("sentence", "rights"), [
    # the everyday verbs of seeing, changing and removing one's information, in a chain
    ("You may review, update or delete certain information we hold by visiting My Account.",
     {"access", "correct", "delete"}),
    ("To view and change the personal information you gave us, return to the sign-up page.",
     {"access", "correct"}),
    ("Members are able to change their contact or account details by e-mail.", {"correct"}),
    ("If you would like to modify or erase from our database any member information, write to "
     "us.", {"correct", "delete"}),
    ("You can add or update certain information on your settings page.", {"correct"}),
    ("Users are able to edit their profile information at any time.", {"correct"}),
])
def test_everyday_verbs_of_a_users_own_information_are_rights(analyser: Analyser,
                                                              sentence: str,
                                                              rights: set[str]) -> None:
    result = analyser.analyse("Your information\n\n" + sentence, lang="en")
    assert {r["term"] for r in result["rights"]} == rights


@pytest.mark.parametrize("sentence", [
    # the handler's own acts, and an obligation of the user, are no rights
    "When you connect a social account, you allow us to access certain information from it.",
    "We may update your information from public sources.",
    "We will access your data only to provide support.",
    "You are responsible for giving us accurate details and you must update such information.",
    "We may change the way we use your information; we will post the change here.",
])
def test_the_handlers_acts_on_information_are_no_rights(analyser: Analyser,
                                                        sentence: str) -> None:
    result = analyser.analyse("Your information\n\n" + sentence, lang="en")
    assert {r["term"] for r in result["rights"]} & {"access", "correct"} == set()


@pytest.mark.parametrize(("sentence", "category"), [
    # the user asked for the data, or told to give it, is data collected
    ("To enter the prize draw you will be required to submit your name and email address.",
     "contact"),
    ("When you check out you will be asked to enter your card number and billing address.",
     "financial"),
    ("We may ask you for your name, postal address and telephone number.", "contact"),
    ("You will have to provide a username and a password.", "account"),
    ("From time to time a survey requests your name and mobile number.", "contact"),
    ("We require you provide an e-mail address when you sign up.", "contact"),
    ("You are given the option of providing us with your phone number.", "contact"),
    ("If you write to us, we will retain your email address to reply.", "contact"),
    ("We also use your e-mail address to send you service notices.", "contact"),
    ("We may ask you to provide your bank account so that we can pay you.", "financial"),
    ("For purchases, card and billing information may be required.", "financial"),
    ("We will request that you set up a password.", "account"),
    ("For example: you may give us your name and e-mail address.", "contact"),
    ("To join the forum, members must provide their e-mail address and a password.", "contact"),
    ("Please provide your email address in the space below.", "contact"),
    ("The forum also requires registration with a user name and a password.", "account"),
    ("To verify your identity, we'll need information like your phone number.", "contact"),
    ("You may provide your legal name and phone number on the form.", "contact"),
    # saying location data is had
    ("We also infer your general location from your IP address.", "location"),
    ("We may also use location information to improve our maps.", "location"),
    ("Some features use your precise location to suggest events.", "location"),
])
def test_data_the_user_is_asked_for_is_collected(analyser: Analyser, sentence: str,
                                                 category: str) -> None:
    assert category in _categories_in_a_paragraph(analyser, sentence)


def _categories_in_a_paragraph(analyser: Analyser, sentence: str) -> set[str]:
    """The data categories of *sentence* read inside a paragraph under a heading that does not
    say data is collected: the sentence itself must say so."""
    result = analyser.analyse("Newsletters and contests\n\nWe run contests from time to time. "
                              + sentence + " Winners are announced on our blog.", lang="en")
    return {c["term"] for c in result["data_categories"]}


@pytest.mark.parametrize("sentence", [
    # … and data named only to say it is not asked for is not
    "We will never ask you for your password or card number by e-mail.",
    "You are not required to provide your phone number.",
])
def test_data_not_asked_for_is_not_collected(analyser: Analyser, sentence: str) -> None:
    assert _categories_in_a_paragraph(analyser, sentence) & {"account", "financial",
                                                             "contact"} == set()


def test_a_prose_for_example_is_no_column_of_examples(analyser: Analyser) -> None:
    # "For example:" leads prose; "Examples:" heads a statute's list of what a category holds
    result = analyser.analyse("What we collect\n\nFor example: when you order, we collect your "
                              "name and shipping address.", lang="en")
    assert "contact" in {c["term"] for c in result["data_categories"]}
    statute = analyser.analyse("Categories\n\nIdentifiers. Examples: a real name, alias, postal "
                               "address.", lang="en")
    assert statute["data_categories"] == []


@pytest.mark.parametrize(("sentence", "shared"), [
    # selling, renting, releasing or making data available is giving it to others
    ("We may sell your personal information to marketing companies.", True),
    ("Occasionally we rent our customer mailing lists to charities.", True),
    ("We may release your details to the police when the law requires it.", True),
    ("We may make your information available to our affiliates.", True),
    ("We may also share certain information such as your IP address with ad networks.", True),
    # a business sold with the data in it
    ("If we are acquired, user information may be among the transferred assets.", True),
    ("We may transfer your account data to a buyer of the business.", True),
    # denials, also in a list of verbs, and the user sharing with us
    ("We do not sell, rent or trade your personal information.", False),
    ("We never sell or share your personal information with anyone.", False),
    ("Your login provider may let you share certain information with us.", False),
])
def test_ways_of_giving_data_to_others(analyser: Analyser, sentence: str,
                                       shared: bool) -> None:
    result = analyser.analyse("Sharing your information\n\n" + sentence, lang="en")
    assert result["sharing"]["third_parties"] is shared


@pytest.mark.parametrize(("sentence", "period"), [
    # deleting by a time counted from the request is a limit on keeping
    ("Barring legal holds, we will delete your profile within 60 days of your request.",
     "60 days"),
    # the notice naming itself is no notice period
    ("We keep your data as long as this privacy notice describes, up to a maximum of one year.",
     "one year"),
])
def test_deleting_by_a_time_and_a_notice_naming_itself(analyser: Analyser, sentence: str,
                                                        period: str) -> None:
    result = analyser.analyse("Retention\n\n" + sentence, lang="en")
    assert result["retention"]["periods"] == [period]


@pytest.mark.parametrize("sentence", [
    "We will respond to your deletion request within 30 days of receiving it.",
    "You can ask which categories of data we disclosed in the last 12 months.",
])
def test_an_answer_time_or_a_look_back_is_no_period(analyser: Analyser, sentence: str) -> None:
    result = analyser.analyse("Retention\n\n" + sentence, lang="en")
    assert result["retention"]["periods"] == []


def test_a_service_not_targeted_at_the_young_sets_an_age(analyser: Analyser) -> None:
    result = analyser.analyse("Children\n\nOur games are not targeted at people who are under "
                              "the age of 16.", lang="en")
    assert result["minors"]["minimum_age"] == 16


@pytest.mark.parametrize(("sentence", "emails"), [
    # an address in Markdown emphasis, and one with an underscore of its own
    ("You may also contact our EU representative at _rep@example.eu_.", ["rep@example.eu"]),
    ("Write to data_protection@example.com about your rights.",
     ["data_protection@example.com"]),
    # the list of partners data goes to is a privacy matter
    ("Contact help@example.com if you wish to receive a list of our advertising partners.",
     ["help@example.com"]),
])
def test_addresses_in_emphasis_and_for_the_list_of_partners(analyser: Analyser, sentence: str,
                                                            emails: list[str]) -> None:
    result = analyser.analyse("Contact\n\n" + sentence, lang="en")
    assert result["handler"]["emails"] == emails


@pytest.mark.parametrize(("sentence", "right"), [
    ("An authorised agent may submit access and deletion requests for you.", "access"),
    ("You can request copies of your personal data.", "copy"),
    ("You can also tell us to stop processing your information in some cases.",
     "restrict_object"),
    ("Where we rely on your consent, such consent can be withdrawn at any time.",
     "withdraw_consent"),
    ("Once the permission is given, it can be revoked by the user at any time.",
     "withdraw_consent"),
])
def test_more_everyday_wordings_of_rights(analyser: Analyser, sentence: str,
                                          right: str) -> None:
    result = analyser.analyse("Your rights\n\n" + sentence, lang="en")
    assert right in {r["term"] for r in result["rights"]}


def test_consent_that_cannot_be_withdrawn_is_no_right(analyser: Analyser) -> None:
    result = analyser.analyse("Your rights\n\nYour consent cannot be withdrawn once the order "
                              "ships.", lang="en")
    assert "withdraw_consent" not in {r["term"] for r in result["rights"]}


@pytest.mark.parametrize("sentence", [
    # the end of the work the data is sent for, with words between
    "Your pictures are removed from our storage and deleted from it once processing is completed.",
    "Audio files are kept only for the duration of processing.",
    "We do not store your audio after your session ends.",
])
def test_keeping_data_only_while_the_work_lasts_states_retention(analyser: Analyser,
                                                                 sentence: str) -> None:
    result = analyser.analyse("Retention\n\n" + sentence, lang="en")
    assert result["retention"]["stated"] is True


def test_a_chain_of_verbs_holds_restricting_and_exporting(analyser: Analyser) -> None:
    result = analyser.analyse("Your rights\n\nYou may access, correct, delete, or restrict your "
                              "personal information, and export your data.", lang="en")
    assert {"access", "correct", "delete", "restrict_object", "copy"} <= {
        r["term"] for r in result["rights"]}


@pytest.mark.parametrize(("text", "health"), [
    ("1. Information we collect\n\n- Health profile: height, weight, allergies and medical "
     "conditions you choose to share.", True),
    ("1. Information we collect\n\n- Injury information or physical limitations you select.",
     True),
    # an organisation's name, and a denial, are no health data
    ("1. Information we collect\n\nThe Peanut Allergy Research Fund uses cookies to count "
     "visitors.", False),
    ("1. Information we collect\n\nWe do not collect information about medical conditions.",
     False),
    # the statute's protected classes, listed without saying anything is collected
    ("1. Information we collect\n\nProtected classes include sex (including pregnancy or "
     "childbirth and related medical conditions) and age.", False),
])
def test_medical_conditions_allergies_and_injuries_are_health(analyser: Analyser, text: str,
                                                             health: bool) -> None:
    result = analyser.analyse(text, lang="en")
    assert ("health" in {c["term"] for c in result["sensitive_categories"]}) is health


@pytest.mark.parametrize(("sentence", "value"), [
    ("We use your health profile so the AI can personalize recommendations.", True),
    ("- Generate AI-based recommendations for your workouts.", True),
    ("We do not personalize recommendations.", False),
])
def test_personalised_recommendations_as_a_purpose(analyser: Analyser, sentence: str,
                                                    value: bool) -> None:
    result = analyser.analyse("How we use it\n\n" + sentence, lang="en")
    assert result["automated_decision"]["value"] is value


@pytest.mark.parametrize(("text", "rights"), [
    # a right named by a label opening a line of a part about the user's rights
    ("## Your controls\n\n- Access: every conversation is visible in the app.\n- Deletion: "
     "remove any chat from the sidebar.\n- Export: ask for a JSON file of your history.",
     {"access", "delete", "copy"}),
    ("Your rights\n\n- Correction: edit the profile page.\n- Portability: download everything as "
     "a ZIP archive.", {"correct", "portability", "copy"}),
    # a line that denies it, and a label outside such a part, name no right
    ("Your rights\n\n- Export: not available on free plans.", set()),
    ("## How we use data\n\n- Access: staff open the logs only for support.", set()),
])
def test_rights_named_by_a_label_in_a_part_about_rights(analyser: Analyser, text: str,
                                                        rights: set[str]) -> None:
    assert {r["term"] for r in analyser.analyse(text, lang="en")["rights"]} == rights

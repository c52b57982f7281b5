"""Terms from shapes found in session 17 (official notices of established AI writing, transcription
and photo companies, generative-media apps, agent and chatbot platforms), written for the project
(not the notices' text). Each case was checked to fail on the analyser of the session's start
before the change it pins, or is the control beside one."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.segment import unwrap

from .test_facts_wording_AE import _terms, _value

# Words read in the wrong sense: a purpose in brackets is no ID document, pinning down a bug is
# no location, a sentence presenting the product names no data it collects.
SENSES = [
    ('# 证件照隐私政策\n\n## 一、我们收集的信息\n\n注册时，您需要提供手机号码（用于实名认证）并设置密码。\n', 'zh',
     'data_categories', 'government_id', False),
    ('# 证件照隐私政策\n\n## 一、我们收集的信息\n\n实名认证时，您需要提供身份证号码。\n', 'zh',
     'data_categories', 'government_id', True),
    ('# 作文批改隐私政策\n\n## 一、我们收集的信息\n\n我们会收集日志信息，以便更准确定位并解决您遇到的问题。\n', 'zh',
     'data_categories', 'location', False),
    ('# 作文批改隐私政策\n\n## 一、我们收集的信息\n\n我们会收集您的定位信息，以便推荐附近的考点。\n', 'zh',
     'data_categories', 'location', True),
    ('# 相册隐私声明\n\n前言\n\n相册是由示例移动科技有限公司及其关联公司（以下简称“我们”）为用户提供的图片和视频浏览、管理和编辑等功能'
     '的产品与服务。\n', 'zh', 'data_categories', 'user_content', False),
    ('# 相册隐私声明\n\n## 一、我们收集的信息\n\n我们会收集您上传的图片和视频。\n', 'zh', 'data_categories',
     'user_content', True),
]

# Data named in new words: a bare "voice" beside images in a list, recordings of calls, a
# location at the end of a bracketed list.
NAMED = [
    ('# Editor privacy\n\n## Information we collect\n\nThe information we collect may include your '
     'name, email address, voice, image and other content you upload.\n', 'en', 'data_categories',
     'voice', True),
    ('# Editor privacy\n\n## Information we collect\n\nThe information we collect may include your '
     'name and email address.\n', 'en', 'data_categories', 'voice', False),
    ('# Sales calls privacy\n\n## Information we collect\n\nWe collect the recordings of phone calls '
     'and video calls that our customers make through the service.\n', 'en', 'data_categories',
     'voice', True),
    ('# Transcripts privacy\n\n## Information we collect\n\nWe collect usage data and other technical '
     'data (e.g. browser type, time zone setting and location).\n', 'en', 'data_categories',
     'location', True),
    ('# Transcripts privacy\n\n## Information we collect\n\nWe collect usage data and other technical '
     'data (e.g. browser type and time zone setting).\n', 'en', 'data_categories', 'location',
     False),
]

# Rights in new words: withdrawal by switching a permission off, a deletion button, disabling the
# account, revising account details, a complaint to the data protection
# authorities, receiving information about one's data, data "transferred" on request, deletion
# upon request; a mailing list is no erasure, nor an app requesting access a right of access.
RIGHTS = [
    ('# 作文批改隐私政策\n\n## 权限说明\n\n您开启任一权限即代表您授权我们收集相关信息，您一旦关闭任一权限即代表您取消了授权，'
     '我们将不再收集相关信息。\n', 'zh', 'rights', 'withdraw_consent', True),
    ('# 作文批改隐私政策\n\n## 权限说明\n\n您开启任一权限即代表您授权我们收集相关信息。\n', 'zh', 'rights',
     'withdraw_consent', False),
    ('# Writing app privacy\n\n## Your data\n\nYou can delete your data at any time by clicking the '
     '"Delete Account" button in your settings.\n', 'en', 'rights', 'deregister_account', True),
    ('# Sales calls privacy\n\n## Your choices\n\nYou may unsubscribe from our newsletters or disable '
     'your account at any time.\n', 'en', 'rights', 'deregister_account', True),
    ('# Scheduler privacy\n\n## Your account\n\nYou can review and revise your account information '
     'at any time.\n', 'en', 'rights', 'correct', True),
    # (revoking an app's access is no withdrawal, as the golds of three notices read it)
    ('# Scheduler privacy\n\n## Calendar\n\nWe need access to your calendar, but you can revoke our '
     'access to your calendar at any time.\n', 'en', 'rights', 'withdraw_consent', False),
    ('# Scheduler privacy\n\n## Cookies\n\nYou may also change or withdraw your cookie consent in the '
     'cookie settings.\n', 'en', 'rights', 'withdraw_consent', True),
    ('# Sales calls privacy\n\n## Privacy Shield\n\nPlease contact the EU Data Protection Authorities '
     'for more information and to file a complaint, at no charge.\n', 'en', 'rights', 'complain',
     True),
    ('# Proofreader privacy\n\n## Your rights\n\nYou have the right, upon request and free of charge, '
     'to receive information about your personal data we store.\n', 'en', 'rights', 'access', True),
    ('# Editor privacy\n\n## Your rights\n\nYou may ask that your personal data be corrected, erased, '
     'or transferred.\n', 'en', 'rights', 'portability', True),
    ('# Editor privacy\n\n## Changes\n\nIf you do not agree with the new policy, you are free to '
     'withdraw your consent within the given time period.\n', 'en', 'rights', 'withdraw_consent',
     True),
    ('# Selfie app privacy\n\n## Retention\n\nYour images are automatically purged after 30 days of '
     'inactivity or upon your request within the app.\n', 'en', 'rights', 'delete', True),
    ('# Transcripts privacy\n\n## Marketing\n\nIf you wish to have your name deleted from our mailing '
     'lists, please contact us.\n', 'en', 'rights', 'delete', False),
    ('# Transcripts privacy\n\n## Marketing\n\nIf you wish to have your name deleted from our mailing '
     'lists, please contact us.\n', 'en', 'rights', 'restrict_object', True),
    ('# Transcripts privacy\n\n## Your rights\n\nIf you wish to have your personal data deleted, '
     'please contact us.\n', 'en', 'rights', 'delete', True),
    ('# Grammar app privacy\n\n## Software\n\nWhen you access the Software, that application will '
     'request access to certain information on your computing device.\n', 'en', 'rights', 'access',
     False),
    ('# Grammar app privacy\n\n## Your rights\n\nYou may request access to the personal information '
     'we hold about you.\n', 'en', 'rights', 'access', True),
]

SCALARS = [
    # "minor" the adjective is no minor
    ('# Call analytics privacy\n\n## Changes to this policy\n\nIf the updates have minor if any '
     'consequences, they will take effect 7 days after we post them.\n', 'en', 'minors.value',
     False),
    ('# Call analytics privacy\n\n## Minors\n\nThe service is not directed to minors.\n', 'en',
     'minors.value', True),
    # not selling to outside parties says nothing of where data is kept
    ('# Writing app privacy\n\n## Sharing\n\nWe do not sell, trade, or otherwise transfer to outside '
     'parties your personally identifiable information.\n\n## Storage\n\nInformation that you '
     'transfer to our website is processed and stored in the United States.\n', 'en',
     'cross_border.value', 'yes'),
    ('# Writing app privacy\n\n## Storage\n\nWe do not transfer your data outside the European '
     'Union.\n', 'en', 'cross_border.value', 'no'),
    # a card's answer "disabled by default"
    ('# 智能体平台隐私政策\n\n## 数据处理\n\n跨境传输\n:\n默认禁用\n', 'zh', 'cross_border.value', 'no'),
    # training the service may begin one day, beside a denial of what it does now
    ('# Avatar studio privacy\n\n## AI training\n\nCurrently, user data is not used to train machine '
     'learning models. We reserve the right to update this policy and begin using submitted data '
     'for model training in the future.\n', 'en', 'model_training.value', 'no'),
    ('# Avatar studio privacy\n\n## AI training\n\nWe reserve the right to update this policy and '
     'begin using submitted data for model training in the future.\n', 'en', 'model_training.value',
     'yes'),
]


@pytest.mark.parametrize(("text", "lang", "field", "term", "present"), SENSES + NAMED + RIGHTS)
def test_terms(analyser: Analyser, text: str, lang: str, field: str, term: str,
               present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), field)) is present


@pytest.mark.parametrize(("text", "lang", "path", "expected"), SCALARS)
def test_scalars(analyser: Analyser, text: str, lang: str, path: str, expected: object) -> None:
    assert _value(analyser.analyse(text, lang=lang), path) == expected


def test_a_cards_label_colon_and_value_make_one_line() -> None:
    """A card laid out as label, colon and value on lines of their own reads as one line, with
    every offset kept (same length); a colon line at the edge of a paragraph joins nothing."""
    text = "跨境传输\n:\n默认禁用\n\n审计日志\n：\n保存365天\n"
    out = unwrap(text)
    assert out == "跨境传输 : 默认禁用\n\n审计日志 ： 保存365天\n"
    assert len(out) == len(text)
    assert unwrap("\n:\nvalue") == "\n:\nvalue"

"""Terms from shapes found in session 15 (whole notices of small AI products for cars and homes,
podcasts and restaurants, Chinese rental, towing and appliance services), written for the
project (not the notices' text). Each case was checked to fail on the analyser of the session's
start before the change it pins, or is the control beside one."""

from __future__ import annotations

import pytest

from consent_ledger.notices.analyser import Analyser

from .test_facts_wording_AE import _terms, _value

# Rights: the items of a part on "your privacy rights" under a sub-heading; the handler's own
# power and a right's label with nothing to exercise it on are no rights; a permission request
# is no right of access; permissions the user may switch off.
RIGHTS = [
    ('# Ordering bot privacy\n\n## 1. Data\n\nWe collect your order history.\n\n## 2. Your Priva'
     'cy Rights\n\n### Access & Control\n- • Delete your account and associated data\n- • Opt '
     'out of marketing communications\n', 'en', 'rights', 'deregister_account', True),
    ('# Ordering bot privacy\n\n## 1. Data\n\nWe collect your order history.\n\n## 2. Your Priva'
     'cy Rights\n\n### Access & Control\n- • Delete your account and associated data\n- • Opt '
     'out of marketing communications\n', 'en', 'rights', 'restrict_object', True),
    # (a part on the handler's work, not the user's rights)
    ('# Ordering bot privacy\n\n## 1. Data\n\nWe collect your order history.\n\n## 2. Our Opera'
     'tions\n\n### Cleanup\n- • Delete stale accounts and associated data\n', 'en', 'rights',
     'deregister_account', False),
    ('# Slides tool privacy\n\n## Terms of use\n\nWe reserve the right to restrict or terminate '
     'use of the service for abuse.\n', 'en', 'rights', 'restrict_object', False),
    ('# Slides tool privacy\n\n## Your rights\n\nYou may restrict the processing of your data. '
     'We reserve the right to refuse abusive requests.\n', 'en', 'rights', 'restrict_object',
     True),
    ('# 伙伴助手隐私政策\n\n## 九、其他\n\n本政策的版权由伙伴助手所有，伙伴助手保留一切解释和修改权利。\n',
     'zh', 'rights', 'correct', False),
    ('# 收租服务协议\n\n## 三、账户\n\n如用户违反本协议，服务方有权注销或永久冻结用户的账户。\n',
     'zh', 'rights', 'deregister_account', False),
    ('# 收租服务协议\n\n## 三、账户\n\n您有权注销您的账户，我们保留拒绝不合理请求的权利。\n',
     'zh', 'rights', 'deregister_account', True),
    ('# News writer privacy\n\n## Your Rights\n\n- **Right to Access**: No data to access\n- **'
     'Right to Deletion**: No data to delete\n', 'en', 'rights', 'access', False),
    ('# News writer privacy\n\n## Your Rights\n\n- **Right to Access**: No data to access\n- **'
     'Right to Deletion**: No data to delete\n', 'en', 'rights', 'delete', False),
    ('# News writer privacy\n\n## Your Rights\n\n- **Right to Access**: no fee is charged for '
     'access requests.\n', 'en', 'rights', 'access', True),
    ('# Mechanic chat privacy\n\n## 4. Permissions\n\nWe request access to:\n\n- **Storage:** '
     'For image uploads and exports.\n- **Camera:** For part photos.\n', 'en', 'rights',
     'access', False),
    ('# Mechanic chat privacy\n\n## 6. Your choices\n\nYou may request access to the data we '
     'hold about you.\n', 'en', 'rights', 'access', True),
    ('# 租房助手隐私政策\n\n## 一、权限\n\n您可以在“系统设置->权限管理”中查看上述权限的开启状态，并可以决定将这些权限随时'
     '开启或关闭。\n', 'zh', 'rights', 'withdraw_consent', True),
    ('# 租房助手隐私政策\n\n## 一、权限\n\n您可以在“系统设置->权限管理”中查看上述权限的开启或关闭状态。\n',
     'zh', 'rights', 'withdraw_consent', False),
]

# Data categories: images the user captures, location "or region" information, and a Chinese
# definition for the notice's purposes whose examples run through the parts of its sentence.
CATEGORIES = [
    ('# Car finder privacy\n\n## Information We Collect\n\n- **Photos**: Images you capture or '
     'select for vehicle identification\n- **Hints**: Location or region information you may '
     'provide to improve accuracy\n', 'en', 'data_categories', 'user_content', True),
    ('# Car finder privacy\n\n## Information We Collect\n\n- **Photos**: Images you capture or '
     'select for vehicle identification\n- **Hints**: Location or region information you may '
     'provide to improve accuracy\n', 'en', 'data_categories', 'location', True),
    ('# 租房服务隐私政策\n\n## 一、我们如何收集\n\n为本隐私政策之目的，个人信息包括但不限于：基本信息（姓名、手机号码）；面部特征'
     '；其他信息（网页浏览记录、精准定位信息）。在您使用我们的服务时，我们会收集您的手机号码。\n',
     'zh', 'data_categories', 'biometric', False),
    ('# 租房服务隐私政策\n\n## 一、我们如何收集\n\n为本隐私政策之目的，个人信息包括但不限于：基本信息（姓名、手机号码）；面部特征'
     '；其他信息（网页浏览记录、精准定位信息）。在您使用我们的服务时，我们会收集您的手机号码。\n',
     'zh', 'sensitive_categories', 'whereabouts', False),
    ('# 租房服务隐私政策\n\n## 一、我们如何收集\n\n为本隐私政策之目的，个人信息包括但不限于：基本信息（姓名、手机号码）；面部特征'
     '；其他信息（网页浏览记录、精准定位信息）。在您使用我们的服务时，我们会收集您的手机号码。\n',
     'zh', 'data_categories', 'contact', True),
    # (not a definition: what the handler collects, one part after another)
    ('# 租房服务隐私政策\n\n## 一、我们如何收集\n\n我们收集的个人信息包括：手机号码；面部特征（用于实名认证）；精准定位信息。\n',
     'zh', 'data_categories', 'biometric', True),
]

SCALARS = [
    # a country named after "countries outside", and data kept at home in four characters
    ('# Car market privacy\n\n## 10. International Data Transfers\n\nYour data may be processe'
     'd in countries outside Jordan, including the United States.\n', 'en',
     'cross_border.value', 'yes'),
    ('# Car market privacy\n\n## 10. Contact\n\nIf you are located in countries outside the EU'
     ', please write to our local office.\n', 'en', 'cross_border.value', 'not_stated'),
    ('# 家电保修簿隐私政策\n\n## 五、存储\n\n数据境内存储，保存于腾讯云服务器。\n', 'zh', 'cross_border.value',
     'no'),
    # kept until the user deletes it, said as "unless deleted by the user"
    ('# Mechanic chat privacy\n\n## 5. Data Retention & Deletion\n\n- Session data is retained '
     'for diagnostic history unless deleted by the user.\n', 'en', 'retention.stated', True),
    ('# Mechanic chat privacy\n\n## 5. Data Retention\n\n- Session data is retained unless dele'
     'ted by law enforcement request.\n', 'en', 'retention.stated', False),
    # training "our systems" beside a denial about third parties' models
    ('# Podcast editor privacy\n\n## How we use information\n\n- **Operate and improve** the Se'
     'rvices, including training our systems to perform better for you (e.g., presets, failur'
     'e detection). We do **not** use your User Content to train third-party foundation model'
     's.\n', 'en', 'model_training.value', 'yes'),
    ('# Podcast editor privacy\n\n## Security\n\nWe provide the training our systems administra'
     'tors need.\n', 'en', 'model_training.value', 'not_stated'),
]


@pytest.mark.parametrize(("text", "lang", "field", "term", "present"), RIGHTS + CATEGORIES)
def test_terms(analyser: Analyser, text: str, lang: str, field: str, term: str,
               present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), field)) is present


@pytest.mark.parametrize(("text", "lang", "path", "expected"), SCALARS)
def test_scalars(analyser: Analyser, text: str, lang: str, path: str, expected: object) -> None:
    assert _value(analyser.analyse(text, lang=lang), path) == expected

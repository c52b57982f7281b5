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


# Round 2: official consumer and AI-company notices, mini-program notices, finance apps.
ROUND_2_TERMS = [
    # a clause about a choice that says what is kept is read for data too
    ('# Proofreader privacy\n\n## Newsletter\n\nYou can opt out at any time. If you subscribe to our '
     'newsletter, your email address will be stored at our newsletter provider and you can '
     'unsubscribe at any time.\n', 'en', 'data_categories', 'contact', True),
    # the services a notice covers are no data collected
    ('# 工具站隐私政策\n\n一、适用范围\n\n本条款适用于平台向用户提供的所有服务，包括但不限于账户注册、资源上传与下载等核心功能。\n',
     'zh', 'data_categories', 'account', False),
    ('# 工具站隐私政策\n\n一、我们收集的信息\n\n账户注册时，我们会收集您的账户名和密码。\n', 'zh', 'data_categories',
     'account', True),
    # 邮箱 in a bracketed list is an address; 通过邮箱 is a channel
    ('# 报告平台隐私政策\n\n## 我们收集的信息\n\n- 账户信息（邮箱、显示名、所属组织）\n', 'zh', 'data_categories',
     'contact', True),
    ('# 报告平台隐私政策\n\n## 我们收集的信息\n\n- 我们会通过邮箱、短信向您发送通知\n', 'zh', 'data_categories',
     'contact', False),
    # deleting the account by its button; deleting account data is no closing of the account
    ('# 投资助手隐私政策\n\n## 删除账户\n\n您可以随时请求删除您在示例 App 的账户和相关数据。\n', 'zh', 'rights',
     'deregister_account', True),
    ('# 作文批改隐私政策\n\n## 五、你的权利\n\n如需完全删除账号数据，请联系开发者。\n', 'zh', 'rights',
     'deregister_account', False),
    ('# 作文批改隐私政策\n\n## 五、你的权利\n\n如需完全删除账号数据，请联系开发者。\n', 'zh', 'rights', 'delete',
     True),
    # colloquial rights
    ('# 健身计划隐私政策\n\n## 五、你的权利\n\n您可以随时编辑或更新您的身体数据、饮食偏好。\n', 'zh', 'rights',
     'correct', True),
    ('# 记录本隐私政策\n\n## 你的权利\n\n你随时可以：查看我们存了什么、删除部分或全部信息、要求不再记录。\n', 'zh',
     'rights', 'access', True),
    ('# 记录本隐私政策\n\n## 你的权利\n\n你随时可以：查看我们存了什么、删除部分或全部信息、要求不再记录。\n', 'zh',
     'rights', 'restrict_object', True),
    # a future feature is no collection now
    ('# 求职助手隐私政策\n\n## 我们收集的信息\n\n位置：如后续启用用户定位能力，将仅在您主动授权后收集您的位置信息。\n', 'zh',
     'data_categories', 'location', False),
    # a warning not to post data is no collection of it
    ('# Dating privacy\n\n## Your profile\n\nWe also do not recommend that you put any sensitive '
     'information, such as credit card details or national identity numbers, on your profile.\n',
     'en', 'data_categories', 'government_id', False),
    ('# Dating privacy\n\n## Your profile\n\nWe collect your national identity number to verify your '
     'profile.\n', 'en', 'data_categories', 'government_id', True),
    # a test-taker must provide an ID (with the curly apostrophe)
    ('# Language test privacy\n\n## Test\n\nEach time you take a test you must also provide a photo of '
     'a current, valid driver’s license.\n', 'en', 'data_categories', 'government_id', True),
    ('# Tracker privacy\n\n## Data we collect\n\nWe collect your height, weight and sleep statistics.\n',
     'en', 'data_categories', 'health', True),
    ('# Tracker privacy\n\n## Data we collect\n\nWe collect body measurements you log.\n', 'en',
     'sensitive_categories', 'health', True),
    ('# Language app privacy\n\n## Data we collect\n\nWe collect software and hardware attributes.\n',
     'en', 'data_categories', 'device', True),
    ('# Language app privacy\n\n## Community\n\nAll messages, chats and other contacts between users '
     'are stored on our webservers.\n', 'en', 'data_categories', 'user_content', True),
    ('# Language app privacy\n\n## Your rights\n\nYou may export the personal data you have provided '
     'in a format that can be transferred electronically to a third party.\n', 'en', 'rights',
     'portability', True),
    ('# Language app privacy\n\n## Your rights\n\nAny user can request change or deletion of his or '
     'her personal data at any time.\n', 'en', 'rights', 'correct', True),
    ('# Dating privacy\n\n## Deleting\n\nIf you wish, we will delete your account information; to do '
     'so, please close your account by sending us an email.\n', 'en', 'rights', 'deregister_account',
     True),
    ('# Running app privacy\n\n## Email\n\nYou may remove your name from our email list at any '
     'time.\n', 'en', 'rights', 'restrict_object', True),
]

ROUND_2_SCALARS = [
    # an LLM that does the work is no model trained on the work
    ('# 表达润色隐私政策\n\n二、信息的使用\n\n3. 文本优化由云端大语言模型完成，语音识别由云服务商提供技术支持。\n', 'zh',
     'model_training.value', 'not_stated'),
    ('# 表达润色隐私政策\n\n二、信息的使用\n\n我们会使用您的文本优化我们的模型。\n', 'zh', 'model_training.value',
     'yes'),
    # machines taught, a bot that learns from conversations
    ('# Vision API privacy\n\n## Data\n\nWe collect data from our app and our API to teach our machines '
     'to be faster and more accurate.\n', 'en', 'model_training.value', 'yes'),
    ('# Chatbot privacy\n\n## Conversations\n\nThe bot may record, learn from and later re-use words '
     'and phrases from your conversations.\n', 'en', 'model_training.value', 'yes'),
    # a request to close the account is no rule of how long data is kept; closing then deleting is
    ('# 求职助手隐私政策\n\n## 联系我们\n\n如您需要申请账号注销/个人信息删除，请通过以下方式联系我们。\n', 'zh',
     'retention.stated', False),
    ('# 求职助手隐私政策\n\n## 存储\n\n当账号注销或被删除后，相关数据将被删除。\n', 'zh', 'retention.stated', True),
    # a cap on the records kept, data never deleted, deletion on cancelling the account
    ('# 人格测试隐私政策\n\n## 存储\n\n历史记录最多保留 30 条，超出后自动删除最早的记录。\n', 'zh',
     'retention.stated', True),
    ('# Chatbot privacy\n\n## Content\n\nContent is by default not deleted from our servers.\n', 'en',
     'retention.stated', True),
    ('# Tracker privacy\n\n## Deletion\n\nWhen you request cancellation of your account, your '
     'personal information will be deleted.\n', 'en', 'retention.stated', True),
]


# Round 3: hiring, chatbot-builder, edtech and note-taking notices.
ROUND_3_TERMS = [
    # denials by "不会访问", "不要求或收集", "ask that you not send"
    ('# 编辑器隐私政策\n\n## 5. 权限说明\n\n- 我们不会访问摄像头、麦克风、精确位置、联系人、日历或生物识别信息；\n', 'zh',
     'sensitive_categories', 'biometric', False),
    ('# 编辑器隐私政策\n\n## 5. 权限说明\n\n- 我们会访问摄像头并收集您的人脸识别信息；\n', 'zh',
     'sensitive_categories', 'biometric', True),
    ('# Bot builder privacy\n\n## What we collect\n\nWe ask that you not send or disclose to us any '
     'sensitive personal information (e.g., social security numbers, religion or other beliefs, '
     'biometrics).\n', 'en', 'sensitive_categories', 'religion', False),
    # a local copying method is no right to a copy
    ('# 编辑器隐私政策\n\n## 6. 您的控制权\n\n您可以随时在设置中将图片插入方式切换回本地复制，以停止后续上传。\n', 'zh',
     'rights', 'copy', False),
    # kept in the browser's local storage
    ('# 绘图插件隐私政策\n\n## 数据存储\n\n配置、历史对话、XML 版本主要保存在浏览器本地存储（chrome.storage.local）。\n',
     'zh', 'data_categories', 'user_content', False),
    # what the user creates, content from social networks, real-name verification
    ('# 思维导图隐私政策\n\n## 我们收集的信息\n\n- 您创建的思维导图内容和数据\n', 'zh', 'data_categories',
     'user_content', True),
    ('# 笔记隐私政策\n\n## 我们收集的信息\n\n4. 创作内容：您在平台上创建、编辑的文档、笔记、项目等内容数据。\n', 'zh',
     'data_categories', 'user_content', True),
    ('# 笔记隐私政策\n\n## 我们收集的信息\n\n我们也可能从第三方（如社交媒体平台或为我们提供数据的其他公司）收集关于您的信息。\n',
     'zh', 'data_categories', 'contacts_social', True),
    ('# 体重管理隐私政策\n\n## 我们收集的信息\n\n您可以补充您的昵称、性别、生日以及您实名验证的相关信息。\n', 'zh',
     'data_categories', 'government_id', True),
    # rights as items after "you have the right to request that we:"
    ('# Courses privacy\n\n## Your rights\n\nYou have the right to request that we:\n\n  * provide '
     'access to any Personally Identifiable Information we hold about you;\n  * prevent the processing '
     'of your Personally Identifiable Information for direct-marketing purposes;\n  * provide your '
     'Personally Identifiable Information to a third party provider of services; or\n  * provide you '
     'with a copy of any Personally Identifiable Information which we hold about you.\n', 'en',
     'rights', 'copy', True),
    ('# Courses privacy\n\n## Your rights\n\nYou have the right to request that we:\n\n  * provide '
     'access to any Personally Identifiable Information we hold about you;\n', 'en', 'rights',
     'access', True),
    ('# Courses privacy\n\n## Your rights\n\nYou have the right to request that we:\n\n  * provide '
     'your Personally Identifiable Information to a third party provider of services.\n', 'en',
     'rights', 'portability', True),
    ('# Bot builder privacy\n\n## California\n\nCalifornia residents are entitled to contact us to '
     'prevent disclosure of Personal Information to third parties for direct marketing purposes.\n',
     'en', 'rights', 'restrict_object', True),
    # a copy of a law-enforcement request, the handler's own right to access: no rights
    ('# Models privacy\n\n## Law enforcement\n\nIf we receive a request from law enforcement, we will '
     'notify you and provide you with a copy of the request.\n', 'en', 'rights', 'copy', False),
    ('# Bot builder privacy\n\n## Access\n\nWe reserve the right to access, read, preserve, and '
     'disclose any information as we reasonably believe is necessary.\n', 'en', 'rights', 'access',
     False),
    # data named in new words
    ('# Interviews privacy\n\n## Information we collect\n\nAn interview can include your work history '
     'and other responses to questions.\n', 'en', 'data_categories', 'user_content', True),
    ('# Photo app privacy\n\n## Information we collect\n\nIf you geotag your photo, your latitude and '
     'longitude will be stored with the photo.\n', 'en', 'data_categories', 'location', True),
    ('# Interviews privacy\n\n## Information we collect\n\nWe log the general location of your server.'
     '\n', 'en', 'data_categories', 'location', False),
    ('# Bot builder privacy\n\n## Information we collect\n\nIf you provide your Facebook or other '
     'third-party account credentials, that information may be transmitted into your account with '
     'us.\n', 'en', 'data_categories', 'contacts_social', True),
    # a processor's own card collection under a short title sentence
    ('# Courses privacy\n\n## Information we collect\n\n  * Third Party Credit Card Processing. You can '
     'pay using a credit card through a third party payment processing service provider. Please note '
     'that our service provider – not Example – collects and processes your credit card '
     'information.\n', 'en', 'sensitive_categories', 'financial_account', False),
    # a child under 13 with a parent's permission
    ('# Test prep privacy\n\n## Children\n\nIf you are under age 13, a law called COPPA says that we '
     'must have a parent’s permission before we may collect and use your Personal Information.\n',
     'en', 'sensitive_categories', 'minor_under_14', True),
]

ROUND_3_SCALARS = [
    ('# Photo app privacy\n\n## Transfers\n\nThe various communications will necessarily result in the '
     'transfer of information across international boundaries.\n', 'en', 'cross_border.value',
     'yes'),
    ('# Airline privacy\n\n## Legal bases\n\nWe have a legitimate interest in expediting baggage '
     'clearance across international borders.\n', 'en', 'cross_border.value', 'not_stated'),
    ('# Discovery app privacy\n\n## How we use information\n\nWe use this information, for example to '
     'recommend websites that correspond to your profile and interests.\n', 'en',
     'automated_decision.value', True),
    ('# Courses privacy\n\n## How we use information\n\nWe use the information to track your '
     'progress. We may also share your information and your performance with the instructor, with '
     'teaching assistants or other individuals designated by the instructor to assist with the '
     'creation, modification or operation of the course.\n', 'en', 'model_training.value',
     'not_stated'),
]


# Round 4: analytics and chat vendors, health and home-device notices, device companion apps.
ROUND_4_TERMS = [
    # a heading on transfers abroad is no right to move one's data
    ('# 摄像头隐私政策\n\n## 您的个人信息如何在全球范围转移\n\n您可以了解：我们可能会向我们的海外设施转移并存储您的个人信息。\n',
     'zh', 'rights', 'portability', False),
    ('# 摄像头隐私政策\n\n## 五、您的权利\n\n您有权要求我们将您的个人信息转移至您指定的个人信息处理者。\n', 'zh',
     'rights', 'portability', True),
    # the handler's power to change the notice is no user's right to correct
    ('# 看家隐私政策\n\n## 其他\n\n若本政策的某些条款存在修改的必要，那么示例看家有权随时对本政策进行删减、增加、修改或者终止。\n',
     'zh', 'rights', 'correct', False),
    ('# 商城隐私政策\n\n## 您的权利\n\n您可通过“我-设置-收货地址”的路径对留存的常用收货信息进行增加、修改、删除操作。\n',
     'zh', 'rights', 'correct', True),
    # device and place in older wording
    ('# 加密摄像头隐私政策\n\n## 我们收集的信息\n\n读取您的移动设备属性，包括您使用设备的品牌及型号、设备的识别码，以及您的所在地等信息。\n',
     'zh', 'data_categories', 'device', True),
    ('# 加密摄像头隐私政策\n\n## 我们收集的信息\n\n读取您的移动设备属性，包括您使用设备的品牌及型号、设备的识别码，以及您的所在地等信息。\n',
     'zh', 'data_categories', 'location', True),
    # a warning to users, a "Like" button, employees' supervised access
    ('# Mail tool privacy\n\n## Email content\n\nUsers should not include any highly sensitive information '
     '(such as social security numbers, financial information, or protected health information) in '
     'any emails.\n', 'en', 'sensitive_categories', 'health', False),
    ('# Analytics privacy\n\n## Social widgets\n\nOur site includes social media features, such as the '
     'Facebook Like button. These features may collect your IP address.\n', 'en', 'data_categories',
     'contacts_social', False),
    ('# Analytics privacy\n\n## Information we collect\n\nWe collect social media profile data when you '
     'connect your account.\n', 'en', 'data_categories', 'contacts_social', True),
    ('# Thermostat privacy\n\n## Access\n\nOur service technicians and other employees have supervised '
     'access to your information so they can answer your questions if you contact us for help.\n',
     'en', 'rights', 'access', False),
    ('# Period tracker privacy\n\n## Consent\n\nYou can find a detailed explanation of what you consent '
     'to in the next section.\n', 'en', 'rights', 'explain', False),
    # health data of an insurer, videos a camera's user posts, objection to marketing
    ('# Insurer privacy\n\n## Information we collect\n\nWe collect claims information and prior '
     'authorizations.\n', 'en', 'sensitive_categories', 'health', True),
    ('# Camera privacy\n\n## Information we collect\n\nWe collect the videos you post in your private '
     'and public space.\n', 'en', 'data_categories', 'user_content', True),
    ('# Meditation privacy\n\n## Your rights\n\nYou have the right to ask us not to process your '
     'personal data for marketing purposes.\n', 'en', 'rights', 'restrict_object', True),
]

ROUND_4_SCALARS = [
    # a denial of any automated decision-making and profiling at all outweighs a word of
    # personalisation; a practice named by its own words is not outweighed
    ('# Period tracker privacy\n\n## Uses\n\nWe use your data to deliver personalized insights as your '
     'health companion.\n\n## Data protection\n\nWe do not engage in any automated decision-making or '
     'profiling activities.\n', 'en', 'automated_decision.value', False),
    ('# Period tracker privacy\n\n## Profiling\n\nWe use profiling to personalise your feed.\n\n## Data '
     'protection\n\nWe do not engage in any automated decision-making or profiling activities that '
     'produce legal effects.\n', 'en', 'automated_decision.value', True),
    ('# 摄像头隐私政策\n\n## 敏感信息\n\n我们将会对于特定类别的个人数据的处理（如自动个体决策）征求您的明确同意。\n', 'zh',
     'automated_decision.value', True),
    ('# Data platform privacy\n\n## How we use data\n\nWe organize it into user groups and audiences, '
     'based on factors such as age, gender, geography and interests.\n', 'en',
     'automated_decision.value', True),
    # retention as long as one is a customer, or not kept beyond the work
    ('# Thermostat privacy\n\n## Retention\n\nWe keep your information for as long as you remain a Nest '
     'customer.\n', 'en', 'retention.stated', True),
    ('# 智算平台隐私政策\n\n## 信息保存期限与删除规则\n\n平台不保存请求正文，仅在处理期间临时使用，不以持久化方式留存。\n', 'zh',
     'retention.stated', True),
]


# Round 5: marketplaces and lenders, current small AI products, API gateways and data companies.
ROUND_5_TERMS = [
    # a line naming the payment processor, a card number not stored
    ('# 智能体隐私政策\n\n## 6. 第三方服务\n\n我们使用以下受信任的第三方处理特定功能：\n\n- Stripe — 信用卡支付\n', 'zh',
     'sensitive_categories', 'financial_account', False),
    ('# 网关隐私政策\n\n## 支付\n\n我们不存储您的完整卡号；银行卡支付由我们的支付处理方 Stripe 处理。\n', 'zh',
     'sensitive_categories', 'financial_account', False),
    ('# 网关隐私政策\n\n## 支付\n\n我们会收集并保存您的银行卡号。\n', 'zh', 'sensitive_categories',
     'financial_account', True),
    # a face restored in a photo is no face data
    ('# 老照片修复隐私政策\n\n## 我们收集的信息\n\n我们收集您上传的照片，为您提供照片的 AI 上色和人脸高清修复服务。\n', 'zh',
     'data_categories', 'biometric', False),
    ('# 老照片修复隐私政策\n\n## 我们收集的信息\n\n我们会采集您的人脸信息用于身份核验。\n', 'zh', 'data_categories',
     'biometric', True),
    # rights in a part on the user's control, by their headings and a JSON archive
    ('# 智能体隐私政策\n\n## 4. 用户控制\n\n### 4.2 数据删除\n\n发邮件到 privacy@example.com，我们将在 7 天内删除你的：'
     '账户 / 崩溃报告 / 遥测事件。\n', 'zh', 'rights', 'deregister_account', True),
    ('# 智能体隐私政策\n\n## 4. 用户控制\n\n### 4.3 数据导出\n\n同上邮箱发请求，30 天内提供 JSON 格式数据归档。\n', 'zh',
     'rights', 'portability', True),
    ('# 手办生成隐私政策\n\n## 我们收集的信息\n\n我们收集您上传的图片以及必要的联系信息，用于提供生成服务。\n', 'zh',
     'data_categories', 'contact', True),
    # a copy of the notice, resolving complaints oneself: no rights
    ('# Lender privacy\n\n## Changes\n\nYou can obtain a copy of the most updated Policy on our site.\n',
     'en', 'rights', 'copy', False),
    ('# Lender privacy\n\n## Your rights\n\nYou can obtain a copy of the personal information we hold '
     'about you.\n', 'en', 'rights', 'copy', True),
    ('# Coupons privacy\n\n## Privacy Shield\n\nYou may exercise your rights under the Privacy Shield: we '
     'commit to resolve complaints about your privacy and our collection or use of your personal '
     'information.\n', 'en', 'rights', 'complain', False),
]

ROUND_5_SCALARS = [
    # a template's note of what to fill in
    ('# 陪伴聊天隐私政策\n\n> 示例模板：上线前请补充公司名称、备案号、数据出境、第三方厂商清单与联系方式等。\n', 'zh',
     'cross_border.value', 'not_stated'),
    # opt-in training within a denied item is a way out
    ('# 智能体隐私政策\n\n## 我们不做的事\n\n- ❌ 不用对话内容训练我们或他人的 AI 模型（除非用户主动选择“贡献训练数据”）\n', 'zh',
     'model_training.opt_out', True),
    # building AI agents is no training
    ('# Agents privacy\n\n## How we use data\n\nWe use your data to develop new AI agents and workflow '
     'capabilities based on user needs.\n', 'en', 'model_training.value', 'not_stated'),
    # mood analysis, cookies' purposes under "包括：", suggestions from past trips
    ('# Journal privacy\n\n## How we use your data\n\nWe generate AI-powered insights and mood analysis '
     'from your journal entries.\n', 'en', 'automated_decision.value', True),
    ('# 网关隐私政策\n\n## Cookie\n\n我们使用Cookie和类似技术来改善您的使用体验，包括:\n- 记住您的登录状态\n- 提供个性化内容和广告'
     '(如适用)\n', 'zh', 'automated_decision.value', True),
    ('# Rides privacy\n\n## How we use\n\nWe use location for suggesting destinations based on previous '
     'trips.\n', 'en', 'automated_decision.value', True),
    # the standard's list of sensitive kinds is no provision about children
    ('# 数据服务隐私政策\n\n## 定义\n\n个人敏感信息：包括身份证件号码、银行账号、行踪轨迹、14岁以下（含）儿童的个人信息等。\n', 'zh',
     'minors.value', False),
    # where data may be processed; where the user is
    ('# OCR app privacy\n\n## International Transfers\n\nData may be processed in multiple regions by '
     'third-party processors.\n', 'en', 'cross_border.value', 'yes'),
    ('# Lender privacy\n\n## International users\n\nIf you are accessing this Site from a location '
     'outside the United States, you agree that our collection and use of your data is subject to '
     'this Policy.\n', 'en', 'cross_border.value', 'not_stated'),
]


@pytest.mark.parametrize(("text", "lang", "field", "term", "present"),
                         SENSES + NAMED + RIGHTS + ROUND_2_TERMS + ROUND_3_TERMS
                         + ROUND_4_TERMS + ROUND_5_TERMS)
def test_terms(analyser: Analyser, text: str, lang: str, field: str, term: str,
               present: bool) -> None:
    assert (term in _terms(analyser.analyse(text, lang=lang), field)) is present


@pytest.mark.parametrize(("text", "lang", "path", "expected"), SCALARS + ROUND_2_SCALARS
                         + ROUND_3_SCALARS + ROUND_4_SCALARS
                         + ROUND_5_SCALARS)
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

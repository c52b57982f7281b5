<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Article17View</name>
    <message>
        <source>PIPL Article 17: before processing your personal information, the handler must tell you, conspicuously and in clear language, truthfully, accurately and completely: who it is and how to contact it; the purposes and methods of processing, the kinds of personal information and how long they are kept; and how you can exercise your rights.</source>
        <translation>《个人信息保护法》第十七条：处理者在处理您的个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地告知您：处理者的名称或者姓名和联系方式；处理目的、处理方式，处理的个人信息种类、保存期限；以及您行使权利的方式和程序。</translation>
    </message>
    <message>
        <source>PIPL Article 17 check</source>
        <translation>《个人信息保护法》第十七条检查</translation>
    </message>
    <message>
        <source>What the notice must tell you</source>
        <translation>隐私政策应当告知的事项</translation>
    </message>
    <message>
        <source>Told?</source>
        <translation>是否告知</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Show c&amp;lauses</source>
        <translation>显示条文(&amp;L)</translation>
    </message>
    <message>
        <source>Ask for an e&amp;xplanation…</source>
        <translation>要求解释说明(&amp;X)…</translation>
    </message>
    <message>
        <source>Write a request asking the handler to explain its processing rules (PIPL Art. 48).</source>
        <translation>撰写请求，要求处理者对其个人信息处理规则进行解释说明（《个人信息保护法》第四十八条）。</translation>
    </message>
    <message>
        <source>No notice yet.</source>
        <translation>尚无隐私政策。</translation>
    </message>
    <message>
        <source>told</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Not told: {items}. A notice that leaves out what Art. 17 requires is itself a finding of the self-audit. You may ask the handler to explain its processing rules (PIPL Art. 48).</source>
        <translation>未告知：{items}。隐私政策缺少第十七条要求告知的事项，本身就是自查发现的问题。您可以要求处理者对其个人信息处理规则进行解释说明（《个人信息保护法》第四十八条）。</translation>
    </message>
    <message>
        <source>The notice tells all six things Art. 17 requires. Whether what it tells is true and complete, only the handler can answer.</source>
        <translation>隐私政策告知了第十七条要求的全部六项事项。所告知的内容是否真实、完整，只有处理者能够回答。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Findings per service</source>
        <translation>各服务的发现</translation>
    </message>
    <message>
        <source>Service, reasons and next steps</source>
        <translation>服务、理由与下一步</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Press Enter on a next step to act on it.</source>
        <translation>在“下一步”上按回车键即可执行。</translation>
    </message>
    <message>
        <source>Save the &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Overall: {tier}. {services} services: {high} high, {medium} medium, {low} low risk.</source>
        <translation>总体：{tier}。共 {services} 个服务：高风险 {high} 个，中风险 {medium} 个，低风险 {low} 个。</translation>
    </message>
    <message>
        <source>No services yet.</source>
        <translation>尚无服务。</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>保存自查报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add a service from the catalogue</source>
        <translation>从目录添加服务</translation>
    </message>
    <message>
        <source>Search by name or provider</source>
        <translation>按名称或提供者搜索</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>Services in the catalogue</source>
        <translation>目录中的服务</translation>
    </message>
    <message>
        <source>Facts and their sources</source>
        <translation>信息及其来源</translation>
    </message>
    <message>
        <source>&amp;Add to my register</source>
        <translation>添加到我的账本(&amp;A)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>隐私邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <source>Rights request page</source>
        <translation>权利请求页面</translation>
    </message>
    <message>
        <source>Account deletion page</source>
        <translation>注销账号页面</translation>
    </message>
    <message>
        <source>unknown: fill it in yourself</source>
        <translation>未知：请自行填写</translation>
    </message>
    <message>
        <source>Source ({confidence}): {origin}</source>
        <translation>来源（{confidence}）：{origin}</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>New purpose: {value}</source>
        <translation>新增目的：{value}</translation>
    </message>
    <message>
        <source>Purpose no longer listed: {value}</source>
        <translation>不再列出的目的：{value}</translation>
    </message>
    <message>
        <source>Newly collected: {value}</source>
        <translation>新增收集：{value}</translation>
    </message>
    <message>
        <source>No longer listed as collected: {value}</source>
        <translation>不再列为收集：{value}</translation>
    </message>
    <message>
        <source>New sensitive information: {value}</source>
        <translation>新增敏感个人信息：{value}</translation>
    </message>
    <message>
        <source>Sensitive information no longer listed: {value}</source>
        <translation>不再列出的敏感个人信息：{value}</translation>
    </message>
    <message>
        <source>New way of processing: {value}</source>
        <translation>新增处理方式：{value}</translation>
    </message>
    <message>
        <source>Way of processing no longer listed: {value}</source>
        <translation>不再列出的处理方式：{value}</translation>
    </message>
    <message>
        <source>Right now described: {value}</source>
        <translation>新写明的权利：{value}</translation>
    </message>
    <message>
        <source>Right no longer described: {value}</source>
        <translation>不再写明的权利：{value}</translation>
    </message>
    <message>
        <source>Training AI models on your content: {old} → {new}</source>
        <translation>用您的内容训练人工智能模型：{old} → {new}</translation>
    </message>
    <message>
        <source>Opt-out from training: {old} → {new}</source>
        <translation>退出训练的方式：{old} → {new}</translation>
    </message>
    <message>
        <source>Cross-border transfer: {old} → {new}</source>
        <translation>跨境传输：{old} → {new}</translation>
    </message>
    <message>
        <source>A retention period is now stated</source>
        <translation>现已写明保存期限</translation>
    </message>
    <message>
        <source>Retention period no longer stated</source>
        <translation>不再写明保存期限</translation>
    </message>
    <message>
        <source>New retention period: {value}</source>
        <translation>新的保存期限：{value}</translation>
    </message>
    <message>
        <source>Retention period removed: {value}</source>
        <translation>删除的保存期限：{value}</translation>
    </message>
    <message>
        <source>Sharing ({what}): {old} → {new}</source>
        <translation>共享（{what}）：{old} → {new}</translation>
    </message>
    <message>
        <source>Automated decisions: {old} → {new}</source>
        <translation>自动化决策：{old} → {new}</translation>
    </message>
    <message>
        <source>Provisions for minors: {old} → {new}</source>
        <translation>未成年人条款：{old} → {new}</translation>
    </message>
    <message>
        <source>Minimum age: {old} → {new}</source>
        <translation>最低年龄：{old} → {new}</translation>
    </message>
    <message>
        <source>New contact e-mail: {value}</source>
        <translation>新增联系邮箱：{value}</translation>
    </message>
    <message>
        <source>Contact e-mail removed: {value}</source>
        <translation>删除的联系邮箱：{value}</translation>
    </message>
    <message>
        <source>Handler named: {value}</source>
        <translation>写明的处理者：{value}</translation>
    </message>
    <message>
        <source>Handler no longer named: {value}</source>
        <translation>不再写明的处理者：{value}</translation>
    </message>
    <message>
        <source>PIPL Art. 17 item now missing: {value}</source>
        <translation>现缺少《个人信息保护法》第十七条事项：{value}</translation>
    </message>
    <message>
        <source>PIPL Art. 17 item now present: {value}</source>
        <translation>现已具备《个人信息保护法》第十七条事项：{value}</translation>
    </message>
    <message>
        <source>Effective date: {old} → {new}</source>
        <translation>生效日期：{old} → {new}</translation>
    </message>
    <message>
        <source>Language: {old} → {new}</source>
        <translation>语言：{old} → {new}</translation>
    </message>
    <message>
        <source>third parties</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>entrusted processors</source>
        <translation>受托处理者</translation>
    </message>
    <message>
        <source>public disclosure</source>
        <translation>公开披露</translation>
    </message>
    <message>
        <source>Changed: {field}</source>
        <translation>已变更：{field}</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>比较的起始版本</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>比较的目标版本</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>两个版本之间的变化</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>第 {number} 版（{date}）</translation>
    </message>
    <message>
        <source>Only one version so far. When the notice changes, fetch or import it again and the changes appear here.</source>
        <translation>目前只有一个版本。隐私政策变化后，再次获取或导入，变化就会显示在这里。</translation>
    </message>
    <message>
        <source>Version {a} → version {b}</source>
        <translation>第 {a} 版 → 第 {b} 版</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>两个版本的文本相同。</translation>
    </message>
    <message>
        <source>What changed in plain terms</source>
        <translation>用通俗的话说，变了什么</translation>
    </message>
    <message>
        <source>No change in the terms.</source>
        <translation>条款内容没有变化。</translation>
    </message>
    <message>
        <source>Clauses: {added} added, {removed} removed, {changed} changed</source>
        <translation>条文：新增 {added} 条，删除 {removed} 条，修改 {changed} 条</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>That cannot be done this way: {message}</source>
        <translation>无法这样操作：{message}</translation>
    </message>
    <message>
        <source>The vault could not be opened: wrong passphrase or key, key missing from the keyring, or the file is damaged.</source>
        <translation>无法打开账本：口令或密钥不对、钥匙串中没有密钥，或文件已损坏。</translation>
    </message>
    <message>
        <source>Not found: {message}</source>
        <translation>未找到：{message}</translation>
    </message>
    <message>
        <source>The notice could not be fetched: {message}</source>
        <translation>无法获取隐私政策：{message}</translation>
    </message>
    <message>
        <source>The input could not be used: {message}</source>
        <translation>输入无法使用：{message}</translation>
    </message>
    <message>
        <source>This conflicts with what is already there: {message}</source>
        <translation>与已有内容冲突：{message}</translation>
    </message>
    <message>
        <source>The computer refused the operation (disk full, read-only or in use): {message}</source>
        <translation>计算机拒绝了此操作（磁盘已满、只读或被占用）：{message}</translation>
    </message>
    <message>
        <source>No usable OS keyring was found on this computer. Choose a passphrase instead.</source>
        <translation>这台计算机上没有可用的系统钥匙串，请改用口令。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Please enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min} characters.</source>
        <translation>口令太短：请至少使用 {min} 个字符。</translation>
    </message>
    <message>
        <source>A vault already exists in this folder.</source>
        <translation>此文件夹中已有账本。</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet.</source>
        <translation>此文件夹中还没有账本。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Consent Ledger. Please update the app.</source>
        <translation>此账本由更新版本的知情账本写入，请更新本应用。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The letters could not be made into PDF files, so no bundle was written: {message}</source>
        <translation>信件未能生成 PDF 文件，因此没有写出证据包：{message}</translation>
    </message>
    <message>
        <source>Could not complete: {message}</source>
        <translation>无法完成：{message}</translation>
    </message>
    <message>
        <source>The computer refused the operation: {message}</source>
        <translation>计算机拒绝了此操作：{message}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Details are in the log: {log}</source>
        <translation>发生意外错误（{name}）。详情见日志：{log}</translation>
    </message>
    <message>
        <source>the log folder</source>
        <translation>日志文件夹</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record what happened</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>事项(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Consent Ledger</source>
        <translation>欢迎使用知情账本</translation>
    </message>
    <message>
        <source>Your register of AI services is kept in an encrypted vault on this computer. Nothing leaves it unless you export or send something. Choose where the vault&apos;s key is kept:</source>
        <translation>您的人工智能服务账本保存在这台计算机上的加密库中。除非您导出或发送，任何内容都不会离开这里。请选择账本密钥的保存方式：</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>密钥保存在哪里</translation>
    </message>
    <message>
        <source>In the system keyring (recommended)</source>
        <translation>保存在系统钥匙串中（推荐）</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring</source>
        <translation>将密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>A random key is stored in your operating system&apos;s keyring, which unlocks when you log in. You will not have to type anything. Anyone who can use your login session can open the vault.</source>
        <translation>一个随机密钥保存在操作系统的钥匙串中，您登录时钥匙串自动解锁，无需输入任何内容。能使用您登录会话的人都能打开账本。</translation>
    </message>
    <message>
        <source>With a passphrase I type</source>
        <translation>使用我输入的口令</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase</source>
        <translation>用口令保护账本</translation>
    </message>
    <message>
        <source>You type a passphrase each time you open the app. Nobody can open the vault without it, and neither can you: if you forget it, the data cannot be recovered.</source>
        <translation>每次打开应用时输入口令。没有口令，谁都打不开账本，您自己也不例外：忘记口令，数据将无法恢复。</translation>
    </message>
    <message>
        <source>No usable system keyring was found on this computer, so a passphrase is needed.</source>
        <translation>这台计算机上没有可用的系统钥匙串，因此需要使用口令。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建账本(&amp;C)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号信息</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>prompts and conversations</source>
        <translation>提示词与对话内容</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>biometrics (face, fingerprint, voiceprint)</source>
        <translation>生物识别信息（人脸、指纹、声纹）</translation>
    </message>
    <message>
        <source>device information</source>
        <translation>设备信息</translation>
    </message>
    <message>
        <source>usage logs and IP address</source>
        <translation>使用日志与 IP 地址</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>payment and financial data</source>
        <translation>支付与财务信息</translation>
    </message>
    <message>
        <source>address book and social data</source>
        <translation>通讯录与社交信息</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <source>religious belief</source>
        <translation>宗教信仰</translation>
    </message>
    <message>
        <source>specific identity</source>
        <translation>特定身份</translation>
    </message>
    <message>
        <source>financial accounts</source>
        <translation>金融账户</translation>
    </message>
    <message>
        <source>whereabouts</source>
        <translation>行踪轨迹</translation>
    </message>
    <message>
        <source>data of children under 14</source>
        <translation>不满十四周岁未成年人的信息</translation>
    </message>
    <message>
        <source>providing the service</source>
        <translation>提供服务</translation>
    </message>
    <message>
        <source>account management</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>security</source>
        <translation>安全保障</translation>
    </message>
    <message>
        <source>training AI models</source>
        <translation>训练人工智能模型</translation>
    </message>
    <message>
        <source>personalisation</source>
        <translation>个性化</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>营销推广</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>legal obligations</source>
        <translation>履行法定义务</translation>
    </message>
    <message>
        <source>customer support</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>collect</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>process</source>
        <translation>加工</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>provide to others</source>
        <translation>向他人提供</translation>
    </message>
    <message>
        <source>disclose publicly</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>entrust to processors</source>
        <translation>委托处理</translation>
    </message>
    <message>
        <source>transfer abroad</source>
        <translation>向境外提供</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>自动化决策</translation>
    </message>
    <message>
        <source>de-identify</source>
        <translation>去标识化</translation>
    </message>
    <message>
        <source>access</source>
        <translation>查阅</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>portability</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>close the account</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>restrict or object</source>
        <translation>限制或拒绝处理</translation>
    </message>
    <message>
        <source>complain to a regulator or court</source>
        <translation>向监管部门投诉或向法院起诉</translation>
    </message>
    <message>
        <source>Access my data</source>
        <translation>查阅我的个人信息</translation>
    </message>
    <message>
        <source>Copy of my data</source>
        <translation>复制我的个人信息</translation>
    </message>
    <message>
        <source>Transfer my data (portability)</source>
        <translation>转移我的个人信息</translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation>更正我的个人信息</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>删除我的个人信息</translation>
    </message>
    <message>
        <source>Explain the processing rules</source>
        <translation>解释处理规则</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Refuse automated decisions</source>
        <translation>拒绝自动化决策</translation>
    </message>
    <message>
        <source>Restrict or refuse processing</source>
        <translation>限制或拒绝处理</translation>
    </message>
    <message>
        <source>Close my account</source>
        <translation>注销我的账号</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <source>action required</source>
        <translation>需要我处理</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>partially fulfilled</source>
        <translation>部分办结</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已投诉</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>partially answered</source>
        <translation>部分答复</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>reminder sent</source>
        <translation>已催告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>已续期</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>for myself</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>as guardian of a child under 14</source>
        <translation>作为不满十四周岁未成年人的监护人</translation>
    </message>
    <message>
        <source>as close relative of a deceased person</source>
        <translation>作为死者的近亲属</translation>
    </message>
    <message>
        <source>who the handler is and how to contact them</source>
        <translation>处理者的名称和联系方式</translation>
    </message>
    <message>
        <source>purposes of processing</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>methods of processing</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>categories of personal information</source>
        <translation>个人信息的种类</translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>how to exercise your rights</source>
        <translation>行使权利的方式和程序</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>权利</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>policy changes</source>
        <translation>政策变更</translation>
    </message>
    <message>
        <source>Do Not Track</source>
        <translation>请勿追踪</translation>
    </message>
    <message>
        <source>specific audiences</source>
        <translation>特定人群</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>cross-border transfer</source>
        <translation>跨境传输</translation>
    </message>
    <message>
        <source>model training</source>
        <translation>模型训练</translation>
    </message>
    <message>
        <source>cookies</source>
        <translation>Cookie 等追踪技术</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>international</source>
        <translation>境外</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>a common benchmark, not a statutory deadline</source>
        <translation>常用参考期限，并非法定期限</translation>
    </message>
    <message>
        <source>the reply period you asked for</source>
        <translation>您要求的答复期限</translation>
    </message>
    <message>
        <source>the time limit the service publishes</source>
        <translation>服务公布的办理时限</translation>
    </message>
    <message>
        <source>holidays after the calendar&apos;s last year are not counted</source>
        <translation>日历数据之后年份的节假日未计入</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <source>the purpose has been achieved, cannot be achieved or is no longer needed</source>
        <translation>处理目的已实现、无法实现或者为实现处理目的不再必要</translation>
    </message>
    <message>
        <source>the service stopped or the retention period ended</source>
        <translation>已停止提供产品或者服务，或者保存期限已届满</translation>
    </message>
    <message>
        <source>I withdraw my consent</source>
        <translation>我撤回同意</translation>
    </message>
    <message>
        <source>the processing breaks the law or our agreement</source>
        <translation>处理违反法律、行政法规或者违反约定</translation>
    </message>
    <message>
        <source>another case set by law</source>
        <translation>法律、行政法规规定的其他情形</translation>
    </message>
    <message>
        <source>Write a request</source>
        <translation>撰写请求</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>参考期限</translation>
    </message>
    <message>
        <source>PIPL sets no number of days. Leave at “benchmark” to ask for a reply within the usual benchmark (15 working days or 30 days), or choose your own number.</source>
        <translation>《个人信息保护法》没有规定具体天数。保留“参考期限”即按常用参考期限（15 个工作日或 30 天）请求答复，也可以自己选择天数。</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>请求(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Writing:</source>
        <translation>身份(&amp;W)：</translation>
    </message>
    <message>
        <source>Ask for a reply &amp;within (days):</source>
        <translation>请求在以下天数内答复(&amp;W)：</translation>
    </message>
    <message>
        <source>Why the data must be deleted (PIPL Art. 47)</source>
        <translation>应当删除的理由（《个人信息保护法》第四十七条）</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>哪些信息</translation>
    </message>
    <message>
        <source>e.g. using my conversations to train models</source>
        <translation>例如：将我的对话用于训练模型</translation>
    </message>
    <message>
        <source>Processing to stop</source>
        <translation>要停止的处理活动</translation>
    </message>
    <message>
        <source>&amp;Processing to stop:</source>
        <translation>要停止的处理活动(&amp;P)：</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>信函预览</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;e-mail…</source>
        <translation>另存为电子邮件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>标记为已发送(&amp;M)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Write a request to {service}</source>
        <translation>向 {service} 撰写请求</translation>
    </message>
    <message>
        <source>This request is already saved; changes here make a new request.</source>
        <translation>此请求已保存；在这里修改将生成一个新请求。</translation>
    </message>
    <message>
        <source>no e-mail address known: add one to the service, or use its web form</source>
        <translation>没有已知的电子邮箱：请为该服务添加邮箱，或使用其网页表单</translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}</source>
        <translation>收件人：{to}
主题：{subject}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>电子邮件 (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>信函已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Record that you sent this letter today? The letter is then kept exactly as sent, and the reply date starts counting.</source>
        <translation>记录您今天已发送此信函？信函将按发送时的原样保存，答复期限开始计算。</translation>
    </message>
    <message>
        <source>Sent. Reply expected by {due} ({basis}).</source>
        <translation>已发送。预计答复日期：{due}（{basis}）。</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催告函</translation>
    </message>
    <message>
        <source>Complaint to the regulator</source>
        <translation>向监管部门投诉</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>信函正文</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;e-mail…</source>
        <translation>另存为电子邮件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}</source>
        <translation>收件人：{to}
主题：{subject}</translation>
    </message>
    <message>
        <source>This is the letter exactly as you sent it.</source>
        <translation>这是您发送时的信函原文。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>电子邮件 (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>信函已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consent Ledger</source>
        <translation>知情账本</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Consent Ledger</source>
        <translation>关于知情账本(&amp;A)</translation>
    </message>
    <message>
        <source>About Consent Ledger</source>
        <translation>关于知情账本</translation>
    </message>
    <message>
        <source>Consent Ledger {version}
An encrypted, offline register of the personal information you gave to AI services.</source>
        <translation>知情账本 {version}
一本加密、离线的账本，记录您向人工智能服务提供的个人信息。</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>已锁定。</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>What the notice says</source>
        <translation>隐私政策的内容</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Terms of the notice</source>
        <translation>隐私政策的条款</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>隐私政策原文</translation>
    </message>
    <message>
        <source>No notice yet. Import the privacy notice from a file, fetch it from its web address, or drop a file or link here.</source>
        <translation>尚无隐私政策。可从文件导入、从网址获取，或将文件或链接拖放到这里。</translation>
    </message>
    <message>
        <source>Version {number}, {source}, retrieved {date}</source>
        <translation>第 {number} 版，来源 {source}，获取于 {date}</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Personal information collected</source>
        <translation>收集的个人信息</translation>
    </message>
    <message>
        <source>Sensitive personal information (PIPL Art. 28)</source>
        <translation>敏感个人信息（《个人信息保护法》第二十八条）</translation>
    </message>
    <message>
        <source>Ways of processing (PIPL Art. 4)</source>
        <translation>处理方式（《个人信息保护法》第四条）</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>您的权利</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>stated: {periods}</source>
        <translation>已写明：{periods}</translation>
    </message>
    <message>
        <source>no concrete period stated</source>
        <translation>未写明具体期限</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>with third parties: {value}</source>
        <translation>向第三方提供：{value}</translation>
    </message>
    <message>
        <source>with entrusted processors: {value}</source>
        <translation>委托处理：{value}</translation>
    </message>
    <message>
        <source>public disclosure: {value}</source>
        <translation>公开披露：{value}</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>跨境传输</translation>
    </message>
    <message>
        <source>Your content used to train AI models</source>
        <translation>用您的内容训练人工智能模型</translation>
    </message>
    <message>
        <source>opt-out described</source>
        <translation>说明了退出方式</translation>
    </message>
    <message>
        <source>no opt-out described</source>
        <translation>未说明退出方式</translation>
    </message>
    <message>
        <source>Automated decisions and profiling</source>
        <translation>自动化决策与用户画像</translation>
    </message>
    <message>
        <source>Children and minors</source>
        <translation>儿童与未成年人</translation>
    </message>
    <message>
        <source>minimum age {age}</source>
        <translation>最低年龄 {age} 岁</translation>
    </message>
    <message>
        <source>Who is responsible, and contacts</source>
        <translation>处理者及联系方式</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Data I gave</source>
        <translation>我提供的信息</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record data &amp;given…</source>
        <translation>记录提供的信息(&amp;G)…</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>我的同意</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>隐私政策版本</translation>
    </message>
    <message>
        <source>Record a &amp;consent…</source>
        <translation>记录一项同意(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected consent</source>
        <translation>撤回所选同意(&amp;W)</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>notice changed since</source>
        <translation>此后隐私政策有变</translation>
    </message>
    <message>
        <source>Record data given</source>
        <translation>记录提供的信息</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>记录一项同意</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Select a consent first.</source>
        <translation>请先选择一项同意。</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Record that you withdrew this consent today? To tell the service, write a withdrawal request as well.</source>
        <translation>记录您今天撤回了这项同意？如需告知服务，请另外撰写一份撤回同意的请求。</translation>
    </message>
    <message>
        <source>Data and consents</source>
        <translation>信息与同意</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Change the key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring</source>
        <translation>将密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase</source>
        <translation>用口令保护账本</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前口令(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min} characters.</source>
        <translation>口令太短：请至少使用 {min} 个字符。</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>A reminder date you asked for or a common benchmark, not a statutory deadline: PIPL asks handlers to answer in time (及时).</source>
        <translation>这是您要求的日期或常用参考期限，并非法定期限：《个人信息保护法》要求处理者“及时”答复。</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Export reply &amp;dates (.ics)…</source>
        <translation>导出答复日期 (.ics)(&amp;D)…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Events and attachments</source>
        <translation>进展与附件</translation>
    </message>
    <message>
        <source>Record what &amp;happened…</source>
        <translation>记录进展(&amp;H)…</translation>
    </message>
    <message>
        <source>Open the &amp;letter…</source>
        <translation>打开信函(&amp;L)…</translation>
    </message>
    <message>
        <source>Write a &amp;reminder…</source>
        <translation>撰写催告函(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a &amp;complaint…</source>
        <translation>撰写投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Save evidence &amp;bundle…</source>
        <translation>保存证据包(&amp;B)…</translation>
    </message>
    <message>
        <source>A zip with the letters (also as PDF), events, attachments, the notice version and a sha256 manifest</source>
        <translation>一个 zip 压缩包，内含信函（另附 PDF）、进展记录、附件、当时的隐私政策版本以及 sha256 清单</translation>
    </message>
    <message>
        <source>No requests yet. Open a service and write one.</source>
        <translation>尚无请求。打开一个服务即可撰写。</translation>
    </message>
    <message>
        <source>{service} — {type}: {status}</source>
        <translation>{service} — {type}：{status}</translation>
    </message>
    <message>
        <source>Sent {sent}; reply expected by {due} ({basis}).</source>
        <translation>发送于 {sent}；预计答复日期 {due}（{basis}）。</translation>
    </message>
    <message>
        <source>{date}: {kind}</source>
        <translation>{date}：{kind}</translation>
    </message>
    <message>
        <source>    attachment: {name} ({size} bytes)</source>
        <translation>    附件：{name}（{size} 字节）</translation>
    </message>
    <message>
        <source>Press Enter to save a copy</source>
        <translation>按回车键保存副本</translation>
    </message>
    <message>
        <source>Save the evidence bundle</source>
        <translation>保存证据包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Export reply dates</source>
        <translation>导出答复日期</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>Edit service</source>
        <translation>编辑服务</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>International</source>
        <translation>境外</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Provider (legal name):</source>
        <translation>提供者（法定名称）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Privacy n&amp;otice URL:</source>
        <translation>隐私政策网址(&amp;O)：</translation>
    </message>
    <message>
        <source>Privacy &amp;e-mails (; between):</source>
        <translation>隐私邮箱（用 ; 分隔）(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Rights request &amp;form:</source>
        <translation>权利请求表单(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Please give the service a name.</source>
        <translation>请为服务填写名称。</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>&amp;Import notice…</source>
        <translation>导入隐私政策(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the privacy notice from a file (Ctrl+I)</source>
        <translation>从文件导入隐私政策（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Fetch notice</source>
        <translation>获取隐私政策(&amp;F)</translation>
    </message>
    <message>
        <source>Download the notice from its web address</source>
        <translation>从网址下载隐私政策</translation>
    </message>
    <message>
        <source>&amp;Write a request…</source>
        <translation>撰写请求(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>隐私政策版本</translation>
    </message>
    <message>
        <source>Requests to this service</source>
        <translation>向此服务提出的请求</translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation>隐私政策(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Data and consents</source>
        <translation>信息与同意(&amp;D)</translation>
    </message>
    <message>
        <source>Art. &amp;17 check</source>
        <translation>第十七条检查(&amp;1)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>变化(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Privacy contacts: {contacts}</source>
        <translation>隐私联系方式：{contacts}</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>第 {number} 版（{date}）</translation>
    </message>
    <message>
        <source>The notice changed since you consented (version {old} → {new}): {changes}. Under PIPL Art. 14 a change of purposes, methods or categories needs your fresh consent. See the Changes tab, or withdraw your consent.</source>
        <translation>您同意之后隐私政策已变化（第 {old} 版 → 第 {new} 版）：{changes}。依照《个人信息保护法》第十四条，处理目的、处理方式或个人信息种类变更的，应当重新取得您的同意。请查看“变化”标签页，或撤回您的同意。</translation>
    </message>
    <message>
        <source>#{id} {type}: {status}, due {due}</source>
        <translation>#{id} {type}：{status}，答复期限 {due}</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>尚无请求。</translation>
    </message>
    <message>
        <source>Import a privacy notice</source>
        <translation>导入隐私政策</translation>
    </message>
    <message>
        <source>Notices ({patterns})</source>
        <translation>隐私政策 ({patterns})</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <source>Please wait for the current notice to finish.</source>
        <translation>请等待当前的隐私政策处理完成。</translation>
    </message>
    <message>
        <source>Importing the notice…</source>
        <translation>正在导入隐私政策…</translation>
    </message>
    <message>
        <source>Fetching the notice…</source>
        <translation>正在获取隐私政策…</translation>
    </message>
    <message>
        <source>This text is already stored as version {number}.</source>
        <translation>此文本已保存为第 {number} 版。</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>移除服务</translation>
    </message>
    <message>
        <source>Remove {name} and everything recorded about it (data given, consents, notices, requests)? This cannot be undone.</source>
        <translation>移除 {name} 及其全部记录（提供的信息、同意、隐私政策、请求）？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Data given</source>
        <translation>提供的信息</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未结请求</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>The notice changed since you consented: check the changes.</source>
        <translation>您同意之后隐私政策已变化：请查看变化。</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Search services (Ctrl+F)</source>
        <translation>搜索服务（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>搜索服务</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>按地区筛选</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>International</source>
        <translation>境外</translation>
    </message>
    <message>
        <source>Filter by risk</source>
        <translation>按风险筛选</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>全部风险</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Add from &amp;catalogue…</source>
        <translation>从目录添加(&amp;C)…</translation>
    </message>
    <message>
        <source>Add by &amp;hand…</source>
        <translation>手动添加(&amp;H)…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>No services yet. Add the AI services you use from the catalogue or by hand.</source>
        <translation>尚无服务。请从目录或手动添加您使用的人工智能服务。</translation>
    </message>
    <message>
        <source>{count} services</source>
        <translation>共 {count} 个服务</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This app</source>
        <translation>本应用</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>闲置后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>账本</translation>
    </message>
    <message>
        <source>&amp;Move data folder…</source>
        <translation>移动数据文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>Move data folder</source>
        <translation>移动数据文件夹</translation>
    </message>
    <message>
        <source>Move the vault, its settings and backups to another folder.</source>
        <translation>把账本、设置和备份移到另一个文件夹。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>This folder was chosen with --data-dir or CONSENT_LEDGER_DATA_DIR: after a move, point that setting at the new folder.</source>
        <translation>当前文件夹由 --data-dir 或 CONSENT_LEDGER_DATA_DIR 指定：移动之后，请把该设置改为新文件夹。</translation>
    </message>
    <message>
        <source>After a move the app remembers the new folder.</source>
        <translation>移动之后，应用会记住新的文件夹。</translation>
    </message>
    <message>
        <source>Key kept:</source>
        <translation>密钥保存：</translation>
    </message>
    <message>
        <source>Change the &amp;key or passphrase…</source>
        <translation>更换密钥或口令(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>导出为 JSON(&amp;X)…</translation>
    </message>
    <message>
        <source>The whole register in a readable file (consent records with the ISO/IEC TS 27560 fields). The file is not encrypted.</source>
        <translation>将整个账本导出为可读文件（同意记录包含 ISO/IEC TS 27560 字段）。该文件不加密。</translation>
    </message>
    <message>
        <source>My details for letters</source>
        <translation>信函中使用的我的信息</translation>
    </message>
    <message>
        <source>Only what a service needs to find your account. Kept encrypted in the vault.</source>
        <translation>只填写服务找到您账号所需的信息。加密保存在账本中。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Account &amp;identifiers (; between):</source>
        <translation>账号标识（用 ; 分隔）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>通信地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save my details</source>
        <translation>保存我的信息(&amp;S)</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>protected by your passphrase</source>
        <translation>由您的口令保护</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation>您的信息已保存。</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>备份账本</translation>
    </message>
    <message>
        <source>Vault backups (*.db)</source>
        <translation>账本备份 (*.db)</translation>
    </message>
    <message>
        <source>Backed up to {path}. The copy is encrypted with the same key.</source>
        <translation>已备份到 {path}。副本使用相同的密钥加密。</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>导出账本</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Exported to {path}. This file is not encrypted: keep it safe.</source>
        <translation>已导出到 {path}。该文件未加密，请妥善保管。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Vault backups (*.db);;All files (*)</source>
        <translation>账本备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the current vault with this backup? The current vault is kept in the backups folder. The app locks; unlock it again afterwards.</source>
        <translation>用此备份替换当前账本？当前账本会保留在备份文件夹中。应用将锁定，之后请重新解锁。</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <source>Move the vault, its settings and backups from {old} to {new}? The old copies are removed once the new ones are checked. The app locks; unlock it again afterwards.</source>
        <translation>把账本、设置和备份从 {old} 移到 {new}？新副本核对无误后才会删除旧文件。应用将锁定，之后请重新解锁。</translation>
    </message>
    <message>
        <source>Passphrase of the vault:</source>
        <translation>账本口令：</translation>
    </message>
    <message>
        <source>The data folder is now {path}.</source>
        <translation>数据文件夹现在是 {path}。</translation>
    </message>
    <message>
        <source>Start the app with --data-dir {path} (or set CONSENT_LEDGER_DATA_DIR) from now on.</source>
        <translation>以后请用 --data-dir {path} 启动应用（或设置 CONSENT_LEDGER_DATA_DIR）。</translation>
    </message>
    <message>
        <source>These old files could not be removed: {paths}</source>
        <translation>以下旧文件无法删除：{paths}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>The vault is locked</source>
        <translation>账本已锁定</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your register.</source>
        <translation>请输入口令以打开您的账本。</translation>
    </message>
    <message>
        <source>The key is in the system keyring. Open the register to continue.</source>
        <translation>密钥保存在系统钥匙串中。打开账本即可继续。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Please enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>自查(&amp;A)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Close service tab</source>
        <translation>关闭服务标签页</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>_ChoiceDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;How (app, web, voice…):</source>
        <translation>方式（应用、网页、语音…）(&amp;H)：</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>第 {number} 版（{date}）</translation>
    </message>
    <message>
        <source>Under notice &amp;version:</source>
        <translation>依据的隐私政策版本(&amp;V)：</translation>
    </message>
</context>
</TS>

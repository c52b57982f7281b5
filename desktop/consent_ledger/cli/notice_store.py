"""`notice fetch / import / versions / diff`: the stored versions of a service's privacy notice.

Registered by the `notice` group (cli/notices.py) through ``add_store_commands``. Handlers parse,
call ``NoticeBook`` (core/notice_book.py), print. Version references (``--from`` / ``--to``): a
plain number is the per-service version number shown by ``notice versions`` (1, 2, 3 …);
``id:N`` is the global version id (the one ``consent add --notice-version`` stores); ``latest``
is the newest version.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..cli.i18n import Messages

if TYPE_CHECKING:
    from ..app import CliContext
    from ..core.model import NoticeVersion
    from ..core.notice_book import StoredVersion
    from ..core.notice_diff import ClauseChange, NoticeDiff, TermChange


def add_store_commands(notice_sub: Any, common: argparse.ArgumentParser) -> None:
    """Add fetch, import, versions and diff under the `notice` group's subparsers."""
    p = notice_sub.add_parser(
        "fetch", parents=[common],
        help="fetch the service's notice URL and store a new version if the text changed",
    )
    p.add_argument("service", metavar="SERVICE", help="service id or unique name prefix")
    p.set_defaults(handler=cmd_fetch, needs_vault=True)

    p = notice_sub.add_parser(
        "import", parents=[common], help="store a version of the service's notice from a file",
    )
    p.add_argument("service", metavar="SERVICE", help="service id or unique name prefix")
    p.add_argument("file", metavar="FILE", help=".html, .htm, .md, .txt or .pdf")
    p.set_defaults(handler=cmd_import, needs_vault=True)

    p = notice_sub.add_parser("versions", parents=[common], help="list the stored versions")
    p.add_argument("service", metavar="SERVICE", help="service id or unique name prefix")
    p.set_defaults(handler=cmd_versions, needs_vault=True)

    p = notice_sub.add_parser(
        "diff", parents=[common], help="clause and term changes between two versions",
    )
    p.add_argument("service", metavar="SERVICE", help="service id or unique name prefix")
    p.add_argument("--from", dest="from_ref", metavar="V", default=None,
                   help="version number, id:N for a global id, or latest (default: the one "
                        "before --to)")
    p.add_argument("--to", dest="to_ref", metavar="V", default=None,
                   help="version number, id:N for a global id, or latest (default: latest)")
    p.add_argument("--unchanged", action="store_true",
                   help="text output: also count unchanged clauses per topic")
    p.set_defaults(handler=cmd_diff, needs_vault=True)


# --- handlers -------------------------------------------------------------------------------


def cmd_fetch(args: argparse.Namespace, ctx: CliContext) -> int:
    ledger = ctx.ledger()
    book = ledger.notices
    service = ledger.register.resolve_service(args.service)
    assert service.id is not None
    stored = book.fetch(service.id)
    _print_stored(ctx, service.name, stored)
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    ledger = ctx.ledger()
    book = ledger.notices
    service = ledger.register.resolve_service(args.service)
    assert service.id is not None
    stored = book.import_file(service.id, args.file)
    _print_stored(ctx, service.name, stored)
    return 0


def cmd_versions(args: argparse.Namespace, ctx: CliContext) -> int:
    ledger = ctx.ledger()
    book = ledger.notices
    service = ledger.register.resolve_service(args.service)
    assert service.id is not None
    versions = book.versions(service.id)
    if ctx.settings.json:
        ctx.print_json([version_json(v) for v in versions])
        return 0
    if not versions:
        ctx.print(ctx.t("notice.versions.none", service=service.name))
        return 0
    ctx.print(ctx.t("notice.versions.header", service=service.name, count=len(versions)))
    for v in versions:
        ctx.print(ctx.t("notice.versions.row", number=v.number, id=v.id,
                        retrieved=_moment(v), chars=len(v.text), source=v.source,
                        sha=v.sha256[:12]))
    return 0


def cmd_diff(args: argparse.Namespace, ctx: CliContext) -> int:
    ledger = ctx.ledger()
    book = ledger.notices
    service = ledger.register.resolve_service(args.service)
    assert service.id is not None
    result = book.diff(service.id, from_ref=args.from_ref, to_ref=args.to_ref)
    if ctx.settings.json:
        ctx.print_json(result.to_json())
        return 0
    for line in render_diff(ctx, service.name, result, show_unchanged=args.unchanged):
        ctx.print(line)
    return 0


# --- rendering ------------------------------------------------------------------------------


def version_json(v: NoticeVersion) -> dict[str, Any]:
    from ..core.notice_book import version_summary

    return version_summary(v)


def _moment(v: NoticeVersion) -> str:
    return v.retrieved.strftime("%Y-%m-%d %H:%M UTC")


def _print_stored(ctx: CliContext, service: str, stored: StoredVersion) -> None:
    v = stored.version
    if ctx.settings.json:
        ctx.print_json(
            {**version_json(v), "content_type": v.content_type, "new": stored.new,
             "not_modified": stored.not_modified, "latest": stored.latest}
        )
        return
    if stored.new:
        key = "notice.stored.new"
    elif stored.not_modified:
        key = "notice.stored.not_modified"
    elif stored.latest:
        key = "notice.stored.same"
    else:
        key = "notice.stored.same_older"
    ctx.print(ctx.t(key, service=service, number=v.number, id=v.id, chars=len(v.text)))


def change_text(ctx: CliContext, change: TermChange) -> str:
    """One term change as a line in the chosen language."""
    values = {
        "value": _term(ctx, change.field, change.value),
        "old": _term(ctx, change.field, change.old),
        "new": _term(ctx, change.field, change.new),
        "field": change.field,
        "what": _term(ctx, "sharing", change.field.rpartition(".")[2]),
    }
    return str(ctx.t(f"notice.change.{change.code}", **values))


def _term(ctx: CliContext, field: str, value: Any) -> str:
    if value is None:
        return str(ctx.t("notice.value.not_stated"))
    if isinstance(value, bool):
        return str(ctx.t("notice.value.yes" if value else "notice.value.no"))
    if isinstance(value, str) and value in ("yes", "no", "not_stated"):
        return str(ctx.t(f"notice.value.{value}"))
    key = f"notice.term.{field.split('.')[0]}.{value}"
    label = str(ctx.t(key))
    return str(value) if label == key else label


def _clause_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_diff(
    ctx: CliContext, service: str, result: NoticeDiff, *, show_unchanged: bool = False
) -> list[str]:
    old, new = result.from_version, result.to_version
    lines = [ctx.t("notice.diff.header", service=service, old=old.number, new=new.number,
                   old_date=_moment(old), new_date=_moment(new))]
    if result.identical:
        lines.append(ctx.t("notice.diff.identical"))
        return lines
    lines.append("")
    lines.append(ctx.t("notice.diff.terms_header", count=len(result.terms)))
    if not result.terms:
        lines.append("  " + ctx.t("notice.diff.no_term_changes"))
    for change in result.terms:
        lines.append("  - " + change_text(ctx, change))
    counts = result.clause_counts()
    lines.append("")
    lines.append(ctx.t("notice.diff.clauses_header", added=counts["added"],
                       removed=counts["removed"], changed=counts["changed"],
                       unchanged=counts["unchanged"]))
    for clause in result.clauses:
        lines.extend(_render_clause(clause))
    if show_unchanged:
        lines.append(ctx.t("notice.diff.unchanged", count=counts["unchanged"]))
    return lines


def _render_clause(clause: ClauseChange) -> list[str]:
    if clause.kind == "added" and clause.new is not None:
        return ["  + " + _clause_line(clause.new.text)]
    if clause.kind == "removed" and clause.old is not None:
        return ["  - " + _clause_line(clause.old.text)]
    if clause.old is not None and clause.new is not None:
        return ["  ~ " + _clause_line(clause.old.text), "    → " + _clause_line(clause.new.text)]
    return []


# --- messages -------------------------------------------------------------------------------

MESSAGES: Messages = {
    # stored versions
    "notice.stored.new": {
        "en": "Stored version {number} of {service}'s notice ({chars} characters).",
        "zh": "已保存 {service} 隐私政策的第 {number} 版（{chars} 个字符）。",
    },
    "notice.stored.same": {
        "en": "Unchanged: the text is identical to version {number} of {service}'s notice; "
              "nothing stored.",
        "zh": "无变化：文本与 {service} 隐私政策第 {number} 版相同，未重复保存。",
    },
    "notice.stored.same_older": {
        "en": "The text is identical to the earlier version {number} of {service}'s notice "
              "(not the latest); nothing stored.",
        "zh": "文本与 {service} 隐私政策较早的第 {number} 版相同（并非最新版），未重复保存。",
    },
    "notice.stored.not_modified": {
        "en": "Not modified since version {number} of {service}'s notice (the server said so); "
              "nothing stored.",
        "zh": "服务器表示自第 {number} 版以来 {service} 的隐私政策未修改，未保存新版本。",
    },
    "notice.versions.none": {
        "en": "No stored versions of {service}'s notice yet.",
        "zh": "{service} 的隐私政策尚无已保存的版本。",
    },
    "notice.versions.header": {
        "en": "{service}: {count} version(s) (number, global id, retrieved, characters, source)",
        "zh": "{service}：共 {count} 个版本（版本号、全局 id、获取时间、字符数、来源）",
    },
    "notice.versions.row": {
        "en": "  v{number}  id:{id}  {retrieved}  {chars} chars  {source}  sha256 {sha}…",
        "zh": "  第{number}版  id:{id}  {retrieved}  {chars} 字符  {source}  sha256 {sha}…",
    },
    # diff
    "notice.diff.header": {
        "en": "{service}: version {old} ({old_date}) -> version {new} ({new_date})",
        "zh": "{service}：第 {old} 版（{old_date}）→ 第 {new} 版（{new_date}）",
    },
    "notice.diff.identical": {
        "en": "The two versions have the same text.", "zh": "两个版本的文本相同。",
    },
    "notice.diff.terms_header": {
        "en": "What changed in plain terms ({count}):", "zh": "条款含义的变化（{count} 项）：",
    },
    "notice.diff.no_term_changes": {
        "en": "no change in the terms read from the notice",
        "zh": "从政策中读出的条款含义没有变化",
    },
    "notice.diff.clauses_header": {
        "en": "Clauses: {added} added, {removed} removed, {changed} changed, "
              "{unchanged} unchanged",
        "zh": "条款：新增 {added}，删除 {removed}，修改 {changed}，未变 {unchanged}",
    },
    "notice.diff.unchanged": {
        "en": "{count} clause(s) unchanged.", "zh": "{count} 条未变。",
    },
    # values
    "notice.value.yes": {"en": "yes", "zh": "是"},
    "notice.value.no": {"en": "no", "zh": "否"},
    "notice.value.not_stated": {"en": "not stated", "zh": "未说明"},
    # term changes (codes of core/notice_diff.py)
    "notice.change.purpose_added": {"en": "new purpose: {value}", "zh": "新增目的：{value}"},
    "notice.change.purpose_removed": {
        "en": "purpose no longer stated: {value}", "zh": "不再声明的目的：{value}",
    },
    "notice.change.data_category_added": {
        "en": "new data category: {value}", "zh": "新增个人信息类别：{value}",
    },
    "notice.change.data_category_removed": {
        "en": "data category no longer stated: {value}", "zh": "不再声明的个人信息类别：{value}",
    },
    "notice.change.sensitive_category_added": {
        "en": "new sensitive category (PIPL Art. 28): {value}",
        "zh": "新增敏感个人信息（《个人信息保护法》第二十八条）：{value}",
    },
    "notice.change.sensitive_category_removed": {
        "en": "sensitive category no longer stated: {value}", "zh": "不再声明的敏感个人信息：{value}",
    },
    "notice.change.method_added": {
        "en": "new processing method: {value}", "zh": "新增处理方式：{value}",
    },
    "notice.change.method_removed": {
        "en": "processing method no longer stated: {value}", "zh": "不再声明的处理方式：{value}",
    },
    "notice.change.right_added": {"en": "new right stated: {value}", "zh": "新增说明的权利：{value}"},
    "notice.change.right_removed": {
        "en": "right no longer stated: {value}", "zh": "不再说明的权利：{value}",
    },
    "notice.change.retention_now_stated": {
        "en": "retention period now stated", "zh": "现已说明保存期限",
    },
    "notice.change.retention_no_longer_stated": {
        "en": "retention no longer stated", "zh": "不再说明保存期限",
    },
    "notice.change.retention_period_added": {
        "en": "new retention period: {value}", "zh": "新增保存期限：{value}",
    },
    "notice.change.retention_period_removed": {
        "en": "retention period removed: {value}", "zh": "删除的保存期限：{value}",
    },
    "notice.change.sharing_changed": {
        "en": "sharing ({what}): {old} -> {new}", "zh": "共享（{what}）：{old} → {new}",
    },
    "notice.change.cross_border_changed": {
        "en": "cross-border: {old} -> {new}", "zh": "跨境传输：{old} → {new}",
    },
    "notice.change.model_training_changed": {
        "en": "model training on user content: {old} -> {new}",
        "zh": "用用户内容训练模型：{old} → {new}",
    },
    "notice.change.model_training_opt_out_changed": {
        "en": "opt-out from model training: {old} -> {new}",
        "zh": "可拒绝用于模型训练：{old} → {new}",
    },
    "notice.change.automated_decision_changed": {
        "en": "automated decisions / profiling: {old} -> {new}",
        "zh": "自动化决策/用户画像：{old} → {new}",
    },
    "notice.change.minors_changed": {
        "en": "provisions for minors: {old} -> {new}", "zh": "未成年人条款：{old} → {new}",
    },
    "notice.change.minimum_age_changed": {
        "en": "minimum age: {old} -> {new}", "zh": "最低年龄：{old} → {new}",
    },
    "notice.change.handler_email_added": {
        "en": "new privacy contact e-mail: {value}", "zh": "新增个人信息保护联系邮箱：{value}",
    },
    "notice.change.handler_email_removed": {
        "en": "privacy contact e-mail removed: {value}", "zh": "删除的个人信息保护联系邮箱：{value}",
    },
    "notice.change.handler_name_added": {
        "en": "new handler name: {value}", "zh": "新增处理者名称：{value}",
    },
    "notice.change.handler_name_removed": {
        "en": "handler name removed: {value}", "zh": "删除的处理者名称：{value}",
    },
    "notice.change.art17_now_missing": {
        "en": "PIPL Art. 17 item now missing: {value}", "zh": "现缺少《个人信息保护法》第十七条事项：{value}",
    },
    "notice.change.art17_now_present": {
        "en": "PIPL Art. 17 item now present: {value}", "zh": "现已告知《个人信息保护法》第十七条事项：{value}",
    },
    "notice.change.effective_date_changed": {
        "en": "effective date: {old} -> {new}", "zh": "生效日期：{old} → {new}",
    },
    "notice.change.language_changed": {
        "en": "language: {old} -> {new}", "zh": "语言：{old} → {new}",
    },
    # errors (core/notice_book.py and notices/fetch.py codes)
    "error.notice_url_missing": {
        "en": "{service} has no notice URL; set one with `service edit --notice-url` or use "
              "`notice import`.",
        "zh": "{service} 没有隐私政策网址；请用 `service edit --notice-url` 设置，或用 "
              "`notice import` 导入。",
    },
    "error.notice_empty": {
        "en": "No text could be read from {source}.", "zh": "无法从 {source} 读出文本。",
    },
    "error.notice_no_versions": {
        "en": "{service} has no stored notice versions yet.",
        "zh": "{service} 尚无已保存的隐私政策版本。",
    },
    "error.notice_no_previous": {
        "en": "{service} has only one notice version: nothing to compare.",
        "zh": "{service} 只有一个隐私政策版本，无可比较。",
    },
    "error.version_not_found": {
        "en": "{service} has no notice version \"{ref}\" (use a number from `notice versions`, "
              "id:N or latest).",
        "zh": "{service} 没有隐私政策版本“{ref}”（请用 `notice versions` 中的版本号、id:N 或 latest）。",
    },
    "error.version_ref": {
        "en": "\"{ref}\" is not a version reference: use a number, id:N or latest.",
        "zh": "“{ref}”不是版本引用：请用版本号、id:N 或 latest。",
    },
    "error.cancelled": {"en": "Cancelled.", "zh": "已取消。"},
    "error.unsupported_scheme": {
        "en": "Only http:// and https:// addresses can be fetched: {url}",
        "zh": "只能获取 http:// 或 https:// 地址：{url}",
    },
    "error.bad_url": {"en": "Not a valid address: {url}", "zh": "地址无效：{url}"},
    "error.unsupported_content_type": {
        "en": "{url} is {content_type}, not a notice (HTML, text, Markdown or PDF).",
        "zh": "{url} 的内容类型是 {content_type}，不是隐私政策（HTML、文本、Markdown 或 PDF）。",
    },
    "error.unsupported_encoding": {
        "en": "{url} was sent with an unsupported content encoding ({encoding}).",
        "zh": "{url} 使用了不支持的内容编码（{encoding}）。",
    },
    "error.bad_compression": {
        "en": "{url} sent a damaged compressed body.", "zh": "{url} 发送的压缩内容已损坏。",
    },
    "error.fetch_timeout": {
        "en": "{url} did not answer in time.", "zh": "{url} 响应超时。",
    },
    "error.fetch_connect_timeout": {
        "en": "Could not connect to {url} in time.", "zh": "连接 {url} 超时。",
    },
    "error.fetch_dns": {
        "en": "The host name of {url} could not be resolved.", "zh": "无法解析 {url} 的主机名。",
    },
    "error.fetch_tls": {
        "en": "The secure connection to {url} failed (certificate not trusted or TLS error).",
        "zh": "与 {url} 的安全连接失败（证书不受信任或 TLS 错误）。",
    },
    "error.fetch_proxy": {
        "en": "The proxy refused or failed the connection to {url}.",
        "zh": "代理服务器拒绝或未能连接 {url}。",
    },
    "error.fetch_connection": {
        "en": "The connection to {url} failed.", "zh": "与 {url} 的连接失败。",
    },
    "error.http_status": {
        "en": "{url} answered HTTP {status}.", "zh": "{url} 返回 HTTP {status}。",
    },
    "error.body_too_large": {
        "en": "{url} is larger than the {limit_mb} MB limit.",
        "zh": "{url} 超过 {limit_mb} MB 的大小上限。",
    },
    "error.too_many_redirects": {
        "en": "{url} redirected more than {limit} times.", "zh": "{url} 重定向超过 {limit} 次。",
    },
    "error.redirect_loop": {
        "en": "{url} redirects in a loop.", "zh": "{url} 陷入重定向循环。",
    },
    "error.bad_redirect": {
        "en": "{url} redirected to an address that cannot be fetched: {target}",
        "zh": "{url} 重定向到无法获取的地址：{target}",
    },
}


# Words for the vocabulary of contracts/notice-analysis.md, per contract field: id -> (en, zh).
_TERM_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "purposes": {
        "provide_service": ("providing the service", "提供服务"),
        "account": ("managing the account", "账号管理"),
        "security": ("security and fraud prevention", "安全与防欺诈"),
        "model_training": ("training or improving models", "训练或改进模型"),
        "personalization": ("personalisation", "个性化"),
        "marketing": ("marketing and advertising", "营销与广告"),
        "analytics": ("analytics", "统计分析"),
        "legal": ("legal obligations", "履行法律义务"),
        "support": ("customer support", "客户支持"),
        "payment": ("payments", "支付"),
        "research": ("research and development", "研究与开发"),
    },
    "data_categories": {
        "contact": ("contact details", "联系方式"),
        "account": ("account data", "账号信息"),
        "government_id": ("government ID", "身份证件信息"),
        "user_content": ("prompts, conversations and uploads", "输入、对话及上传的内容"),
        "voice": ("voice recordings", "语音信息"),
        "biometric": ("biometric data", "生物识别信息"),
        "device": ("device data", "设备信息"),
        "usage_logs": ("logs and usage records", "日志与使用记录"),
        "location": ("location", "位置信息"),
        "financial": ("payment and transaction data", "支付与交易信息"),
        "contacts_social": ("contacts or linked accounts", "通讯录或第三方账号信息"),
        "health": ("health data", "健康信息"),
    },
    "sensitive_categories": {
        "biometric": ("biometrics", "生物识别"),
        "religion": ("religious beliefs", "宗教信仰"),
        "specific_identity": ("specific identity", "特定身份"),
        "health": ("medical and health", "医疗健康"),
        "financial_account": ("financial accounts", "金融账户"),
        "whereabouts": ("whereabouts", "行踪轨迹"),
        "minor_under_14": ("children under 14", "不满十四周岁未成年人的个人信息"),
    },
    "methods": {
        "collect": ("collection", "收集"),
        "store": ("storage", "存储"),
        "use": ("use", "使用"),
        "process": ("processing", "加工"),
        "transmit": ("transmission", "传输"),
        "provide": ("provision to others", "提供"),
        "disclose": ("public disclosure", "公开"),
        "delete": ("deletion", "删除"),
        "entrust": ("entrusted processing", "委托处理"),
        "cross_border": ("cross-border transfer", "向境外提供"),
        "automated_decision": ("automated decision-making", "自动化决策"),
        "deidentify": ("de-identification", "去标识化"),
    },
    "rights": {
        "access": ("access", "查阅"),
        "copy": ("copy", "复制"),
        "portability": ("portability", "转移"),
        "correct": ("correction", "更正、补充"),
        "delete": ("deletion", "删除"),
        "withdraw_consent": ("withdrawing consent", "撤回同意"),
        "deregister_account": ("closing the account", "注销账号"),
        "explain": ("explanation", "要求解释说明"),
        "restrict_object": ("restricting or objecting", "限制或拒绝处理"),
        "complain": ("complaint to a regulator or court", "投诉、举报或起诉"),
    },
    "sharing": {
        "third_parties": ("with third parties", "向第三方提供"),
        "entrusted": ("entrusted processors", "委托处理"),
        "public_disclosure": ("public disclosure", "公开披露"),
    },
    "pipl_article_17": {
        "handler_contact": ("the handler's name and contact", "处理者的名称和联系方式"),
        "purposes": ("the purposes", "处理目的"),
        "methods": ("the methods of processing", "处理方式"),
        "categories": ("the categories of personal information", "个人信息的种类"),
        "retention": ("the retention period", "保存期限"),
        "rights_procedure": ("how to exercise rights", "行使权利的方式和程序"),
    },
}
MESSAGES.update({
    f"notice.term.{field}.{term}": {"en": en, "zh": zh}
    for field, table in _TERM_LABELS.items()
    for term, (en, zh) in table.items()
})

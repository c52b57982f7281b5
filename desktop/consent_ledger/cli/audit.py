"""`audit [--json]`, `audit report -o FILE` and `selfcheck`.

The audit reads the register, runs the pure risk model (audit/risk.py) and prints or writes the
result; the report is HTML or PDF by the file's extension (PDF through the Qt renderer the
composition root provides). `selfcheck` proves an installation works end to end without touching
the person's vault: a throwaway vault in a temporary folder, the bundled sample notice analysed and
stored, the audit run over it; then it says whether an OS keyring backend is usable (a frozen
bundle must have shipped keyring's backends for that).
"""

from __future__ import annotations

import argparse
import secrets
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..audit.collect import audit_ledger
from ..audit.model import Action, AuditReport
from ..audit.report import ReportTemplates, render_html, report_title
from ..audit.serialize import report_to_dict
from ..audit.texts import action_text, evidence_text, reason_text, tier_text
from ..core.errors import EnvironmentFault, UsageError
from ..core.model import DataGrant, Service
from .i18n import Messages

if TYPE_CHECKING:
    from ..app import CliContext
    from ..core.ledger import Ledger

REPORT_FORMS = {".html": "screen", ".htm": "screen", ".pdf": "print"}
SAMPLE_NOTICE = Path("samples") / "sample-notice-zh.html"

MESSAGES: Messages = {
    "audit.overall": {"en": "Overall: {tier} (services: {services}; high {high}, medium {medium}, "
                            "low {low})",
                      "zh": "总体：{tier}（{services} 个服务；高 {high}，中 {medium}，低 {low}）"},
    "audit.service": {"en": "[{tier}] {name} (#{id}), score {score}",
                      "zh": "[{tier}] {name}（#{id}），分值 {score}"},
    "audit.reason": {"en": "  - {text} (+{points}; {evidence})",
                     "zh": "  - {text}（+{points}；{evidence}）"},
    "audit.action": {"en": "  > {text}", "zh": "  > {text}"},
    "audit.command": {"en": "      $ {command}", "zh": "      $ {command}"},
    "audit.empty": {"en": "The register has no services yet: nothing to audit.",
                    "zh": "账本中还没有服务，无可自查。"},
    "audit.written": {"en": "Report written: {path}", "zh": "报告已写入：{path}"},
    "error.report_format": {
        "en": "The report file must end in .html or .pdf: {path}",
        "zh": "报告文件名须以 .html 或 .pdf 结尾：{path}",
    },
    "error.report_write": {"en": "Could not write the report: {message}",
                           "zh": "无法写入报告：{message}"},
    "selfcheck.vault": {"en": "ok  temporary vault created, encrypted and opened (schema {schema})",
                        "zh": "通过  已创建临时账本，已加密并可打开（架构版本 {schema}）"},
    "selfcheck.notice": {"en": "ok  sample notice analysed: {clauses} clauses, language {language}",
                         "zh": "通过  已分析示例隐私政策：{clauses} 个条款，语言 {language}"},
    "selfcheck.audit": {"en": "ok  audit: tier {tier}, {reasons} reasons, {actions} actions",
                        "zh": "通过  自查：等级 {tier}，{reasons} 条原因，{actions} 项建议"},
    "selfcheck.keyring": {"en": "ok  OS keyring: {state}", "zh": "通过  系统钥匙串：{state}"},
    "selfcheck.keyring_yes": {"en": "available", "zh": "可用"},
    "selfcheck.keyring_no": {"en": "not available here (vaults use a passphrase)",
                             "zh": "此处不可用（账本将使用口令）"},
    "selfcheck.done": {"en": "Self-check passed (Consent Ledger {version}).",
                       "zh": "自检通过（Consent Ledger {version}）。"},
    "error.selfcheck": {"en": "Self-check failed: {message}", "zh": "自检失败：{message}"},
}


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common],
                       help="risk tier per service, with reasons and next actions")
    p.set_defaults(handler=cmd_audit, needs_vault=True)
    audit_sub = p.add_subparsers(dest="audit_command", metavar="SUBCOMMAND")
    r = audit_sub.add_parser("report", parents=[common],
                             help="write the audit report (HTML or PDF by the file's extension)")
    r.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.html or FILE.pdf")
    r.set_defaults(handler=cmd_report, needs_vault=True)

    s = sub.add_parser("selfcheck", parents=[common],
                       help="check the installation: a temporary vault, the sample notice, the audit")
    s.set_defaults(handler=cmd_selfcheck, needs_vault=False)


# --- handlers -------------------------------------------------------------------------------


def run_audit(ledger: Ledger, ctx: CliContext) -> AuditReport:
    return audit_ledger(ledger, ctx.wiring.clock.today())


def cmd_audit(args: argparse.Namespace, ctx: CliContext) -> int:
    report = run_audit(ctx.ledger(), ctx)
    lang = ctx.settings.lang
    if ctx.settings.json:
        data = report_to_dict(report, lang)
        for service, audit in zip(data["services"], report.services, strict=True):
            for entry, action in zip(service["actions"], audit.actions, strict=True):
                entry["command"] = action_command(action)
        ctx.print_json(data)
        return 0
    print_report(report, ctx)
    return 0


def print_report(report: AuditReport, ctx: CliContext) -> None:
    lang = ctx.settings.lang
    if not report.services:
        ctx.print(ctx.t("audit.empty"))
        return
    overall = report.overall
    ctx.print(ctx.t("audit.overall", tier=tier_text(overall.tier, lang), services=overall.services,
                    high=overall.by_tier["high"], medium=overall.by_tier["medium"],
                    low=overall.by_tier["low"]))
    for audit in report.services:
        ctx.print()
        ctx.print(ctx.t("audit.service", tier=tier_text(audit.tier, lang), name=audit.name,
                        id=audit.service_id, score=audit.score))
        for reason in audit.reasons:
            ctx.print(ctx.t("audit.reason", text=reason_text(reason, lang), points=reason.points,
                            evidence=evidence_text(reason.evidence, lang) or "-"))
        for action in audit.actions:
            ctx.print(ctx.t("audit.action", text=action_text(action, lang)))
            command = action_command(action)
            if command:
                ctx.print(ctx.t("audit.command", command=" ".join(command)))


def action_command(action: Action) -> list[str]:
    """The command line that carries out *action*: the letter with its options filled in."""
    sid = str(action.service_id)
    opts = action.options
    if action.request_id is not None:
        kind = "complaint" if action.code == "complain_refused" else "reminder"
        return ["consent-ledger", "request", "followup", str(action.request_id), "--kind", kind,
                "-o", f"{kind}-{action.request_id}.pdf"]
    if action.code == "review_drift" and len(action.notice_versions) == 2:
        old, new = action.notice_versions
        return ["consent-ledger", "notice", "diff", sid, "--from", f"id:{old}", "--to", f"id:{new}"]
    if action.code == "add_notice":
        return ["consent-ledger", "notice", "fetch", sid]
    if action.code == "reimport_notice":
        return ["consent-ledger", "notice", "import", sid, "FILE"]
    if action.request_type is None:
        return []
    command = ["consent-ledger", "request", "new", sid, "--type", action.request_type.value]
    for trigger in opts.get("triggers", []):
        command += ["--trigger", trigger]
    for category in opts.get("categories", []):
        command += ["--category", category]
    for processing in opts.get("processing", []):
        command += ["--processing", processing]
    return command


def cmd_report(args: argparse.Namespace, ctx: CliContext) -> int:
    dest = Path(args.output).expanduser()
    form = REPORT_FORMS.get(dest.suffix.lower())
    if form is None:
        raise UsageError(f"unsupported report type: {dest}", code="report_format", path=str(dest))
    report = run_audit(ctx.ledger(), ctx)
    write_report(report, dest, ctx, form=form)
    ctx.print(ctx.t("audit.written", path=str(dest)))
    return 0


def write_report(report: AuditReport, dest: Path, ctx: CliContext, *, form: str) -> None:
    lang = ctx.settings.lang
    templates = ReportTemplates(ctx.wiring.resources / "report")
    html = render_html(report, lang, templates, form=form, app_version=__version__)
    try:
        if form == "print":
            ctx.wiring.pdf_writer()(html, dest, title=report_title(lang))
        else:
            from ..atomic import write_atomic

            write_atomic(dest, html.encode("utf-8"))
    except (OSError, RuntimeError) as exc:  # RuntimeError: the PDF renderer's PdfRenderError
        raise EnvironmentFault(str(exc), code="report_write") from exc


def cmd_selfcheck(args: argparse.Namespace, ctx: CliContext) -> int:
    """Open a throwaway vault, analyse and store the bundled sample notice, audit it."""
    from ..app import Wiring

    sample = ctx.wiring.resources / SAMPLE_NOTICE
    if not sample.is_file():
        raise EnvironmentFault(f"the sample notice is missing: {sample}", code="selfcheck")
    with tempfile.TemporaryDirectory(prefix="consent-ledger-selfcheck-") as tmp:
        settings = replace(ctx.settings, data_dir=Path(tmp) / "data", key_source="passphrase")
        wiring = Wiring(settings, clock=ctx.wiring.clock)
        passphrase = secrets.token_urlsafe(24)
        wiring.vault_manager().init("passphrase", passphrase)
        ledger = wiring.open_ledger(passphrase)
        try:
            with open(settings.layout.vault, "rb") as handle:
                if handle.read(16) == b"SQLite format 3\x00":
                    raise EnvironmentFault("the vault file is not encrypted", code="selfcheck")
            ctx.print(ctx.t("selfcheck.vault",
                            schema=wiring.vault_manager().status()["schema_version"]))
            service = ledger.repo.add_service(Service(name="示例 AI 服务 · Sample AI"))
            assert service.id is not None
            ledger.repo.add_grant(DataGrant(service.id, ["user_content", "biometric"],
                                            ctx.wiring.clock.today()))
            stored = ledger.notices.import_file(service.id, str(sample))
            analysis = stored.version.analysis
            if not analysis.get("clauses"):
                raise EnvironmentFault("the analyser found no clauses in the sample notice",
                                       code="selfcheck")
            ctx.print(ctx.t("selfcheck.notice", clauses=len(analysis["clauses"]),
                            language=analysis.get("language", "?")))
            report = run_audit(ledger, ctx)
            audit = report.services[0]
            if not audit.reasons:
                raise EnvironmentFault("the audit produced no reasons", code="selfcheck")
            ctx.print(ctx.t("selfcheck.audit", tier=tier_text(audit.tier, ctx.settings.lang),
                            reasons=len(audit.reasons), actions=len(audit.actions)))
        finally:
            ledger.close()
    usable = ctx.wiring.vault_manager().keyring_available()
    ctx.print(ctx.t("selfcheck.keyring",
                    state=ctx.t("selfcheck.keyring_yes" if usable else "selfcheck.keyring_no")))
    ctx.print(ctx.t("selfcheck.done", version=__version__))
    return 0

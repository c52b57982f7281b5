"""`request new|list|show|letter|event|followup|bundle|ics`: PIPL rights requests from the terminal.

Handlers parse, call ``ledger.requests`` (core/request_desk.py) and print; the words of letters
live in resources/letters, the files are written by letters/ (atomic, 0600).
"""

from __future__ import annotations

import argparse
import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import BadInputError, ConflictError, LedgerError
from ..core.register import parse_date
from ..core.request_desk import DELETE_TRIGGERS, IDENTITY_FIELDS, UNITS, RequestView
from ..core.vocab import (
    DATA_CATEGORIES,
    Capacity,
    RequestEventKind,
    RequestStatus,
    RequestType,
)
from ..letters import bundle as evidence
from ..letters.ics import calendar as ics_calendar
from ..letters.outputs import FORMATS
from .i18n import Messages

if TYPE_CHECKING:
    from ..app import CliContext

log = logging.getLogger(__name__)
EVENT_KINDS = [k.value for k in RequestEventKind]

MESSAGES: Messages = {
    "request.created": {"en": "Request #{id} drafted: {type} to {service}. Next: request letter "
                              "{id} --format pdf -o FILE",
                        "zh": "已起草申请 #{id}：{type}，致 {service}。下一步：request letter {id} "
                              "--format pdf -o 文件"},
    "request.row": {"en": "#{id}  {status:<19} {type:<17} {service}  {due}",
                    "zh": "#{id}  {status:<19} {type:<17} {service}  {due}"},
    "request.due": {"en": "due {due}{late}", "zh": "期限 {due}{late}"},
    "request.late": {"en": " (OVERDUE)", "zh": "（已逾期）"},
    "request.none": {"en": "No requests.", "zh": "没有申请。"},
    "request.field": {"en": "{label}: {value}", "zh": "{label}：{value}"},
    "request.event": {"en": "  {date}  {kind}  {note}", "zh": "  {date}  {kind}  {note}"},
    "request.written": {"en": "Written: {path}", "zh": "已写入：{path}"},
    "request.recorded": {"en": "Recorded {kind} on #{id}; status {status}.",
                         "zh": "已记录 #{id} 的事件 {kind}；状态 {status}。"},
    "request.warning": {"en": "Warning: {text}", "zh": "注意：{text}"},
    "request.benchmark": {
        "en": "Due dates are reminders, not statutory deadlines: the PIPL sets no number of days.",
        "zh": "期限为提醒日期，并非法定期限：《个人信息保护法》未规定答复天数。"},
    "error.bad_lang": {"en": "Unknown letter language {value}: use zh, en or both.",
                       "zh": "未知的信函语言 {value}：请用 zh、en 或 both。"},
    "error.bad_request_type": {"en": "Unknown request type {value}.", "zh": "未知的申请类型 {value}。"},
    "error.bad_capacity": {"en": "Unknown capacity {value}.", "zh": "未知的身份 {value}。"},
    "error.bad_date": {"en": "Not a date (use YYYY-MM-DD): {value}",
                       "zh": "日期格式不对（请用 YYYY-MM-DD）：{value}"},
    "error.bad_range": {"en": "The time range ends before it starts.",
                        "zh": "时间范围的结束日期早于开始日期。"},
    "error.bad_identity": {"en": "Unknown identity field {value}.", "zh": "未知的身份信息项 {value}。"},
    "error.bad_trigger": {"en": "Unknown deletion trigger {value}.", "zh": "未知的删除情形 {value}。"},
    "error.processing_required": {
        "en": "Say which processing to stop, e.g. --processing \"use of my inputs for model "
              "training\".",
        "zh": "请写明要停止的处理活动，例如 --processing \"将本人的输入信息用于模型训练\"。"},
    "error.details_required": {"en": "Say what is wrong and what is right (--details).",
                               "zh": "请写明哪些信息有误以及正确内容（--details）。"},
    "error.bad_email": {"en": "Not an e-mail address: {value}", "zh": "不是电子邮箱地址：{value}"},
    "error.bad_days": {"en": "The number of days must be 1 to 365.",
                       "zh": "天数须在 1 到 365 之间。"},
    "error.bad_unit": {"en": "The unit must be working or calendar.",
                       "zh": "单位须为 working（工作日）或 calendar（自然日）。"},
    "error.bad_status": {"en": "Unknown status {value}.", "zh": "未知的状态 {value}。"},
    "error.bad_event_kind": {"en": "Unknown event {value}.", "zh": "未知的事件 {value}。"},
    "error.future_date": {"en": "An event cannot be dated in the future.",
                          "zh": "事件日期不能晚于今天。"},
    "error.request_closed": {"en": "The request is closed; only notes can be added.",
                             "zh": "该申请已结案，只能添加备注。"},
    "error.not_sent": {"en": "Record the request as sent first (request event ID --kind sent).",
                       "zh": "请先记录申请已发出（request event ID --kind sent）。"},
    "error.bad_extension": {"en": "An extension needs --until DATE or --days N.",
                            "zh": "延期须给出 --until 日期 或 --days 天数。"},
    "error.attachment_too_large": {"en": "Attachment too large (over 50 MB): {value}",
                                   "zh": "附件过大（超过 50 MB）：{value}"},
    "error.unreadable_file": {"en": "Cannot read {value}.", "zh": "无法读取 {value}。"},
    "error.no_recipient": {
        "en": "No e-mail address for this handler: add one to the service or use --send-to.",
        "zh": "没有该处理者的电子邮箱：请在服务中添加，或使用 --send-to。"},
    "error.no_pdf": {"en": "PDF rendering is not available.", "zh": "无法生成 PDF。"},
    "error.bundle_pdf": {
        "en": "The letters could not be rendered as PDF; use --no-pdf to save the bundle without.",
        "zh": "无法将信函生成 PDF；可加 --no-pdf 保存不含 PDF 的证据包。"},
    "error.bad_format": {"en": "Unknown format {value}.", "zh": "未知的格式 {value}。"},
    "error.no_folder": {"en": "No such folder: {value}", "zh": "文件夹不存在：{value}"},
    "error.bad_followup": {"en": "Unknown follow-up {value}: use reminder or complaint.",
                           "zh": "未知的后续文书 {value}：请用 reminder 或 complaint。"},
    "error.no_letter_writer": {"en": "Letters are not available.", "zh": "无法生成信函。"},
}


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("request", parents=[common], help="PIPL rights requests: letters, tracking")
    rs = p.add_subparsers(dest="request_command", metavar="SUBCOMMAND", required=True)

    n = rs.add_parser("new", parents=[_common_without_lang()], help="draft a request to a service")
    n.add_argument("service", metavar="SERVICE", help="service id or unique name prefix")
    n.add_argument("--type", required=True, choices=[t.value for t in RequestType])
    n.add_argument("--lang", dest="letter_lang", choices=["zh", "en", "both"], default=None,
                   help="language of the letter (default: the interface language)")
    n.add_argument("--capacity", choices=[c.value for c in Capacity], default="self")
    n.add_argument("--subject-name", default=None,
                   help="the child's or the deceased person's name (guardian / close relative)")
    n.add_argument("--trigger", action="append", choices=list(DELETE_TRIGGERS),
                   help="PIPL Art. 47 deletion trigger (repeatable)")
    n.add_argument("--category", action="append", choices=list(DATA_CATEGORIES),
                   help="data category (default: what the register says you gave)")
    n.add_argument("--from", dest="period_from", default=None, metavar="DATE")
    n.add_argument("--to", dest="period_to", default=None, metavar="DATE")
    n.add_argument("--processing", action="append", metavar="TEXT",
                   help="the exact processing to stop (repeatable)")
    n.add_argument("--details", default=None, help="for correct: what is wrong, what is right")
    n.add_argument("--recipient", default=None, help="for portability: the designated handler")
    n.add_argument("--automated", action="store_true", default=None,
                   help="for explain: also ask about automated decisions (PIPL Art. 24(3))")
    n.add_argument("--reply-days", type=int, default=None, metavar="N",
                   help="ask for a reply within N days (default: benchmark 15 working days for "
                        "deregister, 30 days otherwise; benchmarks, not statutory)")
    n.add_argument("--reply-unit", choices=list(UNITS), default=None)
    n.add_argument("--service-limit", type=int, default=None, metavar="N",
                   help="the service's own published time limit in days (GenAI Measures Art. 15)")
    n.add_argument("--service-limit-unit", choices=list(UNITS), default="working")
    n.add_argument("--identity", action="append", choices=list(IDENTITY_FIELDS),
                   help="identity details to include (default: name, account, email)")
    n.add_argument("--name", default=None, help="your name for this letter")
    n.add_argument("--account", action="append", metavar="TEXT",
                   help="account identifier that finds your account (repeatable)")
    n.add_argument("--reply-email", default=None, help="where the handler should reply")
    n.add_argument("--send-to", action="append", metavar="EMAIL",
                   help="the handler's address (default: the service's, else the notice's)")
    genai = n.add_mutually_exclusive_group()
    genai.add_argument("--genai", dest="genai", action="store_true", default=None,
                       help="cite the Generative AI Measures (default unless region is intl)")
    genai.add_argument("--no-genai", dest="genai", action="store_false")
    n.set_defaults(handler=cmd_new, needs_vault=True)

    ls = rs.add_parser("list", parents=[common], help="requests, or what is due (--due)")
    ls.add_argument("--status", choices=[s.value for s in RequestStatus], default=None)
    ls.add_argument("--due", action="store_true", help="only requests awaiting an answer, by date")
    ls.add_argument("--service", default=None, metavar="SERVICE")
    ls.set_defaults(handler=cmd_list, needs_vault=True)

    sh = rs.add_parser("show", parents=[common], help="one request with its timeline")
    sh.add_argument("id", type=int)
    sh.set_defaults(handler=cmd_show, needs_vault=True)

    le = rs.add_parser("letter", parents=[common], help="save the letter (as sent, once sent)")
    le.add_argument("id", type=int)
    le.add_argument("--format", required=True, choices=list(FORMATS))
    le.add_argument("-o", "--output", required=True, metavar="FILE")
    le.add_argument("--attach-pdf", action="store_true", help="eml: attach the letter as PDF")
    le.set_defaults(handler=cmd_letter, needs_vault=True)

    ev = rs.add_parser("event", parents=[common], help="record what happened")
    ev.add_argument("id", type=int)
    ev.add_argument("--kind", required=True, choices=EVENT_KINDS)
    ev.add_argument("--date", default=None, metavar="DATE", help="default: today")
    ev.add_argument("--note", default="", metavar="TEXT")
    ev.add_argument("--attach", action="append", metavar="FILE",
                    help="reply, screenshot … stored encrypted in the vault (repeatable)")
    ev.add_argument("--until", default=None, metavar="DATE", help="extended: the new date")
    ev.add_argument("--days", type=int, default=None, help="extended: by N more days")
    ev.set_defaults(handler=cmd_event, needs_vault=True)

    fu = rs.add_parser("followup", parents=[common], help="a reminder or a complaint")
    fu.add_argument("id", type=int)
    fu.add_argument("--kind", required=True, choices=["reminder", "complaint"])
    fu.add_argument("-o", "--output", required=True, metavar="FILE")
    fu.add_argument("--format", choices=list(FORMATS), default="txt")
    fu.set_defaults(handler=cmd_followup, needs_vault=True)

    bu = rs.add_parser(
        "bundle", parents=[common],
        help="evidence bundle (zip: letters also as PDF, timeline, attachments, sha256 manifest)",
        description="Save one request's evidence bundle: each letter as sent (txt, html, eml and "
                    "PDF), the timeline, the attachments, the notice version, a manifest and "
                    "SHA256SUMS. The PDFs are rendered with Qt (offscreen when there is no "
                    "display); use --no-pdf on a machine without Qt's libraries.")
    bu.add_argument("id", type=int)
    bu.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    bu.add_argument("--no-pdf", action="store_true",
                    help="leave the letters' PDFs out (no Qt rendering needed)")
    bu.set_defaults(handler=cmd_bundle, needs_vault=True)

    ic = rs.add_parser("ics", parents=[common], help="due dates as an iCalendar file")
    ic.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    ic.set_defaults(handler=cmd_ics, needs_vault=True)


def _common_without_lang() -> argparse.ArgumentParser:
    """The global options minus --lang, which `request new` uses for the letter (zh|en|both).

    The interface language still comes from a --lang before the command or CONSENT_LEDGER_LANG.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR")
    parser.add_argument("--key-source", choices=["keyring", "passphrase"],
                        default=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    return parser


# --- handlers -------------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace, ctx: CliContext) -> int:
    ledger = ctx.ledger()
    service = ledger.register.resolve_service(args.service)
    options: dict[str, Any] = {
        "categories": args.category or [],
        "triggers": args.trigger or [],
        "from": args.period_from,
        "to": args.period_to,
        "processing": args.processing or [],
        "details": args.details,
        "recipient": args.recipient,
        "automated": args.automated,
        "reply_days": args.reply_days,
        "reply_unit": args.reply_unit,
        "identity": args.identity or None,
        "name": args.name,
        "accounts": args.account or None,
        "reply_email": args.reply_email,
        "send_to": args.send_to or None,
        "genai": args.genai,
        "subject_name": args.subject_name,
    }
    if args.service_limit is not None:
        options["service_limit"] = {"days": args.service_limit, "unit": args.service_limit_unit}
    request = ledger.requests.create(
        _stored(service.id), args.type, lang=args.letter_lang or ctx.settings.lang,
        capacity=args.capacity, options={k: v for k, v in options.items() if v is not None},
    )
    view = ledger.requests.get(_stored(request.id))
    if ctx.settings.json:
        ctx.print_json(view_dict(view))
    else:
        ctx.print(ctx.t("request.created", id=request.id, type=request.type.value,
                        service=service.name))
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    ledger = ctx.ledger()
    service_id = ledger.register.resolve_service(args.service).id if args.service else None
    views = ledger.requests.list(args.status, service_id=service_id, due_only=args.due)
    if ctx.settings.json:
        ctx.print_json([view_dict(v) for v in views])
        return 0
    if not views:
        ctx.print(ctx.t("request.none"))
        return 0
    for view in views:
        due = ""
        if view.due is not None:
            late = ctx.t("request.late") if view.due.overdue else ""
            due = ctx.t("request.due", due=view.due.due.isoformat(), late=late)
        ctx.print(ctx.t("request.row", id=view.request.id, status=view.status.value,
                        type=view.request.type.value, service=view.service.name, due=due))
    if args.due:
        ctx.print(ctx.t("request.benchmark"))
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    view = ctx.ledger().requests.get(args.id)
    data = view_dict(view)
    if ctx.settings.json:
        ctx.print_json(data)
        return 0
    for label in ("id", "service", "type", "lang", "capacity", "status", "sent", "due",
                  "due_basis", "overdue"):
        if data.get(label) is not None:
            ctx.print(ctx.t("request.field", label=label, value=data[label]))
    for warning in view.warnings:
        ctx.print(ctx.t("request.warning", text=warning))
    for event in data["events"]:
        files = ", ".join(a["filename"] for a in event["attachments"])
        note = " ".join(x for x in (event["note"], f"[{files}]" if files else "") if x)
        ctx.print(ctx.t("request.event", date=event["date"], kind=event["kind"], note=note))
    return 0


def cmd_letter(args: argparse.Namespace, ctx: CliContext) -> int:
    letter = ctx.ledger().requests.letter(args.id)
    outputs = ctx.wiring.letter_outputs(pdf=args.format == "pdf" or args.attach_pdf)
    path = outputs.write(letter, args.format, Path(args.output), now=ctx.wiring.clock.now(),
                         sender=letter.sender, attach_pdf=args.attach_pdf)
    ctx.print(ctx.t("request.written", path=path))
    return 0


def cmd_event(args: argparse.Namespace, ctx: CliContext) -> int:
    files = []
    for name in args.attach or []:
        path = Path(name)
        try:
            files.append((path.name, path.read_bytes()))
        except OSError:
            raise BadInputError(f"cannot read {name}", code="unreadable_file",
                                value=name) from None
    view = ctx.ledger().requests.record_event(
        args.id, args.kind,
        at=parse_date(args.date) if args.date else None,
        note=args.note,
        files=files,
        extend_until=parse_date(args.until, "until") if args.until else None,
        extend_days=args.days,
    )
    if ctx.settings.json:
        ctx.print_json(view_dict(view))
    else:
        ctx.print(ctx.t("request.recorded", kind=args.kind, id=args.id, status=view.status.value))
        for warning in view.warnings:
            ctx.print(ctx.t("request.warning", text=warning))
    return 0


def cmd_followup(args: argparse.Namespace, ctx: CliContext) -> int:
    letter = ctx.ledger().requests.followup(args.id, args.kind)
    outputs = ctx.wiring.letter_outputs(pdf=args.format == "pdf")
    path = outputs.write(letter, args.format, Path(args.output), now=ctx.wiring.clock.now(),
                         sender=letter.sender)
    ctx.print(ctx.t("request.written", path=path))
    return 0


def cmd_bundle(args: argparse.Namespace, ctx: CliContext) -> int:
    dest = Path(args.output)
    evidence.check_folder(dest)
    dossier = ctx.ledger().requests.dossier(args.id)
    pdf: evidence.LetterPdf | None = None
    if args.no_pdf:
        outputs = ctx.wiring.letter_outputs()
    else:
        try:
            outputs = ctx.wiring.letter_outputs(pdf=True)
        except ImportError as exc:  # Qt or its system libraries are missing on this machine
            log.warning("no PDF renderer: %s", exc)
            raise ConflictError("PDF rendering is not available", code="bundle_pdf") from exc
        # Each letter is rendered to a private temp file beside the bundle, read and removed.
        pdf = functools.partial(outputs.pdf_bytes, directory=dest.parent)
    path = evidence.write(dossier, outputs, dest, now=ctx.wiring.clock.now(), pdf=pdf)
    ctx.print(ctx.t("request.written", path=path))
    return 0


def cmd_ics(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..atomic import write_atomic

    dest = Path(args.output)
    if not dest.parent.is_dir():
        raise BadInputError(f"no such folder: {dest.parent}", code="no_folder",
                            value=str(dest.parent))
    views = ctx.ledger().requests.list(due_only=True)
    text = ics_calendar(views, now=ctx.wiring.clock.now(), lang=ctx.settings.lang)
    write_atomic(dest, text.encode("utf-8"))
    ctx.print(ctx.t("request.written", path=dest))
    return 0


def _stored(record_id: int | None) -> int:
    """The id of a record the vault returned (always set once stored)."""
    if record_id is None:
        raise LedgerError("a stored record has no id")
    return record_id


def view_dict(view: RequestView) -> dict[str, Any]:
    """The JSON shape of a request for list/show/new (see README, "Rights requests")."""
    return evidence.view_json(view)

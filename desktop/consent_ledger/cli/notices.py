"""`notice` command group: `notice analyse` here; fetch/import/versions/diff from notice_store.py.

`notice analyse` needs no vault and writes nothing to disk. JSON Lines: one object per SOURCE in
argument order; a source that fails prints ``{"source", "error": {"code", "message"}}`` on its
line and the others go on. Exit code: 0 when all sources were analysed, else 6 (bad input), or 5
when every failure was a network failure.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..core.errors import BadInputError, LedgerError, NetworkError
from .i18n import Messages
from .notice_store import MESSAGES as STORE_MESSAGES
from .notice_store import add_store_commands

if TYPE_CHECKING:
    from ..app import CliContext
    from ..core.ports import NoticeAnalyser

STDIN = "-"


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("notice", parents=[common], help="privacy notices: analyse, versions")
    notice_sub = group.add_subparsers(dest="notice_command", metavar="NOTICE_COMMAND")
    group.set_defaults(handler=_group_help(group), needs_vault=False)

    # Not built on the common options: here --lang is the notices' language (the contract);
    # the output language comes from a --lang before the command or CONSENT_LEDGER_LANG.
    p = notice_sub.add_parser(
        "analyse", aliases=["analyze"],
        help="read notices into plain terms (JSON Lines, one per source; no vault needed)",
    )
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="same as --format json")
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="a file (.html .htm .md .txt .pdf), an http(s) URL, or - for stdin")
    p.add_argument("--lang", dest="doc_lang", choices=["auto", "zh", "en"], default="auto",
                   help="language of the notices (default: detect); output language is the "
                        "global --lang / CONSENT_LEDGER_LANG")
    p.add_argument("--format", choices=["json", "text"], default=None,
                   help="json: one JSON object per line (default with --json or when piped); "
                        "text: the plain-language summary")
    p.add_argument("--include-text", action="store_true",
                   help="add the extracted text (what the offsets point into) to each object")
    p.set_defaults(handler=cmd_analyse, needs_vault=False)

    add_store_commands(notice_sub, common)


def _group_help(group: argparse.ArgumentParser) -> Any:
    def show(args: argparse.Namespace, ctx: CliContext) -> int:
        group.print_help(ctx.out)
        return 0

    return show


def read_source(source: str, ctx: CliContext) -> tuple[str, str]:
    """(extracted text, content type) of one SOURCE; typed errors for what cannot be read."""
    from ..notices.extract import text_from_bytes

    if source == STDIN:
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        return text_from_bytes(data, "", "stdin"), ""
    if source.lower().startswith(("http://", "https://")):
        doc = ctx.wiring.fetcher().fetch(source)
        return doc.text, doc.content_type
    doc = ctx.wiring.reader().read_file(source)
    return doc.text, doc.content_type


def cmd_analyse(args: argparse.Namespace, ctx: CliContext) -> int:
    fmt = args.format or ("json" if ctx.settings.json or not ctx.out.isatty() else "text")
    analyser: NoticeAnalyser = ctx.wiring.analyser()
    failures: list[LedgerError] = []
    for source in args.sources:
        try:
            text, _ = read_source(source, ctx)
        except LedgerError as exc:
            failures.append(exc)
            _print_failure(ctx, source, exc, fmt)
            continue
        except (OSError, UnicodeError) as exc:  # a stream that breaks mid-read
            error = BadInputError(f"{source}: {type(exc).__name__}", code="unreadable")
            failures.append(error)
            _print_failure(ctx, source, error, fmt)
            continue
        result = analyser.analyse(text, source=source, lang=args.doc_lang)
        if args.include_text:
            result["text"] = text
        if fmt == "json":
            ctx.print_json(result)
        else:
            _print_summary(ctx, result)
        ctx.out.flush()
    if not failures:
        return 0
    if all(isinstance(f, NetworkError) for f in failures):
        return NetworkError.exit_code
    return BadInputError.exit_code


def _message(ctx: CliContext, exc: LedgerError) -> str:
    key = f"error.{exc.code}"
    messages = ctx.t.messages
    if key in messages:
        try:
            return str(ctx.t(key, message=exc.message, **exc.details))
        except (KeyError, IndexError):
            pass
    return str(ctx.t(f"error.{type(exc).code}", message=exc.message))


def _print_failure(ctx: CliContext, source: str, exc: LedgerError, fmt: str) -> None:
    line = _message(ctx, exc)
    if fmt == "json":
        ctx.print_json({"source": source, "error": {"code": exc.code, "message": line}})
    else:
        ctx.print(f"{source}: {line}")
    print(line, file=ctx.err)


def _print_summary(ctx: CliContext, result: dict[str, Any]) -> None:
    lang = "zh" if ctx.settings.lang == "zh" else "en"
    title = result.get("title") or result["source"]
    ctx.print(ctx.t("notice.analyse.header", source=result["source"], title=title,
                    chars=result["chars"], clauses=len(result["clauses"])))
    for line in result["summary"][lang]:
        ctx.print(f"  • {line}")
    ctx.print()


MESSAGES: Messages = {
    **STORE_MESSAGES,
    "notice.analyse.header": {
        "en": "{source} — {title} ({chars} characters, {clauses} clauses)",
        "zh": "{source} —— {title}（{chars} 个字符，{clauses} 条）",
    },
    "error.unreadable": {"en": "Cannot read {message}", "zh": "无法读取：{message}"},
    "error.too_large": {"en": "Too large: {message}", "zh": "文件过大：{message}"},
    "error.no_such_file": {"en": "Not found: {message}", "zh": "找不到：{message}"},
}

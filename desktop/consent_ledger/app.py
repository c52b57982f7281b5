"""Composition root: parse arguments, build the adapters and use cases, start the GUI or run a
command. The only module that wires concrete adapters; everything else receives them.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from .core.clock import SystemClock
from .core.errors import LedgerError, UsageError
from .logs import log_file, setup_logging
from .paths import DataLayout, data_dir_overridden, resolve_data_dir, resources_dir

if TYPE_CHECKING:
    from .core.ledger import Ledger
    from .core.ports import Clock, NoticeAnalyser, NoticeFetcher, NoticeReader, WorkingDayCalendar

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "CONSENT_LEDGER_PASSPHRASE"
KEY_SOURCE_ENV = "CONSENT_LEDGER_KEY_SOURCE"


@dataclass
class Settings:
    data_dir: Path
    key_source: str | None  # "keyring", "passphrase" or None (decided at init / read from the vault)
    lang: str  # "zh" or "en"
    json: bool = False
    data_dir_pinned: bool = False  # --data-dir or CONSENT_LEDGER_DATA_DIR chose the folder

    @property
    def layout(self) -> DataLayout:
        return DataLayout(self.data_dir)


class Wiring:
    """Builds the concrete adapters. Imports are local so a command pays only for what it uses."""

    def __init__(self, settings: Settings, clock: Clock | None = None) -> None:
        self.settings = settings
        self.clock: Clock = clock or SystemClock()
        self._resources: Path | None = None

    def relocated(self, data_dir: Path) -> Wiring:
        """The same wiring over another data folder (after the vault moved there)."""
        return Wiring(replace(self.settings, data_dir=Path(data_dir)), clock=self.clock)

    @property
    def resources(self) -> Path:
        if self._resources is None:
            self._resources = resources_dir()
        return self._resources

    # --- adapters -------------------------------------------------------------------------
    def vault_manager(self) -> Any:
        from .vault.manager import VaultManager

        return VaultManager(self.settings.layout, clock=self.clock)

    def analyser(self) -> NoticeAnalyser:
        from .notices.analyser import Analyser

        return Analyser(self.resources)

    def reader(self) -> NoticeReader:
        from .notices.extract import FileReader

        return FileReader()

    def fetcher(self) -> NoticeFetcher:
        from .notices.fetch import HttpFetcher

        return HttpFetcher(user_agent=f"ConsentLedger/{__version__} (+privacy notice reader)")

    def calendar(self) -> WorkingDayCalendar:
        from .letters.deadlines import ChineseWorkingDays

        return ChineseWorkingDays()

    def catalogue(self) -> Any:
        from .core.catalogue import Catalogue

        return Catalogue.load(self.resources / "catalogue" / "services.json")

    def letter_writer(self) -> Any:
        from .letters.compose import LetterComposer

        return LetterComposer(self.resources / "letters")

    def letter_outputs(self, *, pdf: bool = False) -> Any:
        """Letters as files; the Qt PDF renderer is imported only when a PDF is wanted."""
        from .letters.outputs import LetterOutputs

        return LetterOutputs(self.resources / "letters", pdf=self.pdf_writer() if pdf else None)

    def pdf_writer(self) -> Callable[..., None]:
        """``html_to_pdf(html, dest, title=...)``: Qt's renderer, imported only when a PDF is made."""
        from .ui.pdf import html_to_pdf

        return html_to_pdf

    # --- use cases over an open vault -----------------------------------------------------
    def open_ledger(self, passphrase: str | None = None) -> Ledger:
        from .core.ledger import Ledger
        from .core.notice_book import NoticeBook
        from .core.register import Register
        from .core.request_desk import RequestDesk

        repo = self.vault_manager().open(
            passphrase=passphrase, key_source=self.settings.key_source
        )
        notices = NoticeBook(
            repo, self.analyser, self.fetcher, self.reader, clock=self.clock
        )
        return Ledger(
            repo=repo,
            register=Register(repo, catalogue=self.catalogue, clock=self.clock),
            notices=notices,
            requests=RequestDesk(repo, calendar=self.calendar(), clock=self.clock,
                                 letters=self.letter_writer()),
            close=repo.close,
        )


@dataclass
class CliContext:
    """What a CLI handler gets: settings, output, translation, and the ledger on demand."""

    settings: Settings
    wiring: Wiring
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _ledger: Ledger | None = None

    @property
    def t(self) -> Any:
        from .cli.i18n import Translator, all_messages

        return Translator(self.settings.lang, all_messages())

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, value: Any) -> None:
        print(json.dumps(value, ensure_ascii=False, indent=None, default=str), file=self.out)

    def passphrase(self, *, confirm: bool = False, prompt: str | None = None) -> str:
        """The passphrase from CONSENT_LEDGER_PASSPHRASE (scripts) or a no-echo prompt."""
        value = os.environ.get(PASSPHRASE_ENV)
        if value:
            return value
        if not sys.stdin.isatty():
            raise UsageError(
                f"a passphrase is needed: run in a terminal or set {PASSPHRASE_ENV}",
                code="passphrase_required",
            )
        label = prompt or ("口令：" if self.settings.lang == "zh" else "Passphrase: ")
        first = getpass.getpass(label)
        if confirm:
            again = getpass.getpass("再次输入：" if self.settings.lang == "zh" else "Again: ")
            if again != first:
                raise UsageError("the passphrases do not match", code="passphrase_mismatch")
        return first

    def ledger(self) -> Ledger:
        """Open the vault once per command (asking for the passphrase if the vault needs one)."""
        if self._ledger is None:
            manager = self.wiring.vault_manager()
            passphrase = None
            if manager.needs_passphrase(self.settings.key_source):
                passphrase = self.passphrase()
            self._ledger = self.wiring.open_ledger(passphrase)
        return self._ledger

    def close(self) -> None:
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None


def settings_from_args(args: Any, environ: Mapping[str, str] | None = None) -> Settings:
    from .cli.i18n import detect_lang

    env = os.environ if environ is None else environ
    key_source = getattr(args, "key_source", None) or env.get(KEY_SOURCE_ENV) or None
    if key_source not in (None, "keyring", "passphrase"):
        raise UsageError(f"unknown key source {key_source!r}: use keyring or passphrase")
    return Settings(
        data_dir=resolve_data_dir(getattr(args, "data_dir", None), env),
        key_source=key_source,
        lang=detect_lang(getattr(args, "lang", None), env),
        json=bool(getattr(args, "json", False)),
        data_dir_pinned=data_dir_overridden(getattr(args, "data_dir", None), env),
    )


def run_cli(argv: Sequence[str], *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one headless command; return its exit code (contracts/cli.md)."""
    from .cli import build_parser
    from .cli.i18n import Translator, all_messages

    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse: --help/--version (0) or a usage error (2)
        return int(exc.code or 0)
    if not getattr(args, "handler", None):
        parser.print_help(out)
        return 0
    try:
        settings = settings_from_args(args)
    except LedgerError as exc:
        print(exc.message, file=err)
        return exc.exit_code
    needs_vault = getattr(args, "needs_vault", True)
    log_path = setup_logging(settings.layout.logs if needs_vault else None)
    ctx = CliContext(settings=settings, wiring=Wiring(settings), out=out, err=err)
    t = Translator(settings.lang, all_messages())
    try:
        code = args.handler(args, ctx)
        return int(code or 0)
    except LedgerError as exc:
        log.info("command failed: %s (%s)", exc.code, type(exc).__name__)
        key = f"error.{exc.code}"
        messages = all_messages()
        line = t(key, message=exc.message, **exc.details) if key in messages else None
        if line is None:
            line = t(f"error.{type(exc).code}", message=exc.message)
        print(line, file=err)
        return exc.exit_code
    except KeyboardInterrupt:
        print(t("error.interrupted"), file=err)
        return 130
    except Exception as exc:  # a bug: log it, say where, no traceback on the terminal
        target = log_path or log_file(settings.layout.logs)
        try:
            if log_path is None:
                setup_logging(settings.layout.logs)
            logging.getLogger("consent_ledger").error(
                "unexpected failure in %s\n%s", getattr(args, "command", "?"),
                "".join(traceback.format_exception(exc)),
            )
        except OSError:
            target = Path("(log unavailable)")
        print(t("error.internal", message=type(exc).__name__, log=target), file=err)
        return 1
    finally:
        ctx.close()


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app."""
    from .ui.application import parse_gui_args, run_gui

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        settings = settings_from_args(parse_gui_args(args))
    except LedgerError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    return run_gui(args, Wiring(settings))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import build_parser

    parsed, _ = build_parser().parse_known_args(args)
    if getattr(parsed, "command", None) is None and not {"-h", "--help", "--version"} & set(args):
        return gui_main(args)
    return run_cli(args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

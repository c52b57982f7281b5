"""The command line (contracts/cli.md): an argparse front over the same use cases the GUI calls.

Each area keeps its commands in its own module here (register.py, notices.py, requests.py,
audit.py), exposing ``add_commands(subparsers, common)`` and a ``MESSAGES`` table. No logic lives
here: handlers parse, call a use case, print.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterator
from types import ModuleType

from .. import __version__
from .i18n import Messages

# Area modules, in the order their commands appear in --help.
AREAS: tuple[str, ...] = ("register", "notices", "audit", "requests")


def area_modules() -> Iterator[ModuleType]:
    for name in AREAS:
        yield importlib.import_module(f"{__name__}.{name}")


def area_messages() -> Iterator[Messages]:
    for module in area_modules():
        yield getattr(module, "MESSAGES", {})


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports usage errors as exit code 2 without printing usage noise twice."""


def common_options() -> argparse.ArgumentParser:
    """Global options, accepted before or after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help="where the vault lives (env CONSENT_LEDGER_DATA_DIR)")
    common.add_argument("--key-source", choices=["keyring", "passphrase"], default=argparse.SUPPRESS,
                        help="where the vault key comes from (env CONSENT_LEDGER_KEY_SOURCE)")
    common.add_argument("--lang", choices=["zh", "en"], default=argparse.SUPPRESS,
                        help="language of output and letters (env CONSENT_LEDGER_LANG)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = ArgumentParser(
        prog="consent-ledger",
        description="Consent Ledger (知情账本): with no command, opens the desktop app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"consent-ledger {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in area_modules():
        module.add_commands(sub, common)
    return parser

"""The one table that turns core errors into translated sentences for the desktop app.

Typed errors carry a stable ``code``; the exit-code class is the fallback. Unexpected exceptions
(bugs) become one sentence pointing to the log, never a traceback.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.errors import LedgerError

log = logging.getLogger(__name__)


def _table() -> dict[str, str]:
    return {
        "usage": QCoreApplication.translate("ErrorText", "That cannot be done this way: {message}"),
        "vault_locked": QCoreApplication.translate(
            "ErrorText",
            "The vault could not be opened: wrong passphrase or key, key missing "
            "from the keyring, or the file is damaged.",
        ),
        "not_found": QCoreApplication.translate("ErrorText", "Not found: {message}"),
        "network": QCoreApplication.translate(
            "ErrorText", "The notice could not be fetched: {message}"
        ),
        "bad_input": QCoreApplication.translate(
            "ErrorText", "The input could not be used: {message}"
        ),
        "conflict": QCoreApplication.translate(
            "ErrorText", "This conflicts with what is already there: {message}"
        ),
        "environment": QCoreApplication.translate(
            "ErrorText",
            "The computer refused the operation (disk full, read-only or in use): {message}",
        ),
        "keyring_unavailable": QCoreApplication.translate(
            "ErrorText",
            "No usable OS keyring was found on this computer. Choose a passphrase instead.",
        ),
        "passphrase_mismatch": QCoreApplication.translate(
            "ErrorText", "The two passphrases are not the same."
        ),
        "passphrase_required": QCoreApplication.translate(
            "ErrorText", "Please enter the passphrase."
        ),
        "passphrase_too_short": QCoreApplication.translate(
            "ErrorText", "The passphrase is too short: use at least {min} characters."
        ),
        "vault_exists": QCoreApplication.translate(
            "ErrorText", "A vault already exists in this folder."
        ),
        "no_vault": QCoreApplication.translate(
            "ErrorText", "There is no vault in this folder yet."
        ),
        "schema_too_new": QCoreApplication.translate(
            "ErrorText",
            "This vault was written by a newer version of Consent Ledger. Please update the app.",
        ),
        "cancelled": QCoreApplication.translate("ErrorText", "Cancelled."),
        "bundle_pdf": QCoreApplication.translate(
            "ErrorText", "The letters could not be made into PDF files, so no bundle was written: "
            "{message}"
        ),
    }


def _by_class() -> dict[int, str]:
    table = _table()
    return {
        2: table["usage"],
        3: table["vault_locked"],
        4: table["not_found"],
        5: table["network"],
        6: table["bad_input"],
        7: table["conflict"],
    }


def _cli_message(code: str) -> str | None:
    """An area's own translated message for a specific code (the CLI's table, same wording)."""
    try:
        from ..cli.i18n import all_messages

        entry = all_messages().get(f"error.{code}")
    except Exception:  # an area module failing to import must not hide the error itself
        log.exception("could not read the CLI message table")
        return None
    if not entry:
        return None
    lang = "zh" if QLocale().name().lower().startswith("zh") else "en"
    return entry.get(lang) or entry.get("en")


class _Safe(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def error_text(exc: BaseException, log_hint: str = "") -> str:
    """One translated sentence for *exc*."""
    if isinstance(exc, LedgerError):
        values = _Safe(exc.details)
        values["message"] = exc.message
        template = _table().get(exc.code) or _cli_message(exc.code)
        template = template or _by_class().get(exc.exit_code)
        if template is None:
            template = QCoreApplication.translate("ErrorText", "Could not complete: {message}")
        return template.format_map(values)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "ErrorText", "The computer refused the operation: {message}"
        ).format(message=exc.strerror or type(exc).__name__)
    return QCoreApplication.translate(
        "ErrorText", "Something unexpected went wrong ({name}). Details are in the log: {log}"
    ).format(
        name=type(exc).__name__,
        log=log_hint or QCoreApplication.translate("ErrorText", "the log folder"),
    )

"""The one table that turns core errors into translated sentences for the desktop app.

Typed errors carry a stable ``code``; the exit-code class is the fallback. Unexpected exceptions
(bugs) become one sentence pointing to the log, never a traceback.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.errors import LedgerError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorText", text)


def _table() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "usage": t("ErrorText", "That cannot be done this way: {message}"),
        "vault_locked": t(
            "ErrorText",
            "The vault could not be opened: wrong passphrase or key, key missing from the "
            "keyring, or the file is damaged.",
        ),
        "not_found": t("ErrorText", "Not found: {message}"),
        "network": t("ErrorText", "The notice could not be fetched: {message}"),
        "bad_input": t("ErrorText", "The input could not be used: {message}"),
        "conflict": t("ErrorText", "This conflicts with what is already there: {message}"),
        "environment": t(
            "ErrorText", "The computer refused the operation (disk full, read-only or in use): "
            "{message}"
        ),
        "keyring_unavailable": t(
            "ErrorText", "No usable OS keyring was found on this computer. Choose a passphrase "
            "instead."
        ),
        "passphrase_mismatch": t("ErrorText", "The two passphrases are not the same."),
        "passphrase_required": t("ErrorText", "Please enter the passphrase."),
        "passphrase_too_short": t(
            "ErrorText", "The passphrase is too short: use at least {min} characters."
        ),
        "vault_exists": t("ErrorText", "A vault already exists in this folder."),
        "no_vault": t("ErrorText", "There is no vault in this folder yet."),
        "schema_too_new": t(
            "ErrorText", "This vault was written by a newer version of Consent Ledger. Please "
            "update the app."
        ),
        "cancelled": t("ErrorText", "Cancelled."),
    }


def _by_class() -> dict[int, str]:
    t = QCoreApplication.translate
    return {
        2: t("ErrorText", "That cannot be done this way: {message}"),
        3: t("ErrorText", "The vault could not be opened: wrong passphrase or key, key missing "
             "from the keyring, or the file is damaged."),
        4: t("ErrorText", "Not found: {message}"),
        5: t("ErrorText", "The notice could not be fetched: {message}"),
        6: t("ErrorText", "The input could not be used: {message}"),
        7: t("ErrorText", "This conflicts with what is already there: {message}"),
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
            template = _tr("Could not complete: {message}")
        return template.format_map(values)
    if isinstance(exc, OSError):
        return _tr("The computer refused the operation: {message}").format(
            message=exc.strerror or type(exc).__name__
        )
    return _tr("Something unexpected went wrong ({name}). Details are in the log: {log}").format(
        name=type(exc).__name__, log=log_hint or _tr("the log folder")
    )

"""Errors become one translated sentence: typed core errors by code (the GUI's table, then the
area's own message table), by exit-code class, OS errors, and bugs (pointing to the log)."""

from __future__ import annotations

import pytest

from consent_ledger.core.errors import (
    BadInputError,
    ConflictError,
    LedgerError,
    NetworkError,
    NotFoundError,
    VaultLockedError,
)
from consent_ledger.ui.errors import error_text

pytestmark = pytest.mark.gui


def test_codes_and_classes(qapp) -> None:  # type: ignore[no-untyped-def]
    assert error_text(VaultLockedError("file is not a database")).startswith(
        "The vault could not be opened")
    assert error_text(NetworkError("timed out")) == "The notice could not be fetched: timed out"
    assert error_text(NotFoundError("service 9", code="no_such_thing_here")) == \
        "Not found: service 9"
    assert error_text(ConflictError("exists", code="vault_exists")) == \
        "A vault already exists in this folder."
    too_short = LedgerError("short", code="passphrase_too_short", min=8)
    assert error_text(too_short) == "The passphrase is too short: use at least 8 characters."
    assert "{" not in error_text(BadInputError("x", code="bad_input"))
    # the GUI's own wording, not the CLI's (which points to a --no-pdf flag)
    pdf = error_text(ConflictError("renderer failed", code="bundle_pdf"))
    assert pdf.startswith("The letters could not be made into PDF") and "--no-pdf" not in pdf


def test_area_messages_fill_in_specific_codes(qapp) -> None:  # type: ignore[no-untyped-def]
    from consent_ledger.cli.i18n import all_messages

    specific = next((key[len("error."):], entry) for key, entry in sorted(all_messages().items())
                    if key.startswith("error.") and "{" not in entry["en"]
                    and key[len("error."):] not in ("usage", "not_found", "internal", "network",
                                                    "bad_input", "conflict", "environment",
                                                    "vault_locked", "interrupted", "cancelled"))
    code, entry = specific
    assert error_text(BadInputError("raw english", code=code)) == entry["en"]


def test_bugs_and_os_errors(qapp, desktop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = error_text(KeyError("boom"), "/data/logs")
    assert text == "Something unexpected went wrong (KeyError). Details are in the log: /data/logs"
    assert error_text(PermissionError(13, "Permission denied")) == \
        "The computer refused the operation: Permission denied"
    desktop.on_uncaught(ZeroDivisionError, ZeroDivisionError("x"), None)
    shown = desktop.prompts.shown[-1]
    assert shown.kind == "error" and "ZeroDivisionError" in shown.text
    assert str(desktop.wiring.settings.layout.logs) in shown.text
    assert "Traceback" not in shown.text

"""Typed errors of the domain. Each carries a stable code; fronts turn codes into translated text.

The exit codes are those of contracts/cli.md. Messages here are English defaults for logs and the
CLI's English output; the GUI maps ``code`` (and ``exit_code``) to its own translated table.
"""

from __future__ import annotations

from typing import Any


class LedgerError(Exception):
    """Base of every expected failure. Anything else is a bug."""

    exit_code = 1
    code = "internal"

    def __init__(self, message: str, *, code: str | None = None, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details = details


class UsageError(LedgerError):
    exit_code = 2
    code = "usage"


class VaultLockedError(LedgerError):
    """Wrong key or passphrase, key missing from the keyring, or a damaged file (indistinguishable)."""

    exit_code = 3
    code = "vault_locked"


class NotFoundError(LedgerError):
    exit_code = 4
    code = "not_found"


class NetworkError(LedgerError):
    exit_code = 5
    code = "network"


class BadInputError(LedgerError):
    exit_code = 6
    code = "bad_input"


class ConflictError(LedgerError):
    """The vault already exists, or the state does not allow the change."""

    exit_code = 7
    code = "conflict"


class EnvironmentFault(LedgerError):
    """The environment's fault (disk full, read-only, locked by another process): not a bug."""

    exit_code = 1
    code = "environment"


class CancelledError(LedgerError):
    """The person cancelled a long operation (a fetch, an analysis) before it finished."""

    exit_code = 130
    code = "cancelled"

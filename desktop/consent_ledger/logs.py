"""Logging set-up with redaction.

Never log keys, passphrases, notice bodies, letters or identities: callers log ids and codes, and the
filter below scrubs anything that looks like a key, a hex blob, an e-mail address or a phone number
in case one slips through. Log files are 0600 in a 0700 folder.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from .paths import PRIVATE_FILE_MODE, ensure_private_dir

_PATTERNS = [
    (re.compile(r"x'[0-9a-fA-F]{16,}'"), "x'<redacted>'"),
    (re.compile(r"\b[0-9a-fA-F]{32,}\b"), "<hex>"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "<email>"),
    (re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"), "<phone>"),
    (re.compile(r"(?i)(passphrase|password|key)\s*[=:]\s*\S+"), r"\1=<redacted>"),
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class _PrivateFileHandler(logging.FileHandler):
    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        os.chmod(self.baseFilename, PRIVATE_FILE_MODE)
        return stream


def log_file(log_dir: Path) -> Path:
    return log_dir / "consent-ledger.log"


def setup_logging(log_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Route the app's logging to a private file (if *log_dir*) and warnings to stderr."""
    root = logging.getLogger("consent_ledger")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    redactor = RedactingFilter()
    path = None
    if log_dir is not None:
        ensure_private_dir(log_dir)
        path = log_file(log_dir)
        file_handler = _PrivateFileHandler(path, encoding="utf-8", delay=True)
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        file_handler.addFilter(redactor)
        root.addHandler(file_handler)
    root.propagate = False
    return path

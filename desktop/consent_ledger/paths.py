"""Where things live: the data folder (0700) and the shipped resources.

The data folder comes from --data-dir, CONSENT_LEDGER_DATA_DIR or platformdirs. Resources are found
in a checkout (top-level resources/), an installed wheel (consent_ledger/_resources) or a frozen
PyInstaller bundle (sys._MEIPASS/resources), by one locator.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "consent-ledger"
DATA_DIR_ENV = "CONSENT_LEDGER_DATA_DIR"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(option: str | None, environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    raw = option or env.get(DATA_DIR_ENV)
    return Path(raw).expanduser().resolve() if raw else default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create *path* (and parents) and make the leaf 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    os.chmod(path, PRIVATE_DIR_MODE)
    return path


@dataclass(frozen=True)
class DataLayout:
    """The files inside one data folder."""

    root: Path

    @property
    def vault(self) -> Path:
        return self.root / "ledger.db"

    @property
    def vault_meta(self) -> Path:
        """Non-secret sidecar: vault id, key source, KDF choice. Never holds a key."""
        return self.root / "ledger.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def cache(self) -> Path:
        return self.root / "cache"


def resources_dir() -> Path:
    """The shipped resources folder, wherever the app is running from."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "_resources")
    candidates.append(here.parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "catalogue").is_dir():
            return candidate
    raise FileNotFoundError("Consent Ledger resources not found; the installation is incomplete")


def i18n_dir() -> Path:
    """Qt Linguist sources (.ts) and compiled catalogues (.qm)."""
    res = resources_dir()
    shipped = res / "i18n"
    return shipped if shipped.is_dir() else res.parent / "i18n"

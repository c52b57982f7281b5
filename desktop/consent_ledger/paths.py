"""Where things live: the data folder (0700) and the shipped resources.

The data folder comes from --data-dir, CONSENT_LEDGER_DATA_DIR, the location pointer (a small
non-secret ``location.json`` in the user config folder, written when the person moves their data
folder) or platformdirs, in that order. Resources are found
in a checkout (top-level resources/), an installed wheel (consent_ledger/_resources) or a frozen
PyInstaller bundle (sys._MEIPASS/resources), by one locator.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "consent-ledger"
DATA_DIR_ENV = "CONSENT_LEDGER_DATA_DIR"
LOCATION_FILE = "location.json"
LOCATION_FORMAT = 1
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The user config folder (honours XDG_CONFIG_HOME on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def location_pointer() -> Path:
    """Where the chosen data folder is remembered: a path, nothing personal or secret."""
    return config_dir() / LOCATION_FILE


def read_location(pointer: Path | None = None) -> Path | None:
    """The data folder named by the pointer, or None (missing, unreadable or not absolute)."""
    path = pointer or location_pointer()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = raw.get("data_dir") if isinstance(raw, dict) else None
    if not isinstance(value, str) or not value:
        return None
    chosen = Path(value)
    return chosen if chosen.is_absolute() else None


def write_location(data_dir: Path, pointer: Path | None = None) -> Path:
    """Remember *data_dir* (absolute) in the pointer: 0600, atomic, in a 0700 folder."""
    from .atomic import write_atomic  # atomic imports this module

    path = pointer or location_pointer()
    ensure_private_dir(path.parent)
    record = {"format": LOCATION_FORMAT, "data_dir": str(Path(data_dir).expanduser().resolve())}
    data = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    return write_atomic(path, data)


def data_dir_overridden(option: str | None, environ: Mapping[str, str] | None = None) -> bool:
    """Whether --data-dir or CONSENT_LEDGER_DATA_DIR decides the folder (the pointer is ignored)."""
    env = os.environ if environ is None else environ
    return bool(option or env.get(DATA_DIR_ENV))


def resolve_data_dir(option: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """--data-dir, else CONSENT_LEDGER_DATA_DIR, else the pointer, else the platform default."""
    env = os.environ if environ is None else environ
    raw = option or env.get(DATA_DIR_ENV)
    if raw:
        return Path(raw).expanduser().resolve()
    return read_location() or default_data_dir()


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

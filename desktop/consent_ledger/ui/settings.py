"""The desktop app's own preferences: a small JSON file in the data folder (0600, atomic writes).

Nothing secret or personal lives here: language, auto-lock minutes, the preferred key source and the
window geometry. The file sits beside the vault so a test's temporary data folder never touches the
real home directory.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ..atomic import write_atomic
from ..paths import ensure_private_dir

log = logging.getLogger(__name__)

LANGUAGES = ("system", "zh", "en")
DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 24 * 60


@dataclass
class GuiSettings:
    language: str = "system"  # "system", "zh" or "en"
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0 = never
    key_source: str = ""  # "keyring", "passphrase" or "" (the vault decides)
    geometry: str = ""  # base64 of QWidget.saveGeometry()

    def normalised(self) -> GuiSettings:
        language = self.language if self.language in LANGUAGES else "system"
        try:
            minutes = int(self.auto_lock_minutes)
        except (TypeError, ValueError):
            minutes = DEFAULT_AUTO_LOCK_MINUTES
        minutes = max(0, min(MAX_AUTO_LOCK_MINUTES, minutes))
        key_source = self.key_source if self.key_source in ("keyring", "passphrase") else ""
        return GuiSettings(language, minutes, key_source, str(self.geometry or ""))

    @property
    def geometry_bytes(self) -> bytes:
        try:
            return base64.b64decode(self.geometry.encode("ascii")) if self.geometry else b""
        except (ValueError, UnicodeEncodeError):
            return b""

    def with_geometry(self, raw: bytes) -> None:
        self.geometry = base64.b64encode(raw).decode("ascii")


class SettingsStore:
    """Loads and saves GuiSettings in ``settings.json`` of one data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> GuiSettings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return GuiSettings()
        except (OSError, ValueError) as exc:
            log.warning("settings unreadable (%s); using defaults", type(exc).__name__)
            return GuiSettings()
        if not isinstance(raw, dict):
            return GuiSettings()
        known = {f.name for f in fields(GuiSettings)}
        gui = raw.get("gui", raw)
        values = {k: v for k, v in gui.items() if k in known} if isinstance(gui, dict) else {}
        return GuiSettings(**values).normalised()

    def save(self, settings: GuiSettings) -> None:
        """Write atomically, keeping keys other fronts may have stored in the same file."""
        ensure_private_dir(self.path.parent)
        try:
            existing = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(existing, dict):
                existing = {}
        except (OSError, ValueError):
            existing = {}
        existing["gui"] = asdict(settings.normalised())
        data = json.dumps(existing, ensure_ascii=False, indent=2).encode("utf-8")
        write_atomic(self.path, data)

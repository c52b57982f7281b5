"""Test-wide guards and helpers.

- Every test runs with HOME and the XDG folders in a temporary directory.
- An audit hook fails any test that opens a file for writing under the real home directory (outside
  this checkout), so no test can touch a person's real vault, settings or logs.
- Qt runs offscreen unless a test starts its own X server.
"""

from __future__ import annotations

import os
import pwd
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REAL_HOME = Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()
_violations: list[str] = []

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CONSENT_LEDGER_DATA_DIR", None)
os.environ.pop("CONSENT_LEDGER_PASSPHRASE", None)
os.environ.pop("CONSENT_LEDGER_KEY_SOURCE", None)


def _writes(mode: object, flags: object) -> bool:
    if isinstance(mode, str):
        return any(c in mode for c in "wax+")
    if isinstance(flags, int):
        return bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC))
    return False


def _home_guard(event: str, args: tuple[object, ...]) -> None:
    if event != "open" or not args:
        return
    path, mode, flags = (list(args) + [None, None, None])[:3]
    if not isinstance(path, (str, bytes, os.PathLike)) or not _writes(mode, flags):
        return
    try:
        target = Path(os.fsdecode(path)).resolve()
    except (OSError, ValueError):
        return
    if target.is_relative_to(REAL_HOME) and not target.is_relative_to(ROOT):
        _violations.append(str(target))


sys.addaudithook(_home_guard)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    del _violations[:]
    yield home
    if _violations:
        found = sorted(set(_violations))
        del _violations[:]
        pytest.fail(f"test wrote under the real home directory: {found[:5]}")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder for one vault."""
    return tmp_path / "data"

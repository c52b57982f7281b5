"""The real entry point: ``consent-ledger`` with no command opens the window through app.gui_main,
and closing the window quits cleanly (database thread stopped, exit code 0, geometry kept)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from consent_ledger.app import main

app = QApplication(["consent-ledger"])
seen = {}

def look():
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "main_window"]
    if not windows or windows[0].first_run is None:
        QTimer.singleShot(100, look)
        return
    window = windows[0]
    seen["title"] = window.windowTitle()
    window.resize(900, 640)
    QTimer.singleShot(200, window.close)

QTimer.singleShot(100, look)
code = main(sys.argv[1:])
print("TITLE", seen.get("title"))
sys.exit(code)
"""


def test_gui_main_opens_and_quits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--data-dir", str(data), "--lang", "zh"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "TITLE 知情账本" in result.stdout
    assert "Traceback" not in result.stderr
    settings = json.loads((data / "settings.json").read_text(encoding="utf-8"))
    assert settings["gui"]["geometry"]  # remembered for the next start
    log = data / "logs" / "consent-ledger.log"
    if log.exists():
        assert oct(log.stat().st_mode & 0o777) == "0o600"
    assert oct(data.stat().st_mode & 0o777) == "0o700"
    assert not (data / "ledger.db").exists()  # nothing created until the person chooses

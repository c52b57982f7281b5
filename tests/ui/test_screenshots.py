"""Screenshots of the real window under a real X server (CI runs pytest inside xvfb-run).

The app runs in a subprocess with the xcb platform so it draws through the X server, once in
Chinese and once in English; PNGs go to tests/artifacts/screenshots/ (gitignored) for a person to
look at. The test checks each image exists, has the window's size and is not blank.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "artifacts" / "screenshots"
NAMES = ("first-run", "unlock", "services", "service", "service-dark", "records", "art17", "requests", "composer", "audit")

pytestmark = [pytest.mark.screenshot, pytest.mark.gui]


@pytest.mark.skipif(not os.environ.get("DISPLAY"),
                    reason="needs an X server: run pytest under xvfb-run (CI does)")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshots(lang: str, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.shots", str(OUT), lang, str(tmp_path / "data")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    for name in NAMES:
        path = OUT / f"{name}-{lang}.png"
        assert path.is_file(), f"missing {path}"
        image = QImage(str(path))
        assert image.width() >= 760 and image.height() >= 500, (name, image.size())
        pixels = image.convertToFormat(QImage.Format.Format_RGB32)
        colours = set(memoryview(pixels.constBits()).cast("I"))
        assert len(colours) > 16, f"{path} looks blank"  # text is anti-aliased: many shades

"""`pip install .` works: a real wheel built from a copy of the checkout, installed on its own.

The wheel must carry the resources (consent_ledger/_resources) so the installed app finds its
templates, catalogue, icons and sample notice without the checkout. No network: built without
build isolation, installed with --no-deps into a separate folder that shadows the editable install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOP_FILES = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "NOTICE")
TOP_DIRS = ("desktop", "resources", "i18n")


def copy_checkout(dest: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "_resources", "*.pyc")
    for name in TOP_DIRS:
        if (ROOT / name).is_dir():  # a clean clone has no i18n/ until translations are committed
            shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    for name in TOP_FILES:
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, dest / name)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = copy_checkout(tmp_path_factory.mktemp("src"))
    out = tmp_path_factory.mktemp("wheels")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(src)],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    wheels = list(out.glob("consent_ledger-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_carries_resources_and_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    for needed in ("consent_ledger/_resources/report/report.html.j2",
                   "consent_ledger/_resources/report/print.css",
                   "consent_ledger/_resources/icons/consent-ledger.svg",
                   "consent_ledger/_resources/icons/consent-ledger-256.png",
                   "consent_ledger/_resources/icons/consent-ledger.ico",
                   "consent_ledger/_resources/icons/consent-ledger.icns",
                   "consent_ledger/_resources/samples/sample-notice-zh.html",
                   "consent_ledger/_resources/catalogue/services.json",
                   "consent_ledger/audit/risk.py",
                   "consent_ledger/cli/audit.py"):
        assert needed in names, needed
    assert "[console_scripts]\nconsent-ledger = consent_ledger.app:main" in scripts
    assert "[gui_scripts]\nconsent-ledger-gui = consent_ledger.app:gui_main" in scripts


def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
         str(wheel)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen")
    probe = ("import consent_ledger, consent_ledger.paths as p; "
             "print(consent_ledger.__file__); print(p.resources_dir())")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env=env, cwd=tmp_path, check=True).stdout.splitlines()
    assert Path(out[0]).is_relative_to(site)
    assert Path(out[1]) == site / "consent_ledger" / "_resources"
    version = subprocess.run([sys.executable, "-m", "consent_ledger", "--version"],
                             capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert version.returncode == 0, version.stderr
    from consent_ledger import __version__

    assert version.stdout.strip() == f"consent-ledger {__version__}"

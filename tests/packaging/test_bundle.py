"""Build the Linux one-folder bundle with PyInstaller and run it headless (slow: `-m slow`).

    python -m pytest tests/packaging/test_bundle.py -m slow -q

Builds with packaging/build.py into a temporary folder, then runs the frozen executable with a
temporary HOME and no display: `--version`, and `selfcheck` (a throwaway vault, the bundled sample
notice analysed, the audit run).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from consent_ledger import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the dev extra")
    if not sys.platform.startswith("linux"):
        pytest.skip("this test builds the Linux bundle")
    work = tmp_path_factory.mktemp("build")
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist),
         "--work", str(work)], capture_output=True, text=True, check=False, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout)
    return dist / "consent-ledger"


def run(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("CONSENT_LEDGER_", "PYTHON", "DISPLAY", "WAYLAND"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    return subprocess.run([str(bundle / "consent-ledger"), *args], capture_output=True,
                          text=True, env=env, cwd=home, timeout=300, check=False)


def test_bundle_layout(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (bundle / "consent-ledger").is_file() and (bundle / "consent-ledger-gui").is_file()
    assert (internal / "resources" / "report" / "report.html.j2").is_file()
    assert (internal / "resources" / "samples" / "sample-notice-zh.html").is_file()
    assert (internal / "resources" / "catalogue" / "services.json").is_file()
    sources = sorted(p.stem for p in (ROOT / "i18n").glob("*.ts"))
    shipped = sorted(p.stem for p in (internal / "resources" / "i18n").glob("*.qm"))
    assert shipped == sources
    share = bundle / "share"
    assert (share / "applications" / "io.github.consent_ledger.ConsentLedger.desktop").is_file()
    assert (share / "metainfo" / "io.github.consent_ledger.ConsentLedger.metainfo.xml").is_file()
    assert (share / "icons/hicolor/256x256/apps/io.github.consent_ledger.ConsentLedger.png").is_file()


def test_frozen_version(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"consent-ledger {__version__}"


def test_frozen_selfcheck(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, tmp_path, "--lang", "en", "selfcheck")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines[:4]] == ["ok", "ok", "ok", "ok"]
    assert "sample notice analysed" in result.stdout
    if os.environ.get("CONSENT_LEDGER_REQUIRE_KEYRING") == "1":  # CI runs a real Secret Service:
        assert "ok  OS keyring: available" in lines  # the bundle shipped keyring's backends
    assert lines[-1] == f"Self-check passed (Consent Ledger {__version__})."
    # the check used a temporary vault: nothing was left in the person's data folder
    assert not (tmp_path / "data" / "consent-ledger").exists()


def test_frozen_gui_starts_and_stays_up(bundle: Path, tmp_path: Path) -> None:
    """The windowed executable loads Qt's plugins and runs its event loop (offscreen)."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("CONSENT_LEDGER_", "PYTHON"))}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([str(bundle / "consent-ledger-gui"), "--data-dir",
                             str(tmp_path / "data")], cwd=tmp_path, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=8)  # still running: the first-run page is up
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "Traceback" not in stderr
    assert "could not load the Qt platform plugin" not in stderr

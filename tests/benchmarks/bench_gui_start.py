"""GUI start time of Consent Ledger against a bare PySide6 window (prints figures, asserts nothing).

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_gui_start [RUNS]

Each run is a fresh process, timed from interpreter start to the first page being shown:
  bare      QApplication + an empty QMainWindow shown
  first-run the app's window with the first-run page (no vault yet)
  unlock    the app's window with the unlock page (an existing passphrase vault)
  unlocked  unlock page + passphrase entered -> workspace with the Services table filled
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys, time
T0 = time.perf_counter()
mode, data = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bench"])
if mode == "bare":
    w = QMainWindow(); w.setWindowTitle("bare"); w.show(); app.processEvents()
    print(time.perf_counter() - T0); sys.exit(0)
from consent_ledger.app import Settings, Wiring
from consent_ledger.ui.application import DesktopApp
from consent_ledger.ui.prompts import Prompts
wiring = Wiring(Settings(data_dir=__import__("pathlib").Path(data), key_source=None, lang="en"))
desktop = DesktopApp(app, wiring, prompts=Prompts().script(), lang_option="en")
window = desktop.start()
def check():
    if mode == "first-run" and window.first_run is not None:
        done()
    elif mode in ("unlock", "unlocked") and window.unlock_page is not None:
        if mode == "unlock":
            done(); return
        if window.unlock_page.button.isEnabled() and not window.unlock_page.passphrase.text():
            window.unlock_page.passphrase.setText("bench passphrase")
            window.unlock_page.button.click()
        QTimer.singleShot(5, check)
    elif mode == "unlocked" and window.workspace is not None \
            and window.workspace.services.model.rowCount() == 20:
        done()
    else:
        QTimer.singleShot(5, check)
def done():
    print(time.perf_counter() - T0)
    window.close(); desktop.shutdown(); app.exit(0)
QTimer.singleShot(0, check)
app.exec()
"""


def make_vault(data: Path) -> None:
    sys.path.insert(0, str(ROOT / "desktop"))
    from consent_ledger.app import Settings, Wiring
    from consent_ledger.core.model import Service

    wiring = Wiring(Settings(data_dir=data, key_source=None, lang="en"))
    wiring.vault_manager().init("passphrase", "bench passphrase")
    ledger = wiring.open_ledger("bench passphrase")
    try:
        for i in range(20):
            ledger.register.add_service(Service(name=f"Service {i:02d}", provider="Bench Co."))
    finally:
        ledger.close()


def run(mode: str, data: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(data)], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        make_vault(vault)
        results: dict[str, list[float]] = {}
        for mode in ("bare", "first-run", "unlock", "unlocked"):
            times = []
            for i in range(runs):
                data = vault if mode in ("unlock", "unlocked") else Path(tmp) / f"fresh-{mode}-{i}"
                times.append(run(mode, data))
            results[mode] = times
    bare = statistics.median(results["bare"])
    print(f"GUI start, median of {runs} fresh processes (seconds from interpreter start):")
    for mode, times in results.items():
        median = statistics.median(times)
        print(f"  {mode:10s} {median:6.3f}  (min {min(times):.3f}, max {max(times):.3f})"
              f"  x{median / bare:.2f} of bare")


if __name__ == "__main__":
    main()

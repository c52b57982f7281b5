"""Render the desktop app in a real window and save screenshots (run by test_screenshots.py).

    python -m tests.ui.shots OUTDIR LANG DATADIR

Builds a register through the real use cases in DATADIR (a passphrase vault), starts the app in
LANG, unlocks it, and writes PNGs of the main views, grabbed from the screen (X server).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QThread, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from consent_ledger.app import Settings, Wiring
from consent_ledger.ui.application import DesktopApp
from consent_ledger.ui.prompts import Prompts

HERE = Path(__file__).resolve().parent
NOTICES = {"en": HERE.parent / "data" / "ui" / "notice_en.md",
           "zh": HERE.parent / "data" / "ui" / "notice_zh.md"}
PASSPHRASE = "correct horse battery"
TIMEOUT_MS = 60_000


def build_register(wiring: Wiring, lang: str) -> None:
    wiring.vault_manager().init("passphrase", PASSPHRASE)
    ledger = wiring.open_ledger(PASSPHRASE)
    try:
        deepseek = ledger.register.add_from_catalogue("deepseek")
        ledger.register.add_from_catalogue("chatgpt")
        ledger.register.add_from_catalogue("kimi")
        ledger.register.add_grant(deepseek.id, ["contact", "user_content", "voice"])
        ledger.notices.import_file(deepseek.id, str(NOTICES[lang]))
        ledger.register.add_consent(deepseek.id, ["provide_service", "model_training"],
                                    notice_version=1)
        request = ledger.requests.create(deepseek.id, "delete", lang="zh")
        ledger.requests.record_event(request.id, "sent")
    finally:
        ledger.close()


def settle(app: QApplication) -> None:
    """Let the window system catch up: process events, then wait a moment for the X server."""
    for _ in range(5):
        app.processEvents()
        QThread.msleep(40)


def dark_palette() -> QPalette:
    """A dark system palette, as a dark desktop theme would provide (test-only colours)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#4a4a2a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0", QPalette.ColorRole.PlaceholderText: "#909090",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


class Driver:
    """Steps through the app with the event loop running; each step waits for the last."""

    def __init__(self, app: QApplication, desktop: DesktopApp, out: Path, lang: str) -> None:
        self.app = app
        self.desktop = desktop
        self.out = out
        self.lang = lang
        self.failed = ""
        self.steps = [self.unlock, self.services, self.service, self.requests, self.composer,
                      self.done]
        self.waiting_for = lambda: True
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.elapsed = 0

    def start(self) -> None:
        self.timer.start(100)

    def tick(self) -> None:
        self.elapsed += 100
        if self.elapsed > TIMEOUT_MS:
            upcoming = self.steps[0].__name__ if self.steps else "the end"
            self.failed = f"timed out before {upcoming}"
            self.app.exit(2)
            return
        if self.desktop.session.runner.pending or not self.waiting_for():
            return
        if not self.steps:  # the last step's condition quits the app
            return
        step = self.steps.pop(0)
        self.waiting_for = step() or (lambda: True)

    def shot(self, name: str) -> None:
        settle(self.app)
        window = self.desktop.window
        screen = window.screen()
        pixmap = screen.grabWindow(window.winId())
        if pixmap.isNull() or pixmap.width() < 100:
            pixmap = window.grab()
        path = self.out / f"{name}-{self.lang}.png"
        if not pixmap.save(str(path)):
            self.failed = f"could not write {path}"
        print(path)

    # --- steps ----------------------------------------------------------------------------
    def unlock(self):  # type: ignore[no-untyped-def]
        window = self.desktop.window
        if window.unlock_page is None:
            return lambda: window.unlock_page is not None
        self.shot("unlock")
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.button.click()
        return lambda: window.workspace is not None

    def services(self):  # type: ignore[no-untyped-def]
        workspace = self.desktop.window.workspace
        return lambda: workspace.services.model.rowCount() == 3 and self._then("services")

    def _then(self, name: str) -> bool:
        self.shot(name)
        return True

    def service(self):  # type: ignore[no-untyped-def]
        workspace = self.desktop.window.workspace
        row = next(r for r in workspace.services.model.rows if "DeepSeek" in r.name)
        page = workspace.open_service(row.id)

        def ready() -> bool:
            if page.detail is None or not page.detail.versions:
                return False
            label = "训练" if self.lang == "zh" else "training AI models"
            page.notice.select_term(label)
            return True

        self.page = page
        return lambda: ready() and self._then("service") and self._dark() and self._changes()

    def _dark(self) -> bool:
        """The same page under a dark palette (what a dark desktop theme hands the app)."""
        light = self.app.palette()
        self.app.setPalette(dark_palette())
        self.page.tabs.setCurrentIndex(0)
        self.shot("service-dark")
        self.app.setPalette(light)
        return True

    def _changes(self) -> bool:
        self.page.tabs.setCurrentIndex(1)
        self.app.processEvents()
        self.shot("records")
        self.page.tabs.setCurrentIndex(2)
        self.app.processEvents()
        self.shot("art17")
        return True

    def requests(self):  # type: ignore[no-untyped-def]
        workspace = self.desktop.window.workspace
        workspace.tabs.setCurrentWidget(workspace.requests)
        return lambda: workspace.requests.model.rowCount() == 1 and self._then("requests")

    def composer(self):  # type: ignore[no-untyped-def]
        workspace = self.desktop.window.workspace
        row = next(r for r in workspace.services.model.rows if "DeepSeek" in r.name)
        dialog = workspace.compose_letter(row.id, "delete")
        self.dialog = dialog

        def ready() -> bool:
            if not dialog.preview_text():
                return False
            settle(self.app)
            pixmap = dialog.screen().grabWindow(dialog.winId())
            if pixmap.isNull() or pixmap.width() < 100:
                pixmap = dialog.grab()
            path = self.out / f"composer-{self.lang}.png"
            pixmap.save(str(path))
            print(path)
            dialog.close()
            return True

        return ready

    def done(self):  # type: ignore[no-untyped-def]
        workspace = self.desktop.window.workspace
        workspace.tabs.setCurrentWidget(workspace.audit)
        return lambda: workspace.audit.report is not None and self._then("audit") and self._quit()

    def _quit(self) -> bool:
        self.app.exit(0)
        return True


def first_run_shot(app: QApplication, out: Path, lang: str, data: Path) -> str:
    """The first-run page over an empty data folder; returns an error text or ""."""
    wiring = Wiring(Settings(data_dir=data, key_source=None, lang=lang))
    desktop = DesktopApp(app, wiring, prompts=Prompts().script(), lang_option=lang)
    window = desktop.start()
    window.resize(1280, 800)
    driver = Driver(app, desktop, out, lang)
    result: list[str] = []

    def wait() -> None:
        if window.first_run is None or desktop.session.runner.pending:
            QTimer.singleShot(50, wait)
            return
        driver.shot("first-run")
        result.append(driver.failed)
        app.exit(0)

    QTimer.singleShot(50, wait)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(2))
    code = app.exec()
    window.close()
    desktop.shutdown()
    return result[0] if result else f"first-run page not shown ({code})"


def main(argv: list[str]) -> int:
    out, lang, data = Path(argv[0]), argv[1], Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["consent-ledger"])
    failed = first_run_shot(app, out, lang, data / "fresh")
    if failed:
        print(failed, file=sys.stderr)
        return 2
    wiring = Wiring(Settings(data_dir=data / "register", key_source=None, lang=lang))
    build_register(wiring, lang)
    desktop = DesktopApp(app, wiring, prompts=Prompts().script(), lang_option=lang)
    window = desktop.start()
    window.resize(1280, 800)
    driver = Driver(app, desktop, out, lang)
    driver.start()
    code = app.exec()
    window.close()
    desktop.shutdown()
    if driver.failed:
        print(driver.failed, file=sys.stderr)
        return 2
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

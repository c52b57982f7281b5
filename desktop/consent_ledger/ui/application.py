"""Start the desktop app: QApplication, language, logging, the session and the main window.

``run_gui(args)`` is called by ``app.gui_main``; the adapters come from the composition root
(``app.Wiring``), passed in here, so the GUI holds no globals and no business logic.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..logs import setup_logging
from .errors import error_text
from .i18n import Translations, resolve_language
from .prompts import Prompts
from .qtlog import route_qt_messages
from .session import Session
from .settings import SettingsStore
from .window import MainWindow

log = logging.getLogger(__name__)

ORGANISATION = "consent-ledger"
APP_ID = "consent-ledger"


def parse_gui_args(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="consent-ledger", add_help=False)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--key-source", choices=["keyring", "passphrase"], default=None)
    parser.add_argument("--lang", choices=["zh", "en"], default=None)
    parsed, _unknown = parser.parse_known_args(list(args))  # Qt's own options pass through
    return parsed


def _i18n_dir() -> Path | None:
    from ..paths import i18n_dir

    try:
        path = i18n_dir()
    except FileNotFoundError:
        return None
    return path if path.is_dir() else None


def _icon() -> QIcon | None:
    """The app icon from resources/icons: every PNG size, plus the SVG when Qt can draw it."""
    from ..paths import resources_dir

    try:
        icons = resources_dir() / "icons"
    except FileNotFoundError:
        return None
    icon = QIcon()
    for png in sorted(icons.glob("consent-ledger-*.png")):
        icon.addFile(str(png))
    svg = icons / "consent-ledger.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return None if icon.isNull() else icon


class DesktopApp(QObject):
    """Holds the session, the translations and the current main window."""

    def __init__(
        self,
        app: QApplication,
        wiring: Any,
        *,
        prompts: Prompts | None = None,
        lang_option: str | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.wiring = wiring
        self.prompts = prompts or Prompts()
        layout = wiring.settings.layout
        self.session = Session(wiring, SettingsStore(layout.settings), self.prompts, self)
        self.translations = Translations(app, _i18n_dir(), layout.cache / "i18n")
        self.language = resolve_language(self.session.prefs.language, lang_option)
        self.translations.install(self.language)
        wiring.settings.lang = self.language
        app.installEventFilter(self.session.idle_lock)
        self.session.language_changed.connect(self._on_language_changed)
        self.session.relocated.connect(self._on_relocated)
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.session)
        icon = _icon()
        if icon is not None:
            window.setWindowIcon(icon)
        return window

    def start(self) -> MainWindow:
        self.window.show()
        self.window.start()
        return self.window

    def _on_language_changed(self, preference: str) -> None:
        lang = resolve_language(preference)
        if lang == self.language:
            return
        self.language = lang
        self.translations.install(lang)
        self.wiring.settings.lang = lang
        old = self.window
        old.replaced = True
        self.window = self._new_window()
        self.window.restoreGeometry(old.saveGeometry())
        old.close()
        old.deleteLater()
        self.start()

    def _on_relocated(self, wiring: Any) -> None:
        """The data folder moved: later logs and language changes follow the new wiring."""
        self.wiring = wiring
        if logging.getLogger("consent_ledger").handlers:  # run_gui logs to the data folder
            setup_logging(wiring.settings.layout.logs)

    def on_uncaught(self, kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        """A bug in a slot: the details go to the log; the person reads one sentence."""
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if isinstance(exc, KeyboardInterrupt):
            self.app.quit()
            return
        try:
            self.prompts.error(self.window, self.window.windowTitle(),
                               error_text(exc, str(self.wiring.settings.layout.logs)))
        except Exception:  # never let the hook itself raise
            log.exception("could not show the error")

    def shutdown(self) -> None:
        self.app.removeEventFilter(self.session.idle_lock)
        self.session.shutdown()


def run_gui(args: list[str], wiring: Any) -> int:
    """Run the desktop app until its window closes; return the exit code.

    *wiring* is ``app.Wiring``, built by the composition root (``app.gui_main``).
    """
    parsed = parse_gui_args(args)
    setup_logging(wiring.settings.layout.logs)
    route_qt_messages()
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setOrganizationName(ORGANISATION)
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    app.setApplicationDisplayName("")
    app.setQuitOnLastWindowClosed(True)
    desktop = DesktopApp(app, wiring, lang_option=parsed.lang)
    previous_hook = sys.excepthook
    sys.excepthook = desktop.on_uncaught
    desktop.start()
    try:
        return int(app.exec())
    finally:
        sys.excepthook = previous_hook
        desktop.shutdown()

"""The main window: first run, unlock screen, or the workspace over an open ledger.

The window title names the app. Closing the window stops background work and the database thread
(closing the ledger) before the app quits.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from .pages.first_run import FirstRunPage
from .pages.unlock import UnlockPage
from .session import Session, VaultFacts

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Consent Ledger"))
        self.setMinimumSize(QSize(760, 520))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.first_run: FirstRunPage | None = None
        self.unlock_page: UnlockPage | None = None
        self.workspace: QWidget | None = None
        self._facts: VaultFacts | None = None
        self._closing = False
        self.replaced = False  # True when a new window (other language) takes over the session
        self._build_menus()
        self._show_message(self.tr("Opening…"))
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        geometry = session.prefs.geometry_bytes
        if not (geometry and self.restoreGeometry(QByteArray(geometry))):
            self.resize(1180, 760)

    # --- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.session.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.setEnabled(False)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Consent Ledger"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _on_about(self) -> None:
        from .. import __version__

        self.session.prompts.info(
            self,
            self.tr("About Consent Ledger"),
            self.tr(
                "Consent Ledger {version}\nAn encrypted, offline register of the personal "
                "information you gave to AI services."
            ).format(version=__version__),
        )

    # --- states ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.session.is_open:  # a new window over an open session (language switched)
            self._on_unlocked()
            return
        self.session.probe(self._on_probed, self._on_probe_failed)

    def _show(self, widget: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()
        widget.setFocus()

    def _show_message(self, text: str) -> None:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self._show(label)

    def _on_probed(self, facts: VaultFacts) -> None:
        self._facts = facts
        if facts.exists:
            self._show_unlock()
        else:
            self.first_run = FirstRunPage(facts.keyring_available)
            self.first_run.create_requested.connect(self._on_create_requested)
            self._show(self.first_run)

    def _on_probe_failed(self, exc: BaseException) -> None:
        self._show_message(self.session.error_text(exc))

    def _show_unlock(self) -> None:
        needs = self._facts.needs_passphrase if self._facts is not None else True
        self.unlock_page = UnlockPage(needs)
        self.unlock_page.unlock_requested.connect(self._on_unlock_requested)
        self._show(self.unlock_page)
        self.first_run = None
        self.unlock_page.setFocus()

    def _on_create_requested(self, key_source: str, passphrase: str) -> None:
        page = self.first_run
        try:
            self.session.create(
                key_source,
                passphrase or None,
                lambda exc: page.show_error(self.session.error_text(exc)) if page else None,
            )
        except Exception as exc:  # validation errors raised before any work starts
            if page is not None:
                page.show_error(self.session.error_text(exc))

    def _on_unlock_requested(self, passphrase: str) -> None:
        page = self.unlock_page
        self.session.unlock(
            passphrase or None,
            lambda exc: page.show_error(self.session.error_text(exc)) if page else None,
        )

    def _on_unlocked(self) -> None:
        from .workspace import Workspace

        if self._facts is not None:
            self._facts.exists = True
            self._facts.needs_passphrase = self.session.key_source != "keyring"
        self.workspace = Workspace(self.session, self)
        self._show(self.workspace)
        self.view_menu.clear()
        self.view_menu.addActions(self.workspace.view_actions)
        self.view_menu.setEnabled(True)
        self.first_run = None
        self.unlock_page = None
        self.lock_action.setEnabled(True)

    def _on_locked(self) -> None:
        self.lock_action.setEnabled(False)
        self.view_menu.clear()
        self.view_menu.setEnabled(False)
        self.workspace = None
        if not self._closing:
            self._show_message(self.tr("Locked."))
            self.start()

    # --- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._closing:  # already closed once (e.g. closed, then the app quits)
            event.accept()
            return
        self._closing = True
        self.session.prefs.with_geometry(bytes(self.saveGeometry().data()))
        self.session.save_prefs()
        self.session.unlocked.disconnect(self._on_unlocked)
        self.session.locked.disconnect(self._on_locked)
        if not self.replaced:
            self.session.shutdown()
        event.accept()

"""The workspace over an open ledger: Services, Requests, Audit and Settings tabs, plus one tab per
opened service. Pages tell the workspace when they changed the register (``changed``) so the others
reload.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabBar, QTabWidget, QVBoxLayout, QWidget

from .session import Session

log = logging.getLogger(__name__)


class Workspace(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .pages.audit import AuditPage
        from .pages.requests import RequestsPage
        from .pages.services import ServicesPage
        from .pages.settings import SettingsPage

        self.setObjectName("workspace")
        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspace_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._on_close_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.services = ServicesPage(session, self)
        self.requests = RequestsPage(session, self)
        self.audit = AuditPage(session, self)
        self.settings = SettingsPage(session, self)
        self._fixed = (self.services, self.requests, self.audit, self.settings)
        for page, title in (
            (self.services, self.tr("&Services")),
            (self.requests, self.tr("&Requests")),
            (self.audit, self.tr("&Audit")),
            (self.settings, self.tr("Se&ttings")),
        ):
            index = self.tabs.addTab(page, title)
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.LeftSide, None)
        self.service_pages: dict[int, Any] = {}

        self.services.service_opened.connect(self.open_service)
        self.view_actions: list[QAction] = []
        names = (self.tr("Services"), self.tr("Requests"), self.tr("Audit"), self.tr("Settings"))
        for number, (page, name) in enumerate(zip(self._fixed, names, strict=True), start=1):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, p=page: self._show_page(p))
            self.addAction(action)
            self.view_actions.append(action)
        close = QAction(self.tr("Close service tab"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(lambda: self._on_close_tab(self.tabs.currentIndex()))
        self.addAction(close)
        self.view_actions.append(close)
        self.changed.connect(self._reload_all)
        self._reload_all()

    def _show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
        page.setFocus()

    def _reload_all(self) -> None:
        for page in (*self._fixed, *self.service_pages.values()):
            reload = getattr(page, "reload", None)
            if reload is not None:
                reload()

    def open_service(self, service_id: int) -> Any:
        from .pages.service import ServicePage

        page = self.service_pages.get(service_id)
        if page is None:
            page = ServicePage(self.session, service_id, self)
            page.title_changed.connect(lambda title, p=page: self._retitle(p, title))
            page.closed.connect(lambda p=page: self._remove(p))
            self.service_pages[service_id] = page
            self.tabs.addTab(page, self.tr("Service"))
            page.reload()
        self.tabs.setCurrentWidget(page)
        return page

    def compose_letter(
        self, service_id: int, request_type: str = "delete", options: dict[str, Any] | None = None
    ) -> Any:
        from .pages.composer import LetterComposer

        dialog = LetterComposer(self.session, service_id, request_type, options or {}, self)
        dialog.request_changed.connect(self.changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _retitle(self, page: QWidget, title: str) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def _remove(self, page: QWidget) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self._on_close_tab(index)

    def _on_close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is None or page in self._fixed:
            return
        self.tabs.removeTab(index)
        for key, value in list(self.service_pages.items()):
            if value is page:
                del self.service_pages[key]
        page.deleteLater()

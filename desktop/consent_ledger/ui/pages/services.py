"""The Services tab: every service in the register, with search, sort and filters; add a service
from the bundled catalogue or by hand; open one (Enter or double-click); drop a notice on a row.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models.services import ServiceRow, ServicesFilter, ServicesModel
from ..session import Session
from .dropping import NoticeDrop, notice_drop

log = logging.getLogger(__name__)


def load_rows(ledger: Any) -> list[ServiceRow]:
    """Runs on the database thread: the services with what the table shows about each."""
    from ..queries import service_rows

    return service_rows(ledger)


class ServicesPage(QWidget):
    service_opened = Signal(int)

    def __init__(self, session: Session, workspace: Any) -> None:
        super().__init__(workspace)
        self.setObjectName("services_page")
        self.session = session
        self.workspace = workspace
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search services (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search services"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 3)
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Filter by region"))
        self.region.addItem(self.tr("All regions"), "")
        self.region.addItem(self.tr("Mainland China"), "cn")
        self.region.addItem(self.tr("International"), "intl")
        bar.addWidget(self.region, 1)
        self.tier = QComboBox()
        self.tier.setAccessibleName(self.tr("Filter by risk"))
        self.tier.addItem(self.tr("Any risk"), "")
        self.tier.addItem(self.tr("High risk"), "high")
        self.tier.addItem(self.tr("Medium risk"), "medium")
        self.tier.addItem(self.tr("Low risk"), "low")
        bar.addWidget(self.tier, 1)
        self.add_catalogue = QPushButton(self.tr("Add from &catalogue…"))
        self.add_catalogue.clicked.connect(self._on_add_from_catalogue)
        bar.addWidget(self.add_catalogue)
        self.add_manual = QPushButton(self.tr("Add by &hand…"))
        self.add_manual.clicked.connect(self._on_add_by_hand)
        bar.addWidget(self.add_manual)
        layout.addLayout(bar)

        self.model = ServicesModel(self)
        self.proxy = ServicesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = _DropTable(self)
        self.table.setObjectName("services_table")
        self.table.setAccessibleName(self.tr("Services"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ServicesModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ServicesModel.DATA, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ServicesModel.NAME, 180)
        header.resizeSection(ServicesModel.PROVIDER, 220)
        self.table.activated.connect(self._on_activated)
        self.table.dropped.connect(self._on_dropped)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("No services yet. Add the AI services you use from the catalogue or by hand.")
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.status = QLabel()
        layout.addWidget(self.status)

        self.search.textChanged.connect(self.proxy.set_search)
        self.region.currentIndexChanged.connect(
            lambda: self.proxy.set_region(self.region.currentData())
        )
        self.tier.currentIndexChanged.connect(lambda: self.proxy.set_tier(self.tier.currentData()))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self._on_add_from_catalogue)
        self.setFocusProxy(self.table)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        self.session.op(load_rows, self).success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, rows: list[ServiceRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.status.setText(self.tr("{count} services").format(count=len(rows)))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _on_failed(self, exc: BaseException) -> None:
        self.session.prompts.error(self, self.tr("Services"), self.session.error_text(exc))

    def row_of(self, name: str) -> int:
        """Proxy row showing the service called *name* (-1 when hidden or absent)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, ServicesModel.NAME).data() == name:
                return row
        return -1

    def _on_activated(self, index: QModelIndex) -> None:
        service_id = index.data(ServicesModel.IdRole)
        if service_id is not None:
            self.service_opened.emit(int(service_id))

    def _on_add_from_catalogue(self) -> None:
        from .catalogue import CatalogueDialog

        dialog = CatalogueDialog(self.session, self)
        dialog.service_added.connect(self._on_service_added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.catalogue_dialog = dialog

    def _on_add_by_hand(self) -> None:
        from .service_edit import ServiceEditDialog

        dialog = ServiceEditDialog(self.session, None, self)
        dialog.saved.connect(self._on_service_added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.edit_dialog = dialog

    def _on_service_added(self, service_id: int) -> None:
        self.workspace.changed.emit()
        self.service_opened.emit(service_id)

    def _on_dropped(self, index: QModelIndex, drop: NoticeDrop) -> None:
        service_id = index.data(ServicesModel.IdRole)
        if service_id is None:
            return
        page = self.workspace.open_service(int(service_id))
        page.import_drop(drop)


class _DropTable(QTableView):
    """A table that accepts a notice file or URL dropped on a service's row."""

    dropped = Signal(QModelIndex, object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if notice_drop(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and notice_drop(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        index = self.indexAt(event.position().toPoint())
        drop = notice_drop(event.mimeData())
        if index.isValid() and drop is not None:
            event.acceptProposedAction()
            self.dropped.emit(index, drop)
        else:
            event.ignore()

"""Table model of rights requests: service, type, status, sent and due dates; overdue stands out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from . import labels
from .table import Index, RowsModel


class RequestsModel(RowsModel):
    ID, SERVICE, TYPE, STATUS, SENT, DUE = range(6)
    IdRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS = 6

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("RequestsModel", "No."),
            QCoreApplication.translate("RequestsModel", "Service"),
            QCoreApplication.translate("RequestsModel", "Request"),
            QCoreApplication.translate("RequestsModel", "Status"),
            QCoreApplication.translate("RequestsModel", "Sent"),
            QCoreApplication.translate("RequestsModel", "Reply due"),
        )

    def overdue(self, row: int) -> bool:
        view = self.rows[row]
        return str(view.status) == "overdue" or bool(view.due is not None and view.due.overdue)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self.rows[index.row()]
        col = index.column()
        if role == self.IdRole:
            return view.request.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.ID:
                return str(view.request.id)
            if col == self.SERVICE:
                return view.service.name
            if col == self.TYPE:
                return labels.request_type(str(view.request.type))
            if col == self.STATUS:
                return labels.status(str(view.status))
            if col == self.SENT:
                return view.due.sent.isoformat() if view.due is not None else "—"
            if col == self.DUE:
                if view.due is None:
                    return "—"
                text = view.due.due.isoformat()
                if self.overdue(index.row()):
                    text += " · " + QCoreApplication.translate("RequestsModel", "overdue")
                return text
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DUE and view.due is not None:
            return QCoreApplication.translate(
                "RequestsModel",
                "A reminder date you asked for or a common benchmark, not a "
                "statutory deadline: PIPL asks handlers to answer in time (及时).",
            )
        if self.overdue(index.row()):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QApplication.palette().brush(QPalette.ColorRole.Highlight)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(QPalette.ColorRole.HighlightedText)
        return None

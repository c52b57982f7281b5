"""Table model of the services in the register, with a proxy for search, region and risk filters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from . import labels
from .table import Index, RowsModel

TIER_RANK = {"high": 3, "medium": 2, "low": 1, "": 0}


@dataclass
class ServiceRow:
    """One line of the table, gathered on the database thread."""

    id: int
    name: str
    provider: str
    region: str
    categories: list[str] = field(default_factory=list)
    versions: int = 0
    open_requests: int = 0
    tier: str = ""  # "low", "medium", "high" or "" (no audit)
    drift: bool = False


class ServicesModel(RowsModel):
    NAME, PROVIDER, REGION, DATA, NOTICE, REQUESTS, RISK = range(7)
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    COLUMNS = 7

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ServicesModel", "Service"),
            QCoreApplication.translate("ServicesModel", "Provider"),
            QCoreApplication.translate("ServicesModel", "Region"),
            QCoreApplication.translate("ServicesModel", "Data given"),
            QCoreApplication.translate("ServicesModel", "Notice"),
            QCoreApplication.translate("ServicesModel", "Open requests"),
            QCoreApplication.translate("ServicesModel", "Risk"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == self.IdRole:
            return row.id
        if role == self.SortRole:
            return (
                row.name.lower(),
                row.provider.lower(),
                row.region,
                len(row.categories),
                row.versions,
                row.open_requests,
                TIER_RANK.get(row.tier, 0),
            )[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.NAME:
                return row.name
            if col == self.PROVIDER:
                return row.provider
            if col == self.REGION:
                return labels.region(row.region)
            if col == self.DATA:
                return labels.join([labels.category(c) for c in row.categories])
            if col == self.NOTICE:
                if not row.versions:
                    return QCoreApplication.translate("ServicesModel", "none yet")
                text = QCoreApplication.translate("ServicesModel", "v{n}").format(n=row.versions)
                if row.drift:
                    text += " · " + QCoreApplication.translate("ServicesModel", "changed")
                return text
            if col == self.REQUESTS:
                return str(row.open_requests) if row.open_requests else ""
            if col == self.RISK:
                return (
                    labels.tier(row.tier)
                    if row.tier
                    else QCoreApplication.translate("ServicesModel", "not assessed")
                )
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NOTICE and row.drift:
            return QCoreApplication.translate(
                "ServicesModel", "The notice changed since you consented: check the changes."
            )
        if role == Qt.ItemDataRole.BackgroundRole and col == self.RISK and row.tier == "high":
            return QApplication.palette().brush(QPalette.ColorRole.Highlight)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RISK and row.tier == "high":
            return QApplication.palette().brush(QPalette.ColorRole.HighlightedText)
        if role == Qt.ItemDataRole.FontRole and col == self.RISK and row.tier:
            font = QApplication.font()
            font.setBold(row.tier != "low")
            return font
        return None


class ServicesFilter(QSortFilterProxyModel):
    """Search by name or provider; filter by region and by risk tier."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ServicesModel.SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._region = ""
        self._tier = ""
        self._text = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_region(self, region: str) -> None:
        self.beginFilterChange()
        self._region = region
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_tier(self, tier: str) -> None:
        self.beginFilterChange()
        self._tier = tier
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ServicesModel):
            return True
        row = model.rows[source_row]
        if (
            self._text
            and self._text not in row.name.lower()
            and self._text not in row.provider.lower()
        ):
            return False
        if self._region and row.region != self._region:
            return False
        return not (self._tier and row.tier != self._tier)

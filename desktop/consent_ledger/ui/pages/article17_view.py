"""The PIPL Art. 17 check of the latest notice: each item the law requires, whether the notice
tells it, and the clauses it rests on — one step from the text (Enter, double-click or the button
shows them in the Notice tab). Items missing lead to a request for an explanation (Art. 48)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.article17 import article_17_items
from ...core.model import NoticeVersion
from ..models import labels

CLAUSES_ROLE = Qt.ItemDataRole.UserRole + 11


class Article17View(QWidget):
    show_clauses = Signal(list)  # clause ids to show in the notice's text
    explain_requested = Signal()  # the person wants to ask the handler to explain its rules

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("art17_view")
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "PIPL Article 17: before processing your personal information, the handler must "
                "tell you, conspicuously and in clear language, truthfully, accurately and "
                "completely: who it is and how to contact it; the purposes and methods of "
                "processing, the kinds of personal information and how long they are kept; and "
                "how you can exercise your rights."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.items = QTreeWidget()
        self.items.setObjectName("art17_list")
        self.items.setAccessibleName(self.tr("PIPL Article 17 check"))
        self.items.setRootIsDecorated(False)
        self.items.setHeaderLabels(
            [self.tr("What the notice must tell you"), self.tr("Told?"), self.tr("Clauses")]
        )
        self.items.setColumnWidth(0, 380)
        self.items.setColumnWidth(1, 120)
        self.items.itemActivated.connect(lambda item, _column: self._show(item))
        self.items.currentItemChanged.connect(self._on_current)
        layout.addWidget(self.items, 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("art17_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show c&lauses"))
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(lambda: self._show(self.items.currentItem()))
        self.explain_button = QPushButton(self.tr("Ask for an e&xplanation…"))
        self.explain_button.setToolTip(
            self.tr("Write a request asking the handler to explain its processing rules "
                    "(PIPL Art. 48).")
        )
        self.explain_button.clicked.connect(self.explain_requested)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.explain_button)
        layout.addLayout(buttons)
        self.missing: list[str] = []

    def show_version(self, version: NoticeVersion | None) -> None:
        """The check of *version* (the latest notice), or a hint when there is none."""
        self.items.clear()
        self.missing = []
        if version is None:
            self.verdict.setText(self.tr("No notice yet."))
            self.explain_button.setEnabled(False)
            self.show_button.setEnabled(False)
            return
        analysis: dict[str, Any] = version.analysis or {}
        for entry in article_17_items(analysis):
            told = self.tr("told") if entry.told else self.tr("missing")
            where = ", ".join(f"#{i}" for i in entry.clauses) or "—"
            item = QTreeWidgetItem(self.items, [labels.art17(entry.key), told, where])
            item.setData(0, CLAUSES_ROLE, list(entry.clauses))
            item.setToolTip(0, labels.art17(entry.key))
            if not entry.told:
                self.missing.append(entry.key)
                for column in (0, 1):
                    font = item.font(column)
                    font.setBold(True)
                    item.setFont(column, font)
        if self.missing:
            self.verdict.setText(
                self.tr(
                    "Not told: {items}. A notice that leaves out what Art. 17 requires is itself a "
                    "finding of the self-audit. You may ask the handler to explain its processing "
                    "rules (PIPL Art. 48)."
                ).format(items=labels.join([labels.art17(k) for k in self.missing]))
            )
        else:
            self.verdict.setText(
                self.tr("The notice tells all six things Art. 17 requires. Whether what it tells "
                        "is true and complete, only the handler can answer.")
            )
        self.explain_button.setEnabled(True)
        self.items.setCurrentItem(self.items.topLevelItem(0))

    def _clauses(self, item: QTreeWidgetItem | None) -> list[int]:
        return list(item.data(0, CLAUSES_ROLE) or []) if item is not None else []

    def _on_current(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        self.show_button.setEnabled(bool(self._clauses(item)))

    def _show(self, item: QTreeWidgetItem | None) -> None:
        ids = self._clauses(item)
        if ids:
            self.show_clauses.emit(ids)

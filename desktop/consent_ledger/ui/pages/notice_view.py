"""A notice read as plain terms beside its text: pick a term, its evidence clauses light up.

Offsets in the analysis are Unicode code points; QTextDocument counts UTF-16 units, so positions
are converted (they differ only after characters outside the Basic Multilingual Plane).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model import NoticeVersion
from ..models import labels

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 10


def utf16_offsets(text: str) -> list[int] | None:
    """Code point -> UTF-16 index table, or None when the two agree (no astral characters)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    table = [0] * (len(text) + 1)
    position = 0
    for i, ch in enumerate(text):
        table[i] = position
        position += 2 if ord(ch) >= 0x10000 else 1
    table[len(text)] = position
    return table


class NoticeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.terms = QTreeWidget()
        self.terms.setObjectName("notice_terms")
        self.terms.setHeaderLabels([self.tr("What the notice says"), self.tr("Clauses")])
        self.terms.setAccessibleName(self.tr("Terms of the notice"))
        self.terms.setColumnWidth(0, 360)
        self.terms.currentItemChanged.connect(self._on_term)
        self.text = QTextBrowser()
        self.text.setObjectName("notice_text")
        self.text.setAccessibleName(self.tr("Text of the notice"))
        self.text.setOpenLinks(False)
        splitter.addWidget(self.terms)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.version: NoticeVersion | None = None
        self._clauses: dict[int, tuple[int, int]] = {}
        self._utf16: list[int] | None = None
        self.highlighted: list[int] = []

    # --- content --------------------------------------------------------------------------
    def show_version(self, version: NoticeVersion | None) -> None:
        self.version = version
        self.terms.clear()
        self.highlighted = []
        if version is None:
            self.summary.setText(
                self.tr(
                    "No notice yet. Import the privacy notice from a file, fetch it from its web "
                    "address, or drop a file or link here."
                )
            )
            self.text.clear()
            return
        analysis = version.analysis or {}
        self._utf16 = utf16_offsets(version.text)
        self._clauses = {
            int(c["id"]): (int(c["start"]), int(c["end"]))
            for c in analysis.get("clauses", [])
            if "id" in c
        }
        summary = analysis.get("summary") or {}
        lines = summary.get("zh" if labels.is_zh() else "en") or []
        head = self.tr("Version {number}, {source}, retrieved {date}").format(
            number=version.number or "?",
            source=version.source,
            date=version.retrieved.date().isoformat(),
        )
        self.summary.setText("\n".join([head, *[f"• {line}" for line in lines]]))
        self.text.setPlainText(version.text)
        self._fill_terms(analysis)
        self.terms.expandAll()

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.terms, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _leaf(self, group: QTreeWidgetItem, text: str, evidence: Any) -> QTreeWidgetItem:
        ids = [int(e) for e in (evidence or []) if isinstance(e, int)]
        item = QTreeWidgetItem(group, [text, ", ".join(f"#{i}" for i in ids)])
        item.setData(0, EVIDENCE_ROLE, ids)
        item.setToolTip(0, text)
        return item

    def _fill_terms(self, a: dict[str, Any]) -> None:
        lists = (
            (self.tr("Purposes"), "purposes", labels.purpose),
            (self.tr("Personal information collected"), "data_categories", labels.category),
            (
                self.tr("Sensitive personal information (PIPL Art. 28)"),
                "sensitive_categories",
                labels.category,
            ),
            (self.tr("Ways of processing (PIPL Art. 4)"), "methods", labels.method),
            (self.tr("Your rights"), "rights", labels.right),
        )
        for title, key, name in lists:
            items = a.get(key) or []
            group = self._group(title)
            for entry in items:
                self._leaf(group, name(str(entry.get("term", ""))), entry.get("evidence"))
            if not items:
                QTreeWidgetItem(group, [self.tr("not stated")])
        retention = a.get("retention") or {}
        group = self._group(self.tr("Retention"))
        if retention.get("stated"):
            periods = labels.join([str(p) for p in retention.get("periods") or []])
            self._leaf(
                group,
                self.tr("stated: {periods}").format(periods=periods or "—"),
                retention.get("evidence"),
            )
        else:
            self._leaf(group, self.tr("no concrete period stated"), retention.get("evidence"))
        sharing = a.get("sharing") or {}
        group = self._group(self.tr("Sharing"))
        for key, text in (
            ("third_parties", self.tr("with third parties: {value}")),
            ("entrusted", self.tr("with entrusted processors: {value}")),
            ("public_disclosure", self.tr("public disclosure: {value}")),
        ):
            self._leaf(
                group,
                text.format(value=labels.yes_no(sharing.get(key))),
                sharing.get("evidence") if sharing.get(key) else [],
            )
        cross = a.get("cross_border") or {}
        group = self._group(self.tr("Cross-border transfer"))
        self._leaf(group, labels.yes_no(cross.get("value")), cross.get("evidence"))
        training = a.get("model_training") or {}
        group = self._group(self.tr("Your content used to train AI models"))
        text = labels.yes_no(training.get("value"))
        if training.get("value") == "yes":
            text += " · " + (
                self.tr("opt-out described")
                if training.get("opt_out")
                else self.tr("no opt-out described")
            )
        self._leaf(group, text, training.get("evidence"))
        automated = a.get("automated_decision") or {}
        group = self._group(self.tr("Automated decisions and profiling"))
        self._leaf(group, labels.yes_no(automated.get("value")), automated.get("evidence"))
        minors = a.get("minors") or {}
        group = self._group(self.tr("Children and minors"))
        text = labels.yes_no(minors.get("value"))
        if minors.get("minimum_age"):
            text += " · " + self.tr("minimum age {age}").format(age=minors.get("minimum_age"))
        self._leaf(group, text, minors.get("evidence"))
        handler = a.get("handler") or {}
        group = self._group(self.tr("Who is responsible, and contacts"))
        details = [
            *handler.get("names", []),
            *handler.get("emails", []),
            *handler.get("phones", []),
            *handler.get("addresses", []),
        ]
        self._leaf(
            group,
            labels.join([str(d) for d in details]) or self.tr("not stated"),
            handler.get("evidence"),
        )

    # --- highlighting ---------------------------------------------------------------------
    def _on_term(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        ids = item.data(0, EVIDENCE_ROLE) if item is not None else None
        self.highlight(list(ids or []))

    def select_term(self, text: str) -> bool:
        """Select the first term whose label contains *text* (keyboard users, tests)."""
        found = self.terms.findItems(text, Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
        leaves = [i for i in found if i.data(0, EVIDENCE_ROLE) is not None]
        if not leaves:
            return False
        self.terms.setCurrentItem(leaves[0])
        return True

    def _pos(self, offset: int) -> int:
        offset = max(0, min(offset, len(self.version.text) if self.version else 0))
        return self._utf16[offset] if self._utf16 is not None else offset

    def highlight(self, clause_ids: list[int]) -> None:
        """Mark the clauses *clause_ids* in the text and scroll to the first."""
        self.highlighted = [i for i in clause_ids if i in self._clauses]
        selections = []
        fmt = QTextCharFormat()
        palette = self.palette()
        fmt.setBackground(palette.brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
        fmt.setForeground(
            palette.brush(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        )
        first: QTextCursor | None = None
        for clause_id in self.highlighted:
            start, end = self._clauses[clause_id]
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self._pos(start))
            cursor.setPosition(self._pos(end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
            if first is None:
                first = QTextCursor(cursor)
        self.text.setExtraSelections(selections)
        if first is not None:
            first.clearSelection()
            self.text.setTextCursor(first)
            self.text.ensureCursorVisible()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Follow a palette change (light/dark theme switch) in the highlighted clauses."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.highlighted:
            self.highlight(list(self.highlighted))

    def highlighted_text(self) -> list[str]:
        """The text of the highlighted clauses (what a person sees lit up)."""
        if self.version is None:
            return []
        return [
            self.version.text[self._clauses[i][0] : self._clauses[i][1]] for i in self.highlighted
        ]

"""The data a person gave a service and the consents they gave, with adding and withdrawing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.vocab import DATA_CATEGORIES, PURPOSES, SENSITIVE_DATA_CATEGORIES
from ..models import labels
from ..session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in (1, len(headers) - 1)
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


class RecordsView(QWidget):
    changed = Signal()

    def __init__(self, session: Session, service_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("records_view")
        self.session = session
        self.service_id = service_id
        self.detail: Any = None
        layout = QVBoxLayout(self)
        grants_box = QGroupBox(self.tr("Data I gave"))
        grants_layout = QVBoxLayout(grants_box)
        self.grants = _table(
            [self.tr("Date"), self.tr("Categories"), self.tr("How"), self.tr("Note")],
            self.tr("Data I gave"),
        )
        grants_layout.addWidget(self.grants)
        add_grant = QPushButton(self.tr("Record data &given…"))
        add_grant.clicked.connect(self._on_add_grant)
        grants_layout.addWidget(add_grant, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(grants_box)

        consents_box = QGroupBox(self.tr("My consents"))
        consents_layout = QVBoxLayout(consents_box)
        self.consents = _table(
            [self.tr("Date"), self.tr("Purposes"), self.tr("State"), self.tr("Notice version")],
            self.tr("My consents"),
        )
        consents_layout.addWidget(self.consents)
        row = QHBoxLayout()
        add_consent = QPushButton(self.tr("Record a &consent…"))
        add_consent.clicked.connect(self._on_add_consent)
        self.withdraw = QPushButton(self.tr("&Withdraw selected consent"))
        self.withdraw.clicked.connect(self._on_withdraw)
        row.addWidget(add_consent)
        row.addWidget(self.withdraw)
        row.addStretch(1)
        consents_layout.addLayout(row)
        layout.addWidget(consents_box)

    def show_records(self, detail: Any) -> None:
        self.detail = detail
        self.grants.setRowCount(0)
        for grant in detail.grants:
            r = self.grants.rowCount()
            self.grants.insertRow(r)
            cats = [
                labels.category(c) + (" ⚠" if c in SENSITIVE_DATA_CATEGORIES else "")
                for c in grant.categories
            ]
            for col, text in enumerate(
                (grant.date.isoformat(), labels.join(cats), grant.channel, grant.note)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.grants.setItem(r, col, item)
        numbers = {v.id: v.number for v in detail.versions}
        drift = {d.consent_id: d for d in detail.drift}
        self.consents.setRowCount(0)
        for consent in detail.consents:
            r = self.consents.rowCount()
            self.consents.insertRow(r)
            version = numbers.get(consent.notice_version_id)
            version_text = self.tr("v{n}").format(n=version) if version else self.tr("not recorded")
            answer = drift.get(consent.id)
            if answer is not None and answer.needs_fresh_consent:
                version_text += " · " + self.tr("notice changed since")
            items = (
                consent.date.isoformat(),
                labels.join([labels.purpose(p) for p in consent.purposes]),
                labels.consent_state(str(consent.state)),
                version_text,
            )
            for col, text in enumerate(items):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ID_ROLE, consent.id)
                self.consents.setItem(r, col, item)

    def _on_add_grant(self) -> None:
        dialog = _ChoiceDialog(
            self.tr("Record data given"), DATA_CATEGORIES, labels.category, self, channel=True
        )
        dialog.accepted.connect(lambda: self._save_grant(dialog))
        dialog.open()
        self.dialog = dialog

    def _save_grant(self, dialog: _ChoiceDialog) -> None:
        chosen, when, channel = dialog.chosen(), dialog.when(), dialog.channel.text()
        sid = self.service_id
        self.session.op(
            lambda ledger: ledger.register.add_grant(sid, chosen, when, channel), self
        ).success(lambda _r: self.changed.emit()).failure(self._failed).run()

    def _on_add_consent(self) -> None:
        versions = list(self.detail.versions) if self.detail is not None else []
        dialog = _ChoiceDialog(
            self.tr("Record a consent"), PURPOSES, labels.purpose, self, versions=versions
        )
        dialog.accepted.connect(lambda: self._save_consent(dialog))
        dialog.open()
        self.dialog = dialog

    def _save_consent(self, dialog: _ChoiceDialog) -> None:
        chosen, when, version = dialog.chosen(), dialog.when(), dialog.version()
        sid = self.service_id
        self.session.op(
            lambda ledger: ledger.register.add_consent(sid, chosen, when, version), self
        ).success(lambda _r: self.changed.emit()).failure(self._failed).run()

    def _on_withdraw(self) -> None:
        item = self.consents.item(self.consents.currentRow(), 0)
        if item is None:
            self.session.prompts.info(self, self.tr("Consents"), self.tr("Select a consent first."))
            return
        consent_id = int(item.data(ID_ROLE))
        if not self.session.prompts.confirm(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Record that you withdrew this consent today? To tell the service, write a "
                "withdrawal request as well."
            ),
        ):
            return
        self.session.op(lambda ledger: ledger.register.withdraw_consent(consent_id), self).success(
            lambda _r: self.changed.emit()
        ).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.session.prompts.error(self, self.tr("Data and consents"), self.session.error_text(exc))


class _ChoiceDialog(QDialog):
    """Checkboxes for vocabulary ids, a date, and optionally a channel or a notice version."""

    def __init__(
        self,
        title: str,
        ids: tuple[str, ...],
        name: Any,
        parent: QWidget,
        channel: bool = False,
        versions: list[Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(ids):
            box = QCheckBox(name(key))
            self.boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)
        layout.addLayout(grid)
        form = QFormLayout()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, self.date)
        self.channel = QLineEdit()
        if channel:
            channel_label = QLabel(self.tr("&How (app, web, voice…):"))
            channel_label.setBuddy(self.channel)
            form.addRow(channel_label, self.channel)
        self.versions = QComboBox()
        if versions is not None:
            self.versions.addItem(self.tr("not recorded"), None)
            for version in versions:
                self.versions.addItem(
                    self.tr("Version {number} ({date})").format(
                        number=version.number, date=version.retrieved.date().isoformat()
                    ),
                    version.number,
                )
            self.versions.setCurrentIndex(self.versions.count() - 1)
            version_label = QLabel(self.tr("Under notice &version:"))
            version_label.setBuddy(self.versions)
            form.addRow(version_label, self.versions)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def when(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")

    def version(self) -> Any:
        return self.versions.currentData()

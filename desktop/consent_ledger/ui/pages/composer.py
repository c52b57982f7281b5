"""The letter composer: choose the request, see the letter as you choose, then save it as PDF or
e-mail, copy it, and mark it as sent (which starts the reply clock).

The preview words an unsaved request through the request desk's own letter writer
(``desk.facts`` + ``desk.letters.compose``); the first action that needs a stored request
(export, copy, mark as sent) creates it with ``desk.create`` and from then on the desk's stored
letter is what is exported.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.vocab import DATA_CATEGORIES, Capacity, RequestType
from ..models import labels
from ..session import Session
from .forms import add_labelled_rows

log = logging.getLogger(__name__)
TRIGGERS = ("purpose", "ceased_or_expired", "consent_withdrawn", "unlawful", "other_law")
NEEDS_PROCESSING = ("withdraw_consent", "restrict")


def _trigger_label(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "purpose": QCoreApplication.translate(
            "LetterComposer",
            "the purpose has been achieved, cannot be achieved or is no longer needed",
        ),
        "ceased_or_expired": QCoreApplication.translate(
            "LetterComposer", "the service stopped or the retention period ended"
        ),
        "consent_withdrawn": QCoreApplication.translate("LetterComposer", "I withdraw my consent"),
        "unlawful": QCoreApplication.translate(
            "LetterComposer", "the processing breaks the law or our agreement"
        ),
        "other_law": QCoreApplication.translate("LetterComposer", "another case set by law"),
    }.get(key, key)


def _prefill(ledger: Any, service_id: int) -> dict[str, Any]:
    service = ledger.repo.get_service(service_id)
    grants = ledger.repo.list_grants(service_id)
    return {"service": service, "categories": sorted({c for g in grants for c in g.categories})}


class LetterComposer(QDialog):
    request_changed = Signal()

    def __init__(
        self,
        session: Session,
        service_id: int,
        request_type: str = "delete",
        options: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letter_composer")
        self.setWindowTitle(self.tr("Write a request"))
        self.resize(1100, 720)
        self.session = session
        self.service_id = service_id
        self.request_id: int | None = None
        self.letter: Any = None
        self.service: Any = None
        self.last_view: Any = None
        self._initial = dict(options or {})
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)

        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        form_widget = QWidget()
        form_layout = QVBoxLayout(form_widget)
        form = QFormLayout()
        self.type_box = QComboBox()
        for kind in RequestType:
            self.type_box.addItem(labels.request_type(kind.value), kind.value)
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(request_type)))
        self.lang_box = QComboBox()
        for text, value in (
            (self.tr("Chinese"), "zh"),
            (self.tr("English"), "en"),
            (self.tr("Chinese and English"), "both"),
        ):
            self.lang_box.addItem(text, value)
        self.capacity_box = QComboBox()
        for capacity in Capacity:
            self.capacity_box.addItem(labels.capacity(capacity.value), capacity.value)
        self.reply_days = QSpinBox()
        self.reply_days.setRange(0, 365)
        self.reply_days.setSpecialValueText(self.tr("benchmark"))
        self.reply_days.setToolTip(
            self.tr(
                "PIPL sets no number of days. Leave at “benchmark” to ask for a reply within the "
                "usual benchmark (15 working days or 30 days), or choose your own number."
            )
        )
        add_labelled_rows(form, (
            (self.tr("&Request:"), self.type_box),
            (self.tr("&Language:"), self.lang_box),
            (self.tr("&Writing:"), self.capacity_box),
            (self.tr("Ask for a reply &within (days):"), self.reply_days),
        ))
        form_layout.addLayout(form)

        self.triggers_box = QGroupBox(self.tr("Why the data must be deleted (PIPL Art. 47)"))
        triggers_layout = QVBoxLayout(self.triggers_box)
        self.trigger_checks: dict[str, QCheckBox] = {}
        for key in TRIGGERS:
            box = QCheckBox(_trigger_label(key))
            self.trigger_checks[key] = box
            triggers_layout.addWidget(box)
        form_layout.addWidget(self.triggers_box)

        self.categories_box = QGroupBox(self.tr("Which data"))
        grid = QGridLayout(self.categories_box)
        self.category_checks: dict[str, QCheckBox] = {}
        for i, key in enumerate(DATA_CATEGORIES):
            box = QCheckBox(labels.category(key))
            self.category_checks[key] = box
            grid.addWidget(box, i // 2, i % 2)
        form_layout.addWidget(self.categories_box)

        self.processing = QLineEdit()
        self.processing.setPlaceholderText(self.tr("e.g. using my conversations to train models"))
        self.processing.setAccessibleName(self.tr("Processing to stop"))
        self.processing_label = QLabel(self.tr("&Processing to stop:"))
        self.processing_label.setBuddy(self.processing)
        form_layout.addWidget(self.processing_label)
        form_layout.addWidget(self.processing)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(
            form_widget.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 8
        )
        splitter.addWidget(scroll)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.to_label = QLabel()
        self.to_label.setWordWrap(True)
        self.to_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.to_label)
        self.preview = QTextBrowser()
        self.preview.setObjectName("letter_preview")
        self.preview.setAccessibleName(self.tr("Letter preview"))
        right_layout.addWidget(self.preview, 1)
        self.status = QLabel()
        self.status.setObjectName("composer_status")
        self.status.setWordWrap(True)
        right_layout.addWidget(self.status)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.eml_button = QPushButton(self.tr("Save as &e-mail…"))
        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.sent_button = QPushButton(self.tr("&Mark as sent"))
        self.close_button = QPushButton(self.tr("Close"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.eml_button.clicked.connect(lambda: self.export("eml"))
        self.copy_button.clicked.connect(self.copy_text)
        self.sent_button.clicked.connect(self.mark_sent)
        self.close_button.clicked.connect(self.close)
        for button in (self.pdf_button, self.eml_button, self.copy_button, self.sent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        for box in (self.type_box, self.lang_box, self.capacity_box):
            box.currentIndexChanged.connect(self._on_form_changed)
        self.reply_days.valueChanged.connect(self._on_form_changed)
        self.processing.textChanged.connect(self._on_form_changed)
        for check in (*self.trigger_checks.values(), *self.category_checks.values()):
            check.toggled.connect(self._on_form_changed)
        self.lang_box.setCurrentIndex(0 if labels.is_zh() else 1)
        self._sync_form()
        session.op(lambda ledger: _prefill(ledger, service_id), self).success(
            self._on_prefill
        ).failure(self._on_failed).run()

    # --- the form -------------------------------------------------------------------------
    def _on_prefill(self, facts: dict[str, Any]) -> None:
        self.service = facts["service"]
        self.setWindowTitle(
            self.tr("Write a request to {service}").format(service=self.service.name)
        )
        wanted = self._initial.get("categories") or facts["categories"]
        for key, box in self.category_checks.items():
            box.blockSignals(True)
            box.setChecked(key in wanted)
            box.blockSignals(False)
        for key in self._initial.get("triggers") or ["consent_withdrawn"]:
            if key in self.trigger_checks:
                self.trigger_checks[key].setChecked(True)
        self.refresh_preview()

    def _sync_form(self) -> None:
        kind = self.type_box.currentData()
        self.triggers_box.setVisible(kind == "delete")
        needs = kind in NEEDS_PROCESSING
        self.processing.setVisible(needs)
        self.processing_label.setVisible(needs)

    def _on_form_changed(self, *_args: object) -> None:
        if self.request_id is not None:
            self.status.setText(
                self.tr("This request is already saved; changes here make a new request.")
            )
            self.request_id = None
        self._sync_form()
        self._timer.start()

    def options(self) -> dict[str, Any]:
        kind = self.type_box.currentData()
        opts: dict[str, Any] = {
            "categories": [k for k, b in self.category_checks.items() if b.isChecked()],
        }
        if kind == "delete":
            opts["triggers"] = [k for k, b in self.trigger_checks.items() if b.isChecked()]
        if kind in NEEDS_PROCESSING and self.processing.text().strip():
            opts["processing"] = [self.processing.text().strip()]
        if self.reply_days.value():
            opts["reply_days"] = self.reply_days.value()
        return opts

    def choice(self) -> tuple[str, str, str, dict[str, Any]]:
        return (
            self.type_box.currentData(),
            self.lang_box.currentData(),
            self.capacity_box.currentData(),
            self.options(),
        )

    # --- preview --------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        kind, lang, capacity, opts = self.choice()
        service_id = self.service_id

        def word(ledger: Any) -> Any:
            return ledger.requests.preview(
                service_id, kind, lang=lang, capacity=capacity, options=dict(opts)
            )

        self.session.op(word, self).success(self._show_letter).failure(
            self._on_preview_failed
        ).run()

    def _on_preview_failed(self, exc: BaseException) -> None:
        """A choice the desk cannot word yet (e.g. no processing named): say so, no dialog."""
        self.letter = None
        self.preview.clear()
        self.status.setText(self.session.error_text(exc))

    def _show_letter(self, letter: Any) -> None:
        self.letter = letter
        self.status.clear()
        to = (
            labels.join(list(letter.to))
            if letter.to
            else self.tr("no e-mail address known: add one to the service, or use its web form")
        )
        self.to_label.setText(
            self.tr("To: {to}\nSubject: {subject}").format(to=to, subject=letter.subject)
        )
        self.preview.setPlainText(letter.text)

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # --- acting ---------------------------------------------------------------------------
    def _with_request(self, then: Any) -> None:
        """Run *then(request_id)* once the request is stored (creating it the first time)."""
        if self.request_id is not None:
            then(self.request_id)
            return
        kind, lang, capacity, opts = self.choice()
        service_id = self.service_id

        def create(ledger: Any) -> int:
            request = ledger.requests.create(
                service_id, kind, lang=lang, capacity=capacity, options=opts
            )
            return int(request.id)

        def created(request_id: int) -> None:
            self.request_id = request_id
            self.request_changed.emit()
            then(request_id)

        self.session.op(create, self).success(created).failure(self._on_failed).run()

    def export(self, fmt: str) -> None:
        suffix = {"pdf": ".pdf", "eml": ".eml"}[fmt]
        filters = {"pdf": self.tr("PDF (*.pdf)"), "eml": self.tr("E-mail (*.eml)")}[fmt]
        name = (
            (self.service.name if self.service else "letter")
            + "-"
            + str(self.type_box.currentData())
            + suffix
        )
        dest = self.session.prompts.save_file(self, self.tr("Save the letter"), name, filters)
        if not dest:
            return
        if not dest.lower().endswith(suffix):
            dest += suffix
        self._with_request(lambda request_id: self._write(request_id, fmt, Path(dest)))

    def _write(self, request_id: int, fmt: str, dest: Path) -> None:
        def fetch(ledger: Any) -> Any:
            return ledger.requests.letter(request_id)

        def write(letter: Any) -> None:
            outputs = self.session.wiring.letter_outputs(pdf=fmt == "pdf")
            try:
                outputs.write(
                    letter,
                    fmt,
                    dest,
                    now=datetime.now(UTC),
                    sender=getattr(letter, "sender", ""),
                    attach_pdf=False,
                )
            except Exception as exc:  # shown as one translated line; details in the log
                log.warning("letter export failed: %s", type(exc).__name__)
                self._on_failed(exc)
                return
            self.last_export = dest
            self.status.setText(self.tr("Saved: {path}").format(path=str(dest)))

        self.session.op(fetch, self).success(write).failure(self._on_failed).run()

    def copy_text(self) -> None:
        def copy(request_id: int) -> None:
            self.session.op(lambda ledger: ledger.requests.letter(request_id), self).success(
                self._copy_letter
            ).failure(self._on_failed).run()

        self._with_request(copy)

    def _copy_letter(self, letter: Any) -> None:
        QApplication.clipboard().setText(letter.text)
        self.status.setText(self.tr("The letter is on the clipboard."))

    def mark_sent(self) -> None:
        if not self.session.prompts.confirm(
            self,
            self.tr("Mark as sent"),
            self.tr(
                "Record that you sent this letter today? The letter is then kept exactly as "
                "sent, and the reply date starts counting."
            ),
        ):
            return

        def sent(request_id: int) -> None:
            self.session.op(
                lambda ledger: ledger.requests.record_event(request_id, "sent"), self
            ).success(self._on_sent).failure(self._on_failed).run()

        self._with_request(sent)

    def _on_sent(self, view: Any) -> None:
        self.last_view = view
        self.request_changed.emit()
        if view.due is not None:
            self.status.setText(
                self.tr("Sent. Reply expected by {due} ({basis}).").format(
                    due=view.due.due.isoformat(), basis=labels.due_basis(view.due)
                )
            )
        else:
            self.status.setText(self.tr("Sent."))
        self.sent_button.setEnabled(False)

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setText(self.session.error_text(exc))
        self.session.prompts.error(self, self.windowTitle(), self.session.error_text(exc))

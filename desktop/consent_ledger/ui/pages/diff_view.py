"""What changed between two versions of a notice: term changes in words, then the clauses."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.model import NoticeVersion
from ..models import labels


def _value(field: str, value: Any) -> str:
    base = field.split(".")[0]
    if base == "purposes":
        return labels.purpose(str(value))
    if base in ("data_categories", "sensitive_categories"):
        return labels.category(str(value))
    if base == "methods":
        return labels.method(str(value))
    if base == "rights":
        return labels.right(str(value))
    if base == "pipl_article_17":
        return labels.art17(str(value))
    if isinstance(value, bool) or value in ("yes", "no", "not_stated"):
        return labels.yes_no(value)
    return str(value)


def term_change_text(change: Any) -> str:
    """One sentence for a core.notice_diff.TermChange."""
    code = str(change.code)
    value = _value(change.field, change.value) if change.value is not None else ""
    old = _value(change.field, change.old) if change.old is not None else "—"
    new = _value(change.field, change.new) if change.new is not None else "—"
    templates = {
        "purpose_added": QCoreApplication.translate("DiffView", "New purpose: {value}"),
        "purpose_removed": QCoreApplication.translate(
            "DiffView", "Purpose no longer listed: {value}"
        ),
        "data_category_added": QCoreApplication.translate("DiffView", "Newly collected: {value}"),
        "data_category_removed": QCoreApplication.translate(
            "DiffView", "No longer listed as collected: {value}"
        ),
        "sensitive_category_added": QCoreApplication.translate(
            "DiffView", "New sensitive information: {value}"
        ),
        "sensitive_category_removed": QCoreApplication.translate(
            "DiffView", "Sensitive information no longer listed: {value}"
        ),
        "method_added": QCoreApplication.translate("DiffView", "New way of processing: {value}"),
        "method_removed": QCoreApplication.translate(
            "DiffView", "Way of processing no longer listed: {value}"
        ),
        "right_added": QCoreApplication.translate("DiffView", "Right now described: {value}"),
        "right_removed": QCoreApplication.translate(
            "DiffView", "Right no longer described: {value}"
        ),
        "model_training_changed": QCoreApplication.translate(
            "DiffView", "Training AI models on your content: {old} → {new}"
        ),
        "model_training_opt_out_changed": QCoreApplication.translate(
            "DiffView", "Opt-out from training: {old} → {new}"
        ),
        "cross_border_changed": QCoreApplication.translate(
            "DiffView", "Cross-border transfer: {old} → {new}"
        ),
        "retention_now_stated": QCoreApplication.translate(
            "DiffView", "A retention period is now stated"
        ),
        "retention_no_longer_stated": QCoreApplication.translate(
            "DiffView", "Retention period no longer stated"
        ),
        "retention_period_added": QCoreApplication.translate(
            "DiffView", "New retention period: {value}"
        ),
        "retention_period_removed": QCoreApplication.translate(
            "DiffView", "Retention period removed: {value}"
        ),
        "sharing_changed": QCoreApplication.translate(
            "DiffView", "Sharing ({what}): {old} → {new}"
        ),
        "automated_decision_changed": QCoreApplication.translate(
            "DiffView", "Automated decisions: {old} → {new}"
        ),
        "minors_changed": QCoreApplication.translate(
            "DiffView", "Provisions for minors: {old} → {new}"
        ),
        "minimum_age_changed": QCoreApplication.translate("DiffView", "Minimum age: {old} → {new}"),
        "handler_email_added": QCoreApplication.translate(
            "DiffView", "New contact e-mail: {value}"
        ),
        "handler_email_removed": QCoreApplication.translate(
            "DiffView", "Contact e-mail removed: {value}"
        ),
        "handler_name_added": QCoreApplication.translate("DiffView", "Handler named: {value}"),
        "handler_name_removed": QCoreApplication.translate(
            "DiffView", "Handler no longer named: {value}"
        ),
        "art17_now_missing": QCoreApplication.translate(
            "DiffView", "PIPL Art. 17 item now missing: {value}"
        ),
        "art17_now_present": QCoreApplication.translate(
            "DiffView", "PIPL Art. 17 item now present: {value}"
        ),
        "effective_date_changed": QCoreApplication.translate(
            "DiffView", "Effective date: {old} → {new}"
        ),
        "language_changed": QCoreApplication.translate("DiffView", "Language: {old} → {new}"),
    }
    what = {
        "sharing.third_parties": QCoreApplication.translate("DiffView", "third parties"),
        "sharing.entrusted": QCoreApplication.translate("DiffView", "entrusted processors"),
        "sharing.public_disclosure": QCoreApplication.translate("DiffView", "public disclosure"),
    }.get(change.field, change.field)
    template = templates.get(code, QCoreApplication.translate("DiffView", "Changed: {field}"))
    return template.format(value=value, old=old, new=new, what=what, field=change.field)


class DiffView(QWidget):
    compare_requested = Signal(int, int)  # from version id, to version id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diff_view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.from_box = QComboBox()
        self.from_box.setAccessibleName(self.tr("Compare from version"))
        self.to_box = QComboBox()
        self.to_box.setAccessibleName(self.tr("Compare to version"))
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.from_box)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_box)
        self.compare = QPushButton(self.tr("Co&mpare"))
        self.compare.clicked.connect(self._on_compare)
        for widget in (from_label, self.from_box, to_label, self.to_box, self.compare):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.view = QTextBrowser()
        self.view.setObjectName("diff_text")
        self.view.setAccessibleName(self.tr("Changes between the versions"))
        layout.addWidget(self.view, 1)

    def set_versions(self, versions: list[NoticeVersion]) -> None:
        for box in (self.from_box, self.to_box):
            box.clear()
            for version in versions:
                box.addItem(
                    self.tr("Version {number} ({date})").format(
                        number=version.number, date=version.retrieved.date().isoformat()
                    ),
                    version.id,
                )
        if len(versions) >= 2:
            self.from_box.setCurrentIndex(len(versions) - 2)
            self.to_box.setCurrentIndex(len(versions) - 1)
            self.compare.setEnabled(True)
        else:
            self.compare.setEnabled(False)
            self.view.setPlainText(
                self.tr(
                    "Only one version so far. When the notice changes, fetch or import it again and "
                    "the changes appear here."
                )
            )

    def _on_compare(self) -> None:
        old, new = self.from_box.currentData(), self.to_box.currentData()
        if old is not None and new is not None:
            self.compare_requested.emit(int(old), int(new))

    def show_diff(self, diff: Any) -> None:
        e = html.escape
        title = self.tr("Version {a} → version {b}").format(
            a=diff.from_version.number, b=diff.to_version.number
        )
        parts = [f"<h3>{e(title)}</h3>"]
        if diff.identical:
            same = self.tr("The two versions have the same text.")
            parts.append(f"<p>{e(same)}</p>")
        plain = self.tr("What changed in plain terms")
        parts.append(f"<h4>{e(plain)}</h4>")
        if diff.terms:
            parts.append(
                "<ul>" + "".join(f"<li>{e(term_change_text(t))}</li>" for t in diff.terms) + "</ul>"
            )
        else:
            none = self.tr("No change in the terms.")
            parts.append(f"<p>{e(none)}</p>")
        counts = diff.clause_counts()
        heading = self.tr("Clauses: {added} added, {removed} removed, {changed} changed").format(
            added=counts.get("added", 0),
            removed=counts.get("removed", 0),
            changed=counts.get("changed", 0),
        )
        parts.append(f"<h4>{e(heading)}</h4>")
        added, removed, changed = self.tr("added"), self.tr("removed"), self.tr("changed")
        for change in diff.clauses:
            if change.kind == "added" and change.new is not None:
                parts.append(f"<p><b>+ {e(added)}:</b> {e(change.new.text)}</p>")
            elif change.kind == "removed" and change.old is not None:
                parts.append(f"<p><b>− {e(removed)}:</b> <s>{e(change.old.text)}</s></p>")
            elif change.old is not None and change.new is not None:
                parts.append(
                    f"<p><b>~ {e(changed)}:</b> <s>{e(change.old.text)}</s>"
                    f"<br/>{e(change.new.text)}</p>"
                )
        self.view.setHtml("".join(parts))

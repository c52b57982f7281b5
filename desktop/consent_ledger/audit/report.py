"""The audit report as one self-contained HTML page, in Chinese or English.

Two forms from one template (``resources/report/report.html.j2``): ``screen`` for browsers (inline
SVG charts, the full style sheet) and ``print`` for the PDF, which Qt's rich-text engine renders
(table charts, the subset of CSS it knows). No network, no scripts, no external files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from ..core.vocab import DATA_CATEGORIES, SENSITIVE_DATA_CATEGORIES
from . import charts
from .model import AuditReport, ServiceAudit, Tier
from .texts import (
    CATEGORIES,
    LABELS,
    REQUEST_TYPES,
    action_text,
    evidence_text,
    joined,
    reason_text,
    tier_text,
    version_label,
    word,
)

TEMPLATE = "report.html.j2"
FORMS = ("screen", "print")


@dataclass(frozen=True)
class ReportTemplates:
    """Where the report's template and style sheets live (``resources/report``)."""

    folder: Path

    def environment(self) -> jinja2.Environment:
        return jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.folder)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def style(self, form: str) -> str:
        return (self.folder / f"{form}.css").read_text(encoding="utf-8")


def report_title(lang: str) -> str:
    return word(LABELS, "title", lang)


def render_html(
    report: AuditReport, lang: str, templates: ReportTemplates, *, form: str = "screen",
    app_version: str = "",
) -> str:
    if form not in FORMS:
        raise ValueError(f"unknown report form {form!r}")
    env = templates.environment()
    context = build_context(report, lang, form)
    context.update(style=templates.style(form), app_version=app_version, form=form)
    return env.get_template(TEMPLATE).render(**context)


def build_context(report: AuditReport, lang: str, form: str) -> dict[str, Any]:
    def label(key: str) -> str:
        return word(LABELS, key, lang)

    overall = report.overall
    tiers = list(reversed(Tier))  # high first
    bars = [charts.Bar(tier_text(t, lang), overall.by_tier[t.value], charts.TIER_COLOURS[t.value])
            for t in tiers]
    score_bars = [charts.Bar(s.name, s.score, charts.TIER_COLOURS[s.tier.value])
                  for s in report.services]
    used = {c for s in report.services for c in s.categories}
    matrix = charts.Matrix(
        rows=[(s.name, frozenset(s.categories)) for s in report.services],
        columns=[(c, word(CATEGORIES, c, lang)) for c in DATA_CATEGORIES if c in used],
    )
    legend = (label("legend_sensitive"), label("legend_other"))
    if form == "screen":
        tier_chart = charts.bar_chart_svg(bars, title=label("by_tier"))
        score_chart = charts.bar_chart_svg(score_bars, title=label("score")) if score_bars else ""
        matrix_chart = (charts.matrix_svg(matrix, title=label("categories_chart"), legend=legend)
                        if matrix.columns else "")
    else:
        tier_chart = charts.bar_chart_table(bars, title=label("by_tier"))
        score_chart = charts.bar_chart_table(score_bars, title=label("score")) if score_bars else ""
        matrix_chart = (charts.matrix_table(matrix, title=label("categories_chart"), legend=legend)
                        if matrix.columns else "")
    return {
        "lang": lang,
        "html_lang": "zh-CN" if lang == "zh" else "en",
        "t": {key: word(LABELS, key, lang) for key in LABELS},
        "title": report_title(lang),
        "generated": report.generated.isoformat(),
        "overall": {
            "tier": overall.tier.value,
            "tier_text": tier_text(overall.tier, lang),
            "colour": charts.TIER_COLOURS[overall.tier.value],
            "services": overall.services,
            "by_tier": [(tier_text(t, lang), overall.by_tier[t.value],
                         charts.TIER_COLOURS[t.value]) for t in tiers],
            "sensitive": joined(CATEGORIES, overall.sensitive_categories, lang)
            or label("none"),
            "next_actions": [
                (_name_of(report, a.service_id), action_text(a, lang))
                for a in overall.next_actions
            ],
        },
        "charts": {"tiers": tier_chart, "scores": score_chart, "matrix": matrix_chart},
        "services": [_service_context(s, lang) for s in report.services],
    }


def _name_of(report: AuditReport, service_id: int) -> str:
    return next((s.name for s in report.services if s.service_id == service_id), str(service_id))


def _service_context(audit: ServiceAudit, lang: str) -> dict[str, Any]:
    return {
        "id": audit.service_id,
        "name": audit.name,
        "tier": audit.tier.value,
        "tier_text": tier_text(audit.tier, lang),
        "colour": charts.TIER_COLOURS[audit.tier.value],
        "score": audit.score,
        "notice": (version_label(audit.notice_number, lang) if audit.notice_number is not None
                   else word(LABELS, "no_notice_short", lang)),
        "categories": [
            (word(CATEGORIES, c, lang), c in SENSITIVE_DATA_CATEGORIES) for c in audit.categories
        ],
        "reasons": [
            {"text": reason_text(r, lang), "points": r.points, "code": r.code,
             "evidence": evidence_text(r.evidence, lang)}
            for r in audit.reasons
        ],
        "actions": [
            {"text": action_text(a, lang), "code": a.code,
             "letter": (word(REQUEST_TYPES, a.request_type.value, lang)
                        if a.request_type is not None else "")}
            for a in audit.actions
        ],
    }

"""The report's HTML (screen and print forms), its charts and the JSON shape of `audit --json`."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consent_ledger.audit import charts
from consent_ledger.audit.report import ReportTemplates, render_html
from consent_ledger.audit.risk import assess
from consent_ledger.audit.serialize import report_to_dict
from consent_ledger.core.vocab import ConsentState, RequestStatus, RequestType

from .builders import TODAY, Register, clean_analysis, risky_analysis

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ReportTemplates(ROOT / "resources" / "report")
HOSTILE = 'Evil <script>alert("x")</script> & Co'


@pytest.fixture
def report():
    reg = Register()
    reg.service("豆包", grants=[["biometric", "user_content"], ["location"]],
                notice=risky_analysis())
    reg.service(HOSTILE, grants=[["contact"]], notice=clean_analysis(),
                requests=[(RequestType.DELETE, RequestStatus.REFUSED)])
    reg.service("Kimi", grants=[["voice"]],
                consents=[(["model_training"], ConsentState.WITHDRAWN)])
    return assess(reg.inputs, TODAY)


def svgs(html: str) -> list[str]:
    return re.findall(r"<svg.*?</svg>", html, re.S)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screen_report_is_self_contained_with_svg_charts(report, lang: str) -> None:
    html = render_html(report, lang, TEMPLATES, form="screen", app_version="9.9")
    assert "豆包" in html and "Kimi" in html
    assert "<script>" not in html  # the hostile name is escaped
    assert "Evil &lt;script&gt;" in html
    assert TODAY.isoformat() in html
    assert f'lang="{"zh-CN" if lang == "zh" else "en"}"' in html
    assert not re.search(r"""(src|href)=["']?https?:""", html)
    charts_found = svgs(html)
    assert len(charts_found) == 3  # tiers, scores, categories
    for svg in charts_found:
        ET.fromstring(svg)  # well-formed XML, names escaped
    assert ("各风险等级的服务数" if lang == "zh" else "Services by tier") in html
    # one reason's evidence as the person reads it
    assert ("提供记录 #" if lang == "zh" else "grant #") in html


def test_print_form_has_table_charts_only(report) -> None:
    html = render_html(report, "en", TEMPLATES, form="print")
    assert "<svg" not in html
    assert 'bgcolor="#c62828"' in html  # the high tier's bar
    assert "Kimi" in html


def test_unknown_form_is_refused(report) -> None:
    with pytest.raises(ValueError):
        render_html(report, "en", TEMPLATES, form="poster")


def test_empty_register_renders(report) -> None:
    empty = assess([], TODAY)
    html = render_html(empty, "zh", TEMPLATES)
    assert "账本中还没有服务" in html
    assert svgs(html) == []


def test_bar_chart_scales_to_the_largest_value() -> None:
    svg = charts.bar_chart_svg([charts.Bar("a", 4, "#000"), charts.Bar("b", 2, "#111")],
                               title="t", width=400)
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert widths[0] == pytest.approx(2 * widths[1], rel=0.01)
    table = charts.bar_chart_table([charts.Bar("a", 4, "#000"), charts.Bar("b", 0, "#111")],
                                   title="t", width=200)
    assert 'width="200"' in table and "&nbsp;0</td>" in table


def test_json_shape_follows_the_cli_contract(report) -> None:
    data = json.loads(json.dumps(report_to_dict(report, "en")))
    assert data["generated"] == TODAY.isoformat()
    assert data["overall"]["tier"] == "high"
    assert data["overall"]["by_tier"] == {"low": 1, "medium": 1, "high": 1}
    first = data["services"][0]
    assert set(first) >= {"service", "id", "tier", "reasons", "actions"}
    assert first["service"] == "豆包" and first["tier"] == "high"
    for service in data["services"]:
        for reason in service["reasons"]:
            assert set(reason) >= {"code", "text", "evidence", "points"}
            assert reason["text"] and not reason["text"].startswith(reason["code"])
        for action in service["actions"]:
            assert action["text"] and action["service_id"] == service["id"]
    withdraw = next(a for a in first["actions"] if a["code"] == "withdraw_training_consent")
    assert withdraw["request_type"] == "withdraw_consent"
    assert withdraw["options"] == {"processing": ["model_training"]}

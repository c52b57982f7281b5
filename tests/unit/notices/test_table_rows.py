"""A table row the segmenter splits into sentences is still one row: its "collected" cell and a
statute's definition in one of its sentences hold for all of them. Such rows come from HTML
tables (the extractor's rows carry no bold label to hold a row's first sentence together) and
from Markdown tables without bold. The fixtures are texts written for the project."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.clause_texts import column_cells, row_parts
from consent_ledger.notices.extract import FileReader

CCPA_TABLE = """\
California residents

Categories of personal information we collected in the last 12 months:

| Category | Examples | Collected? |
| --- | --- | --- |
| Identifiers | A real name. An e-mail address and an account name. | Yes |
| Biometric information | Physiological characteristics. Fingerprints, faceprints and voiceprints. | No |
| Geolocation data | Physical location. Precise GPS coordinates of your device. | No |
| Records statute categories (Cal. Civ. Code § 1798.80(e)). | A signature. A passport number, \
a bank account number, medical information. | Yes |
"""


def _terms(result: dict[str, object], field: str) -> set[str]:
    return {entry["term"] for entry in result[field]}  # type: ignore[attr-defined, index]


def test_every_sentence_of_a_row_gets_the_rows_collected_cell(analyser: Analyser) -> None:
    text = CCPA_TABLE
    clauses = analyser.clauses(text, "en")
    rows = {c.id for c in clauses if c.kind == "row"}
    split = [c for c in clauses if c.id in row_parts(clauses)]
    assert split, "the fixture's rows must be split into sentences for this test to mean anything"
    cells = {c.id: cell for c, cell in column_cells(clauses, re.compile("collected", re.I))}
    assert set(cells) <= rows
    for clause in split:
        if "GPS" in clause.text or "faceprints" in clause.text:
            assert cells[clause.id] == "No"
    result = analyser.analyse(text)
    categories = _terms(result, "data_categories")
    assert "biometric" not in categories and "location" not in categories
    assert "biometric" not in _terms(result, "sensitive_categories")
    assert {"contact", "account"} <= categories


def test_a_statutes_definition_in_one_sentence_of_a_row_covers_the_row(analyser: Analyser) -> None:
    result = analyser.analyse(CCPA_TABLE)
    assert "government_id" not in _terms(result, "data_categories")
    assert "health" not in _terms(result, "sensitive_categories")
    # the same examples as a sentence of the handler's own: collected
    own = CCPA_TABLE + "\nWe collect your passport number to verify your identity.\n"
    assert "government_id" in _terms(analyser.analyse(own), "data_categories")


def test_a_row_of_one_clause_is_no_split_row(analyser: Analyser) -> None:
    clauses = analyser.clauses("| Category | Collected? |\n| --- | --- |\n| Device data | No |\n",
                               "en")
    assert row_parts(clauses) == {}


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_the_table_reads_the_same_from_html(analyser: Analyser, tmp_path: Path,
                                             suffix: str) -> None:
    if suffix == ".md":
        body = CCPA_TABLE
    else:
        rows = [line.strip("|").split("|") for line in CCPA_TABLE.replace("\\\n", "").splitlines()
                if line.startswith("|") and "---" not in line]
        cells = "".join("<tr>" + "".join(f"<td>{c.strip()}</td>" for c in row) + "</tr>"
                        for row in rows)
        body = ("<html><body><nav><a href='/'>Home</a></nav><main><h1>California residents</h1>"
                "<p>Categories of personal information we collected in the last 12 months:</p>"
                f"<table>{cells}</table></main></body></html>")
    path = tmp_path / f"notice{suffix}"
    path.write_text(body, encoding="utf-8")
    result = analyser.analyse(FileReader().read_file(str(path)).text)
    categories = _terms(result, "data_categories")
    assert "biometric" not in categories and "location" not in categories
    assert "government_id" not in categories
    assert {"contact", "account"} <= categories


def test_free_speech_is_no_voice_data(analyser: Analyser) -> None:
    # the CCPA's exceptions to deletion ("exercise free speech, ensure the right of another
    # consumer to exercise their free speech rights") name no data
    text = ("We collect the following information:\n\n"
            "- Data needed to exercise free speech, or to ensure the right of another consumer "
            "to exercise their free speech rights.\n")
    assert "voice" not in _terms(analyser.analyse(text), "data_categories")
    spoken = text + "- Your speech, when you talk to the assistant in voice mode.\n"
    assert "voice" in _terms(analyser.analyse(spoken), "data_categories")

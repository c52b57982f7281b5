"""Fixtures of the notice-analysis tests: one analyser (models load once) and the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from consent_ledger.notices.analyser import Analyser
from consent_ledger.paths import resources_dir

DATA = Path(__file__).resolve().parents[2] / "data" / "notices"


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    return Analyser(resources_dir())


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA

"""packaging/build.py refuses to freeze an environment that does not meet pyproject.toml."""

from __future__ import annotations

import importlib.metadata
import sys

import pytest
from packaging_build import unmet_requirements  # type: ignore[import-not-found]


def test_the_test_environment_meets_the_requirements() -> None:
    assert unmet_requirements() == []


def test_an_excluded_or_missing_version_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.metadata.version

    def fake(name: str) -> str:
        if name.lower() == "pyside6-essentials":
            return "6.12.0"
        if name.lower() == "jinja2":
            raise importlib.metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(importlib.metadata, "version", fake)
    unmet = unmet_requirements()
    assert any(u.startswith("jinja2") and u.endswith("(not installed)") for u in unmet)
    if sys.version_info < (3, 12):  # 6.12.0 is excluded only there
        assert any("PySide6-Essentials" in u and "installed: 6.12.0" in u for u in unmet)

"""The dependency rules of ARCHITECTURE.md, checked by walking every module's imports."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "desktop" / "consent_ledger"
STDLIB = set(sys.stdlib_module_names) | {"__future__"}

# third-party top-level module -> where it may be imported (paths relative to the package)
ALLOWED = {
    "PySide6": ("ui/", "app.py"),
    "shiboken6": ("ui/",),
    "sqlcipher3": ("vault/",),
    "keyring": ("vault/",),
    "requests": ("notices/fetch",),
    "urllib3": ("notices/fetch",),
}


def modules() -> list[Path]:
    return sorted(p for p in PKG.rglob("*.py") if "_resources" not in p.parts)


def imports_of(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name.split(".")[0], node.level if hasattr(node, "level") else 0)
                      for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append(((node.module or "").split(".")[0], node.level))
    return found


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PKG)))
def test_layer_rules(path: Path) -> None:
    rel = str(path.relative_to(PKG))
    for name, level in imports_of(path):
        if level or name in STDLIB or name == "consent_ledger":
            if rel.startswith("core/") and name == "consent_ledger":
                pytest.fail(f"{rel}: core imports the package absolutely; use relative imports")
            continue
        if rel.startswith("core/"):
            pytest.fail(f"{rel}: core must use the standard library only, imports {name}")
        where = ALLOWED.get(name)
        if where is not None and not rel.startswith(where):
            pytest.fail(f"{rel}: imports {name}, allowed only in {where}")


def test_core_does_not_reach_outwards() -> None:
    for path in (PKG / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                pytest.fail(f"{path.name}: core imports from outside core ({node.module})")

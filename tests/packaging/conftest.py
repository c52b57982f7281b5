"""Make packaging/build.py and packaging/render_icons.py importable as ``packaging_build`` and
``packaging_render_icons`` (the folder is not a package, and the name ``packaging`` belongs to the
PyPA library)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load_build_module() -> None:
    if "packaging_build" in sys.modules:
        return
    spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["packaging_build"] = module
    spec.loader.exec_module(module)


_load_build_module()


def _load_render_icons_module() -> None:
    """packaging/render_icons.py as ``packaging_render_icons``."""
    if "packaging_render_icons" in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        "packaging_render_icons", ROOT / "packaging" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["packaging_render_icons"] = module
    spec.loader.exec_module(module)


_load_render_icons_module()

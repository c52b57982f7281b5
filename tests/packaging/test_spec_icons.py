"""packaging/consent-ledger.spec, run as PyInstaller runs it (exec with the build classes in its
namespace) but with recording stand-ins, once per platform: Windows executables get the .ico, the
macOS .app the .icns, its bundle id and Info.plist basics; Linux gets no EXE icon."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from consent_ledger import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "consent-ledger.spec"
ICONS = ROOT / "resources" / "icons"


class Recorder:
    """Stands in for one PyInstaller build class; remembers each call's arguments."""

    def __init__(self, name: str, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> None:
        self.name, self.calls = name, calls

    def __call__(self, *args: Any, **kwargs: Any) -> types.SimpleNamespace:
        self.calls.append((self.name, args, kwargs))
        # What the spec reads back from Analysis (and passes on from the others).
        return types.SimpleNamespace(
            kind=self.name, name=kwargs.get("name"), pure=[], datas=[], binaries=[],
            scripts=[("pyi_rth_pkgutil", "", "PYSOURCE"), ("entry_cli", "", "PYSOURCE"),
                     ("entry_gui", "", "PYSOURCE")])


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch,
             spec: Path = SPEC) -> dict[str, list[dict[str, Any]]]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **kw: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package, **kw: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda package, **kw: []  # type: ignore[attr-defined]
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    namespace: dict[str, Any] = {"__name__": "__main__", "SPECPATH": str(spec.parent)}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = Recorder(name, calls)
    with monkeypatch.context() as patch:  # sys.platform and the stand-in modules only for the run
        patch.setitem(sys.modules, "PyInstaller", types.ModuleType("PyInstaller"))
        patch.setitem(sys.modules, "PyInstaller.utils", types.ModuleType("PyInstaller.utils"))
        patch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
        patch.setattr(sys, "platform", platform)
        exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)  # noqa: S102
    recorded: dict[str, list[dict[str, Any]]] = {}
    for name, _, kwargs in calls:
        recorded.setdefault(name, []).append(kwargs)
    return recorded


def test_windows_executables_carry_the_ico(monkeypatch: pytest.MonkeyPatch) -> None:
    recorded = run_spec("win32", monkeypatch)
    exes = recorded["EXE"]
    assert [exe["name"] for exe in exes] == ["consent-ledger", "consent-ledger-gui"]
    for exe in exes:
        assert Path(exe["icon"]) == ICONS / "consent-ledger.ico"
    assert Path(exes[0]["icon"]).read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICONDIR, type icon
    assert "BUNDLE" not in recorded


def test_macos_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    recorded = run_spec("darwin", monkeypatch)
    (bundle,) = recorded["BUNDLE"]
    assert Path(bundle["icon"]) == ICONS / "consent-ledger.icns"
    assert Path(bundle["icon"]).read_bytes()[:4] == b"icns"
    assert bundle["name"] == "Consent Ledger.app"
    assert bundle["bundle_identifier"] == "io.github.consent_ledger.ConsentLedger"
    assert bundle["version"] == __version__
    plist = bundle["info_plist"]
    assert plist["CFBundleName"] == "Consent Ledger"
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSBackgroundOnly"] is False
    # The .app opens the windowed executable, not the console tool.
    windowed = [exe["name"] for exe in recorded["EXE"] if exe["console"] is False]
    assert windowed == [plist["CFBundleExecutable"]] == ["consent-ledger-gui"]
    for exe in recorded["EXE"]:
        assert Path(exe["icon"]) == ICONS / "consent-ledger.icns"


def test_linux_keeps_desktop_icons_only(monkeypatch: pytest.MonkeyPatch) -> None:
    recorded = run_spec("linux", monkeypatch)
    assert [exe["icon"] for exe in recorded["EXE"]] == [None, None]
    assert "BUNDLE" not in recorded
    assert len(recorded["COLLECT"]) == 1


def test_missing_platform_icon_stops_the_build(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    # A copy of the spec in a checkout-shaped folder without the icons.
    (tmp_path / "packaging").mkdir()
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "desktop" / "consent_ledger").mkdir(parents=True)
    (tmp_path / "desktop" / "consent_ledger" / "__init__.py").write_text('__version__ = "9.9"\n')
    copy = tmp_path / "packaging" / SPEC.name
    copy.write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(SystemExit, match="render_icons.py"):
        run_spec("win32", monkeypatch, copy)
    (tmp_path / "resources" / "icons" / "consent-ledger.ico").write_bytes(
        (ICONS / "consent-ledger.ico").read_bytes())
    assert run_spec("win32", monkeypatch, copy)["EXE"][0]["icon"] == str(
        tmp_path / "resources" / "icons" / "consent-ledger.ico")

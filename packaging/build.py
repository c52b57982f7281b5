"""Build the one-folder desktop bundle: compile the translations, then run PyInstaller.

    python packaging/build.py [--dist DIR] [--work DIR] [--clean]

Result: ``<dist>/consent-ledger/`` with ``consent-ledger`` (console) and ``consent-ledger-gui``
(windowed) executables; on Linux also ``<dist>/consent-ledger/share/`` with the .desktop file,
AppStream metainfo and hicolor icons, ready for an installer or a tarball. Prints the build time and
the bundle size. Needs the ``dev`` extra (``pip install -e '.[dev]'``): PyInstaller.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "consent-ledger.spec"
APP_ID = "io.github.consent_ledger.ConsentLedger"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def unmet_requirements() -> list[str]:
    """Run-time dependencies of pyproject.toml that the build environment does not satisfy.

    The bundle freezes whatever is installed, so a version the project excludes (say a Qt binding
    with a known crash) must stop the build rather than ship.
    """
    from packaging.requirements import Requirement  # PyInstaller depends on it

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    unmet = []
    for line in project["dependencies"]:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        try:
            installed = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            unmet.append(f"{requirement} (not installed)")
            continue
        if not requirement.specifier.contains(installed, prereleases=True):
            unmet.append(f"{requirement} (installed: {installed})")
    return unmet


def lrelease() -> str:
    import PySide6

    here = Path(PySide6.__file__).resolve().parent
    for candidate in (here / "lrelease", here / "lrelease.exe", here / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("lrelease not found (it ships with PySide6)")
    return found


def compile_translations(out: Path) -> list[Path]:
    """i18n/*.ts -> out/*.qm (none yet is fine: the app then runs in English)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.qm"):
        old.unlink()
    sources = sorted((ROOT / "i18n").glob("*.ts"))
    built = []
    for ts in sources:
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def linux_share(bundle: Path) -> None:
    """Lay out share/ (applications, metainfo, icons) inside the bundle, for installers."""
    share = bundle / "share"
    apps = share / "applications"
    meta = share / "metainfo"
    apps.mkdir(parents=True, exist_ok=True)
    meta.mkdir(parents=True, exist_ok=True)
    linux = ROOT / "packaging" / "linux"
    shutil.copy2(linux / f"{APP_ID}.desktop", apps / f"{APP_ID}.desktop")
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", meta / f"{APP_ID}.metainfo.xml")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"consent-ledger-{size}.png", target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "consent-ledger.svg", scalable / f"{APP_ID}.svg")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, clean: bool = False) -> Path:
    started = time.monotonic()
    unmet = unmet_requirements()
    if unmet:
        raise SystemExit("the build environment does not meet pyproject.toml: " + "; ".join(unmet)
                         + "\n(install the project into a fresh venv: pip install '.[dev]')")
    qm_dir = work / "i18n"
    qms = compile_translations(qm_dir)
    env = dict(os.environ, CONSENT_LEDGER_QM_DIR=str(qm_dir))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    bundle = dist / "consent-ledger"
    if sys.platform.startswith("linux"):
        linux_share(bundle)
    elapsed = time.monotonic() - started
    size = folder_size(bundle)
    print(f"bundle: {bundle}")
    print(f"translations: {len(qms)} catalogue(s)")
    print(f"build time: {elapsed:.1f} s; bundle size: {size / 1e6:.1f} MB")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve(), clean=args.clean)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

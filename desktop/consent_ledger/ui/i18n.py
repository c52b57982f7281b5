"""Language of the desktop app: choose it, compile the Qt Linguist catalogue, install it.

The sources are ``i18n/consent_ledger_<locale>.ts`` (Qt Linguist XML, checked in). ``.qm`` files are
build products and are not checked in: an installer may ship them next to the .ts files (built with
``pyside6-lrelease``); otherwise the app compiles the .ts with ``pyside6-lrelease`` at start into
``<data dir>/cache/i18n/`` whenever the .qm there is missing or older than its .ts.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import ensure_private_dir

log = logging.getLogger(__name__)

CATALOGUE = "consent_ledger"
LOCALES = {"zh": "zh_CN", "en": "en"}


def system_language() -> str:
    """ "zh" when the system (or CONSENT_LEDGER_LANG / LANG) prefers Chinese, else "en"."""
    for var in ("CONSENT_LEDGER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        raw = os.environ.get(var, "")
        if raw:
            return "zh" if raw.lower().startswith("zh") else "en"
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def resolve_language(preference: str, cli_option: str | None = None) -> str:
    if cli_option in ("zh", "en"):
        return cli_option
    if preference in ("zh", "en"):
        return preference
    return system_language()


def lrelease_path() -> str | None:
    import PySide6

    here = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        candidate = here / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_catalogue(ts: Path, qm: Path) -> bool:
    """Compile *ts* into *qm* with lrelease; True on success."""
    tool = lrelease_path()
    if tool is None:
        log.warning("lrelease not found; the interface stays in English")
        return False
    ensure_private_dir(qm.parent)
    tmp = qm.with_suffix(".qm.tmp")
    try:
        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(tmp)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("lrelease failed to run: %s", type(exc).__name__)
        return False
    if result.returncode != 0 or not tmp.is_file():
        log.warning("lrelease failed (%s): %s", result.returncode, result.stderr.strip()[:300])
        tmp.unlink(missing_ok=True)
        return False
    os.replace(tmp, qm)
    return True


def catalogue_for(lang: str, i18n_dir: Path, cache_dir: Path) -> Path | None:
    """The .qm to load for *lang*: a shipped one if current, else one compiled into the cache."""
    locale = LOCALES.get(lang, "en")
    ts = i18n_dir / f"{CATALOGUE}_{locale}.ts"
    shipped = i18n_dir / f"{CATALOGUE}_{locale}.qm"
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    ts_time = ts.stat().st_mtime
    if shipped.is_file() and shipped.stat().st_mtime >= ts_time:
        return shipped
    cached = cache_dir / f"{CATALOGUE}_{locale}.qm"
    if cached.is_file() and cached.stat().st_mtime >= ts_time:
        return cached
    return cached if compile_catalogue(ts, cached) else None


class Translations:
    """Installs the app's translator (and Qt's own, for standard buttons) for one language."""

    def __init__(self, app: QCoreApplication, i18n_dir: Path | None, cache_dir: Path) -> None:
        self._app = app
        self._i18n_dir = i18n_dir
        self._cache_dir = cache_dir
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, lang: str) -> bool:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = lang if lang in LOCALES else "en"
        QLocale.setDefault(QLocale(LOCALES[self.language]))
        ok = True
        # English is the source language: its catalogue repeats the sources, so none is loaded
        # (and nothing is compiled) for it.
        if self._i18n_dir is not None and self.language != "en":
            qm = catalogue_for(self.language, self._i18n_dir, self._cache_dir)
            own = QTranslator(self._app)
            if qm is not None and own.load(str(qm)):
                self._app.installTranslator(own)
                self._installed.append(own)
            else:
                ok = False
                log.warning("no catalogue for %s", self.language)
        qt_base = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self.language != "en" and qt_base.load(
            QLocale(LOCALES[self.language]), "qtbase", "_", qt_dir
        ):
            self._app.installTranslator(qt_base)
            self._installed.append(qt_base)
        return ok


def main() -> int:  # pragma: no cover - build helper: python -m consent_ledger.ui.i18n OUTDIR
    """Compile every .ts into .qm beside it (for installers)."""
    from ..paths import i18n_dir

    source = i18n_dir()
    failures = 0
    for ts in sorted(source.glob(f"{CATALOGUE}_*.ts")):
        target = (
            Path(sys.argv[1]) / ts.with_suffix(".qm").name
            if len(sys.argv) > 1
            else ts.with_suffix(".qm")
        )
        if not compile_catalogue(ts, target):
            failures += 1
        else:
            print(target)
    return 1 if failures else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""Build hook: ship the top-level resources/ and i18n/ inside the wheel.

The project keeps resources/ and i18n/ at the top level (they are content, reviewed on their own),
and the locator in consent_ledger.paths finds them in a checkout, an installed wheel (under
consent_ledger/_resources) and a frozen bundle.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "consent_ledger" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target)
        if (ROOT / "i18n").is_dir():  # absent in a checkout without translations yet
            shutil.copytree(ROOT / "i18n", target / "i18n", dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})

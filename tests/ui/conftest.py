"""Fixtures for the desktop app's tests: the real core over a temporary passphrase vault.

Every app runs with its data folder under tmp_path, message boxes scripted (nothing modal opens),
and is shut down in teardown (database thread stopped, worker pool drained).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from consent_ledger.app import Settings, Wiring

DATA = Path(__file__).resolve().parent.parent / "data" / "ui"
PASSPHRASE = "correct horse battery"


@pytest.fixture
def notice_file() -> Path:
    return DATA / "notice_en.md"


@pytest.fixture
def wiring(tmp_path: Path) -> Wiring:
    return Wiring(Settings(data_dir=tmp_path / "data", key_source=None, lang="en"))


@pytest.fixture
def desktop(qapp, wiring: Wiring) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from consent_ledger.ui.application import DesktopApp
    from consent_ledger.ui.prompts import Prompts

    app = DesktopApp(qapp, wiring, prompts=Prompts().script(), lang_option="en")
    yield app
    app.window.close()
    app.shutdown()
    app.translations.install("en")
    app.window.deleteLater()
    qapp.processEvents()


def create_vault(qtbot, desktop, passphrase: str = PASSPHRASE) -> object:  # type: ignore[no-untyped-def]
    """Drive the first-run page to create a passphrase vault; return the workspace."""
    window = desktop.start()
    qtbot.waitUntil(lambda: window.first_run is not None, timeout=10000)
    page = window.first_run
    page.passphrase_choice.setChecked(True)
    page.passphrase.setText(passphrase)
    page.confirm.setText(passphrase)
    page.create_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30000)
    return window.workspace


def wait_idle(qtbot, desktop) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: desktop.session.runner.pending == 0, timeout=30000)


def compose_for(qtbot, desktop, service: str = "kimi", kind: str = "access"):  # type: ignore[no-untyped-def]
    """A new vault holding *service* from the catalogue, and the letter composer open on a
    *kind* request for it (preview shown); returns (workspace, composer)."""
    workspace = create_vault(qtbot, desktop)
    ids: list[int] = []
    desktop.session.op(lambda ledger: ids.append(ledger.register.add_from_catalogue(service).id)
                       ).run()
    wait_idle(qtbot, desktop)
    composer = workspace.compose_letter(ids[0], kind)
    qtbot.waitUntil(lambda: composer.preview_text() != "", timeout=20000)
    return workspace, composer

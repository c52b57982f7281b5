"""The desktop session: vault state (absent, locked, open), unlocking, locking, shutting down.

It owns the database thread and the worker pool for the life of the app. Opening and creating the
vault (KDF, keyring) run on the database thread; the GUI only learns the outcome by signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.errors import UsageError
from .autolock import IdleLock
from .dbthread import DbOp, DbRunner, DbState
from .errors import error_text
from .prompts import Prompts
from .settings import GuiSettings, SettingsStore
from .tasks import TaskPool

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8


class VaultFacts:
    """What the GUI needs to know before the vault is open (read on the database thread)."""

    def __init__(self, exists: bool, keyring_available: bool, needs_passphrase: bool) -> None:
        self.exists = exists
        self.keyring_available = keyring_available
        self.needs_passphrase = needs_passphrase


class Session(QObject):
    unlocked = Signal()
    locked = Signal()
    language_changed = Signal(str)
    relocated = Signal(object)  # the new Wiring, after the data folder moved

    def __init__(
        self, wiring: Any, store: SettingsStore, prompts: Prompts, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.wiring = wiring
        self.store = store
        self.prefs: GuiSettings = store.load()
        self.prompts = prompts
        self.runner = DbRunner(wiring, self)
        self.pool = TaskPool(self)
        self.idle_lock = IdleLock(self)
        self.idle_lock.set_minutes(self.prefs.auto_lock_minutes)
        self.idle_lock.idle.connect(self._on_idle)
        self.is_open = False
        self._stopped = False
        self._analyser: Any = None
        self._analyser_lock = threading.Lock()

    def analyser(self) -> Any:
        """The notice analyser, built once and shared by the worker threads (it keeps no state
        between calls); safe to call from any thread."""
        with self._analyser_lock:
            if self._analyser is None:
                self._analyser = self.wiring.analyser()
            return self._analyser

    # --- helpers for pages ----------------------------------------------------------------
    def op(self, fn: Callable[[Any], Any], parent: Any = None) -> DbOp:
        """A database operation over the open ledger."""
        return DbOp(self.runner, fn, parent)

    def error_text(self, exc: BaseException) -> str:
        """One translated sentence for *exc*; a bug's sentence names this vault's log folder."""
        return error_text(exc, str(self.wiring.settings.layout.logs))

    @property
    def data_dir(self) -> Any:
        return self.wiring.settings.data_dir

    @property
    def key_source(self) -> str | None:
        return self.wiring.settings.key_source or self.prefs.key_source or None

    def relocate(self, wiring: Any) -> None:
        """Follow the vault to its new data folder (the database thread already did)."""
        self.wiring = wiring
        self.store = SettingsStore(wiring.settings.layout.settings)
        self.relocated.emit(wiring)

    def save_prefs(self) -> None:
        try:
            self.store.save(self.prefs)
        except OSError as exc:
            log.warning("settings not saved: %s", type(exc).__name__)

    # --- vault lifecycle ------------------------------------------------------------------
    def probe(
        self, on_done: Callable[[VaultFacts], None], on_failure: Callable[[BaseException], None]
    ) -> None:
        key_source = self.key_source

        def facts(state: DbState) -> VaultFacts:
            manager = state.wiring.vault_manager()
            exists = bool(manager.exists())
            keyring = bool(manager.keyring_available())
            needs = bool(manager.needs_passphrase(key_source)) if exists else False
            return VaultFacts(exists, keyring, needs)

        DbOp(self.runner, facts, raw=True).success(on_done).failure(on_failure).run()

    def create(
        self, key_source: str, passphrase: str | None, on_failure: Callable[[BaseException], None]
    ) -> None:
        """Create the vault with *key_source* and open it."""
        if key_source == "passphrase":
            if not passphrase:
                raise UsageError("passphrase required", code="passphrase_required")
            if len(passphrase) < MIN_PASSPHRASE:
                raise UsageError(
                    "passphrase too short", code="passphrase_too_short", min=MIN_PASSPHRASE
                )
        self.wiring.settings.key_source = key_source

        def create(state: DbState) -> None:
            manager = state.wiring.vault_manager()
            manager.init(key_source=key_source, passphrase=passphrase)
            state.ledger = state.wiring.open_ledger(passphrase)

        DbOp(self.runner, create, raw=True).success(self._on_opened).failure(on_failure).run()
        self.prefs.key_source = key_source
        self.save_prefs()

    def unlock(self, passphrase: str | None, on_failure: Callable[[BaseException], None]) -> None:
        def open_(state: DbState) -> None:
            state.close()
            state.ledger = state.wiring.open_ledger(passphrase)

        DbOp(self.runner, open_, raw=True).success(self._on_opened).failure(on_failure).run()

    def _on_opened(self, _result: object) -> None:
        self.is_open = True
        self.idle_lock.arm()
        self.unlocked.emit()

    def lock(self) -> None:
        """Close the database and drop the key; the window returns to the unlock screen."""
        if not self.is_open:
            return
        self.is_open = False
        self.idle_lock.disarm()
        self.pool.cancel_all()
        DbOp(self.runner, lambda state: state.close(), raw=True).failure(
            lambda exc: log.warning("closing the vault failed: %s", type(exc).__name__)
        ).run()
        self.locked.emit()

    def _on_idle(self) -> None:
        log.info("auto-lock after %s ms idle", self.idle_lock.interval_ms)
        self.lock()

    def set_auto_lock(self, minutes: int) -> None:
        self.prefs.auto_lock_minutes = max(0, int(minutes))
        self.idle_lock.set_minutes(self.prefs.auto_lock_minutes)
        if self.is_open:
            self.idle_lock.arm()
        self.save_prefs()

    def set_language(self, lang: str) -> None:
        self.prefs.language = lang
        self.save_prefs()
        self.language_changed.emit(lang)

    def shutdown(self) -> None:
        """Stop background work, close the ledger on its thread, stop the thread."""
        if self._stopped:
            return
        self._stopped = True
        self.idle_lock.disarm()
        self.pool.shutdown()
        self.runner.stop()
        self.is_open = False

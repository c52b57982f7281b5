"""Kill a writing process with SIGKILL, many times: the vault always opens, nothing committed
is lost, and no transaction is half there (each one wrote exactly one audit row)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from consent_ledger.core.clock import SystemClock
from consent_ledger.vault.connection import create_new, open_existing
from consent_ledger.vault.keys import Secret, new_raw_key
from consent_ledger.vault.repository import VaultRepository
from consent_ledger.vault.schema import SCHEMA_VERSION, migrate

ROOT = Path(__file__).resolve().parents[3]
CYCLES = int(os.environ.get("CONSENT_LEDGER_KILL_CYCLES", "200"))


def _spawn(vault: Path, key: bytes, seed: int) -> tuple[subprocess.Popen[bytes], int]:
    key_r, key_w = os.pipe()
    rep_r, rep_w = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.vault._writer", str(key_r), str(rep_w),
         str(vault), str(seed)],
        cwd=ROOT, pass_fds=(key_r, rep_w), stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    os.close(key_r)
    os.close(rep_w)
    os.write(key_w, key)
    os.close(key_w)
    return child, rep_r


def _read_all(fd: int) -> list[str]:
    chunks = []
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode().splitlines()


def _wait_ready(fd: int) -> bytes:
    buffered = b""
    while b"ready\n" not in buffered:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        buffered += chunk
    return buffered


def test_sigkill_mid_transaction_loses_nothing(tmp_path: Path) -> None:
    vault = tmp_path / "ledger.db"
    key = new_raw_key()
    conn = create_new(vault, Secret.raw(key))
    migrate(conn, 0, SCHEMA_VERSION)
    conn.close()
    rng = random.Random(20261127)
    committed: dict[str, set[int]] = {"service": set(), "consent": set()}
    killed_while_writing = 0
    for cycle in range(CYCLES):
        child, report = _spawn(vault, key, cycle)
        head = _wait_ready(report)
        assert b"ready\n" in head, child.stderr.read() if child.stderr else b""
        time.sleep(rng.uniform(0.0, 0.04))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stderr:
            child.stderr.close()
        lines = (head.decode() + "\n".join(_read_all(report))).splitlines()
        reported = [line.split() for line in lines if line and line not in ("ready", "begin")]
        # Killed between "begin" and the commit's report: inside a transaction (or its commit).
        killed_while_writing += bool(lines) and lines[-1] == "begin"
        for kind, ident in reported:
            committed[kind].add(int(ident))

        conn = open_existing(vault, Secret.raw(key))  # full HMAC check of every page
        repo = VaultRepository(conn, SystemClock(), vault)
        try:
            services = {s.id for s in repo.list_services()}
            consents = repo.list_consents()
            counts = repo.counts()
        finally:
            repo.close()
        assert committed["service"] <= services, f"cycle {cycle}: committed service lost"
        assert committed["consent"] <= {c.id for c in consents}, f"cycle {cycle}: consent lost"
        assert all(len(c.events) == 1 for c in consents), f"cycle {cycle}: half a consent"
        assert counts["audit_entries"] == counts["services"] + counts["consents"], cycle
    print(f"{CYCLES} kills, {killed_while_writing} inside a transaction, "
          f"{len(committed['service'])} services + {len(committed['consent'])} consents committed")
    assert killed_while_writing >= CYCLES * 0.5, killed_while_writing
    assert len(committed["service"]) > CYCLES

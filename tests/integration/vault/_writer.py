"""Child process for the durability test: writes transactions until it is killed.

Usage: python -m tests.integration.vault._writer KEY_FD REPORT_FD VAULT_PATH SEED
The raw key arrives through an inherited pipe (KEY_FD), never through argv or the environment.
After each commit it reports "service ID" or "consent ID" on REPORT_FD, "begin" before each
transaction, "ready" once open.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date
from pathlib import Path

from consent_ledger.core.clock import SystemClock
from consent_ledger.core.model import Consent, Service
from consent_ledger.vault.connection import configure, open_existing
from consent_ledger.vault.keys import Secret
from consent_ledger.vault.repository import VaultRepository


def _read_key(fd: int) -> bytes:
    key = b""
    while len(key) < 32:
        chunk = os.read(fd, 32 - len(key))
        if not chunk:
            raise SystemExit("key pipe closed early")
        key += chunk
    os.close(fd)
    return key


def main() -> None:
    key_fd, report_fd, vault, seed = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), int(
        sys.argv[4])
    rng = random.Random(seed)
    conn = open_existing(vault, Secret.raw(_read_key(key_fd)), full_check=False)
    configure(conn)
    repo = VaultRepository(conn, SystemClock(), vault)
    os.write(report_fd, b"ready\n")
    n = 0
    while True:
        n += 1
        os.write(report_fd, b"begin\n")
        service = repo.add_service(Service(name=f"writer {seed}-{n}", notes="x" * rng.randint(
            0, 3000)))
        os.write(report_fd, f"service {service.id}\nbegin\n".encode())
        consent = repo.add_consent(Consent(service_id=service.id or 0, purposes=["p"] * rng.randint(
            1, 200), date=date(2025, 1, 1)))
        os.write(report_fd, f"consent {consent.id}\n".encode())


if __name__ == "__main__":
    main()

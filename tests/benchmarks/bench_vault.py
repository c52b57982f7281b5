"""Vault overhead: the same workload on the SQLCipher vault and on plain sqlite3, and unlock times.

Every side runs the vault's own code (VaultRepository, same schema, same SQL, same pragmas:
WAL, synchronous, secure_delete, foreign keys, cache); only the connection differs: the standard
library's sqlite3, sqlcipher3's newer bundled SQLite without a key (the engine alone), and the
keyed vault. Prints figures; asserts nothing about time.

    python tests/benchmarks/bench_vault.py [--services 10000] [--updates 1000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

import sqlcipher3  # noqa: E402

from consent_ledger.core.clock import SystemClock  # noqa: E402
from consent_ledger.core.model import Consent, DataGrant, Service  # noqa: E402
from consent_ledger.vault.connection import configure, create_new, open_existing  # noqa: E402
from consent_ledger.vault.keys import Secret, new_raw_key  # noqa: E402
from consent_ledger.vault.repository import VaultRepository  # noqa: E402
from consent_ledger.vault.schema import SCHEMA_VERSION, migrate  # noqa: E402

CATEGORIES = ("contact", "account", "user_content", "voice", "device", "usage_logs")
PURPOSES = ("provide_service", "model_training", "personalization", "analytics")


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def workload(repo: VaultRepository, services: int, updates: int) -> dict[str, float]:
    """Insert *services* services, each with a data grant and a consent (one transaction each,
    as the app does); list; search by name; update *updates* services."""
    times: dict[str, float] = {}

    def insert() -> None:
        for n in range(services):
            service = repo.add_service(Service(
                name=f"Service {n:05d} 服务", provider=f"Provider {n % 97} 有限公司",
                notice_url=f"https://example{n}.com/privacy", emails=[f"privacy{n}@example.com"],
                notes="笔记 " * (n % 20)))
            sid = service.id or 0
            repo.add_grant(DataGrant(service_id=sid, categories=list(CATEGORIES[: 1 + n % 6]),
                                     date=date(2025, 1 + n % 12, 1 + n % 28)))
            repo.add_consent(Consent(service_id=sid, purposes=[PURPOSES[n % 4]],
                                     date=date(2025, 1 + n % 12, 1 + n % 28)))

    times["insert"], _ = _timed(insert)
    times["list"], listed = _timed(repo.list_services)
    assert len(listed) == services
    queries = [f"{n:05d}" for n in range(0, services, max(1, services // 50))] + ["服务", "zzz"]
    times["search"], _ = _timed(lambda: [repo.list_services(q) for q in queries])

    def update() -> None:
        step = max(1, services // updates)
        for service in listed[::step][:updates]:
            service.notes = "updated " + service.notes
            repo.update_service(service)

    times["update"], _ = _timed(update)
    times["grants+consents read"], _ = _timed(lambda: (repo.list_grants(), repo.list_consents()))
    return times


def vault_repo(path: Path, secret: Secret, sync: str) -> VaultRepository:
    conn = create_new(path, secret)
    migrate(conn, 0, SCHEMA_VERSION)
    conn.execute(SYNC[sync])
    return VaultRepository(conn, SystemClock(), path)


def plain_repo(path: Path, sync: str) -> VaultRepository:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    configure(conn)  # type: ignore[arg-type]  # same pragmas as the vault
    migrate(conn, 0, SCHEMA_VERSION)  # type: ignore[arg-type]
    conn.execute(SYNC[sync])
    return VaultRepository(conn, SystemClock(), path)  # type: ignore[arg-type]


SYNC = {"full": "PRAGMA synchronous = FULL", "off": "PRAGMA synchronous = OFF"}
SIDES = ("plain sqlite3", "same engine, no key", "SQLCipher vault")


def unkeyed_repo(path: Path, sync: str) -> VaultRepository:
    """sqlcipher3's bundled SQLite without a key: isolates the cipher from the engine version."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    configure(conn)
    migrate(conn, 0, SCHEMA_VERSION)
    conn.execute(SYNC[sync])
    return VaultRepository(conn, SystemClock(), path)


def compare(folder: Path, key: bytes, args: argparse.Namespace) -> dict[str, dict[str, float]]:
    """Run the workload on both sides *repeat* times, alternating which goes first; medians."""
    runs: dict[str, list[dict[str, float]]] = {side: [] for side in SIDES}
    for attempt in range(args.repeat):
        order = SIDES if attempt % 2 == 0 else SIDES[::-1]
        for side in order:
            path = folder / f"{attempt}-{SIDES.index(side)}.db"
            if side == SIDES[0]:
                repo = plain_repo(path, args.sync)
            elif side == SIDES[1]:
                repo = unkeyed_repo(path, args.sync)
            else:
                repo = vault_repo(path, Secret.raw(key), args.sync)
            runs[side].append(workload(repo, args.services, args.updates))
            repo.close()
    return {side: {step: statistics.median(r[step] for r in runs[side]) for step in runs[side][0]}
            for side in SIDES}


def unlock_times(path: Path, secret: Secret, rounds: int) -> list[float]:
    found = []
    for _ in range(rounds):
        seconds, conn = _timed(lambda: open_existing(path, secret))
        conn.close()
        found.append(seconds)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--updates", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=5, help="unlock measurements per case")
    parser.add_argument("--repeat", type=int, default=1, help="workload runs per side (median)")
    parser.add_argument("--sync", choices=sorted(SYNC), default="full",
                        help="full: as the app runs (fsync per commit); off: isolates the cipher")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-vault-") as tmp:
        folder = Path(tmp)
        key = new_raw_key()
        print(f"workload: {args.services} services, each with a grant and a consent "
              f"(3 transactions each); list; 52 name searches; {args.updates} updates; "
              f"synchronous={args.sync}; median of {args.repeat} run(s) per side")
        results = compare(folder, key, args)
        plain, unkeyed, vault = (results[side] for side in SIDES)
        print(f"{'step':<22}{'sqlite3 (s)':>12}{'no key (s)':>12}{'vault (s)':>12}"
              f"{'vault/sqlite3':>15}{'vault/no key':>14}")
        totals = [0.0, 0.0, 0.0]
        for step in plain:
            row = (plain[step], unkeyed[step], vault[step])
            totals = [t + r for t, r in zip(totals, row, strict=True)]
            print(f"{step:<22}{row[0]:>12.3f}{row[1]:>12.3f}{row[2]:>12.3f}"
                  f"{row[2] / row[0]:>15.2f}{row[2] / row[1]:>14.2f}")
        print(f"{'total':<22}{totals[0]:>12.3f}{totals[1]:>12.3f}{totals[2]:>12.3f}"
              f"{totals[2] / totals[0]:>15.2f}{totals[2] / totals[1]:>14.2f}   (target <= 1.30)")
        big = folder / "0-2.db"
        print(f"vault size: {big.stat().st_size / 1e6:.1f} MB")

        raw = unlock_times(big, Secret.raw(key), args.rounds)
        passphrase_vault = folder / "pass.db"
        secret = Secret.passphrase("benchmark passphrase 口令")
        conn = create_new(passphrase_vault, secret)
        migrate(conn, 0, SCHEMA_VERSION)
        conn.close()
        empty_raw_path = folder / "empty-raw.db"
        conn = create_new(empty_raw_path, Secret.raw(key))
        migrate(conn, 0, SCHEMA_VERSION)
        conn.close()
        empty_raw = unlock_times(empty_raw_path, Secret.raw(key), args.rounds)
        passphrase = unlock_times(passphrase_vault, secret, args.rounds)
        print("unlock = open + key + verify (count sqlite_master + cipher_integrity_check), "
              f"median of {args.rounds}:")
        print(f"  raw key, empty vault:            {statistics.median(empty_raw) * 1000:8.1f} ms")
        print(f"  raw key, {args.services}-service vault:   "
              f"{statistics.median(raw) * 1000:8.1f} ms")
        print(f"  passphrase (KDF), empty vault:   {statistics.median(passphrase) * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

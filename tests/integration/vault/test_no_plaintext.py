"""After a scripted workflow with canary strings, nothing under the data folder holds them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from consent_ledger.core.clock import SystemClock
from consent_ledger.core.model import Service
from consent_ledger.paths import DataLayout
from consent_ledger.vault.manager import VaultManager

from .conftest import PASSPHRASE, Cli

CANARIES = ("CanaryAscii7f3aQ", "金丝雀测试服务", "张金丝雀", "canary.mail@example.org",
            "13912345678", "隐私金丝雀备注")


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def _scan(root: Path, secrets: tuple[str, ...]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in secrets:
                if any(enc in data for enc in _encodings(secret)):
                    found.append(f"{path.relative_to(root)}: {secret}")
    return found


def _modes(root: Path) -> list[str]:
    wrong = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != (0o700 if path.is_dir() else 0o600):
            wrong.append(f"{path}: {oct(mode)}")
    return wrong


def test_workflow_leaves_no_plaintext(cli: Cli, tmp_path: Path) -> None:
    run = cli
    steps = [
        ("init", "--key-source", "passphrase"),
        ("service", "add", "--name", CANARIES[1], "--notes", f"{CANARIES[5]} {CANARIES[0]}",
         "--email", CANARIES[3], "--phone", CANARIES[4], "--address", "北京市金丝雀路1号"),
        ("service", "add", "--from-catalogue", "kimi", "--notes", CANARIES[0]),
        ("grant", "add", CANARIES[1], "--category", "voice", "--category", "biometric",
         "--note", CANARIES[5], "--date", "2025-01-02"),
        ("consent", "add", CANARIES[1], "--purpose", "model_training", "--note", CANARIES[0],
         "--date", "2025-01-03"),
        ("consent", "withdraw", "1", "--note", CANARIES[5]),
        ("profile", "set", "--name", CANARIES[2], "--email", CANARIES[3], "--phone", CANARIES[4],
         "--account-id", f"user: {CANARIES[0]}"),
        ("service", "edit", CANARIES[1], "--website", "https://example.org/" + CANARIES[0]),
        ("service", "show", CANARIES[1]),
        ("status",),
        ("backup", "-o", str(cli.data_dir / "backups" / "manual.ledger")),
        ("restore", str(cli.data_dir / "backups" / "manual.ledger")),
        ("service", "add", "--name", "x", "--email", CANARIES[0]),  # refused: bad e-mail
        ("grant", "add", CANARIES[1], "--category", CANARIES[0]),  # refused: bad category
        ("export", "-o", str(tmp_path / "export.json")),  # the person's explicit plaintext
    ]
    (cli.data_dir / "backups").mkdir(parents=True, exist_ok=True, mode=0o700)
    codes = [run(*step).code for step in steps]
    assert codes == [0] * 12 + [6, 6, 0]
    assert run("rekey", new_passphrase="new " + PASSPHRASE).code == 0
    assert run("service", "list", passphrase="new " + PASSPHRASE).code == 0

    # A vault left open with a fresh change: its WAL is encrypted too.
    manager = VaultManager(DataLayout(cli.data_dir), clock=SystemClock())
    repo = manager.open("new " + PASSPHRASE)
    try:
        repo.add_service(Service(name=CANARIES[1] + "-open", notes=CANARIES[0]))
        assert Path(str(manager.layout.vault) + "-wal").exists()
        assert _scan(cli.data_dir, CANARIES + (PASSPHRASE,)) == []
    finally:
        repo.close()

    secrets = CANARIES + (PASSPHRASE, "new " + PASSPHRASE)
    assert _scan(cli.data_dir, secrets) == []
    layout = DataLayout(cli.data_dir)
    assert layout.vault.read_bytes()[:16] != b"SQLite format 3\x00"
    backups = sorted(layout.backups.iterdir())
    assert len(backups) >= 2 and any(p.suffix == ".ledger" for p in backups)
    for backup in backups:
        if backup.suffix == ".ledger":
            assert backup.read_bytes()[:16] != b"SQLite format 3\x00"
    assert (layout.logs / "consent-ledger.log").exists()
    assert _modes(cli.data_dir) == []
    # The export is the person's explicit plaintext copy: it does hold the data, privately.
    exported = (tmp_path / "export.json").read_text(encoding="utf-8")
    assert CANARIES[1] in exported and CANARIES[2] in exported
    assert stat.S_IMODE(os.stat(tmp_path / "export.json").st_mode) == 0o600

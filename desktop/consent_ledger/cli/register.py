"""The register's commands: init, status, service *, catalogue list, grant add, consent *,
profile *, export, backup, restore, rekey (contracts/cli.md).

Handlers parse, call a use case (core/register.py) or the vault manager, print. The --json shapes
are documented in README.md ("Command line") and are stable.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..core.errors import ConflictError, UsageError, VaultLockedError
from ..core.model import Consent, DataGrant, Profile, Service
from ..core.vocab import DATA_CATEGORIES
from .i18n import Messages

if TYPE_CHECKING:
    from ..app import CliContext
    from ..core.catalogue import CatalogueEntry
    from ..core.register import ServiceView
    from ..vault.repository import VaultRepository

NEW_PASSPHRASE_ENV = "CONSENT_LEDGER_NEW_PASSPHRASE"

MESSAGES: Messages = {
    "register.init.ask": {
        "en": "Keep the vault key in the OS keyring (k) or use a passphrase (p)? [k/p] ",
        "zh": "把账本密钥保存在系统钥匙串（k）还是使用口令（p）？[k/p] ",
    },
    "register.init.done": {"en": "Vault created: {path} (key: {source})",
                           "zh": "已创建账本：{path}（密钥：{source}）"},
    "register.status.none": {"en": "No vault in {path}. Create one: consent-ledger init",
                             "zh": "{path} 中没有账本。创建：consent-ledger init"},
    "register.status.line": {"en": "{label}: {value}", "zh": "{label}：{value}"},
    "register.service.added": {"en": "Service #{id} added: {name}",
                               "zh": "已添加服务 #{id}：{name}"},
    "register.service.updated": {"en": "Service #{id} updated: {name}",
                                 "zh": "已更新服务 #{id}：{name}"},
    "register.service.removed": {"en": "Service #{id} removed with its records: {name}",
                                 "zh": "已删除服务 #{id} 及其记录：{name}"},
    "register.service.none": {"en": "No services.", "zh": "没有服务。"},
    "register.unknown": {"en": "unknown", "zh": "未知"},
    "register.grant.added": {"en": "Data grant #{id} recorded for {name}: {categories}",
                             "zh": "已记录提供给 {name} 的数据 #{id}：{categories}"},
    "register.consent.added": {"en": "Consent #{id} recorded for {name}: {purposes}",
                               "zh": "已记录对 {name} 的同意 #{id}：{purposes}"},
    "register.consent.changed": {"en": "Consent #{id} is now {state} (since {date})",
                                 "zh": "同意 #{id} 现为 {state}（自 {date}）"},
    "register.profile.saved": {"en": "Profile saved.", "zh": "个人资料已保存。"},
    "register.export.done": {
        "en": "Exported to {path}. This file is NOT encrypted: keep it safe.",
        "zh": "已导出到 {path}。此文件未加密，请妥善保管。",
    },
    "register.backup.done": {"en": "Encrypted backup written: {path}",
                             "zh": "已写入加密备份：{path}"},
    "register.restore.done": {"en": "Vault restored from {path}.", "zh": "已从 {path} 恢复账本。"},
    "register.restore.kept": {"en": "The previous vault is kept at {path}.",
                              "zh": "之前的账本保存在 {path}。"},
    "register.rekey.done": {
        "en": "Vault key changed (key: {source}). Backups made before this need the old key: "
              "make a new backup now.",
        "zh": "已更换账本密钥（密钥：{source}）。此前的备份需要旧密钥才能打开：请现在重新备份。",
    },
    "register.passphrase.new": {"en": "New passphrase: ", "zh": "新口令："},
    "register.passphrase.current": {"en": "Current passphrase: ", "zh": "当前口令："},
    "register.passphrase.backup": {"en": "Passphrase of the backup: ", "zh": "备份的口令："},
    "error.vault_exists": {"en": "A vault already exists: {path}",
                           "zh": "账本已存在：{path}"},
    "error.no_vault": {"en": "No vault in {path}. Create one: consent-ledger init",
                       "zh": "{path} 中没有账本。创建：consent-ledger init"},
    "error.keyring_unavailable": {
        "en": "No usable OS keyring was found; use --key-source passphrase.",
        "zh": "未找到可用的系统钥匙串；请使用 --key-source passphrase。",
    },
    "error.keyring_unavailable_open": {
        "en": "The vault key is kept in the OS keyring, but no usable keyring was found.",
        "zh": "账本密钥保存在系统钥匙串中，但未找到可用的钥匙串。",
    },
    "error.keyring_write": {"en": "The OS keyring could not store the vault key.",
                            "zh": "系统钥匙串无法保存账本密钥。"},
    "error.vault_too_new": {
        "en": "The vault was written by a newer Consent Ledger (schema {found}; this version "
              "knows {supported}). Update the app; the vault was not changed.",
        "zh": "账本由更新版本的知情账本写入（架构 {found}；本版本支持 {supported}）。请更新程序；账本未被改动。",
    },
    "error.passphrase_required": {
        "en": "A passphrase is needed: run in a terminal or set CONSENT_LEDGER_PASSPHRASE.",
        "zh": "需要口令：请在终端中运行，或设置 CONSENT_LEDGER_PASSPHRASE。",
    },
    "error.passphrase_mismatch": {"en": "The passphrases do not match.",
                                  "zh": "两次输入的口令不一致。"},
    "error.passphrase_empty": {"en": "The passphrase is empty.", "zh": "口令为空。"},
    "error.service_unknown": {"en": "No service matches {ref}.", "zh": "没有与 {ref} 匹配的服务。"},
    "error.service_ambiguous": {"en": "{ref} matches several services ({matches}); use the id.",
                                "zh": "{ref} 匹配多个服务（{matches}）；请使用编号。"},
    "error.catalogue_unknown": {"en": "No catalogue entry {id} (see: consent-ledger catalogue list).",
                                "zh": "目录中没有 {id}（见：consent-ledger catalogue list）。"},
    "error.bad_category": {"en": "Unknown data category {value}; use one of: " +
                                 ", ".join(DATA_CATEGORIES) + ".",
                           "zh": "未知的数据类别 {value}；可用：" + "、".join(DATA_CATEGORIES) + "。"},
    "error.date_in_future": {"en": "The date {value} is in the future.",
                             "zh": "日期 {value} 在未来。"},
    "error.bad_web_address": {"en": "{value} is not an http(s) address.",
                      "zh": "{value} 不是 http(s) 网址。"},
    "error.bad_region": {"en": "Region {value}: use cn or intl.",
                         "zh": "地区 {value}：请用 cn 或 intl。"},
    "error.consent_not_active": {"en": "Consent #{id} is {state}, not active.",
                                 "zh": "同意 #{id} 的状态为 {state}，并非有效。"},
    "error.consent_same_state": {"en": "Consent #{id} is already {state}.",
                                 "zh": "同意 #{id} 已经是 {state}。"},
    "error.disk_full": {"en": "The disk is full; nothing was changed.",
                        "zh": "磁盘已满；未做任何改动。"},
    "error.vault_busy": {"en": "The vault is in use by another program; try again.",
                         "zh": "账本正被另一个程序使用；请稍后再试。"},
    "error.vault_io": {"en": "The vault file cannot be read or written ({sqlite}).",
                       "zh": "无法读写账本文件（{sqlite}）。"},
    "error.no_file": {"en": "No such file: {path}", "zh": "没有这个文件：{path}"},
    "error.write_failed": {"en": "Could not write {path}: {reason}",
                           "zh": "无法写入 {path}：{reason}"},
    "register.move.done": {"en": "Data folder moved to {path}.", "zh": "数据文件夹已移到 {path}。"},
    "register.move.pointer": {"en": "The app will use it from now on (remembered in {pointer}).",
                              "zh": "以后将使用这个文件夹（记录在 {pointer}）。"},
    "register.move.override": {
        "en": "The folder was chosen with --data-dir or CONSENT_LEDGER_DATA_DIR: "
              "point it at {path} from now on.",
        "zh": "当前文件夹由 --data-dir 或 CONSENT_LEDGER_DATA_DIR 指定：以后请改为 {path}。"},
    "register.move.left": {"en": "Could not remove from the old folder: {paths}",
                           "zh": "无法从原文件夹删除：{paths}"},
    "error.move_same_folder": {"en": "The vault is already in {path}.",
                               "zh": "账本已经在 {path} 中。"},
    "error.move_inside": {"en": "{path} is inside the current data folder; choose another folder.",
                          "zh": "{path} 位于当前数据文件夹之内；请选择其他文件夹。"},
    "error.move_target_has_vault": {
        "en": "{path} already holds a vault; nothing was moved.",
        "zh": "{path} 中已有账本；没有移动任何文件。"},
    "error.move_target_clash": {"en": "{path} already exists; nothing was moved.",
                                "zh": "{path} 已存在；没有移动任何文件。"},
}

_SOURCE_LABEL = {"keyring": {"en": "OS keyring", "zh": "系统钥匙串"},
                 "passphrase": {"en": "passphrase", "zh": "口令"}}


# --- parser ---------------------------------------------------------------------------------
def _service_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", help="display name")
    p.add_argument("--provider", help="legal name of the handler (个人信息处理者)")
    p.add_argument("--website", help="https://…")
    p.add_argument("--notice-url", help="address of the privacy notice")
    p.add_argument("--email", action="append", metavar="E",
                   help="privacy/rights contact; repeat for several" +
                        ("" if adding else " (replaces the list)"))
    p.add_argument("--phone", action="append", metavar="P", help="contact phone; repeatable")
    p.add_argument("--address", help="postal address for letters")
    p.add_argument("--web-form", help="rights-request or account-deletion page")
    p.add_argument("--region", choices=["cn", "intl", ""], help="cn or intl")
    p.add_argument("--notes", help="free notes")
    if adding:
        p.add_argument("--from-catalogue", metavar="ID",
                       help="fill from the bundled catalogue (see: catalogue list)")


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    def cmd(parent: Any, name: str, handler: Any, helptext: str, needs_vault: bool = True) -> Any:
        p = parent.add_parser(name, parents=[common], help=helptext)
        p.set_defaults(handler=handler, needs_vault=needs_vault)
        return p

    cmd(sub, "init", cmd_init, "create the vault (asks keyring vs passphrase)")
    cmd(sub, "status", cmd_status, "vault path, key source, schema version, counts")

    service = sub.add_parser("service", parents=[common], help="the AI services you use")
    ssub = service.add_subparsers(dest="service_command", metavar="SUBCOMMAND", required=True)
    _service_options(cmd(ssub, "add", cmd_service_add, "add a service"), adding=True)
    p = cmd(ssub, "list", cmd_service_list, "list services")
    p.add_argument("--search", metavar="Q", help="name, provider or catalogue id contains Q")
    p = cmd(ssub, "show", cmd_service_show, "a service with its grants, consents, notices")
    p.add_argument("service", metavar="ID")
    p = cmd(ssub, "edit", cmd_service_edit, "change a service")
    p.add_argument("service", metavar="ID")
    _service_options(p, adding=False)
    p = cmd(ssub, "remove", cmd_service_remove, "remove a service and all its records")
    p.add_argument("service", metavar="ID")

    catalogue = sub.add_parser("catalogue", parents=[common], help="bundled directory of AI services")
    csub = catalogue.add_subparsers(dest="catalogue_command", metavar="SUBCOMMAND", required=True)
    p = cmd(csub, "list", cmd_catalogue_list, "list catalogue entries", needs_vault=False)
    p.add_argument("--search", metavar="Q")

    grant = sub.add_parser("grant", parents=[common], help="what data you gave a service")
    gsub = grant.add_subparsers(dest="grant_command", metavar="SUBCOMMAND", required=True)
    p = cmd(gsub, "add", cmd_grant_add, "record data you gave")
    p.add_argument("service", metavar="SERVICE")
    p.add_argument("--category", action="append", required=True, metavar="C",
                   help="one of: " + ", ".join(DATA_CATEGORIES))
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--channel", default="", help="app, web, api, …")
    p.add_argument("--note", default="")

    consent = sub.add_parser("consent", parents=[common], help="consents you gave")
    tsub = consent.add_subparsers(dest="consent_command", metavar="SUBCOMMAND", required=True)
    p = cmd(tsub, "add", cmd_consent_add, "record a consent")
    p.add_argument("service", metavar="SERVICE")
    p.add_argument("--purpose", action="append", required=True, metavar="P")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--notice-version", metavar="V", help="number from: notice versions SERVICE")
    p.add_argument("--note", default="")
    p = cmd(tsub, "withdraw", cmd_consent_withdraw, "withdraw a consent")
    p.add_argument("consent", metavar="CONSENT_ID")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--note", default="")
    p = cmd(tsub, "list", cmd_consent_list, "list consents")
    p.add_argument("service", metavar="SERVICE", nargs="?")

    profile = sub.add_parser("profile", parents=[common], help="your details for letters")
    psub = profile.add_subparsers(dest="profile_command", metavar="SUBCOMMAND", required=True)
    cmd(psub, "show", cmd_profile_show, "show your profile")
    p = cmd(psub, "set", cmd_profile_set, "change your profile (only the options given)")
    p.add_argument("--name")
    p.add_argument("--account-id", action="append", metavar="A",
                   help="e.g. 'phone: 138…'; repeatable (replaces the list)")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--address")

    p = cmd(sub, "export", cmd_export, "whole register as JSON (TS 27560 consent records)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    p = cmd(sub, "backup", cmd_backup, "encrypted copy of the vault")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = cmd(sub, "restore", cmd_restore, "replace the vault with a backup (the current one is kept)")
    p.add_argument("file", metavar="FILE")
    p = cmd(sub, "move-data", cmd_move_data, "move the vault, settings and backups to DIR")
    p.add_argument("dir", metavar="DIR")
    p = cmd(sub, "rekey", cmd_rekey, "change passphrase / move key between keyring and passphrase")
    p.add_argument("--to", choices=["keyring", "passphrase"], dest="to_source",
                   help="new key source (default: the current one, i.e. a new passphrase/key)")


# --- JSON shapes (stable) --------------------------------------------------------------------
def service_json(service: Service) -> dict[str, Any]:
    data = asdict(service)
    data["created"] = service.created.isoformat() if service.created else None
    data["updated"] = service.updated.isoformat() if service.updated else None
    return data


def grant_json(grant: DataGrant) -> dict[str, Any]:
    return {"id": grant.id, "service_id": grant.service_id, "categories": grant.categories,
            "date": grant.date.isoformat(), "channel": grant.channel, "note": grant.note}


def consent_json(consent: Consent) -> dict[str, Any]:
    return {
        "id": consent.id, "service_id": consent.service_id, "purposes": consent.purposes,
        "date": consent.date.isoformat(), "state": str(consent.state),
        "notice_version_id": consent.notice_version_id, "note": consent.note,
        "events": [{"state": str(e.state), "at": e.at.isoformat(), "note": e.note}
                   for e in consent.events],
    }


def view_json(view: ServiceView) -> dict[str, Any]:
    data = service_json(view.service)
    data["grants"] = [grant_json(g) for g in view.grants]
    data["consents"] = [consent_json(c) for c in view.consents]
    data["notice_versions"] = [
        {"id": v.id, "number": v.number, "sha256": v.sha256, "source": v.source,
         "retrieved": v.retrieved.isoformat()} for v in view.notice_versions
    ]
    data["requests"] = [
        {"id": r.id, "type": str(r.type), "status": str(r.status),
         "created": r.created.isoformat() if r.created else None} for r in view.requests
    ]
    return data


# --- vault lifecycle -------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    manager = ctx.wiring.vault_manager()
    if manager.exists():
        raise ConflictError("a vault already exists", code="vault_exists",
                            path=str(manager.layout.vault))
    source = ctx.settings.key_source
    if source is None and sys.stdin.isatty() and os.environ.get("CONSENT_LEDGER_PASSPHRASE") is None:
        answer = input(ctx.t("register.init.ask")).strip().lower()
        source = "passphrase" if answer.startswith("p") else "keyring"
    if source is None:
        source = "keyring" if manager.keyring_available() else "passphrase"
    passphrase = ctx.passphrase(confirm=True) if source == "passphrase" else None
    status = manager.init(source, passphrase)
    if ctx.settings.json:
        ctx.print_json(status)
    else:
        ctx.print(ctx.t("register.init.done", path=status["path"], source=_label(ctx, source)))
    return 0


def cmd_status(args: argparse.Namespace, ctx: CliContext) -> int:
    manager = ctx.wiring.vault_manager()
    status = manager.status()
    if status["exists"]:
        repo = cast("VaultRepository", ctx.ledger().repo)  # app.py wires the vault's repository
        status["schema_version"] = repo.schema_version()
        status["counts"] = repo.counts()
    if ctx.settings.json:
        ctx.print_json(status)
        return 0
    if not status["exists"]:
        ctx.print(ctx.t("register.status.none", path=status["data_dir"]))
        return 0
    rows = [("vault", status["path"]), ("key", _label(ctx, status["key_source"] or "passphrase")),
            ("schema", status["schema_version"])]
    rows += sorted(status["counts"].items())
    for label, value in rows:
        ctx.print(ctx.t("register.status.line", label=label, value=value))
    return 0


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    dest = Path(args.output).expanduser()
    ctx.wiring.vault_manager().backup_open(ctx.ledger().repo, dest)
    ctx.print(ctx.t("register.backup.done", path=dest))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    manager = ctx.wiring.vault_manager()
    src = Path(args.file).expanduser()
    keyring_vault = manager.exists() and manager.key_source() == "keyring"
    passphrase = None
    if not keyring_vault:
        passphrase = ctx.passphrase(prompt=ctx.t("register.passphrase.backup"))
    try:
        kept = manager.restore(src, passphrase)
    except VaultLockedError:
        if passphrase is not None or not _can_ask(ctx):
            raise
        kept = manager.restore(src, ctx.passphrase(prompt=ctx.t("register.passphrase.backup")))
    ctx.print(ctx.t("register.restore.done", path=src))
    if kept is not None:
        ctx.print(ctx.t("register.restore.kept", path=kept))
    return 0


def cmd_rekey(args: argparse.Namespace, ctx: CliContext) -> int:
    manager = ctx.wiring.vault_manager()
    current = manager.key_source()
    target = args.to_source or current
    old = ctx.passphrase(prompt=ctx.t("register.passphrase.current")) if current == "passphrase" \
        else None
    new = _new_passphrase(ctx) if target == "passphrase" else None
    status = manager.rekey(target, old_passphrase=old, new_passphrase=new)
    if ctx.settings.json:
        ctx.print_json(status)
    else:
        ctx.print(ctx.t("register.rekey.done", source=_label(ctx, target)))
    return 0


def cmd_move_data(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..paths import write_location

    manager = ctx.wiring.vault_manager()
    passphrase = None
    if manager.exists() and manager.needs_passphrase(ctx.settings.key_source):
        passphrase = ctx.passphrase()
    result = manager.move_to(Path(args.dir), passphrase)
    pointer = None if ctx.settings.data_dir_pinned else write_location(Path(result["to"]))
    if ctx.settings.json:
        ctx.print_json({**result, "pointer": str(pointer) if pointer else None})
        return 0
    ctx.print(ctx.t("register.move.done", path=result["to"]))
    if pointer is None:
        ctx.print(ctx.t("register.move.override", path=result["to"]))
    else:
        ctx.print(ctx.t("register.move.pointer", pointer=pointer))
    if result["left_behind"]:
        ctx.print(ctx.t("register.move.left", paths=", ".join(result["left_behind"])))
    return 0


def _new_passphrase(ctx: CliContext) -> str:
    value = os.environ.get(NEW_PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError("a new passphrase is needed", code="passphrase_required")
    import getpass

    first = getpass.getpass(ctx.t("register.passphrase.new"))
    if getpass.getpass(ctx.t("register.passphrase.new")) != first:
        raise UsageError("the passphrases do not match", code="passphrase_mismatch")
    return first


def _can_ask(ctx: CliContext) -> bool:
    return bool(os.environ.get("CONSENT_LEDGER_PASSPHRASE")) or sys.stdin.isatty()


def _label(ctx: CliContext, source: str) -> str:
    return _SOURCE_LABEL.get(source, {}).get(ctx.settings.lang, source)


# --- services and the catalogue --------------------------------------------------------------
def _service_changes(args: argparse.Namespace) -> dict[str, Any]:
    mapping = {"name": "name", "provider": "provider", "website": "website",
               "notice_url": "notice_url", "email": "emails", "phone": "phones",
               "address": "postal_address", "web_form": "web_form", "region": "region",
               "notes": "notes"}
    return {field: getattr(args, option) for option, field in mapping.items()
            if getattr(args, option, None) is not None}


def cmd_service_add(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.ledger().register
    changes = _service_changes(args)
    if args.from_catalogue:
        service = register.add_from_catalogue(args.from_catalogue, changes)
    else:
        if not changes.get("name"):
            raise UsageError("--name is required (or --from-catalogue ID)", code="name_required")
        service = register.add_service(Service(**changes))
    if ctx.settings.json:
        ctx.print_json(service_json(service))
    else:
        ctx.print(ctx.t("register.service.added", id=service.id, name=service.name))
    return 0


def cmd_service_list(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.ledger().register.list_services(args.search)
    if ctx.settings.json:
        ctx.print_json([service_json(s) for s in services])
        return 0
    if not services:
        ctx.print(ctx.t("register.service.none"))
    for s in services:
        ctx.print(f"{s.id:>4}  {s.name}  {s.provider or '-'}  {s.region or '-'}")
    return 0


def cmd_service_show(args: argparse.Namespace, ctx: CliContext) -> int:
    view = ctx.ledger().register.show_service(args.service)
    if ctx.settings.json:
        ctx.print_json(view_json(view))
        return 0
    unknown = ctx.t("register.unknown")
    s = view.service
    for label, value in (("id", s.id), ("name", s.name), ("provider", s.provider),
                         ("website", s.website), ("notice_url", s.notice_url),
                         ("emails", ", ".join(s.emails)), ("phones", ", ".join(s.phones)),
                         ("address", s.postal_address), ("web_form", s.web_form),
                         ("region", s.region), ("catalogue", s.catalogue_id)):
        ctx.print(f"{label}: {value if value not in ('', None) else unknown}")
    for g in view.grants:
        ctx.print(f"grant #{g.id} {g.date}: {', '.join(g.categories)} {g.channel}".rstrip())
    for c in view.consents:
        ctx.print(f"consent #{c.id} {c.date}: {', '.join(c.purposes)} [{c.state}]")
    for v in view.notice_versions:
        ctx.print(f"notice v{v.number} {v.retrieved.date()} {v.sha256[:12]}")
    for r in view.requests:
        ctx.print(f"request #{r.id} {r.type} [{r.status}]")
    if s.notes:
        ctx.print("notes:")
        ctx.print(s.notes)
    return 0


def cmd_service_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    service = ctx.ledger().register.edit_service(args.service, _service_changes(args))
    if ctx.settings.json:
        ctx.print_json(service_json(service))
    else:
        ctx.print(ctx.t("register.service.updated", id=service.id, name=service.name))
    return 0


def cmd_service_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    service = ctx.ledger().register.remove_service(args.service)
    if ctx.settings.json:
        ctx.print_json({"removed": service.id})
    else:
        ctx.print(ctx.t("register.service.removed", id=service.id, name=service.name))
    return 0


def cmd_catalogue_list(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = ctx.wiring.catalogue()
    entries = catalogue.search(args.search)
    if ctx.settings.json:
        ctx.print_json([e.to_json() for e in entries])
        return 0
    unknown = ctx.t("register.unknown")
    for e in entries:
        ctx.print(_catalogue_line(e, unknown))
    return 0


def _catalogue_line(entry: CatalogueEntry, unknown: str) -> str:
    emails = ", ".join(entry.emails) or unknown
    return f"{entry.id:<18} {entry.display_name}  |  {entry.fact('provider') or unknown}  |  {emails}"


# --- grants, consents, profile, export ------------------------------------------------------
def cmd_grant_add(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.ledger().register
    grant = register.add_grant(args.service, args.category, args.date, args.channel, args.note)
    if ctx.settings.json:
        ctx.print_json(grant_json(grant))
    else:
        name = register.repo.get_service(grant.service_id).name
        ctx.print(ctx.t("register.grant.added", id=grant.id, name=name,
                        categories=", ".join(grant.categories)))
    return 0


def cmd_consent_add(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.ledger().register
    consent = register.add_consent(args.service, args.purpose, args.date, args.notice_version,
                                   args.note)
    if ctx.settings.json:
        ctx.print_json(consent_json(consent))
    else:
        name = register.repo.get_service(consent.service_id).name
        ctx.print(ctx.t("register.consent.added", id=consent.id, name=name,
                        purposes=", ".join(consent.purposes)))
    return 0


def cmd_consent_withdraw(args: argparse.Namespace, ctx: CliContext) -> int:
    consent = ctx.ledger().register.withdraw_consent(args.consent, args.date, args.note)
    if ctx.settings.json:
        ctx.print_json(consent_json(consent))
    else:
        ctx.print(ctx.t("register.consent.changed", id=consent.id, state=consent.state,
                        date=consent.events[-1].at))
    return 0


def cmd_consent_list(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.ledger().register
    service_id = register.resolve_service(args.service).id if args.service else None
    consents = register.repo.list_consents(service_id)
    if ctx.settings.json:
        ctx.print_json([consent_json(c) for c in consents])
        return 0
    for c in consents:
        ctx.print(f"#{c.id} service {c.service_id} {c.date}: {', '.join(c.purposes)} [{c.state}]")
    return 0


def cmd_profile_show(args: argparse.Namespace, ctx: CliContext) -> int:
    profile = ctx.ledger().register.profile()
    if ctx.settings.json:
        ctx.print_json(asdict(profile))
        return 0
    unknown = ctx.t("register.unknown")
    for label, value in asdict(profile).items():
        shown = ", ".join(value) if isinstance(value, list) else value
        ctx.print(f"{label}: {shown or unknown}")
    return 0


def cmd_profile_set(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.ledger().register
    current = register.profile()
    changes = {"name": args.name, "account_ids": args.account_id, "email": args.email,
               "phone": args.phone, "postal_address": args.address}
    merged = {k: v for k, v in changes.items() if v is not None}
    if not merged:
        raise UsageError("nothing to change", code="nothing_to_change")
    profile = register.save_profile(Profile(**{**asdict(current), **merged}))
    if ctx.settings.json:
        ctx.print_json(asdict(profile))
    else:
        ctx.print(ctx.t("register.profile.saved"))
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..atomic import write_atomic

    dest = Path(args.output).expanduser()
    document = ctx.ledger().register.export()
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    if dest.is_dir() or not dest.parent.is_dir():
        raise UsageError(f"cannot write {dest}", code="write_failed", path=str(dest),
                         reason="not a file in an existing folder")
    try:
        write_atomic(dest, data)
    except OSError as exc:
        raise UsageError(f"cannot write {dest}", code="write_failed", path=str(dest),
                         reason=exc.strerror or type(exc).__name__) from exc
    ctx.print(ctx.t("register.export.done", path=dest))
    return 0

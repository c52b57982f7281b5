"""Messages of the command line in Chinese and English.

The core returns codes and data; this table turns them into one line a person understands. Each area
adds its own keys in its own module and merges them in with ``register_messages``; a test checks
that every key has both languages and the same {placeholders}.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

Messages = dict[str, dict[str, str]]

_BASE: Messages = {
    "error.usage": {"en": "usage error: {message}", "zh": "用法错误：{message}"},
    "error.vault_locked": {
        "en": "The vault could not be opened: wrong key or passphrase, key missing from the keyring, or the file is damaged.",
        "zh": "无法打开账本：密钥或口令不对、钥匙串中没有密钥，或文件已损坏。",
    },
    "error.not_found": {"en": "Not found: {message}", "zh": "未找到：{message}"},
    "error.network": {"en": "Network failure: {message}", "zh": "网络错误：{message}"},
    "error.bad_input": {"en": "Bad input: {message}", "zh": "输入有误：{message}"},
    "error.conflict": {"en": "Conflict: {message}", "zh": "冲突：{message}"},
    "error.environment": {"en": "Could not complete: {message}", "zh": "无法完成：{message}"},
    "error.internal": {
        "en": "Unexpected error ({message}). Details are in the log: {log}",
        "zh": "意外错误（{message}）。详情见日志：{log}",
    },
    "error.interrupted": {"en": "Interrupted.", "zh": "已中断。"},
}


class Translator:
    def __init__(self, lang: str, messages: Messages) -> None:
        self.lang = lang
        self.messages = messages

    def __call__(self, key: str, **values: object) -> str:
        entry = self.messages.get(key)
        if entry is None:
            return key
        template = entry.get(self.lang) or entry["en"]
        return template.format_map(_Lenient(values))


class _Lenient(dict[str, object]):
    """A missing placeholder shows as "?" rather than turning an error message into a crash."""

    def __missing__(self, key: str) -> str:
        return "?"


def all_messages() -> Messages:
    """Every CLI message: the base table and each area's table."""
    from . import area_messages

    merged = dict(_BASE)
    for table in area_messages():
        for key, entry in table.items():
            if key in merged and merged[key] != entry:
                raise RuntimeError(f"CLI message {key!r} is defined twice with different text")
            merged[key] = entry
    return merged


def detect_lang(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    raw = option or env.get("CONSENT_LEDGER_LANG")
    if not raw:
        raw = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
        if not raw:
            raw = (locale.getlocale()[0] or "") if hasattr(locale, "getlocale") else ""
    return "zh" if raw.lower().startswith("zh") else "en"

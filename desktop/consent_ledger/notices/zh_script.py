"""Traditional Chinese read as Simplified, character for character, so offsets stay the same.

The topic model, the lexicons and the fact rules are written for Simplified Chinese (CAPP-130,
mainland notices). A notice in Traditional characters — the Hong Kong or Taiwan edition of an AI
service's notice, "隱私權政策", "個人資料" — would match almost none of them. ``ScriptMap`` turns
such a text into Simplified before it is read:

- only a text that is Traditional is changed (``is_traditional``: at least 1% of its Han
  characters, and 3 or more, exist only in Traditional script; Simplified notices have none —
  0 of 162,342 Han characters of CAPP-130 dev, 0 of the two Chinese dev AI notices);
- each character maps to one character (the first Simplified reading of OpenCC's
  TSCharacters, after its Hong Kong and Taiwan variant tables), and regional wordings only to
  wordings of the same length (TWPhrasesRev: 資料 -> 数据, 網路 -> 网络, 軟體 -> 软件; plus
  個人資料 -> 个人信息 and 蒐集 -> 收集, the privacy terms the lexicons know). So every offset
  into the converted text is an offset into the original: clause spans and evidence need no
  mapping, and ``original_span`` gives back the words as the notice wrote them.

The table (resources/lexicons/zh-hant.json) is built from OpenCC's dictionaries (Apache-2.0, see
NOTICE) by ``python -m consent_ledger.notices.zh_script DICTIONARY_DIR [OUT]``; byte for byte the
same from the same input.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MIN_SHARE = 0.01  # of the Han characters
MIN_COUNT = 3
# privacy wordings of Taiwan/Hong Kong notices, to what the lexicons say (same lengths)
# (Hong Kong: 電郵 e-mail, 推介 recommend, 私隱 privacy, 上載 upload)
_OWN_PHRASES = {"個人資料": "个人信息", "蒐集": "收集", "預設": "默认", "個人化": "个性化",
                "電郵": "邮箱", "推介": "推荐", "私隱": "隐私", "上載": "上传",
                # Taiwan's records and address book (not 纪录, a record set, nor 通信录)
                "紀錄": "记录", "通訊錄": "通讯录"}
# computing terms of TWPhrasesRev that mean something else in a notice: 複製 is the right to a
# copy (复制, not 拷贝), 登出 is logging out (not 注销, closing the account), 程序 a procedure,
# 核心 a core, 通話記錄 call logs, 互動 interaction (互动)
_SKIP_PHRASES = frozenset({"複製", "登出", "程序", "程序導向", "核心", "單核心", "通話記錄", "互動",
                           "互動式", "預設", "預設值", "序列", "呼叫", "向量", "機率", "模擬",
                           "進階", "高階", "低階"})


class ScriptMap:
    """Traditional -> Simplified, length-preserving (see the module's docstring)."""

    def __init__(self, chars: dict[str, str], phrases: dict[str, str]) -> None:
        for source, target in [*chars.items(), *phrases.items()]:
            if len(source) != len(target):
                raise ValueError(f"a script mapping must keep lengths: {source!r} -> {target!r}")
        self._table = str.maketrans(chars)
        self._traditional = frozenset(c for c, s in chars.items() if c != s)
        # phrases are matched in Traditional (before the character pass), longest first
        self._phrases = phrases
        self._phrase = (re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
                        if phrases else None)

    @classmethod
    def load(cls, path: Path) -> ScriptMap:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["chars"], data["phrases"])

    def is_traditional(self, text: str) -> bool:
        """Whether *text* is written in Traditional characters (see ``MIN_SHARE``)."""
        han = _HAN.findall(text)
        # (a set lookup per Han character: a character class of the 4,000 Traditional ones
        # scans some 30 times slower)
        traditional = sum(map(self._traditional.__contains__, han))
        return traditional >= MIN_COUNT and traditional >= MIN_SHARE * len(han)

    def simplified(self, text: str) -> str:
        """*text* in Simplified characters, of the same length (offsets unchanged)."""
        if self._phrase is not None:
            text = self._phrase.sub(lambda m: self._phrases[m.group()], text)
        out = text.translate(self._table)
        assert len(out) == len(text)
        return out


def original_span(original: str, converted: str, words: str) -> str:
    """*words*, found in *converted*, as *original* writes them at the same place (the
    converted form when they are not found)."""
    at = converted.find(words) if words else -1
    return original[at:at + len(words)] if at >= 0 else words


# --- building the table from OpenCC's dictionaries ---------------------------------------------
def _read(path: Path) -> dict[str, str]:
    """source -> first target of one OpenCC dictionary file."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        source, targets = line.split("\t", 1)
        out.setdefault(source, targets.split()[0])
    return out


def build(dictionaries: Path) -> dict[str, dict[str, str]]:
    """The mapping of ``ScriptMap`` from OpenCC's dictionary folder."""
    ts = {a: b for a, b in _read(dictionaries / "TSCharacters.txt").items()
          if len(a) == 1 and len(b) == 1}
    variants: dict[str, str] = {}
    for name in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        variants.update({a: b for a, b in _read(dictionaries / name).items()
                         if len(a) == 1 and len(b) == 1})
    chars = {}
    for source in sorted(set(ts) | set(variants)):
        standard = variants.get(source, source)
        target = ts.get(standard, standard)
        if target != source:
            chars[source] = target

    def to_simplified(text: str) -> str:
        return "".join(chars.get(c, c) for c in text)

    phrases = {}
    for source, target in sorted(_read(dictionaries / "TWPhrasesRev.txt").items()):
        target = to_simplified(target)
        if (len(source) == len(target) and to_simplified(source) != target
                and source not in _SKIP_PHRASES):
            phrases[source] = target
    # (an own phrase is kept where the table without it reads it otherwise: by its characters,
    # or through a shorter phrase inside it, 通訊 -> 通信 in 通訊錄)
    without_own = ScriptMap(chars, phrases)
    for source, target in _OWN_PHRASES.items():
        if without_own.simplified(source) != target:
            phrases[source] = target
    return {"chars": chars, "phrases": dict(sorted(phrases.items()))}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m consent_ledger.notices.zh_script OPENCC_DICTIONARY_DIR [OUT]",
              file=sys.stderr)
        return 2
    out = Path(args[1]) if len(args) > 1 else (
        Path(__file__).resolve().parents[3] / "resources" / "lexicons" / "zh-hant.json")
    data = build(Path(args[0]))
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {out}: {len(data['chars'])} characters, {len(data['phrases'])} phrases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Features of one clause for the topic models: the same code at training and at run time.

English:
- lower-cased word unigrams and bigrams over light stems (digits folded to "0"; plural, past,
  -ing, -ation and -ly endings cut, final y/e folded, so "share", "shared", "sharing" and "shares"
  are one feature and rare inflections meet the weights of their word);
- the first word, the first two words and the last word ("^we", "^if you", "polici$");
- the clause's form ("§…": bold, list item, link, e-mail, a colon at the end, capitals, a length
  bucket, "If you…", digits, money, time periods, quotes…), read on the clause as the segmenter
  trims it;
- with a word-cluster map (``clusters``, shipped beside the model: see ``word_clusters.py``), one
  cluster id per word ("c17"), so a word unseen in training meets the weights of its neighbours
  ("geofencing" with "geolocation").
Together the last three lift the raw English model on APPSI-139 dev from 0.790 to 0.80 macro-F1.

Chinese: Han character unigrams and bigrams inside runs of Han characters (trigrams added nothing
on CAPP-130 dev — macro-F1 0.840 with, 0.841 without — and tripled the vocabulary), plus
lower-cased Latin words (SDK, Cookie, IP…). Features are plain strings, so the shipped weights are
a readable vocabulary.
"""

from __future__ import annotations

import operator
import re
import sys
from collections.abc import Mapping
from functools import lru_cache
from itertools import repeat

from .segment import trimmed

_EN_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z]{2,}")


_MAX_STEMS = 1 << 16  # words an ``en_features`` stem memo holds before it starts again
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light English stem: one common ending cut, then a final y/e folded ("polici").

    Interned, as the topic models' features are: a model looks a stem up by identity."""
    return sys.intern(_stem(word))


def _stem(word: str) -> str:
    if word[0].isdigit():
        return "0"
    if len(word) <= 3:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word[-2] in "su":  # "access", "status" keep their s
                break
            word = word[: -len(suffix)] + ("i" if suffix in ("ies", "ied") else "")
            break
    if len(word) > 4 and word[-1] in "ey":
        word = word[:-1] + ("i" if word[-1] == "y" else "")
    return word


# --- the form of an English clause ------------------------------------------------------------
_BULLET = re.compile(r"[-•Ø·]\s")
_NUMBERED = re.compile(r"\d+\s*[.)]")
_LETTERED = re.compile(r"\(?[a-z]\)|\(?[ivx]+\)")
_ITALIC = re.compile(r"(?<!\*)_[^_]+_")
_BARE_URL = re.compile(r"https?://|www\.")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_MONEY = re.compile(r"[$€£¥]\s?\d")
_PERIOD = re.compile(r"\d+\s*(?:days|months|years|hours)")
_WORD = re.compile(r"[A-Za-z]{2,}")
_IF_YOU = re.compile(r"[*\-\s\d.]*if you")
# a word of three or more capitals, "(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])" with the capital
# first (the engine then skips to capitals instead of testing the lookbehind everywhere)
_CAPS = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[A-Z]{2,}(?![A-Za-z])")
_DIGIT = re.compile(r"\d")
_BULLET_CHARS = frozenset("-•Ø·")
_LETTER_STARTS = frozenset("(abcdefghijklmnopqrstuvwxyz")
_LIST_ENDS = (";", "; and", "; or", ", and")
_SENTENCE_ENDS = (".", ":", ";", "?", "!", ")")


def _length(n_tokens: int) -> str:
    if n_tokens <= 3:
        return "§len1"
    if n_tokens <= 8:
        return "§len2"
    if n_tokens <= 20:
        return "§len3"
    return "§len4" if n_tokens <= 40 else "§len5"


def form(text: str, lower: str, n_tokens: int) -> list[str]:
    """The clause's form: markup, punctuation, capitals, length (all "§"-prefixed). *lower* is
    ``text.lower()``, *n_tokens* its number of word tokens (both computed once by the caller)."""
    s = trimmed(text)
    out = [_length(n_tokens)]
    low = s.lower() if len(s) != len(text) else lower
    first = s[:1]
    if first in _BULLET_CHARS and _BULLET.match(s):
        out.append("§bullet")
    elif first.isdigit() and _NUMBERED.match(s):
        out.append("§numbered")
    elif first in _LETTER_STARTS and _LETTERED.match(s):
        out.append("§letterlist")
    if "**" in s:
        out.append("§bold")
    if "_" in s and _ITALIC.search(s):
        out.append("§italic")
    if "](" in s:
        out.append("§mdlink")
    elif ("http" in low or "www." in low) and _BARE_URL.search(s):
        out.append("§url")
    if "@" in s and _EMAIL.search(s):
        out.append("§email")
    core = s.rstrip("*_ ")
    if core.endswith(":"):
        out.append("§colonend")
    if s.endswith(_LIST_ENDS):
        out.append("§listitem_end")
    if not core.endswith(_SENTENCE_ENDS):
        out.append("§noperiod")
    if s != low:  # upper-case letters: capitals, title case
        _capitals(s, n_tokens, out)
    if "if you" in low and _IF_YOU.match(low):
        out.append("§ifyou")
    if _DIGIT.search(s):
        out.append("§digit")
        if _MONEY.search(s):
            out.append("§money")
        if _PERIOD.search(low):
            out.append("§period")
    if '"' in s or "“" in s or "”" in s:
        out.append("§quote")
    if "(" in s:
        out.append("§paren")
    if "?" in s:
        out.append("§question")
    return out


def _capitals(s: str, n_tokens: int, out: list[str]) -> None:
    caps = len(_CAPS.findall(s))
    if caps:
        out.append("§caps")
        if caps >= 3 and caps >= len(_WORD.findall(s)) // 2:
            out.append("§allcaps")
    if n_tokens <= 8:
        words = _WORD.findall(s)
        if words and sum(w[0].isupper() for w in words) >= max(1, len(words) - 1):
            out.append("§titlecase")


class StemMemo(dict[str, str]):
    """word -> ``stem(word)``, filled on a word's first look-up (``memo[word]``): a caller that
    reads many clauses keeps one, so each word costs a plain dict look-up, made in C by
    ``map(memo.__getitem__, words)``, instead of the bounded cache's bookkeeping. It starts
    again when it holds more than ``_MAX_STEMS`` words, so memory stays bounded whatever the
    input."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _MAX_STEMS:
            self.clear()
        value = self[word] = stem(word)
        return value


# --- features -----------------------------------------------------------------------------------
def en_features(text: str, clusters: Mapping[str, str] | None = None,
                stems: StemMemo | None = None) -> set[str]:
    """The features of an English clause; *clusters*: word -> cluster feature ("c17"), if the
    model was trained with a cluster map; *stems*: a memo of the stems (see ``StemMemo``)."""
    lower = text.lower()
    words = _EN_TOKEN.findall(lower)
    tokens = list(map(stem if stems is None else stems.__getitem__, words))
    feats = set(tokens)
    feats.update(map(" ".join, zip(tokens, tokens[1:], strict=False)))
    feats.update(form(text, lower, len(tokens)))
    if tokens:
        feats.add("^" + tokens[0])
        feats.add(tokens[-1] + "$")
        if len(tokens) > 1:
            feats.add(f"^{tokens[0]} {tokens[1]}")
    if clusters is not None:
        feats.update(map(clusters.get, words, repeat("")))
        feats.discard("")
    return feats


def zh_features(text: str) -> set[str]:
    feats: set[str] = set()
    for run in _HAN_RUN.findall(text):
        feats.update(run)
        feats.update(map(operator.add, run, run[1:]))  # the bigrams run[i : i + 2]
    feats.update("w:" + w for w in _LATIN.findall(text.lower()))
    return feats


def features(text: str, lang: str, clusters: Mapping[str, str] | None = None) -> set[str]:
    return zh_features(text) if lang == "zh" else en_features(text, clusters)

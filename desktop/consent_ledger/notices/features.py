"""Features of one clause for the topic models: the same code at training and at run time.

English: lower-cased word unigrams and bigrams (digits folded to "0"). Chinese: Han character
unigrams, bigrams and trigrams inside runs of Han characters, plus lower-cased Latin words (SDK,
Cookie, IP…). Features are plain strings, so the shipped weights are a readable vocabulary.
"""

from __future__ import annotations

import re

_EN_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z]{2,}")


def en_features(text: str) -> set[str]:
    tokens = ["0" if t[0].isdigit() else t for t in _EN_TOKEN.findall(text.lower())]
    feats = set(tokens)
    feats.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return feats


def zh_features(text: str) -> set[str]:
    feats: set[str] = set()
    for run in _HAN_RUN.findall(text):
        feats.update(run)
        feats.update(run[i : i + 2] for i in range(len(run) - 1))
        feats.update(run[i : i + 3] for i in range(len(run) - 2))
    feats.update("w:" + w for w in _LATIN.findall(text.lower()))
    return feats


def features(text: str, lang: str) -> set[str]:
    return zh_features(text) if lang == "zh" else en_features(text)

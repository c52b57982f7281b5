"""Run-time side of the shipped clause-topic models (see ``training.py``): pure Python, no numpy.

A model is a vocabulary of features, each with sparse (topic, weight) pairs, a bias and a decision
threshold per topic. Scoring one clause is one dict lookup per feature. A model trained with a
word-cluster map names it ("clusters": a file beside the model, see ``word_clusters.py``) and
computes its features with it (``TopicModel.features``).
"""

from __future__ import annotations

import gzip
import json
import math
import operator
import struct
import sys
from collections.abc import Iterable, Mapping
from itertools import chain, repeat
from pathlib import Path

from .features import StemMemo, en_features, zh_features
from .word_clusters import read_clusters

RIGHTS_CHOICE = "rights_choice"
# topics learned over the union of two clause topics' labels; read over whole paragraphs only
JOINT_TOPICS = {"collection_or_use": ("collection", "use")}
# a packed field's struct code by the largest sum it must hold (see ``TopicModel._pack``)
_FIELD_CODES = (("B", 1 << 8), ("H", 1 << 16), ("I", 1 << 32), ("Q", 1 << 64))
_TOPICS_OF = operator.itemgetter(slice(0, None, 2))  # of a feature's [topic, weight, ...]
_WEIGHTS_OF = operator.itemgetter(slice(1, None, 2))


def _merged(pairs: list[int]) -> list[int]:
    """[topic, weight, ...] with each topic once, its weights added up."""
    merged: dict[int, int] = {}
    for i in range(0, len(pairs), 2):
        merged[pairs[i]] = merged.get(pairs[i], 0) + pairs[i + 1]
    return [x for pair in merged.items() for x in pair]


class TopicModel:
    """One language's logistic models, loaded once."""

    def __init__(self, data: dict[str, object],
                 clusters: Mapping[str, str] | None = None) -> None:
        if data.get("clusters") and clusters is None:
            raise ValueError(f"the {data['lang']} topic model needs its word clusters "
                             f"({data['clusters']})")
        # cluster features interned, as the model's features are (looked up by identity)
        self.clusters = None if clusters is None else {
            word: sys.intern(cluster) for word, cluster in clusters.items()}
        self.lang = str(data["lang"])
        self._stems = StemMemo()  # word -> stem (see features.en_features)
        self.topics: list[str] = list(data["topics"])  # type: ignore[call-overload]
        scale = float(data["scale"])  # type: ignore[arg-type]
        self.bias: list[float] = [float(b) for b in data["bias"]]  # type: ignore[attr-defined]
        # store thresholds as logits: compare raw sums, no exp() per clause
        self.cutoffs: list[float] = [
            math.log(t / (1.0 - t)) for t in data["thresholds"]  # type: ignore[attr-defined]
        ]
        idf_raw = data.get("idf")
        idf: dict[str, float] = dict(idf_raw) if isinstance(idf_raw, dict) else {}
        self.tfidf = bool(idf)
        self.scale = scale
        self._packed, self._offset, self._fields = self._pack(
            data["weights"], idf)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        name = data.get("clusters")
        return cls(data, read_clusters(path.parent / name) if name else None)

    def features(self, text: str) -> set[str]:
        """The features of *text* as this model was trained on them (``features.features``,
        with this model's memo of English stems)."""
        if self.lang == "zh":
            return zh_features(text)
        return en_features(text, self.clusters, self._stems)

    def _pack(self, raw: dict[str, list[int]], idf: dict[str, float]
              ) -> tuple[dict[str, int], int, struct.Struct]:
        """Each feature as one integer holding all it adds to a clause, in fields: a count (1),
        its idf² in millionths (idf has three decimals, so this is exact) and, per topic, its
        integer weight plus an offset (the largest negative weight, so fields never go
        negative). The sum of a clause's integers, one C-level ``sum``, is then every column sum
        at once, exactly. Returns (feature -> integer, offset, the fields as a struct).

        Each field is as narrow as a bound on the largest sum it can ever hold: the sum over
        the whole vocabulary (a clause's features are a set, every field value is >= 0, so no
        set of features sums to more whatever the input); for the topics, every feature at the
        highest weight plus the offset. Narrow fields make shorter integers to add.
        (A weight is added as ``w << shift``: for a negative w that is the same integer sum.)"""
        n_topics = len(self.bias)
        squares = {feat: round(value * 1000) ** 2 for feat, value in idf.items()}
        n_pairs = sum(map(len, raw.values())) // 2
        if sum(map(len, map(set, map(_TOPICS_OF, raw.values())))) < n_pairs:
            # a feature weighs a topic twice: its weights for that topic added up first
            raw = {feat: _merged(pairs) for feat, pairs in raw.items()}
        weights = list(chain.from_iterable(map(_WEIGHTS_OF, raw.values())))  # (C-level passes)
        offset = -min(0, min(weights, default=0))
        highest = max(0, max(weights, default=0))
        vocabulary = len(raw.keys() | squares.keys())
        # no topic's field sums to more than every feature at its highest weight plus the offset
        bounds = [vocabulary, sum(squares.values())] + [vocabulary * (offset + highest)] * n_topics
        codes, shifts, at = [], [], 0
        for bound in bounds:
            code, size = next(((c, 8 * struct.calcsize(c)) for c, limit in _FIELD_CODES
                               if bound < limit), ("", 0))
            if not code:
                raise ValueError(f"the {self.lang} topic model's sums do not fit 64-bit fields")
            codes.append(code)
            shifts.append(at)
            at += size
        base = 1 + sum(offset << shift for shift in shifts[2:])  # the count is the first field
        square_shift, topic_shifts = shifts[1], shifts[2:]
        # interned: the features of a clause are often the same objects, found by identity
        packed = {sys.intern(feat): base + (square << square_shift)
                  for feat, square in squares.items()}
        for feat, pairs in raw.items():
            value = packed.get(feat, base)
            for i in range(0, len(pairs), 2):
                value += pairs[i + 1] << topic_shifts[pairs[i]]
            packed[sys.intern(feat)] = value
        return packed, offset, struct.Struct("<" + "".join(codes))

    def logits(self, text: str) -> list[float]:
        return self.feature_logits(self.features(text))

    def feature_logits(self, feats: Iterable[str]) -> list[float]:
        """Logits of a clause given its features (``features.features``), so a caller that
        needs the features again (a paragraph is the union of its sentences') computes them once."""
        return self.total_logits(self.total(feats))

    def total(self, feats: Iterable[str]) -> int:
        """The packed sum of *feats* (see ``_pack``): everything the logits need, in one integer.
        Totals add and subtract exactly, so the total of a union of feature sets is the sum of
        their totals less the total of what they share (``union_total``)."""
        if not isinstance(feats, (set, frozenset)):
            feats = set(feats)  # a feature counts once (and the field widths rely on it)
        return sum(map(self._packed.get, feats, repeat(0)))

    def union_total(self, parts: list[set[str]], totals: list[int]) -> int:
        """``total(set().union(*parts))`` from each part's own total (*totals*): a feature that
        several parts hold is taken back out of all but the first. Only the shared features are
        looked up again, not the whole union."""
        if not parts:
            return 0
        total = sum(totals)
        seen = set(parts[0])
        get = self._packed.get
        for part in parts[1:]:
            shared = part & seen
            if shared:
                total -= sum(map(get, shared, repeat(0)))
            seen |= part
        return total

    def total_logits(self, total: int) -> list[float]:
        """The logits of a clause whose features sum to *total*."""
        if not total:
            return [b + 0.0 for b in self.bias]
        count, square, *sums = self._fields.unpack(total.to_bytes(self._fields.size, "little"))
        base = count * self._offset
        divisor = self.scale
        if self.tfidf and square:  # tf-idf rows are l2-normalised over the known features
            divisor *= math.sqrt(square / 1e6)
        return [b + (s - base) / divisor for b, s in zip(self.bias, sums, strict=True)]

    def margins(self, text: str) -> dict[str, float]:
        """Logit minus the topic's cutoff: positive means the topic is predicted."""
        return self.feature_margins(self.features(text))

    def feature_margins(self, feats: Iterable[str]) -> dict[str, float]:
        return self.total_margins(self.total(feats))

    def total_margins(self, total: int) -> dict[str, float]:
        """``logit - cutoff`` per topic (the same float operations as ``total_logits``, in one
        pass)."""
        if not total:
            return {t: (b + 0.0) - c for t, b, c in zip(self.topics, self.bias, self.cutoffs, strict=False)}
        count, square, *sums = self._fields.unpack(total.to_bytes(self._fields.size, "little"))
        base = count * self._offset
        divisor = self.scale
        if self.tfidf and square:
            divisor *= math.sqrt(square / 1e6)
        return {t: (b + (s - base) / divisor) - c
                for t, b, s, c in zip(self.topics, self.bias, sums, self.cutoffs, strict=False)}

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
import struct
from collections.abc import Iterable, Mapping
from itertools import repeat
from pathlib import Path

from .features import features
from .word_clusters import read_clusters

RIGHTS_CHOICE = "rights_choice"
# topics learned over the union of two clause topics' labels; read over whole paragraphs only
JOINT_TOPICS = {"collection_or_use": ("collection", "use")}
_FIELD = 64  # bits per packed field (see ``TopicModel._pack``)
_OFFSET = 1 << 32  # far above any weight, so a field never goes negative; 2M-char input: < 2^56


class TopicModel:
    """One language's logistic models, loaded once."""

    def __init__(self, data: dict[str, object],
                 clusters: Mapping[str, str] | None = None) -> None:
        if data.get("clusters") and clusters is None:
            raise ValueError(f"the {data['lang']} topic model needs its word clusters "
                             f"({data['clusters']})")
        self.clusters = clusters
        self.lang = str(data["lang"])
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
        self._packed = self._pack(data["weights"], idf)  # type: ignore[arg-type]
        # a clause's sum read back as its fields at once: count, idf², one per topic
        self._fields = struct.Struct(f"<{len(self.bias) + 2}Q")

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        name = data.get("clusters")
        return cls(data, read_clusters(path.parent / name) if name else None)

    def features(self, text: str) -> set[str]:
        """The features of *text* as this model was trained on them."""
        return features(text, self.lang, self.clusters)

    def _pack(self, raw: dict[str, list[int]], idf: dict[str, float]) -> dict[str, int]:
        """Each feature as one integer holding all it adds to a clause, in 64-bit fields: a
        count (1), its idf² in millionths (idf has three decimals, so this is exact) and, per
        topic, its integer weight plus ``_OFFSET`` (so fields never go negative). The sum of a
        clause's integers, one C-level ``sum``, is then every column sum at once, exactly.
        (A weight is added as ``w << shift``: for a negative w that is the same integer sum.)"""
        shifts = [_FIELD * (k + 2) for k in range(len(self.bias))]
        base = 1 + sum(_OFFSET << shift for shift in shifts)
        packed = {feat: base + (round(value * 1000) ** 2 << _FIELD) for feat, value in idf.items()}
        for feat, pairs in raw.items():
            value = packed.get(feat, base)
            for i in range(0, len(pairs), 2):
                value += pairs[i + 1] << shifts[pairs[i]]
            packed[feat] = value
        return packed

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
        base = count * _OFFSET
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
        logits = self.total_logits(total)
        return {t: s - c for t, s, c in zip(self.topics, logits, self.cutoffs, strict=False)}

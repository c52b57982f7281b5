"""Run-time side of the shipped clause-topic models (see ``training.py``): pure Python, no numpy.

A model is a vocabulary of features, each with sparse (topic, weight) pairs, a bias and a decision
threshold per topic. Scoring one clause is one dict lookup per feature.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable
from functools import reduce
from operator import add
from pathlib import Path

from .features import features

RIGHTS_CHOICE = "rights_choice"


class TopicModel:
    """One language's logistic models, loaded once."""

    def __init__(self, data: dict[str, object]) -> None:
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
        raw: dict[str, list[int]] = data["weights"]  # type: ignore[assignment]
        # one lookup per feature: (idf, ((topic, weight), ...)); idf 0.0 for binary models
        self.table: dict[str, tuple[float, tuple[tuple[int, float], ...]]] = {
            feat: (idf.get(feat, 0.0), ()) for feat in idf
        }
        for feat, pairs in raw.items():
            self.table[feat] = (
                idf.get(feat, 0.0),
                tuple((pairs[i], pairs[i + 1] / scale) for i in range(0, len(pairs), 2)),
            )
        self._rows = self._dense_rows()

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return cls(json.load(fh))

    def _dense_rows(self) -> dict[str, tuple[float, ...]] | None:
        """Per feature (idf², weight per topic…), zeros where a topic has no weight; None when a
        feature repeats a topic (then only the sparse loop adds in exactly the trained order)."""
        width = len(self.bias)
        rows: dict[str, tuple[float, ...]] = {}
        for feat, (idf, pairs) in self.table.items():
            row = [0.0] * (width + 1)
            row[0] = idf * idf
            for ti, w in pairs:
                if row[ti + 1] != 0.0:
                    return None
                row[ti + 1] = w
            rows[feat] = tuple(row)
        return rows

    def logits(self, text: str) -> list[float]:
        return self.feature_logits(features(text, self.lang))

    def feature_logits(self, feats: Iterable[str]) -> list[float]:
        """Logits of a clause given its features (``features.features``), so a caller that
        needs the features again (a paragraph is the union of its sentences') computes them once."""
        # Column sums over the clause's known features: the same additions in the same order as
        # a per-pair loop (adding 0.0 is exact), done by C-level reduce instead of Python bytecode.
        if self._rows is None:
            return self._sparse_logits(feats)
        get = self._rows.get
        found = [row for row in map(get, feats) if row is not None]
        if not found:
            return [b + 0.0 for b in self.bias]
        columns = zip(*found, strict=True)
        square = reduce(add, next(columns), 0.0)
        sums = [reduce(add, column, 0.0) for column in columns]
        if self.tfidf and square:  # tf-idf rows are l2-normalised over the known features
            norm = math.sqrt(square)
            return [b + s / norm for b, s in zip(self.bias, sums, strict=True)]
        return [b + s for b, s in zip(self.bias, sums, strict=True)]

    def _sparse_logits(self, feats: Iterable[str]) -> list[float]:
        sums = [0.0] * len(self.bias)
        get = self.table.get
        square = 0.0
        for feat in feats:
            entry = get(feat)
            if entry is not None:
                idf, pairs = entry
                square += idf * idf
                for ti, w in pairs:
                    sums[ti] += w
        if self.tfidf and square:
            norm = math.sqrt(square)
            return [b + s / norm for b, s in zip(self.bias, sums, strict=True)]
        return [b + s for b, s in zip(self.bias, sums, strict=True)]

    def margins(self, text: str) -> dict[str, float]:
        """Logit minus the topic's cutoff: positive means the topic is predicted."""
        return self.feature_margins(features(text, self.lang))

    def feature_margins(self, feats: Iterable[str]) -> dict[str, float]:
        logits = self.feature_logits(feats)
        return {t: s - c for t, s, c in zip(self.topics, logits, self.cutoffs, strict=False)}

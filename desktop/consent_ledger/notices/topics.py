"""Run-time side of the shipped clause-topic models (see ``training.py``): pure Python, no numpy.

A model is a vocabulary of features, each with sparse (topic, weight) pairs, a bias and a decision
threshold per topic. Scoring one clause is one dict lookup per feature.
"""

from __future__ import annotations

import gzip
import json
import math
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
        idf = data.get("idf")
        self.idf: dict[str, float] | None = dict(idf) if isinstance(idf, dict) else None
        raw: dict[str, list[int]] = data["weights"]  # type: ignore[assignment]
        self.weights: dict[str, tuple[tuple[int, float], ...]] = {
            feat: tuple((pairs[i], pairs[i + 1] / scale) for i in range(0, len(pairs), 2))
            for feat, pairs in raw.items()
        }

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return cls(json.load(fh))

    def logits(self, text: str) -> list[float]:
        sums = [0.0] * len(self.bias)
        get = self.weights.get
        feats = features(text, self.lang)
        for feat in feats:
            pairs = get(feat)
            if pairs:
                for ti, w in pairs:
                    sums[ti] += w
        if self.idf is not None:  # tf-idf rows are l2-normalised over the known features
            idf = self.idf
            norm = math.sqrt(sum(idf[f] ** 2 for f in feats if f in idf))
            if norm:
                sums = [s / norm for s in sums]
        return [b + s for b, s in zip(self.bias, sums, strict=True)]

    def margins(self, text: str) -> dict[str, float]:
        """Logit minus the topic's cutoff: positive means the topic is predicted."""
        return {t: s - c for t, s, c in zip(self.topics, self.logits(text), self.cutoffs, strict=False)}

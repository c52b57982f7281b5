"""Clause diff speed on long notices, and fetch throughput over loopback (gzip, near the cap).

Run: python -m tests.benchmarks.bench_notice_diff   (prints figures; asserts nothing)
"""

from __future__ import annotations

import gzip
import random
import time
from typing import Any

from consent_ledger.core.notice_diff import clauses_of, diff_clauses

WORDS = ("we collect use share store your personal information data account phone device "
         "location model training retention days months third parties rights delete access "
         "consent withdraw security processing purpose service").split()


def notice(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 30))) + "." for _ in range(n)]


def analysed(sentences: list[str]) -> tuple[str, dict[str, Any]]:
    parts, clauses, pos = [], [], 0
    for i, s in enumerate(sentences):
        clauses.append({"id": i, "start": pos, "end": pos + len(s), "topics": []})
        parts.append(s + "\n")
        pos += len(s) + 1
    return "".join(parts), {"clauses": clauses}


def bench_diff(n: int, edit_share: float) -> None:
    old = notice(n, 1)
    rnd = random.Random(2)
    new = list(old)
    for _ in range(int(n * edit_share)):
        i = rnd.randrange(len(new))
        action = rnd.random()
        if action < 0.4:
            new[i] = new[i].replace(" data ", " information ", 1) + " Updated."
        elif action < 0.7:
            new.insert(i, notice(1, rnd.randrange(10**6))[0])
        else:
            del new[i]
    old_text, old_a = analysed(old)
    new_text, new_a = analysed(new)
    started = time.perf_counter()
    result = diff_clauses(clauses_of(old_text, old_a), clauses_of(new_text, new_a))
    elapsed = time.perf_counter() - started
    chars = len(old_text) + len(new_text)
    print(f"diff {n:>6} clauses, {edit_share:.0%} edited: {elapsed * 1000:8.1f} ms, "
          f"{chars / elapsed / 1e6:6.2f} M chars/s, counts {result.counts()}")


def bench_fetch() -> None:
    from consent_ledger.notices.fetch import HttpFetcher
    from tests.integration.notices.loopback import LoopbackServer

    sentences = notice(60_000, 3)
    text = "\n".join(sentences).encode()
    html = ("<html><body><main>" + "".join(f"<p>{s}</p>" for s in sentences)
            + "</main></body></html>").encode()
    packed = gzip.compress(text)
    srv = LoopbackServer().start()
    srv.routes["/plain"] = lambda h: h.send_body(200, text, "text/plain; charset=utf-8")
    srv.routes["/gz"] = lambda h: h.send_body(200, packed, "text/plain; charset=utf-8",
                                              {"Content-Encoding": "gzip"})
    srv.routes["/html"] = lambda h: h.send_body(200, html, "text/html; charset=utf-8")
    sizes = {"/plain": len(text), "/gz": len(packed), "/html": len(html)}
    fetcher = HttpFetcher("ConsentLedger/bench")
    try:
        for path in ("/plain", "/gz", "/html"):
            started = time.perf_counter()
            doc = fetcher.fetch(srv.url(path))
            elapsed = time.perf_counter() - started
            print(f"fetch {path:<6} {sizes[path] / 1e6:5.2f} MB on the wire: "
                  f"{elapsed * 1000:7.1f} ms incl. extraction -> {len(doc.text) / 1e6:.2f} M chars")
    finally:
        srv.stop()


if __name__ == "__main__":
    for n, share in ((500, 0.05), (5_000, 0.05), (20_000, 0.02), (20_000, 0.3)):
        bench_diff(n, share)
    bench_fetch()

"""Evidence-bundle cost with and without the letters' PDFs: a Chinese delete request with three
events (sent; acknowledged with an attachment; reminded, which keeps a reminder letter), in a
temporary passphrase vault. Times the whole ``request bundle`` command in-process (vault open,
gathering, rendering, zipping, atomic write) and the PDF rendering alone. Prints figures; asserts
nothing about time.

    python tests/benchmarks/bench_bundle.py [--runs 7]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

from consent_ledger.app import Settings, Wiring, run_cli  # noqa: E402
from consent_ledger.letters import bundle  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        base = Path(tmp)
        os.environ.update({"CONSENT_LEDGER_PASSPHRASE": "bench passphrase",
                           "CONSENT_LEDGER_KEY_SOURCE": "passphrase",
                           "CONSENT_LEDGER_LANG": "en"})
        data = base / "data"
        reply = base / "reply.png"
        reply.write_bytes(b"\x89PNG" + bytes(range(256)) * 40)

        def cli(*argv: str) -> None:
            out, err = io.StringIO(), io.StringIO()
            code = run_cli(["--data-dir", str(data), *argv], out=out, err=err)
            if code != 0:
                raise SystemExit(f"{argv}: {err.getvalue()}")

        cli("init")
        cli("service", "add", "--name", "DeepSeek", "--provider",
            "杭州深度求索人工智能基础技术研究有限公司", "--email", "privacy@ds.example")
        cli("request", "new", "DeepSeek", "--type", "delete", "--lang", "zh",
            "--trigger", "purpose", "--name", "张三")
        cli("request", "event", "1", "--kind", "sent", "--date", "2026-09-01")
        cli("request", "event", "1", "--kind", "acknowledged", "--date", "2026-09-03",
            "--attach", str(reply))
        cli("request", "event", "1", "--kind", "reminded", "--date", "2026-10-20")

        figures: dict[str, list[float]] = {"with PDF": [], "--no-pdf": []}
        cli("request", "bundle", "1", "-o", str(base / "warm.zip"))  # Qt start-up, fonts
        for run in range(args.runs):
            for label, extra in (("with PDF", ()), ("--no-pdf", ("--no-pdf",))):
                dest = base / f"{run}-{len(extra)}.zip"
                start = time.perf_counter()
                cli("request", "bundle", "1", "-o", str(dest), *extra)
                figures[label].append(time.perf_counter() - start)
                if bundle.verify(dest):
                    raise SystemExit(f"{dest} does not verify")

        wiring = Wiring(Settings(data_dir=data, key_source="passphrase", lang="en"))
        ledger = wiring.open_ledger("bench passphrase")
        try:
            dossier = ledger.requests.dossier(1)
        finally:
            ledger.close()
        outputs = wiring.letter_outputs(pdf=True)
        render: list[float] = []
        for _ in range(args.runs):
            start = time.perf_counter()
            pdfs = bundle.render_pdfs(dossier, lambda letter: outputs.pdf_bytes(letter, base))
            render.append(time.perf_counter() - start)

        with zipfile.ZipFile(base / "0-0.zip") as archive:
            sizes = {i.filename: i.file_size for i in archive.infolist()
                     if i.filename.endswith(".pdf")}
        print(f"request bundle, 3 events, {args.runs} runs after one warm-up (median / min):")
        for label, times in figures.items():
            print(f"  {label:<9} {statistics.median(times) * 1000:7.1f} ms / "
                  f"{min(times) * 1000:7.1f} ms")
        extra = statistics.median(figures["with PDF"]) - statistics.median(figures["--no-pdf"])
        print(f"  PDFs add {extra * 1000:.1f} ms to the command (median difference)")
        print(f"render_pdfs alone ({len(pdfs)} letters): "
              f"{statistics.median(render) * 1000:.1f} ms median, "
              f"{statistics.median(render) * 1000 / len(pdfs):.1f} ms per letter")
        for name, size in sizes.items():
            print(f"  {name}: {size / 1024:.1f} KiB")
        print(f"bundle sizes: with PDF {(base / '0-0.zip').stat().st_size / 1024:.1f} KiB, "
              f"--no-pdf {(base / '0-1.zip').stat().st_size / 1024:.1f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

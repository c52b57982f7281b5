"""Do the document terms hold when a notice comes in another format? (printed, not asserted)

    python tests/benchmarks/bench_formats.py [--notices ../shared/corpora/dev/ai-notices] [--show]

Each annotated notice of the folder (Markdown, with its gold facts in <name>.json, as
``../shared/corpora/score.py facts`` reads them) is rendered five ways and read back through the
app's own reader (``FileReader``), then analysed:

- ``md``: as it is;
- ``plain``: the Markdown marks taken out (headings, bold, links; table cells a tab apart, as a
  table copied from a web page);
- ``wrapped``: that plain text hard-wrapped at 78 columns (table cells a few spaces apart), as a
  .txt or a PDF's text layer has it;
- ``html``: an HTML page (navigation, script and footer around the notice; headings, lists,
  tables and paragraphs as elements);
- ``pdf``: that page printed to PDF by the app's PDF renderer (Qt) — skipped when Qt cannot
  start.

It prints, per format, the scalar fields right and the precision and recall of the set fields
against the gold facts, the way the scorer counts them; ``--show`` lists every difference. The
Markdown figures are the scorer's own; the others show what a change of format costs.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "desktop") not in sys.path:  # this checkout's package (see bench_analysis.py)
    sys.path.insert(0, str(ROOT / "desktop"))

from consent_ledger.notices.analyser import Analyser  # noqa: E402
from consent_ledger.notices.extract import FileReader  # noqa: E402
from consent_ledger.paths import resources_dir  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SEPARATOR = re.compile(r"\|?[\s:|-]+\|?")
_ITEM = re.compile(r"(?:[-*+]|\d+[.)])\s+(.*)")


def scorer() -> ModuleType:
    """The corpora's scorer (``score.py``): its reading of an analysis into facts."""
    spec = importlib.util.spec_from_file_location("score", CORPORA / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {CORPORA / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plain(markdown: str) -> str:
    out = []
    for line in markdown.splitlines():
        s = line.strip()
        if "-" in s and _SEPARATOR.fullmatch(s):
            continue
        if s.startswith("|"):
            s = "\t".join(cell.strip() for cell in s.strip("|").split("|"))
        else:
            s = re.sub(r"^#+\s*", "", s)
        out.append(_LINK.sub(r"\1", s).replace("**", "").replace("__", ""))
    return "\n".join(out)


def wrapped(markdown: str) -> str:
    paragraphs = re.split(r"\n\s*\n", plain(markdown))
    return "\n\n".join("\n".join(textwrap.fill(line, 78) for line in p.splitlines())
                       for p in paragraphs)


def _inline(s: str) -> str:
    s = html.escape(s, quote=False)
    s = _LINK.sub(lambda m: f'<a href="#">{m.group(1)}</a>', s)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def page(markdown: str) -> str:
    """The notice as an HTML page: headings, lists, tables, paragraphs, page furniture around."""
    out: list[str] = []
    para: list[str] = []
    block = ""  # the open list or table element

    def close(keep: str = "") -> None:
        nonlocal block
        if para:
            out.append("<p>" + " ".join(map(_inline, para)).replace("\n", "<br>") + "</p>")
            para.clear()
        if block and block != keep:
            out.append(f"</{block}>")
            block = ""

    def open_block(name: str) -> None:
        nonlocal block
        close(keep=name)
        if block != name:
            out.append(f"<{name}>")
            block = name

    for line in markdown.splitlines():
        s = line.strip()
        heading = re.match(r"(#+)\s*(.*)", s)
        item = _ITEM.match(s)
        if not s:
            close()
        elif heading:
            close()
            level = min(6, len(heading.group(1)))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif s.startswith("|"):
            if not _SEPARATOR.fullmatch(s):
                open_block("table")
                cells = "".join(f"<td>{_inline(c.strip())}</td>" for c in s.strip("|").split("|"))
                out.append(f"<tr>{cells}</tr>")
        elif item:
            open_block("ol" if s[0].isdigit() else "ul")
            out.append(f"<li>{_inline(item.group(1))}</li>")
        else:
            if block:
                close()
            para.append(s + ("\n" if line.endswith("  ") else ""))  # (a hard line break)
    close()
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Privacy</title>"
            "<script>var tracking = 1;</script></head><body><nav><a href='/'>Home</a> "
            "<a href='/pricing'>Pricing</a></nav><main><article>" + "\n".join(out)
            + "</article></main><footer><p>© 2026 All rights reserved.</p></footer></body></html>")


def pdf_writer() -> Callable[[str, Path], None] | None:
    """The app's HTML-to-PDF renderer, or None when Qt cannot start here."""
    try:
        from consent_ledger.ui.pdf import html_to_pdf

        def write(markdown: str, path: Path) -> None:
            html_to_pdf(page(markdown), path)
    except ImportError:
        return None
    return write


def formats() -> dict[str, tuple[str, Callable[[str, Path], None]]]:
    def text(render: Callable[[str], str]) -> Callable[[str, Path], None]:
        return lambda markdown, path: path.write_text(render(markdown), encoding="utf-8")

    out = {"md": (".md", text(lambda m: m)), "plain": (".txt", text(plain)),
           "wrapped": (".txt", text(wrapped)), "html": (".html", text(page))}
    writer = pdf_writer()
    if writer is not None:
        out["pdf"] = (".pdf", writer)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--notices", type=Path, default=CORPORA / "dev" / "ai-notices")
    ap.add_argument("--show", action="store_true", help="list every difference from the gold")
    a = ap.parse_args()
    score = scorer()
    golds = sorted(a.notices.glob("*.json"))
    if not golds:
        raise SystemExit(f"no annotated notices (*.json beside their text) in {a.notices}")
    analyser = Analyser(resources_dir())
    reader = FileReader()
    with tempfile.TemporaryDirectory() as tmp:
        for name, (suffix, write) in formats().items():
            right = scalars = tp = fp = fn = 0
            shown: list[str] = []
            for gold_path in golds:
                path = Path(tmp) / f"{gold_path.stem}.{name}{suffix}"
                write((a.notices / f"{gold_path.stem}.md").read_text(encoding="utf-8"), path)
                got = score.facts_of(analyser.analyse(reader.read_file(str(path)).text))
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                for key in score.SCALARS:
                    if key == "minimum_age" and gold.get(key) is None:
                        continue
                    scalars += 1
                    right += got.get(key) == gold.get(key)
                    if got.get(key) != gold.get(key):
                        shown.append(f"{gold_path.stem}: {key} gold={gold.get(key)!r} "
                                     f"got={got.get(key)!r}")
                for key in score.SETS:
                    want = set(gold.get(key, []))
                    if key == "handler_emails":
                        want = {e.lower() for e in want}
                    have = got.get(key, set())
                    tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
                    if want != have:
                        shown.append(f"{gold_path.stem}: {key} missed={sorted(want - have)} "
                                     f"false={sorted(have - want)}")
            print(f"{name:<8} scalar fields right {right}/{scalars}   set fields P "
                  f"{tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}")
            if a.show:
                for line in shown:
                    print("    " + line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()

"""Speed of the CalHR importer: ``uv run python -m tests.bench.calhr`` prints the corpus parse time against its target.

Target (issue 7): parsing the whole corpus (../shared/corpus/calhr) with parse_calhr takes well under 2× a bare
html.parser pass over the same texts, measured turn about in the same run. Exits non-zero when the ratio is 2 or
more with ``--strict``; otherwise it only prints. Also prints the time of html_blocks alone (the one parser pass).
"""

from __future__ import annotations

import statistics
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats.calhr import parse_calhr
from desktop_app.core.formats.html_blocks import html_blocks

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "calhr"
RATIO = 2.0
REPEATS = 7


def _bare(texts: list[str]) -> None:
    for text in texts:
        parser = HTMLParser(convert_charrefs=True)
        parser.feed(text)
        parser.close()


def _blocks(texts: list[str]) -> None:
    for text in texts:
        html_blocks(text)


def _parse(texts: list[str]) -> None:
    for text in texts:
        try:
            parse_calhr(text)
        except DocumentError:
            pass


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"CalHR corpus not found at {CORPUS}; nothing to measure")
        return 0
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.html"))]
    runs: dict[str, list[float]] = {"bare": [], "blocks": [], "parse": []}
    ratios = []
    _parse(texts)  # warm the regex and heading caches
    for _ in range(REPEATS):
        # Turn about, CPU time: a busy moment of the machine weighs on all three alike.
        for name, run in (("bare", _bare), ("blocks", _blocks), ("parse", _parse)):
            start = time.process_time()
            run(texts)
            runs[name].append(time.process_time() - start)
        ratios.append(runs["parse"][-1] / runs["bare"][-1])
    bare, blocks, parse = (statistics.median(runs[n]) for n in ("bare", "blocks", "parse"))
    ratio = statistics.median(ratios)
    print(f"{len(texts)} pages, {sum(map(len, texts)) / 1e6:.1f} MB, medians of {REPEATS}:")
    print(f"  bare html.parser pass  {bare:6.3f} s")
    print(f"  html_blocks            {blocks:6.3f} s  ({blocks / bare:.2f}×)")
    print(f"  parse_calhr            {parse:6.3f} s  ({ratio:.2f}× bare, best {min(ratios):.2f}×; target < {RATIO}×)")
    if ratio >= RATIO and "--strict" in argv:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Speed of the heading-driven importer: ``uv run python -m tests.bench.generic`` reads the City of Eastvale's
105 specs (../shared/corpus/neogov-eastvale) as an import does, bytes to classes.

Target (issue 16): the whole folder in at most 1 s. Also prints, measured turn about in the same run, a bare
pass over the same texts (decoding and cutting them into lines), the floor any reader pays. Exits non-zero
when the target is missed with ``--strict``; otherwise it only prints.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import parse_document
from desktop_app.core.formats.text_input import clean_lines, decode
from desktop_app.core.jurisdictions import Jurisdictions

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "neogov-eastvale"
TARGET = 1.0
REPEATS = 7
EASTVALE = Jurisdictions(default=Jurisdictions().named("City of Eastvale"))


def _bare(files: list[tuple[str, bytes]]) -> None:
    for _name, data in files:
        clean_lines(decode(data))


def _parse(files: list[tuple[str, bytes]]) -> int:
    imported = 0
    for name, data in files:
        try:
            imported += len(parse_document(data, name, EASTVALE).classes)
        except DocumentError:
            pass
    return imported


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"Eastvale corpus not found at {CORPUS}; nothing to measure")
        return 0
    files = [(p.name, p.read_bytes()) for p in sorted(CORPUS.glob("*.txt"))]
    classes = _parse(files)  # warm the regular expressions and the heading cache
    runs: dict[str, list[float]] = {"bare": [], "parse": []}
    for _ in range(REPEATS):
        for name, run in (("bare", _bare), ("parse", _parse)):
            start = time.process_time()
            run(files)
            runs[name].append(time.process_time() - start)
    bare, parse = (statistics.median(runs[n]) for n in ("bare", "parse"))
    print(f"{len(files)} specs, {sum(len(d) for _, d in files) / 1e6:.2f} MB, {classes} classes, medians of {REPEATS}:")
    print(f"  decode and cut into lines  {bare * 1000:7.1f} ms")
    print(f"  parse (generic importer)   {parse * 1000:7.1f} ms  ({parse / bare:.1f}× the bare pass; "
          f"slowest {max(runs['parse']) * 1000:.1f} ms; target ≤ {TARGET:.0f} s)")
    if parse > TARGET and "--strict" in argv:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

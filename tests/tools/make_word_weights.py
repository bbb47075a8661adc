"""Make resources/word_weights.tsv: how many class specs use each word stem, over the CalHR corpus and the seed.

The comparison weighs a word by how rare it is among class specs (meaning.py); this table is the background
every library starts from, so that two or three classes are weighed as the kind of text they are.
Run: uv run python -m tests.tools.make_word_weights [CORPUS_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.core.compare.meaning import spec_documents
from desktop_app.core.errors import DocumentError
from desktop_app.core.formats import parse_document
from tests.conftest import CORPUS, ROOT, SEED

OUT = ROOT / "resources" / "word_weights.tsv"
# Stems used by fewer specs than this are left out: an unlisted stem counts as the rarest.
MIN_SPECS = 3


def specs_of(paths):
    seen = set()
    for path in paths:
        try:
            document = parse_document(path.read_bytes(), str(path))
        except DocumentError:
            continue
        for spec in document.classes:
            if spec.key in seen or spec.abolished and not spec.sections:
                continue
            seen.add(spec.key)
            yield [item.text for section in spec.sections for item in section.items]


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    paths = [SEED, *sorted(corpus.glob("*.html"))]
    counts, documents = spec_documents(specs_of(paths))
    lines = [f"#specs\t{documents}"]
    lines += [f"{stem}\t{n}" for stem, n in sorted(counts.items()) if n >= MIN_SPECS]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 1} stems over {documents} class specs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

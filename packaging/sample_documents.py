"""For the bundle's checks: a PDF and a Word copy of the bundled spec, and an empty library to import them into.

Usage: `uv run python packaging/sample_documents.py FOLDER LIBRARY` (FOLDER must not exist yet). The PDF is
printed as users get them (tests/printed.py); on Windows run it with QT_QPA_PLATFORM=windows, since the
offscreen platform has no fonts there.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.store.library import Library  # noqa: E402
from tests.printed import docx_of_lines, printed_pdf  # noqa: E402

SPEC = ROOT / "resources" / "specs" / "6525-benefits-management.txt"


def main(folder: str, library: str) -> int:
    documents = Path(folder)
    documents.mkdir(parents=True)
    text = SPEC.read_text(encoding="utf-8")
    (documents / "6525.pdf").write_bytes(printed_pdf(text))
    (documents / "6525.docx").write_bytes(docx_of_lines(text.split("\n")))
    # An existing library is not filled with the bundled specs, so the .docx is "imported", the .pdf "unchanged".
    Library(library).close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

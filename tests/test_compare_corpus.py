"""The engine on the real California corpus: every series page compares cleanly, and the ladder mostly agrees
with the order the State Personnel Board printed the levels in."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the CalHR corpus is not at {CORPUS}")]


@pytest.fixture(scope="module")
def series_pages():
    from desktop_app.core.errors import DocumentError
    from desktop_app.core.formats.calhr import parse_calhr

    pages = []
    for path in sorted(CORPUS.glob("*.html")):
        try:
            document = parse_calhr(path.read_text(encoding="utf-8", errors="replace"), str(path))
        except DocumentError:
            continue
        if len(document.classes) >= 3:
            pages.append((path.name, document.classes))
    return pages


def test_every_series_page_compares_and_reassembles(series_pages):
    from desktop_app.core.compare import MAX_CLASSES, base_text, cell_text, compare, ladder

    assert len(series_pages) > 300
    for name, classes in series_pages:
        levels = ladder(classes)[:MAX_CLASSES]
        comparison = compare(levels)
        for section in comparison.sections:
            for row in section.rows:
                for k, cell in enumerate(row.cells):
                    if cell.text is None:
                        assert cell.segments == (), name
                        continue
                    assert cell_text(cell.segments) == cell.text, name
                    previous = row.cells[k - 1].text if k else None
                    if previous is not None:
                        assert base_text(cell.segments) == previous, name


def test_the_ladder_mostly_follows_the_printed_order_and_never_the_input_order(series_pages):
    from desktop_app.core.compare import ladder

    agree = 0
    for _name, classes in series_pages:
        forward = [spec.number for spec in ladder(classes)]
        assert [spec.number for spec in ladder(reversed(classes))] == forward
        agree += forward == [spec.number for spec in classes]
    # 290 of 336 on the 2016 pages; the rest are options of one level, or levels no text tells apart.
    assert agree >= 0.8 * len(series_pages)

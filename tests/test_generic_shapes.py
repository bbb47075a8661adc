"""The same Eastvale spec as page text, as the page a browser saves, printed to PDF, and as a Word document
with a table of fields: the same class, section for section. The fixtures are made by
tests/fixtures/neogov/make_fixtures.py."""

from __future__ import annotations

import pytest

from desktop_app.core.formats import parse_document
from desktop_app.core.jurisdictions import Jurisdictions
from tests.conftest import FIXTURES

NEOGOV = FIXTURES / "neogov"


def read(name: str):
    # No jurisdiction named: each shape says it is the City of Eastvale's.
    document = parse_document((NEOGOV / name).read_bytes(), name, Jurisdictions())
    (spec,) = document.classes
    return document, spec


def sections(spec) -> list[tuple]:
    return [(s.kind, s.heading, s.note, tuple(i.text for i in s.items)) for s in spec.sections]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("management-analyst.html", "generic"), ("management-analyst.pdf", "generic (pdf)"),
     ("Management Analyst.docx", "generic (docx)")],
)
def test_every_shape_gives_the_same_class(name, fmt):
    _, text = read("00003-management-analyst.txt")
    document, spec = read(name)
    assert document.format == fmt
    # None of the three file names holds the code: it comes from the page's or the table's "Class Code".
    assert (spec.key, spec.title, spec.series.code) == ("EASTVALE:00003", "Management Analyst", "Management Analyst")
    assert document.jurisdiction.name == "City of Eastvale"
    assert sections(spec) == sections(text)


def test_the_saved_pages_navigation_salary_and_footer_stay_out():
    _, spec = read("management-analyst.html")
    words = " ".join(i.text for s in spec.sections for i in s.items)
    for furniture in ("Sign In", "Class Specifications", "$83,864.52", "Powered by NEOGOV", "equal opportunity"):
        assert furniture not in words


def test_text_hard_wrapped_at_78_columns_reads_the_same():
    import textwrap

    from desktop_app.core.formats import parse_text

    original = (NEOGOV / "00003-management-analyst.txt").read_text(encoding="utf-8")
    wrapped = "\n".join(line for paragraph in original.splitlines() for line in textwrap.wrap(paragraph, 78) or [""])
    assert max(len(line) for line in wrapped.splitlines()) <= 78
    (spec,) = parse_text(wrapped, "00003-management-analyst.txt", Jurisdictions()).classes
    _, text = read("00003-management-analyst.txt")
    assert sections(spec) == sections(text)


def test_a_page_whose_title_is_an_h2_under_its_navigation():
    from desktop_app.core.formats import parse_text

    page = (
        "<html><head><title>Management Analyst | Class Specifications</title></head><body>"
        "<nav><ul><li><a>Home</a></li><li><a>Jobs</a></li><li>Sign In</li></ul></nav>"
        "<ul class='breadcrumb'><li>Home</li><li>Class Specifications</li></ul>"
        "<h2 class='entity-title'>Management Analyst</h2>"
        "<div><span class='term-title'>Class Code:</span> <span>00003</span></div>"
        "<div><span class='term-title'>Salary:</span> <span>$83,864.52 - $104,735.28 Annually</span></div>"
        "<p><b>DEFINITION</b></p><p>Under general supervision, performs analytical work.</p>"
        "<p><b>ESSENTIAL FUNCTIONS</b></p><ol><li>Assists with projects.</li><li>Prepares reports.</li></ol>"
        "<p><b>MINIMUM QUALIFICATIONS</b></p><p>Two years of experience.</p>"
        "<p><b>KNOWLEDGE, SKILLS, AND ABILITIES</b></p><p>Knowledge of: budgeting; research.</p>"
        "<footer><p>City of Eastvale employees are disaster service workers.</p><p>Powered by NEOGOV</p></footer>"
        "</body></html>"
    )
    (spec,) = parse_text(page, "", Jurisdictions(default=Jurisdictions().named("Eastvale"))).classes
    assert (spec.key, spec.title) == ("EASTVALE:00003", "Management Analyst")
    assert [(s.kind, s.heading, [i.text for i in s.items]) for s in spec.sections] == [
        ("concept", "Definition", ["Under general supervision, performs analytical work."]),
        ("duties", "Essential Functions", ["Assists with projects.", "Prepares reports."]),
        ("qualifications", "Minimum Qualifications", ["Two years of experience."]),
        ("knowledge", "Knowledge of", ["budgeting", "research"]),
    ]

"""CalHR pages the printed page or a typing error broke: a footnote inside Definition of Levels, a page that
gives another class's code."""

from __future__ import annotations

from desktop_app.store.importing import import_paths
from tests.calhr_pages import FIXTURES, parse_fixture, texts


def test_a_footnote_inside_definition_of_levels_leaves_the_concept_whole():
    document = parse_fixture("0365.html")
    aide = document.classes[0]
    (concept,) = texts(aide, "concept", "Definition of Levels*")
    assert concept.startswith("Under close supervision, incumbents perform the less responsible and routine")
    assert concept.endswith(
        "environmental monitoring and pesticide use/management. This is the entry/training level in the series. "
        "Incumbents will develop the skills necessary to perform in the more complex and independent work "
        "environment of the Agricultural Technician I (Seasonal) classification."
    )
    assert texts(aide, "other", "Note") == [
        "* Additional information regarding functions performed, complexity factors, and scope of responsibility "
        "is contained in a separate document titled Allocation Guidelines."
    ]


def test_a_page_that_gives_another_class_code_is_the_class_of_its_own_page():
    document = parse_fixture("3662.html")
    (spec,) = document.classes
    assert (spec.key, spec.title) == ("CA:3662", "Control System Technician II")
    assert document.warnings == (
        "the page's 'Class Code:' line says 3661, but the page is 3662: imported as 3662 "
        "(Control System Technician II); check which code is right",
    )


def test_the_class_with_that_code_keeps_its_title_and_the_import_says_why(library, tmp_path):
    for name in ("3661.html", "3662.html"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    first, second = import_paths(library, [tmp_path])
    assert first.line() == f"{tmp_path}/3661.html: imported"
    assert second.line() == (
        f"{tmp_path}/3662.html: imported: the page's 'Class Code:' line says 3661, but the page is 3662: "
        "imported as 3662 (Control System Technician II); check which code is right"
    )
    assert [(e.number, e.title) for e in library.classes()] == [
        ("3661", "Control System Technician III"), ("3662", "Control System Technician II")]

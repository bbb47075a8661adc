"""What a new user sees importing the City of Eastvale's planners (../shared/corpus/neogov-eastvale): headings
one planning series, headings as the app writes headings, the last task of a semicolon list whole."""

from __future__ import annotations

import pytest

from desktop_app.core.formats import parse_document
from desktop_app.core.jurisdictions import Jurisdictions
from tests.conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "neogov-eastvale"
EASTVALE = Jurisdictions(default=Jurisdictions().named("City of Eastvale"))

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"Eastvale corpus not found at {CORPUS} (it lives in the shared folder beside the project)"
)


def planner(name: str):
    path = CORPUS / name
    (spec,) = parse_document(path.read_bytes(), path.name, EASTVALE).classes
    return spec


def test_headings_in_capitals_read_in_title_case():
    spec = planner("30003-senior-planner.txt")
    assert [s.heading for s in spec.sections] == [
        "Definition", "Distinguishing Characteristics", "Supervision Received and Exercised", "Essential Functions",
        "Experience, Training, and Licenses", "Knowledge of", "Ability to", "Special Requirements",
        "Physical and Mental Demands", "Working Conditions", "Disaster Service Worker",
    ]


def test_the_last_task_of_a_semicolon_list_reads_as_a_task():
    from desktop_app.core.compare import compare

    senior = planner("30003-senior-planner.txt")
    duty = next(i.text for i in senior.section("duties").items if "project schedules" in i.text)
    assert duty.endswith("oversees consultants' budgets; and establishes project schedules.")
    comparison = compare([planner("30004-associate-planner.txt"), senior])
    cells = [c.text for r in comparison.section("duties").rows for c in r.cells if c.text]
    assert "establishes project schedules." in cells
    assert "oversees consultants' budgets" in cells
    assert not [t for t in cells if t.startswith("and establishes")]


# Every series the folder's specs name, and its classes: "Planner" and "Planning" are one series, and no other
# two series become one.
SERIES = {
    "Accountant": ["21004a", "21005a", "21006a"],
    "Accounting Technician": ["21007", "21008"],
    "Administrative Specialist": ["00005", "00006"],
    "Building Inspector": ["31002a", "31003a", "31004a"],
    "Code Enforcement": ["33003", "33004", "33004 TEMP", "33004PT"],
    "Communications": ["26003"],
    "Community Enhancement": ["33005"],
    "Community Services": ["72005"],
    "Emergency Management": ["31103b"],
    "Human Resources/ Risk Management": ["22008"],
    "Human Resources/ Risk Management Analyst": ["22005"],
    "Landscape & Facilities Maintenance": ["29504"],
    "Management": ["00004a"],
    "Management Analyst": ["00002", "00003"],
    "Permit": ["31004b"],
    "Permit Technician": ["31002b", "31003b"],
    "Planning": ["30001", "30002", "30003", "30004", "30005", "30006"],
    "Professional Engineering": ["32002", "32003", "32005"],
    "Street Maintenance Worker": ["50006", "50007"],
    "Sub-Professional Engineering": ["32006"],
}


def test_the_planners_and_the_planning_technician_are_one_series():
    from desktop_app.core.errors import DocumentError

    found: dict[str, list[str]] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        try:
            (spec,) = parse_document(path.read_bytes(), path.name, EASTVALE).classes
        except DocumentError:
            continue
        if spec.series:
            found.setdefault(spec.series.code, []).append(spec.number)
    assert {name: sorted(numbers) for name, numbers in found.items()} == SERIES
    # "the Planner series" (City Planner, Principal Planner) is the series the others call "the Planning series".
    assert [planner(f"3000{n}-{t}.txt").series.code for n, t in (
        (1, "city-planner"), (2, "principal-planner"), (6, "planning-technician"))] == ["Planning"] * 3


def test_the_principal_planner_imported_with_the_other_planners_is_eastvales(library):
    from desktop_app.store.importing import import_paths

    files = sorted(CORPUS.glob("3000[1-6]-*.txt"))
    outcomes = import_paths(library, files)
    assert [o.status for o in outcomes] == ["imported"] * 6
    assert outcomes[-1].line() == (
        f"{CORPUS / '30002-principal-planner.txt'}: imported: it does not say which jurisdiction it is from: filed "
        "under City of Eastvale (EASTVALE), as the other 5 documents of its folder say"
    )
    assert [(e.jurisdiction, e.code, e.classes) for e in library.series_entries()] == [("EASTVALE", "Planning", 6)]
    assert sorted(e.key for e in library.classes()) == [f"EASTVALE:3000{n}" for n in range(1, 7)]
    # Alone, it is refused as before, naming itself.
    (alone,) = import_paths(library, [CORPUS / "30002-principal-planner.txt"])
    assert alone.line() == (
        f"{CORPUS / '30002-principal-planner.txt'}: failed: class 30002 (Principal Planner): the document does not "
        "say which jurisdiction it is from; import it with --jurisdiction NAME"
    )

"""What a new user sees importing the City of Eastvale's planners (../shared/corpus/neogov-eastvale): headings
as the app writes headings, the last task of a semicolon list whole."""

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

"""The fit of a position to the classes of a library: ranking, coverage, level cues, the classes always listed, the
JSON, the report; on a small library (the Ohio seed and the CalHR fixture pages)."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.fit.index import FitIndex, units_of
from desktop_app.core.fit.profile import class_profile
from desktop_app.core.fit.rank import fit
from desktop_app.core.formats import parse_document
from desktop_app.core.positions.parse import read_position
from desktop_app.core.reports.fit_report import FitReport, coverage_text
from desktop_app.core.reports.formats import report_format
from tests.conftest import FIXTURES, SEED

POSITIONS = FIXTURES / "positions"
PLACES = {"OH": "Ohio", "CA": "California"}


@pytest.fixture(scope="module")
def specs():
    found = list(parse_document(SEED.read_bytes(), str(SEED)).classes)
    for page in sorted((FIXTURES / "calhr").glob("*.html")):
        found += parse_document(page.read_bytes(), str(page)).classes
    return found


@pytest.fixture(scope="module")
def index(specs):
    return FitIndex.from_profiles([class_profile(s) for s in specs], units_of(specs))


def position(name: str):
    path = POSITIONS / name
    return read_position(path.read_bytes(), str(path))


@pytest.mark.parametrize("name, first", [
    ("pd-01-oh-benefits-rep-health.txt", "OH:65250"),
    ("pd-02-oh-benefits-analyst-health.docx", "OH:65251"),
    ("pd-04-oh-benefits-manager-disability.pdf", "OH:65255"),
])
def test_each_level_of_a_series_ranks_first_for_its_own_description(index, name, first):
    result = fit(position(name), index, top=3, place_names=PLACES)
    assert [c.key for c in result.candidates[:1]] == [first]
    assert result.order[0] == first
    assert len(result.order) == len(index)  # every class ranked (the fixtures have no abolished class)


def test_a_description_is_ranked_from_its_duties_when_it_names_no_class(index):
    # The Ohio analyst's duties, with the class it states removed: the duties still place it at the analyst level.
    from dataclasses import replace

    stated = position("pd-02-oh-benefits-analyst-health.docx")
    result = fit(replace(stated, current_class=""), index, top=3, place_names=PLACES)
    assert result.candidates[0].key == "OH:65251"
    assert result.candidates[0].named == ""
    assert result.current == ()


def test_a_candidate_says_which_duties_it_covers_and_which_it_does_not(index):
    pd = position("pd-01-oh-benefits-rep-health.txt")
    result = fit(pd, index, top=3, place_names=PLACES)
    rep = result.candidate("OH:65250")
    assert rep.named == "current"
    assert [m.duty for m in rep.matches] == [0, 1, 2, 3]
    assert rep.uncovered == (4,)
    assert rep.covered_percent == 90.0
    assert coverage_text(rep, pd) == "Covers duties 1, 2, 3 and 4 (90% of the time); not duty 5."
    assert rep.matches[2].section in ("concept", "duties", "purpose")
    # Each class task explains one duty at most, the duty it is most like: "Acts as liaison…" is no longer what
    # three duties are most like, and the training duty is met by the class's training task.
    assert [m.class_item.split(" ", 4)[:4] for m in rep.matches] == [
        ["Acts", "as", "liaison", "between"], ["represents", "management", "in", "appeals"],
        ["Assists", "in", "development", "of"], ["reviews", "agency", "procedures", "&"]]
    assert rep.matches[2].class_item.startswith("Assists in development of & presents benefits training")
    cues = {c.name: (c.position, c.class_reading, c.agrees) for c in rep.cues}
    assert cues["Supervision received"] == ("general supervision", "general supervision", True)
    assert cues["Supervision exercised"] == ("none", "none", True)


def test_the_level_cue_names_the_level_each_class_gives_itself(index):
    result = fit(position("pd-01-oh-benefits-rep-health.txt"), index, top=3, place_names=PLACES)
    levels = {key: next(c.class_reading for c in result.candidate(key).cues if c.name == "Level of work")
              for key in ("OH:65250", "OH:65251", "OH:65255")}
    assert levels == {"OH:65250": "journey · first full performance level",
                      "OH:65251": "journey · second full performance level",
                      "OH:65255": "managerial level"}


def test_the_classes_asked_for_and_always_listed_are_listed_wherever_they_rank(index):
    pd = position("pd-01-oh-benefits-rep-health.txt")
    result = fit(pd, index, top=1, always=["CA:0010"], place_names=PLACES)
    assert [c.key for c in result.candidates][:1] == ["OH:65250"]
    listed = result.candidate("CA:0010")
    assert listed is not None and listed.rank > 1


def test_a_class_of_another_jurisdiction_than_the_one_the_description_names_counts_for_less(index):
    pd = position("pd-21-calhr-benefits-technician.txt")  # "CALIFORNIA DEPARTMENT OF HUMAN RESOURCES"
    ohio = fit(pd, index, top=30, place_names=PLACES).candidate("OH:65250")
    anywhere = fit(pd, index, top=30, place_names={}).candidate("OH:65250")
    assert ohio.score < anywhere.score


def test_the_json_of_a_fit_has_the_documented_shape(index):
    pd = position("pd-01-oh-benefits-rep-health.txt")
    data = json.loads(report_format("json").render(FitReport(fit(pd, index, top=2, place_names=PLACES), next_level="OH:65251")))
    assert list(data) == ["position", "next_level_up", "classes_ranked", "candidates"]
    assert data["position"]["title"] == "Health Benefits Specialist - Agency Liaison Desk"
    assert data["position"]["duties"][0]["percent"] == 40
    assert data["position"]["duties"][0]["text"].startswith("Escalated eligibility and enrollment cases.")
    assert data["position"]["current_class"] == "Benefits Management Representative (65250)"
    assert data["position"]["current_class_keys"] == ["OH:65250"]
    assert data["next_level_up"] == "OH:65251"
    first = data["candidates"][0]
    assert list(first) == ["rank", "key", "jurisdiction", "number", "title", "score", "words", "level_cues_weight",
                           "covered_percent", "named", "matches", "uncovered_duties", "level_cues",
                           "not_named_by_the_position"]
    assert (first["score"], first["words"], first["level_cues_weight"]) == (0.919, 1.0, 0.2)
    assert (first["jurisdiction"], first["number"], first["title"]) == ("OH", "65250", "Benefits Management Representative")
    assert first["matches"][0]["duty"] == 1
    assert set(first["matches"][0]) == {"duty", "class_item", "section"}
    assert 0 < first["score"] <= 1
    assert [c["rank"] for c in data["candidates"]] == [1, 2]


def test_the_fit_report_in_markdown_lists_duties_candidates_and_why(index):
    pd = position("pd-01-oh-benefits-rep-health.txt")
    text = report_format("md").render(FitReport(fit(pd, index, top=2, place_names=PLACES))).decode()
    assert text.startswith("# Fit of a position: Health Benefits Specialist - Agency Liaison Desk\n")
    # The class as the library names it, the title the description already gives left out.
    assert "- **Current class:** Benefits Management Representative (65250) — OH:65250\n" in text
    assert "| 1 | 40% | Escalated eligibility and enrollment cases." in text
    assert "| 1 | OH:65250 | Benefits Management Representative |" in text
    assert "### 1\\. OH:65250 Benefits Management Representative" in text
    assert ("*Covers duties 1, 2, 3 and 4 (90% of the time); not duty 5. Its score, 0.919, is its words (1.00, where "
            "the library's best is 1), its level cues (+0.20) and the current class (+0.50), out of 1.85. Listed as "
            "the current class.*") in text
    assert ("Its score, 0.590, is its words (0.97, where the library's best is 1) and its level cues (+0.12), out of "
            "1.85.*") in text


def test_the_descriptions_own_initials_are_not_words():
    """"OIL" is occupational injury leave in a benefits analyst's description: it must not find "Oil and Gas
    Technician". A word the description also writes in lower case stays a word."""
    from desktop_app.core.fit.query import position_query

    query = position_query(position("pd-03-oh-benefits-analyst-disability.txt"))
    assert "oil" not in query.weights and "rtw" not in query.weights
    assert not any("oil" in tokens for tasks in query.duty_tasks for tokens in tasks)
    assert "leav" in query.weights and "polici" in query.weights


SSM_POSITION = """STATE OF CALIFORNIA
DUTY STATEMENT

Working Title: Chief, Business Services Branch
Proposed Classification: SSM II

Duties and Responsibilities:

1. (40%) Formulates and administers departmental policies for business services, contracts and facilities;
advises executive management on the policy choices and their effect on the department's programs.

2. (35%) Manages the Business Services Branch through three subordinate Staff Services Manager I supervisors;
sets the branch's priorities, approves its budget and represents the department with control agencies.

3. (25%) Directs special studies of the department's administrative operations and decides the changes to make.

Total: 100%
"""


def test_initials_several_classes_share_name_the_one_the_duties_fit_best(index):
    # "SSM II" is both Staff Services Manager II (Supervisory) and (Managerial): a position that formulates policy
    # and manages a branch through subordinate supervisors asks for the managerial class, and only that one is
    # marked as asked for.
    pd = read_position(SSM_POSITION.encode(), "ssm.txt")
    assert index.names.resolve(pd.requested_class) == ["CA:4801", "CA:4969"]
    result = fit(pd, index, top=5, place_names=PLACES)
    assert result.requested == ("CA:4969",)
    assert [c.key for c in result.candidates if c.named == "requested"] == ["CA:4969"]

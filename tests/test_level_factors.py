"""Level factors read from each class's own text, stepped level by level, and the drafted statement of
differences: exact readings on the seed and on four CalHR series."""

from __future__ import annotations

import pytest

from desktop_app.core.compare import compare, comparison_to_dict, ladder
from desktop_app.core.differences import differences_markdown, statement_of_differences
from desktop_app.core.level_factors import factor
from tests.calhr_pages import parse_fixture
from tests.conftest import CORPUS


def readings(comparison, name: str) -> list[tuple[str | None, str | None, str | None]]:
    row = factor(comparison.factors, name)
    return [(c.value, c.words, c.step) for c in row.cells] if row else []


@pytest.fixture
def series(seed_specs):
    return compare(ladder(seed_specs.values()))


def test_the_seed_series_factors(series):
    assert readings(series, "supervision_received") == [
        ("general supervision", "under general supervision", None),
        ("general supervision", "under general supervision", "same"),
        ("general direction", "under general direction", "up"),
    ]
    assert readings(series, "knowledge_depth") == [
        ("considerable", "considerable knowledge", None),
        ("considerable", "considerable knowledge", "same"),
        ("thorough", "thorough knowledge", "up"),
    ]
    assert readings(series, "bargaining_unit") == [("014", "014", None), ("EX", "EX", None), ("EX", "EX", "same")]
    assert readings(series, "experience") == [
        ("2 years", "24 mos. exp.", None),
        ("2 years", "2 yrs. exp.", "same"),
        ("3 years", "3 yrs. exp.", "up"),
    ]
    assert readings(series, "feeder_class") == [
        (None, None, None),
        ("OH:65250", "Benefits Management Representative, 65250", None),
        ("OH:65251", "Benefits Management Analyst, 65251", None),
    ]
    assert readings(series, "supervision_exercised") == [
        (None, None, None),
        ("lead worker", "lead worker", None),
        ("supervises staff", "supervise staff", "up"),
    ]
    assert [c.value for c in factor(series.factors, "level").cells] == [
        "first full performance", "second full performance", "managerial"]
    assert [c.value for c in factor(series.factors, "scope").cells] == ["an assigned area", "a program", "entire system"]


def test_the_factors_are_in_the_json(series):
    data = comparison_to_dict(series)
    assert [f["factor"] for f in data["factors"]] == [
        "supervision_received", "supervision_exercised", "level", "knowledge_depth", "scope", "acting_for_superior",
        "experience", "education", "feeder_class", "bargaining_unit"]
    assert data["factors"][0]["cells"][2] == {"number": "65255", "label": "65255", "value": "general direction",
                                              "words": "under general direction", "step": "up"}
    assert [(d["from"], d["to"]) for d in data["differences"]] == [("65250", "65251"), ("65251", "65255")]


def test_the_words_a_factor_was_read_from_are_cues_in_the_concept(series):
    concept = series.section("concept").rows[0].cells[2]
    assert [concept.text[s:e] for s, e in concept.cues] == [
        "managerial level", "under general direction", "thorough knowledge", "entire assessment & monitoring system",
        "supervise staff"]


def test_the_statement_of_differences_on_the_seed(series):
    first, second = statement_of_differences(series)
    assert (second.lower, second.higher) == ("65251", "65255")
    assert second.text.split(". ")[:7] == [
        "65255 works under general direction, where 65251 works under general supervision",
        "65255 supervises staff; 65251 serves as a lead worker",
        "65255 is the managerial level; 65251 the second full performance level",
        "65255 requires thorough knowledge where 65251 requires considerable knowledge",
        "The scope of 65255 is an entire system; that of 65251 a program",
        "65255 asks for 3 years of experience where 65251 asks for 2 years",
        "65255 is reached from 65251 (Benefits Management Analyst, 65251)",
    ]
    assert second.text.endswith(
        "12 duties of 65251 continue at 65255, reworded or with their scope or authority changed: “Manages variety "
        "of both ongoing & special benefit projects…” as “Manages entire assessment & monitoring system for assigned "
        "benefit…”; “serves as liaison with vendors, state agencies & private…” as “serves as liaison between "
        "administrator & staff”; “Attends meetings” as “Attends meetings & makes presentations regarding health care "
        "benefits”; “Serves as member of joint labor-management health care committee…” as “serves on joint "
        "labor-management health care committee & subcommittees”; “prepares reports on current health related "
        "issues & cost…” as “coordinates collection of cost data on benefits programs &…”; and 7 more.")
    # The duties of the heading's figures: new and gone at each level, as the Job duties section counts them.
    assert "65255 adds 3 duties 65251 does not list" in second.text
    assert "65255 no longer lists 5 of the duties of 65251" in second.text
    assert first.text.startswith("65251 serves as a lead worker; 65250 states no supervision of others. ")
    assert "65251 is in bargaining unit EX; 65250 in 014." in first.text
    assert statement_of_differences(series) == [first, second]  # the same comparison, the same words
    assert differences_markdown([first]).startswith("### Statement of differences (draft)\n\n**65250 → 65251.** ")


def test_a_factor_the_text_does_not_give_reads_not_stated(series):
    exercised = factor(series.factors, "supervision_exercised").cells[0]
    assert (exercised.value, exercised.words, exercised.step) == (None, None, None)


def test_calhr_6410_factors():
    comparison = compare(ladder(parse_fixture("6410.html").classes))
    assert comparison.labels == ("6410", "6412", "6413")
    # "Initially, under close supervision, incumbents receive training …": a stage of learning; the class, once
    # learned, "receive[s] general supervision".
    assert [c.value for c in factor(comparison.factors, "supervision_received").cells] == [
        "general supervision", "general direction", None]
    assert [c.value for c in factor(comparison.factors, "supervision_exercised").cells] == [
        None, "lead worker", "supervises staff"]
    assert [(c.value, c.step) for c in factor(comparison.factors, "level").cells] == [
        ("entry", None), ("advanced journey", "up"), ("supervisory", "up")]


CALHR_SERIES = [
    # page, classes in ladder order, supervision received, supervision exercised, level
    ("5457.html", ["5457", "5458", "5459"], ["supervision", "direction", None],
     [None, "lead worker", "supervises staff"], ["entry", "advanced journey", "supervisory"]),
    ("9072.html", ["9070", "9071", "9072"], ["general supervision", "general direction", "general direction"],
     [None, "lead worker", "supervises staff"], ["first working", "journey", "supervisory"]),
    ("1155.html", ["1155", "1154"], ["close supervision", None], [None, "supervises staff"],
     ["entry", "supervisory"]),
    ("6939.html", ["6939", "6938", "6924", "6925"], ["supervision", None, "direction", None],
     [None, None, "lead worker", "supervises staff"], ["first working", "journey", "journey", "supervisory"]),
]


def assert_readings(comparison, classes, received, exercised, levels) -> None:
    assert list(comparison.labels) == classes
    assert [c.value for c in factor(comparison.factors, "supervision_received").cells] == received
    assert [c.value for c in factor(comparison.factors, "supervision_exercised").cells] == exercised
    assert [c.value for c in factor(comparison.factors, "level").cells] == levels


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the CalHR corpus is not at {CORPUS}")
@pytest.mark.parametrize(("page", "classes", "received", "exercised", "levels"), CALHR_SERIES)
def test_calhr_series_factors(page, classes, received, exercised, levels):
    from desktop_app.core.formats import parse_document

    document = parse_document((CORPUS / page).read_bytes(), page)
    comparison = compare(ladder(document.classes))
    assert_readings(comparison, classes, received, exercised, levels)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the CalHR corpus is not at {CORPUS}")
def test_each_electrician_is_reached_from_the_level_below():
    from desktop_app.core.formats import parse_document

    comparison = compare(ladder(parse_document((CORPUS / "6939.html").read_bytes(), "6939.html").classes))
    assert [c.value for c in factor(comparison.factors, "feeder_class").cells] == [
        None, "CA:6939", "CA:6938", "CA:6924"]
    assert [(c.value, c.step) for c in factor(comparison.factors, "experience").cells] == [
        ("1 year", None), ("4 years", "up"), ("5 years", "up"), (None, None)]


NEOGOV = CORPUS.parent / "neogov-eastvale"
NEOGOV_SERIES = [
    # classes in ladder order, supervision received, supervision exercised, level
    (["30006", "30005", "30004", "30003"], ["close to general supervision", "general supervision", "limited supervision",
     "direction"], [None, "lead worker", "lead worker", "supervises staff"],
     ["paraprofessional", "entry", "journey", "senior"]),
    (["33005", "33004", "33003", "33002"], ["close to general supervision", "general supervision", "general direction",
     "direction"], [None, "none", None, "supervises staff"], ["entry", "journey", "advanced", None]),
    (["32005", "32004", "32003"], ["general supervision", "general direction", "general direction"],
     ["lead worker", "supervises staff", "supervises staff"], ["entry", "entry journey", "journey"]),
]


def eastvale(*codes: str) -> list:
    """The Eastvale NEOGOV specs of these class codes, in that order."""
    from desktop_app.core.formats import parse_document
    from desktop_app.core.jurisdictions import Jurisdictions

    city = Jurisdictions(default=Jurisdictions().named("City of Eastvale"))
    return [spec for code in codes for path in NEOGOV.glob(f"{code}-*.txt")
            for spec in parse_document(path.read_bytes(), path.name, city).classes]


@pytest.mark.skipif(not NEOGOV.is_dir(), reason=f"the NEOGOV corpus is not at {NEOGOV}")
@pytest.mark.parametrize(("classes", "received", "exercised", "levels"), NEOGOV_SERIES)
def test_neogov_series_factors_read_the_supervision_section(classes, received, exercised, levels):
    """A NEOGOV spec says how it is supervised, and whom it supervises, in a section of its own ("Receives general
    supervision from …; exercises general supervision over … staff"): read before its definition."""
    comparison = compare(eastvale(*classes))
    assert_readings(comparison, classes, received, exercised, levels)


@pytest.mark.skipif(not NEOGOV.is_dir(), reason=f"the NEOGOV corpus is not at {NEOGOV}")
def test_what_a_spec_wishes_for_is_not_what_it_asks():
    """The Senior Planner asks for a bachelor's degree ("bachelor?s" in the page) and four years; "A Master's
    Degree … is desirable" is not asked. Every level asks for a Class "C" licence, however the quotes are written."""
    comparison = compare(eastvale("30006", "30005", "30004", "30003"))
    assert [c.value for c in factor(comparison.factors, "education").cells] == [
        "high school", "college degree", "college degree", "college degree"]
    assert [c.value for c in factor(comparison.factors, "experience").cells] == [
        "3 years", "1 year", "2 years", "4 years"]
    assert [c.value for c in factor(comparison.factors, "licence").cells] == ["driver's licence"] * 4


@pytest.mark.skipif(not NEOGOV.is_dir(), reason=f"the NEOGOV corpus is not at {NEOGOV}")
def test_the_statement_names_a_high_school_diploma():
    (statement,) = statement_of_differences(compare(eastvale("30006", "30005")))
    assert "30005 asks for a college degree, 30006 for a high school diploma." in statement.text

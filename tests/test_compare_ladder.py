"""ladder(): the order of a series' levels, derived from the specs themselves, whatever order they come in."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from desktop_app.core.compare import ladder
from desktop_app.core.compare.ladder_order import level_rank, title_rank
from desktop_app.core.model import ClassSpec, Item, Section


def spec(number: str, title: str = "", concept: str = "", qualifications: tuple[str, ...] = (), **fields) -> ClassSpec:
    sections = []
    if concept:
        sections.append(Section("concept", "CLASS CONCEPT", (Item(concept),)))
    if qualifications:
        sections.append(Section("qualifications", "MINIMUM QUALIFICATIONS", tuple(Item(q) for q in qualifications)))
    # One title for all unless given, so that only the evidence a test sets up orders the levels.
    return ClassSpec("OH", number, title or "Benefits Officer", sections=tuple(sections), **fields)


def numbers_for_every_order(specs):
    """The ladder's numbers, checked to be the same for every input order."""
    results = {tuple(s.number for s in ladder(order)) for order in itertools.permutations(specs)}
    assert len(results) == 1, results
    return list(results.pop())


def test_qualifications_name_the_class_below_by_number():
    # Class numbers alone would give the opposite order.
    low = spec("300", qualifications=("24 mos. exp. in adjudicating benefit claims.",))
    mid = spec("200", qualifications=("Or 12 mos. exp. as Class 300, 300.",))
    high = spec("100", qualifications=("Or 12 mos. exp. as Class 200, 200.",))
    assert numbers_for_every_order([low, mid, high]) == ["300", "200", "100"]


def test_qualifications_name_the_class_below_by_title():
    analyst = spec("52", "Staff Services Analyst")
    associate = spec("51", "Associate Governmental Program Analyst", qualifications=(
        "Either I: One year of experience performing the duties of a Staff Services Analyst.",
    ))
    assert numbers_for_every_order([analyst, associate]) == ["52", "51"]


def test_a_longer_title_is_not_also_read_as_the_shorter_one_inside_it():
    health = spec("1", "Health Program Analyst")
    research = spec("2", "Research Program Analyst", qualifications=("One year as Health Program Analyst.",))
    plain = spec("3", "Program Analyst")
    # Read carelessly, "Health Program Analyst" would also name Program Analyst and put 3 below 2.
    assert numbers_for_every_order([research, plain, health]) == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("concept", "rank"),
    [
        ("The trainee level class learns to ...", 10),
        ("This is the entry level class ...", 20),
        ("The first full performance level class works under general supervision", 30),
        ("The journey level class ...", 30),
        ("The second full performance level class works under general supervision", 40),
        ("The third level class ...", 50),
        ("The senior level class ...", 50),
        ("The lead worker level class ...", 60),
        ("The first-line supervisory level class ...", 70),
        ("The supervisory/managerial level class works under general direction", 80),
        ("The managerial level class ...", 80),
        ("This is the paraprofessional class in the Planning series.", 15),
        ("The Engineering Permit Technician is the journey level classification in the sub-professional "
         "engineering series.", 13),
        ("Serves as lead worker over lower-level benefits management staff", None),
    ],
)
def test_level_words_in_the_concept(concept, rank):
    assert level_rank(spec("1", "Benefits Officer", concept)) == rank


@pytest.mark.parametrize(
    ("title", "rank"),
    [
        ("Clerk Trainee", 10),
        ("Office Assistant (Typing)", 20),
        ("Clerk", 30),
        ("Staff Services Analyst (General)", 30),
        ("Associate Governmental Program Analyst", 40),
        ("Senior Clerk", 50),
        ("Clerical Supervisor", 70),
        ("Benefits Manager 1", 80),
        ("Assistant Chief Counsel", 80),
        ("City Planner", 80),  # the city's own planner heads the function
        ("City Planner II", 30),
        ("Associate City Planner", 40),
    ],
)
def test_level_words_in_the_title(title, rank):
    assert title_rank(spec("1", title)) == rank


def test_title_words_order_what_the_concepts_leave_open():
    # Both concepts say "journey level"; the titles tell the levels apart.
    planner = spec("9", "Environmental Planner", "The journey level class")
    associate = spec("8", "Associate Environmental Planner", "The journey level class")
    senior = spec("7", "Senior Environmental Planner")
    assistant = spec("6", "Office Assistant")
    assert numbers_for_every_order([planner, associate, senior, assistant]) == ["6", "9", "8", "7"]


def test_level_words_order_the_levels():
    manager = spec("10", concept="The supervisory/managerial level class works under general direction")
    first = spec("30", concept="The first full performance level class works under general supervision")
    second = spec("20", concept="The second full performance level class works under general supervision")
    entry = spec("40", concept="The entry level class")
    assert numbers_for_every_order([manager, first, second, entry]) == ["40", "30", "20", "10"]


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (["Clerk III", "Clerk I", "Clerk II"], ["Clerk I", "Clerk II", "Clerk III"]),
        (["Analyst 3", "Analyst 10", "Analyst 2"], ["Analyst 2", "Analyst 3", "Analyst 10"]),
        (["Engineer IV", "Engineer 2"], ["Engineer 2", "Engineer IV"]),
        (
            ["Research Manager II (Economics)", "Research Manager I (General)", "Research Manager III (General)"],
            ["Research Manager I (General)", "Research Manager II (Economics)", "Research Manager III (General)"],
        ),
        (
            ["Business Taxes Administrator III, Board of Equalization", "Business Taxes Administrator I, Board of Equalization"],
            ["Business Taxes Administrator I, Board of Equalization", "Business Taxes Administrator III, Board of Equalization"],
        ),
    ],
)
def test_numerals_in_titles_that_otherwise_read_the_same(titles, expected):
    # Numbers run against the numerals, so only the titles can give this order.
    specs = [spec(str(900 - n), title) for n, title in enumerate(sorted(titles, key=expected.index))][::-1]
    for order in itertools.permutations(specs):
        assert [s.title for s in ladder(order)] == expected


def test_qualifications_outweigh_level_words():
    # 2's concept says "senior", 1's says "entry", but 1 asks for experience as class 2.
    one = spec("1", concept="The entry level class", qualifications=("12 mos. exp. as Class 2, 2.",))
    two = spec("2", concept="The senior level class")
    assert numbers_for_every_order([one, two]) == ["2", "1"]


def test_falls_back_to_class_number_order():
    specs = [spec("10"), spec("9"), spec("65250"), spec("100")]
    assert numbers_for_every_order(specs) == ["9", "10", "100", "65250"]


def test_revisions_of_one_class_by_effective_date():
    old = spec("65251", effective_date=date(1995, 8, 6))
    new = spec("65251", effective_date=date(2024, 1, 15))
    assert [s.effective_date for s in ladder([new, old])] == [date(1995, 8, 6), date(2024, 1, 15)]


def test_contradicting_qualifications_do_not_lose_a_class():
    one = spec("1", qualifications=("exp. as Class 2, 2.",))
    two = spec("2", qualifications=("exp. as Class 1, 1.",))
    assert numbers_for_every_order([one, two]) == ["1", "2"]


def test_one_or_none():
    assert ladder([]) == []
    single = spec("1")
    assert ladder([single]) == [single]


def test_two_classes_naming_each_other_leave_the_order_to_weaker_evidence():
    # A series' shared qualifications text names every class in each of them.
    shared = ("Experience as Hazardous Substances Engineer or Senior Hazardous Substances Engineer.",)
    senior = spec("1", "Senior Hazardous Substances Engineer", qualifications=shared)
    engineer = spec("2", "Hazardous Substances Engineer", qualifications=shared)
    assert numbers_for_every_order([senior, engineer]) == ["2", "1"]


def test_a_concept_without_level_words_lets_the_title_speak():
    agent = spec("3", "Special Agent", "The full journey level class")
    senior = spec("1", "Senior Special Agent", "Under direction, plans and conducts investigations")
    in_charge = spec("2", "Special Agent-In-Charge", "The managerial level class")
    assert numbers_for_every_order([agent, senior, in_charge]) == ["3", "1", "2"]


def test_an_option_in_parentheses_can_name_the_level():
    supervisor = spec("1", "Medi-Cal Technician III (Supervisory)")
    specialist = spec("2", "Medi-Cal Technician III (Specialist)")
    technician = spec("3", "Medi-Cal Technician II")
    assert numbers_for_every_order([supervisor, specialist, technician]) == ["3", "2", "1"]


def test_where_titles_and_concepts_say_nothing_the_level_factors_order_the_levels():
    from desktop_app.core.compare import ladder
    from desktop_app.core.model import ClassSpec, Item, Section

    def spec(number, concept):
        return ClassSpec("XX", number, "Program Coordinator " + number[-1].upper(),
                         sections=(Section("concept", "Definition", (Item(concept),)),))

    lead = spec("100b", "Under general supervision, incumbents coordinate the program and serve as lead worker "
                        "over program aides.")
    supervisor = spec("100a", "Under general direction, incumbents supervise staff who coordinate the program.")
    worker = spec("100c", "Under close supervision, incumbents coordinate parts of the program.")
    assert [s.number for s in ladder([supervisor, worker, lead])] == ["100c", "100b", "100a"]


def test_two_series_meet_by_the_education_they_ask():
    from dataclasses import replace

    from desktop_app.core.model import Series

    def city(number, title, series, concept, qualifications):
        return spec(number, title, concept, (qualifications,), series=Series("OH", series, ""))

    technician = city("21008", "Accounting Technician", "Accounting Technician",
                      "The Accounting Technician is the entry/journey level class within the Accounting Technician "
                      "series.", "Graduation from high school, and one year of accounting clerical experience.")
    senior = city("21007", "Senior Accounting Technician", "Accounting Technician",
                  "The Senior Accounting Technician is the advanced/lead level class within the Accounting "
                  "Technician series.", "Graduation from high school, and three years of accounting experience.")
    accountant = city("21006a", "Accountant", "Accountant", "This is the journey level class within the Accountant "
                      "series.", "A Bachelor's degree in accounting, and two years of accounting experience.")
    # By their concepts alone, the lead technician ("advanced/lead level") would come above the journey accountant.
    assert numbers_for_every_order([accountant, senior, technician]) == ["21008", "21007", "21006a"]
    # Within one series, the series' own words order the levels, whatever each asks.
    one_series = [replace(s, series=Series("OH", "Accounting", "")) for s in (accountant, senior)]
    assert numbers_for_every_order(one_series) == ["21006a", "21007"]

"""ladder(): the order of a series' levels, derived from the specs themselves, whatever order they come in."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from desktop_app.core.compare import ladder
from desktop_app.core.compare.ladder import level_rank
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
    associate = spec("1", "Associate Staff Analyst")
    senior = spec("2", "Senior Staff Analyst", qualifications=("One year as Associate Staff Analyst.",))
    staff = spec("3", "Staff Analyst")
    # Read carelessly, "Associate Staff Analyst" would also name Staff Analyst and put 3 below 2.
    assert numbers_for_every_order([senior, staff, associate]) == ["1", "2", "3"]


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
        ("Serves as lead worker over lower-level benefits management staff", None),
    ],
)
def test_level_words_in_the_concept(concept, rank):
    assert level_rank(spec("1", "Benefits Officer", concept)) == rank


@pytest.mark.parametrize(
    ("title", "rank"),
    [("Clerk Trainee", 10), ("Senior Clerk", 50), ("Clerical Supervisor", 70), ("Benefits Manager 1", 80), ("Clerk", None)],
)
def test_level_words_in_the_title_when_the_concept_says_none(title, rank):
    assert level_rank(spec("1", title)) == rank


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

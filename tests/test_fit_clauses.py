"""A task that lists several responsibilities with commas is cut into its clauses for the fit and the audit."""

from __future__ import annotations

from desktop_app.core.fit.clauses import clauses


def test_a_comma_list_of_responsibilities_is_cut_where_a_duty_verb_opens_one():
    task = ("Manages variety of special benefit projects (e.g., health, reviews of claims) for all state employees, "
            "coordinates, monitors, evaluates & develops policies & procedures, prepares bid specifications & "
            "evaluates vendors &/or serves as lead worker over benefits management representatives.")
    assert clauses(task) == (
        "Manages variety of special benefit projects (e.g., health, reviews of claims) for all state employees",
        "coordinates, monitors, evaluates & develops policies & procedures",
        "prepares bid specifications & evaluates vendors",
        "serves as lead worker over benefits management representatives.",
    )


def test_a_task_of_one_responsibility_stays_whole():
    assert clauses("researches complex telephone & written inquiries, letters & e-mail") == (
        "researches complex telephone & written inquiries, letters & e-mail",)
    assert clauses("Attends meetings, reviews") == ("Attends meetings, reviews",)


def test_a_noun_of_a_list_that_is_also_a_verb_does_not_open_a_clause():
    task = ("reviews or revises various elements of the General Plan, environmental documents, plans, ordinances "
            "and other policies and procedures.")
    assert clauses(task) == (task,)
    assert clauses("Plans, organizes, and directs the work of the unit, prepares the budget for the division") == (
        "Plans, organizes, and directs the work of the unit", "prepares the budget for the division")

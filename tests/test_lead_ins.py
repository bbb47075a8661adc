"""The one reading of knowledge / skill / ability lead-ins that every format shares."""

from __future__ import annotations

import pytest

from desktop_app.core.formats.items import characteristic_kind, lead_in, split_characteristics, split_runs


@pytest.mark.parametrize(
    ("text", "lead", "kind"),
    [
        ("Knowledge of: budgeting", "Knowledge of", "knowledge"),
        ("Thorough knowledge of budgeting", "Thorough knowledge of", "knowledge"),
        ("Working Knowledge of budgeting", "Working Knowledge of", "knowledge"),
        ("Skill in operating a vehicle", "Skill in", "skills"),
        ("Skills in: typing", "Skills in", "skills"),
        ("Ability to: communicate", "Ability to", "abilities"),
        ("Abilities as a speaker", "Abilities as", "abilities"),
        ("Knowledge of and skill in: accounting", "Knowledge of and skill in", "knowledge"),
    ],
)
def test_lead_ins(text, lead, kind):
    m = lead_in(text)
    assert m.group("lead") == lead
    assert characteristic_kind(lead) == kind


def test_text_that_is_not_a_lead_in():
    assert lead_in("Knowledgeable staff") is None
    assert lead_in("Performs other duties") is None


def test_runs_inside_a_paragraph_start_sentences():
    text = "Knowledge of: budgets; audits. Ability to: plan; lead. An ability to swim."
    assert split_runs(text, colon=True) == ["Knowledge of: budgets; audits.", "Ability to: plan; lead. An ability to swim."]
    assert split_runs("Knowledge of budgets; ability to plan.") == ["Knowledge of budgets; ability to plan."]


def test_split_characteristics_keeps_the_lead_ins_as_written():
    before, runs = split_characteristics("Knowledge of accounting; law. Thorough knowledge of tax. Skill in typing.")
    assert before == ""
    assert runs == [("Knowledge of", "accounting; law."), ("Thorough knowledge of", "tax."), ("Skill in", "typing.")]

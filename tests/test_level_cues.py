"""The level cues read from class concepts and position descriptions: table-driven, one text → the grades read."""

from __future__ import annotations

import pytest

from desktop_app.core import level_cues as c
from desktop_app.core.level_cues import class_reading, exercised_grades, position_reading, received_grades


@pytest.mark.parametrize("text, grades", [
    ("Under close supervision, to perform semiprofessional accounting work", {c.CLOSE}),
    ("Under general supervision, acts as a project leader on complex studies", {c.GENERAL_SUPERVISION}),
    ("Under direction, incumbents perform the more responsible, varied, and complex assignments", {c.DIRECTION}),
    ("works under general direction & requires thorough knowledge", {c.GENERAL_DIRECTION}),
    ("Under close supervision as a trainee ... Under general supervision, incumbents at the full journey level",
     {c.CLOSE, c.GENERAL_SUPERVISION}),
    ("Under close to general supervision, incumbents learn", {c.CLOSE, c.GENERAL_SUPERVISION}),
    ("Plans, organizes and directs the work of a unit", set()),
])
def test_supervision_received_in_a_concept(text, grades):
    assert received_grades(text) == grades


@pytest.mark.parametrize("text, grades", [
    ("General supervision from the Benefits Manager 1, Health Plan Operations.", {c.GENERAL_SUPERVISION}),
    ("Close supervision. The lead reviews every claim schedule.", {c.CLOSE}),
    ("Works under the direction of the Staff Services Manager I.", {c.DIRECTION}),
    ("Under direction of the Unit Supervisor, who works day shift.", {c.DIRECTION}),
    ("My supervisor reviews my projection summaries and all drill responses before they leave the office.",
     {c.SUPERVISION}),
    ("Day to day I set my own schedule and decide how to approach them.", {c.GENERAL_SUPERVISION}),
])
def test_supervision_received_in_a_description(text, grades):
    assert received_grades(text, stated=True) == grades


@pytest.mark.parametrize("text, stated, grades", [
    ("None.", True, {c.NONE}),
    ("None. Occasionally shows new liaison desk staff how to work the queue.", True, {c.NONE}),
    ("Lead worker over two Benefits Management Representatives. No formal supervisory authority.", True, {c.LEAD}),
    ("Supervises 6 Psychiatric Technicians and 2 Psychiatric Technician Assistants on PM shift.", True,
     {c.SUPERVISES}),
    ("None over staff. Supervises one inmate worker.", True, {c.NONE}),
    ("Direct the work of 3 LVNs on NOC. I do not write their evaluations, approve leave, hire, or discipline.",
     True, {c.LEAD}),
    ("This level may have lead responsibility over less experienced employees.", False, {c.NONE, c.LEAD}),
    ("This is the working leadworker level; direct the work of three or more craftspeople exercising only limited "
     "supervisory responsibility.", False, {c.LEAD}),
    ("manage entire assessment & monitoring system and supervise staff when assigned", False, {c.MANAGES}),
    ("Manages the Business Services Branch through three unit managers; plans, organizes and directs the work of "
     "its units.", True, {c.MANAGES}),
])
def test_supervision_exercised(text, stated, grades):
    assert exercised_grades(text, stated) == grades


def test_a_concept_sentence_about_another_class_is_not_read_for_this_one():
    concept = ("Under close supervision, to perform semiprofessional accounting work. Positions in these classes are "
               "supervising a small group of Accounting Technicians, the class of Accountant I (Supervisor).")
    reading = class_reading(concept, "Accounting Technician")
    assert reading.received == {c.CLOSE}
    assert reading.exercised == {c.NONE}
    assert reading.kind == {c.TECHNICAL}


def test_the_title_speaks_for_supervision_and_trainees():
    assert class_reading("Under direction, in a large office building, to work with a group of Custodians.",
                         "Lead Custodian").exercised == {c.LEAD}
    assert class_reading("This is the entry level.", "Accountant Trainee").level == {c.TRAINEE}
    assert class_reading("", "Supervising Registered Nurse").exercised == {c.SUPERVISES}
    # Two classes of one series page and one title, told apart by the option in brackets.
    concept = "Incumbents manage a unit or program and supervise a staff through subordinate supervisors."
    assert class_reading(concept, "Staff Services Manager II (Supervisory)").exercised == {c.SUPERVISES}
    assert class_reading(concept, "Staff Services Manager II (Managerial)").exercised == {c.MANAGES}


def test_a_description_reads_its_sections_then_its_duties():
    reading = position_reading(
        "Close supervision.", "None.",
        [("Supervision. Supervises three analysts: hires, assigns and reviews work, completes performance "
          "evaluations.", 0.25), ("Files and copies.", 0.75)], title="Fund Accountant (Trainee)")
    assert reading.received == {c.CLOSE}
    assert reading.exercised == {c.SUPERVISES}
    assert reading.level == {c.TRAINEE}
    assert reading.kind == {c.PROFESSIONAL}


def test_a_section_on_supervision_answers_before_the_concept():
    """NEOGOV specs say it in "SUPERVISION RECEIVED AND EXERCISED"; the definition's "Under direction" yields."""
    reading = class_reading("Under direction, to supervise, assign, review, and participate in the operations.",
                            "Code Enforcement Supervisor",
                            "Receives general direction from the Code Enforcement Manager, or designee. "
                            "Exercises general supervision over Code Enforcement Officers and technical staff.")
    assert reading.received == {c.GENERAL_DIRECTION}
    assert reading.exercised == {c.SUPERVISES}
    assert class_reading("Under general supervision, performs inspections.", "Code Enforcement Officer",
                         "May exercise general supervision over interns and volunteers as assigned.").exercised == {
        c.NONE}


def test_what_a_trainee_grows_into_is_not_an_advanced_level():
    concept = ("This is the paraprofessional class in the Planning series. As experience is gained, incumbents are "
               "expected to perform more complex tasks and assignments.")
    assert c.ADVANCED not in class_reading(concept, "Planning Technician").level
    assert c.ADVANCED in class_reading("Incumbents perform the most complex planning work.", "Senior Planner").level

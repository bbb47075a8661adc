"""The heading vocabulary: headings in any style to what they name; sentences are no headings."""

from __future__ import annotations

import pytest

from desktop_app.core.formats.section_headings import heading_role, shown_heading

CASES = [
    # concept
    ("DEFINITION", "concept"), ("Definition:", "concept"), ("Job Summary", "concept"), ("Nature and Scope", "concept"),
    ("General Accountability", "concept"), ("DISTINGUISHING CHARACTERISTICS", "concept"),
    ("Class Characteristics", "concept"), ("1. Position Purpose", "concept"),
    # duties
    ("Essential Functions", "duties"), ("ESSENTIAL FUNCTIONS?", "duties"), ("Examples of Duties:", "duties"),
    ("Duties", "duties"), ("Responsibilities", "duties"), ("Specific Accountabilities", "duties"),
    ("Essential Duties & Responsibilities", "duties"), ("Key Activities", "duties"),
    # knowledge, skills and abilities
    ("KNOWLEDGE, SKILLS, AND ABILITIES:", "ksa"), ("Knowledge, Skills & Abilities", "ksa"),
    ("Knowledge and Abilities", "ksa"), ("Competencies", "ksa"), ("Knowledge", "knowledge"), ("Skills", "skills"),
    ("Abilities", "abilities"),
    # qualifications
    ("Minimum Qualifications", "qualifications"), ("Qualification Guidelines", "qualifications"),
    ("Education and Experience", "qualifications"), ("Experience, Training & License", "qualifications"),
    ("EXPERIENCE, TRAINING, AND LICENSES", "qualifications"), ("Requirements", "qualifications"),
    ("REQUIREMENT/MINIMUM QUALIFICATION", "qualifications"), ("Typical Qualifications", "qualifications"),
    # the rest
    ("License/Certificate", "licence"), ("Licenses and Certificates", "licence"),
    ("SUPERVISION RECEIVED AND EXERCISED", "supervision"), ("Physical and Mental Demands", "conditions"),
    ("Working Conditions", "conditions"), ("Special Requirements", "conditions"),
    ("DISASTER SERVICE WORKER", "other"), ("FLSA Status", "other"), ("Desirable Qualifications", "other"),
    ("Definition of Series", "purpose"), ("Class Specification", "banner"),
    # a posting's boilerplate
    ("ANNUAL SALARY", "posting"), ("How to Apply", "posting"), ("APPLICATION DEADLINE", "posting"),
    ("Selection Process", "posting"), ("Equal Opportunity Employer", "posting"), ("Benefits", "posting"),
    ("Supplemental Information", "posting"),
]


@pytest.mark.parametrize(("heading", "role"), CASES)
def test_heading_role(heading, role):
    assert heading_role(heading) == role


@pytest.mark.parametrize("text", [
    "Performs related duties as assigned", "Job Description Under Review", "Knowledge of:", "Option 1:",
    "Duties may include, but are not limited to, the following", "Class Code:", "",
])
def test_not_a_section_heading(text):
    assert heading_role(text) is None


@pytest.mark.parametrize(("written", "shown"), [
    ("ESSENTIAL FUNCTIONS", "Essential Functions"),
    ("EXPERIENCE, TRAINING, AND LICENSES", "Experience, Training, and Licenses"),
    ("SUPERVISION RECEIVED AND EXERCISED", "Supervision Received and Exercised"),
    ("FLSA STATUS", "FLSA Status"), ("LICENSE/CERTIFICATE", "License/Certificate"), ("LEVEL II", "Level II"),
    ("THE DEPARTMENT'S ROLE", "The Department's Role"),
    # Headings not in capitals are shown as written, as CalHR's are.
    ("Typical Tasks", "Typical Tasks"), ("Experience, Training & License", "Experience, Training & License"),
    ("Knowledge of", "Knowledge of"),
])
def test_a_heading_in_capitals_is_shown_in_title_case(written, shown):
    assert shown_heading(written) == shown

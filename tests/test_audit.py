"""The audit: a position side by side with candidate classes, the decision, the report and its saving; on the
Ohio seed (three levels of one series)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app.cli import main
from desktop_app.core.audit.comparison import EVERY, NOT_REACHED, SIDE_BY_SIDE, audit_comparison
from desktop_app.core.audit.decision import Decision
from desktop_app.core.positions.parse import read_position
from desktop_app.core.reports.audit_report import AuditReport
from desktop_app.core.reports.formats import report_format
from desktop_app.store.audits import audit, audits, save_audit
from desktop_app.store.positions import save_position
from tests.conftest import FIXTURES

PD_01 = FIXTURES / "positions" / "pd-01-oh-benefits-rep-health.txt"


@pytest.fixture
def position():
    return read_position(PD_01.read_bytes(), str(PD_01))


def test_each_duty_has_a_row_with_its_share_and_the_classes_that_meet_it(position, seed_specs):
    result = audit_comparison(position, [seed_specs["65250"], seed_specs["65251"]])
    assert [s.title for s in result.sections] == ["Concept and level", "Duties", "Knowledge, skills and abilities"]
    level, duties, _ksas = result.sections
    assert [r.status_text for r in level.rows][:3] == ["Purpose and concept", "Supervision received",
                                                        "Supervision exercised"]
    assert all(r.kind == SIDE_BY_SIDE for r in level.rows)
    own = [r for r in duties.rows if r.duty is not None]
    assert [r.percent for r in own] == [40, 25, 15, 10, 10]
    assert own[0].status_text == "Duty 1 · 40% of the time · in every class"
    assert own[0].kind == EVERY and own[0].reached_by == ("OH:65250", "OH:65251")
    assert "".join(run.text for run in own[0].position).startswith("Escalated eligibility and enrollment cases.")
    # The class tasks the position does not reach follow, each once.
    rest = [r for r in duties.rows if r.duty is None]
    assert rest and all(r.kind == NOT_REACHED and r.status_text == "Not reached by the position" for r in rest)
    assert result.reached_percent("OH:65250") >= 75.0


def test_an_audit_compares_one_to_four_classes(position, seed_specs):
    with pytest.raises(ValueError, match="an audit compares 1 to 4 classes, not 0"):
        audit_comparison(position, [])


def test_the_audit_report_ends_with_the_decision_its_rationale_and_signatures(position, seed_specs):
    comparison = audit_comparison(position, [seed_specs["65250"], seed_specs["65251"]])
    ranking = ({"rank": 1, "key": "OH:65250", "title": "Benefits Management Representative", "score": 0.9,
                "covered_percent": 90.0, "named": "current", "level_cues": []},)
    report = AuditReport(comparison, ranking, Decision("OH:65250", date(2026, 7, 1), "Duties are **liaison** work."),
                         next_level="OH:65251", audit_id=3)
    from desktop_app.core.reports.info import ReportInfo

    report = AuditReport(report.audit, report.ranking, report.decision, ReportInfo(analyst="Pat", generated=date(2026, 6, 1)),
                         report.next_level, 3)
    text = report_format("md").render(report).decode()
    assert text.startswith("# Reclassification audit: Health Benefits Specialist - Agency Liaison Desk\n")
    assert "- **Compared with:** OH:65250 Benefits Management Representative; OH:65251 Benefits Management Analyst" in text
    assert "- **Audit:** no. 3" in text
    assert "| 1 | OH:65250 | Benefits Management Representative | 0.900 | 90% | current class, compared |" in text
    assert "- **Class allocated:** OH:65250 Benefits Management Representative\n- **Effective date:** 2026-07-01" in text
    assert "## Rationale\n\nDuties are **liaison** work." in text
    assert "| Analyst | Pat |  |  |\n| Reviewed by |  |  |  |\n| Appointing authority |  |  |  |" in text
    data = json.loads(report_format("json").render(report))
    assert data["decision"] == {"class": "OH:65250", "effective_date": "2026-07-01",
                                "rationale": "Duties are **liaison** work."}
    assert data["compared"] == ["OH:65250", "OH:65251"]
    duties = next(s for s in data["sections"] if s["kind"] == "duties")
    assert duties["rows"][0]["percent"] == 40 and duties["rows"][0]["in"] == ["OH:65250", "OH:65251"]


def test_an_audit_is_saved_with_its_decision_and_read_back(library, position):
    position_id, _ = save_position(library.conn, position)
    audit_id = save_audit(library.conn, position_id, ["OH:65250", "OH:65251"], [{"key": "OH:65250"}], "OH:65250",
                          date(2026, 7, 1), "Why")
    saved = audit(library.conn, audit_id)
    assert (saved.position_id, saved.classes, saved.chosen_class, saved.effective_date, saved.rationale) == (
        position_id, ("OH:65250", "OH:65251"), "OH:65250", date(2026, 7, 1), "Why")
    assert save_audit(library.conn, position_id, ["OH:65251"], [], None, None, "", audit_id) == audit_id
    assert [(e.id, e.chosen_class) for e in audits(library.conn)] == [(audit_id, None)]


def test_the_audit_command_saves_lists_and_reopens_an_audit(seeded_library, tmp_path, capsys):
    path = str(seeded_library.path)
    rationale = tmp_path / "why.md"
    rationale.write_text("Technical assistance to agencies on **escalated** cases.")
    assert main(["audit", str(PD_01), "--choose", "65250", "--effective", "2026-07-01", "--rationale",
                 str(rationale), "--save", "--analyst", "R. Reviewer", "--format", "json", "--library", path]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert captured.err.endswith("saved as audit 1\n")
    assert data["audit"] == 1 and data["compared"] == ["OH:65250", "OH:65251"]
    assert data["decision"]["class"] == "OH:65250"
    assert main(["audits", "--library", path]) == 0
    assert capsys.readouterr().out == "1    position 1 Health Benefits Specialist - Agency Liaison Desk: OH:65250 " \
                                      "from 2026-07-01\n"
    assert main(["audit", "--open", "1", "--library", path]) == 0
    text = capsys.readouterr().out
    assert "- **Class allocated:** OH:65250 Benefits Management Representative" in text
    assert "Technical assistance to agencies on **escalated** cases." in text
    # Reopened without --analyst, the report still names who made the audit.
    assert "- **Analyst:** R. Reviewer" in text


def test_the_audit_command_refuses_what_it_cannot_use_with_one_line(seeded_library, capsys):
    path = str(seeded_library.path)
    assert main(["audit", str(PD_01), "--effective", "July", "--library", path]) == 2
    assert capsys.readouterr().err == "classcompare audit: --effective July: not a date (YYYY-MM-DD)\n"
    assert main(["audit", str(PD_01), "--with", "65250", "65251", "65255", "65250", "65251", "--library", path]) == 2
    assert capsys.readouterr().err == "classcompare audit: --with names 1 to 4 classes (got 5)\n"
    assert main(["audit", str(PD_01), "--choose", "99999", "--library", path]) == 1
    assert capsys.readouterr().err == "classcompare audit: 99999: no such class in the library\n"
    assert main(["audit", "--open", "8", "--library", path]) == 1
    assert capsys.readouterr().err == "classcompare audit: audit 8: no such audit in the library\n"


def test_the_audit_report_is_written_as_word_too(seeded_library, tmp_path, capsys):
    import docx

    out = tmp_path / "audit.docx"
    assert main(["audit", str(PD_01), "--choose", "65250", "--format", "docx", "-o", str(out),
                 "--library", str(seeded_library.path)]) == 0
    assert capsys.readouterr().out == f"{out}: written\n"
    texts = [p.text for p in docx.Document(str(out)).paragraphs if p.text]
    assert texts[0] == "Reclassification audit: Health Benefits Specialist - Agency Liaison Desk"
    assert "Signatures" in texts and "Decision" in texts


def test_the_audit_meets_the_duties_the_fit_covers_and_no_others(seeded_library, position):
    from desktop_app.store.audit_work import prepare_audit

    work = prepare_audit(seeded_library, position)
    duties = next(s for s in work.audit.sections if s.kind == "duties")
    for candidate in work.fit.candidates:
        if candidate.key in work.audit.labels:
            assert work.audit.reached_percent(candidate.key) == candidate.covered_percent
            assert [r.duty for r in duties.rows if candidate.key in r.reached_by] == [
                d for d in range(len(position.duties)) if d not in candidate.uncovered]
    # Duty 5 (records and reports) is covered by no class in the fit: the audit says so, and the word-processing
    # task it was weakly like is listed among the tasks the position does not reach.
    fifth = next(r for r in duties.rows if r.duty == 4)
    assert fifth.status_text == "Duty 5 · 10% of the time · in none of these classes"
    not_reached = ["".join(run.text for run in r.cells[0]) for r in duties.rows if r.duty is None]
    assert any(text.startswith("operates word processor or personal computer") for text in not_reached)


def test_the_level_of_work_names_the_level_each_concept_gives_itself(position, seed_specs):
    result = audit_comparison(position, [seed_specs["65250"], seed_specs["65251"], seed_specs["65255"]])
    level = next(r for r in result.sections[0].rows if r.status_text == "Level of work")
    assert ["".join(run.text for run in cell) for cell in level.cells] == [
        "journey · first full performance level", "journey · second full performance level",
        "managerial level"]


def test_a_class_ability_the_duties_call_for_is_not_listed_as_not_reached(position, seed_specs):
    result = audit_comparison(position, [seed_specs["65250"]])
    ksas = next(s for s in result.sections if s.kind == "ksas")
    called = {"".join(run.text for run in r.cells[0]): "".join(run.text for run in r.position)
              for r in ksas.rows if r.status_text == "Called for by the position's duties"}
    assert called["answer inquiries from employees, industry officials & payroll/personnel officers"] == (
        "Duty 3 · Agency liaison training and outreach.")
    assert called["resolve complaints from personnel officers & agency representatives"] == (
        "Duty 2 · Claims problems and appeals.")
    # In the order of the duties.
    duties = [text.split(" · ")[0] for text in called.values()]
    assert duties == sorted(duties)
    not_reached = ["".join(run.text for run in r.cells[0]) for r in ksas.rows if r.kind == NOT_REACHED]
    assert "resolve complaints from personnel officers & agency representatives" not in not_reached


def test_the_task_that_explains_a_duty_in_the_fit_meets_it_in_the_audit_and_is_not_also_not_reached(
        seeded_library):
    from desktop_app.store.audit_work import prepare_audit

    path = FIXTURES / "positions" / "pd-03-oh-benefits-analyst-disability.txt"
    work = prepare_audit(seeded_library, read_position(path.read_bytes(), str(path)))
    duties = next(s for s in work.audit.sections if s.kind == "duties")
    for candidate in work.fit.candidates:
        if candidate.key not in work.audit.labels:
            continue
        k = work.audit.labels.index(candidate.key)
        not_reached = {"".join(run.text for run in r.cells[k]) for r in duties.rows if r.duty is None}
        for match in candidate.matches:
            row = next(r for r in duties.rows if r.duty == match.duty)
            assert match.class_item in "".join(run.text for run in row.cells[k]), (candidate.key, match.duty)
            assert match.class_item not in not_reached, (candidate.key, match.duty)
    analyst = work.fit.candidate("OH:65251")
    # Duty 2 monitors the claims administrator and scored the RFP: the class's RFP task meets it.
    assert next(m for m in analyst.matches if m.duty == 1).class_item == (
        "prepares bid specifications & requests for proposals & evaluates vendors")

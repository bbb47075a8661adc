"""Jurisdictions are rows of the library; a name the user or a document gives becomes a code once."""

from __future__ import annotations

import pytest

from desktop_app.core.jurisdictions import Jurisdiction, Jurisdictions, code_for
from desktop_app.store.importing import import_paths
from tests.conftest import FIXTURES

NEOGOV = FIXTURES / "neogov"


@pytest.mark.parametrize(
    ("name", "code"),
    [("EV", "EV"), ("City of Eastvale", "EASTVALE"), ("Eastvale", "EASTVALE"), ("City of Los Angeles", "LOSANGELES"),
     ("County of Los Angeles", "LOSANGELESCO"), ("Los Angeles County", "LOSANGELESCO"),
     ("San Bernardino County", "SBCO"), ("Government of Canada", "CANADA"), ("COUNTY OF ALDER", "ALDERCO")],
)
def test_code_for(name, code):
    assert code_for(name) == code


def test_a_name_stands_for_a_known_jurisdiction_or_a_new_one():
    known = Jurisdictions((Jurisdiction("CA", "State of California (CalHR)"), Jurisdiction("EASTVALE", "Eastvale")))
    assert known.named("ca") == Jurisdiction("CA", "State of California (CalHR)")
    assert known.named("State of California") == Jurisdiction("CA", "State of California (CalHR)")
    assert known.named("City of Eastvale") == Jurisdiction("EASTVALE", "Eastvale")
    assert known.named("City of Corona") == Jurisdiction("CORONA", "City of Corona")
    # Another place whose name makes a code already taken gets a code of its own.
    assert known.named("Commonwealth of Australia") == Jurisdiction("AUSTRALIA", "Commonwealth of Australia")
    assert Jurisdictions((Jurisdiction("AUSTRALIA", "Australia Post"),)).named("Commonwealth of Australia") == (
        Jurisdiction("AUSTRALIA2", "Commonwealth of Australia"))


def test_an_import_adds_the_jurisdiction_it_was_given(library, tmp_path):
    spec = (NEOGOV / "00003-management-analyst.txt").read_text(encoding="utf-8")
    path = tmp_path / "00003-management-analyst.txt"
    path.write_text(spec.replace("City of Eastvale employees", "employees"), encoding="utf-8")
    (outcome,) = import_paths(library, [path], jurisdiction="City of Eastvale")
    assert (outcome.status, outcome.classes) == ("imported", ("00003",))
    assert Jurisdiction("EASTVALE", "City of Eastvale") in library.jurisdictions()
    assert library.jurisdiction_name("EASTVALE") == "City of Eastvale"
    assert [e.key for e in library.classes()] == ["EASTVALE:00003"]
    # The next batch names it by its code.
    (again,) = import_paths(library, [NEOGOV / "00002-senior-management-analyst.txt"], jurisdiction="eastvale")
    assert again.status == "imported"
    assert [e.key for e in library.classes()] == ["EASTVALE:00002", "EASTVALE:00003"]
    assert library.series_entries()[0].code == "Management Analyst"


def test_without_a_jurisdiction_a_document_that_names_none_is_refused(library, tmp_path):
    spec = (NEOGOV / "00003-management-analyst.txt").read_text(encoding="utf-8")
    path = tmp_path / "00003-management-analyst.txt"
    path.write_text(spec.replace("City of Eastvale employees", "employees"), encoding="utf-8")
    (outcome,) = import_paths(library, [path])
    assert outcome.line() == (
        f"{path}: failed: class 00003 (Management Analyst): the document does not say which jurisdiction it is "
        "from; import it with --jurisdiction NAME"
    )
    assert outcome.format == "generic"
    assert library.counts()["classes"] == 0


def _spec_file(folder, name: str, employer: str = "City of Eastvale employees"):
    """A fixture spec written into ``folder``, its employer's statement (its only word of jurisdiction) as given."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    spec = (NEOGOV / name).read_text(encoding="utf-8")
    path.write_text(spec.replace("City of Eastvale employees", employer), encoding="utf-8")
    return path


def test_a_document_that_names_none_takes_the_jurisdiction_its_folder_names(library, tmp_path):
    unsaid = _spec_file(tmp_path, "00003-management-analyst.txt", "employees")
    others = [_spec_file(tmp_path, n) for n in ("00002-senior-management-analyst.txt",
                                                "00004a-management-assistant.txt")]
    outcomes = import_paths(library, [others[0], unsaid, others[1]])
    # Saved after the documents that say where they are from, and the outcome says where it was filed.
    assert [o.line() for o in outcomes] == [
        f"{others[0]}: imported",
        f"{others[1]}: imported",
        f"{unsaid}: imported: it does not say which jurisdiction it is from: filed under City of Eastvale "
        "(EASTVALE), as the other 2 documents of its folder say",
    ]
    assert sorted(e.key for e in library.classes()) == ["EASTVALE:00002", "EASTVALE:00003", "EASTVALE:00004a"]
    assert [(e.code, e.classes) for e in library.series_entries()] == [("Management", 1), ("Management Analyst", 2)]


def test_a_document_that_names_none_is_refused_where_its_folder_does_not_agree(library, tmp_path):
    unsaid = _spec_file(tmp_path, "00003-management-analyst.txt", "employees")
    _spec_file(tmp_path, "00002-senior-management-analyst.txt")
    _spec_file(tmp_path, "00004a-management-assistant.txt", "County of Alder employees")
    # Another folder's documents say nothing of this one.
    _spec_file(tmp_path / "elsewhere", "26005-communications-specialist.txt")
    outcomes = import_paths(library, [tmp_path])
    assert outcomes[-1].line() == (
        f"{unsaid}: failed: class 00003 (Management Analyst): the document does not say which jurisdiction it is "
        "from; import it with --jurisdiction NAME (the other documents of its folder are of 2 jurisdictions: "
        "ALDERCO, EASTVALE)"
    )
    assert sorted(e.key for e in library.classes()) == ["ALDERCO:00004a", "EASTVALE:00002", "EASTVALE:26005"]
    lone = _spec_file(tmp_path / "lone", "00003-management-analyst.txt", "employees")
    _spec_file(tmp_path / "lone" / "inner", "00002-senior-management-analyst.txt")
    (refused, _inner) = import_paths(library, [tmp_path / "lone"])[::-1]
    assert refused.line() == (
        f"{lone}: failed: class 00003 (Management Analyst): the document does not say which jurisdiction it is "
        "from; import it with --jurisdiction NAME"
    )

"""The series a class of a heading-driven spec says it belongs to: words of one stem name one series."""

from __future__ import annotations

import pytest

from desktop_app.core.formats.class_identity import series_name


@pytest.mark.parametrize(("title", "concept", "series"), [
    # The series named by its worker is the series named by its work, where the class names its work so.
    ("City Planner", "To manage current and long-range planning programs. This classification is distinguished "
     "from other classifications in the Planner series by …", "Planning"),
    ("Planning Technician", "This is the paraprofessional class in the Planning series.", "Planning"),
    ("Senior Engineer", "Performs engineering work. The advanced level in the Engineer series.", "Engineering"),
    # Without the work's word, or for a series of a rank, the name stays as written.
    ("Planner", "Performs professional work. The journey level in the Planner series.", "Planner"),
    ("Senior Manager", "Oversees managing staff. The senior level in the Manager series.", "Manager"),
    ("Senior Streets Maintenance Worker", "Working conditions vary. The lead level in the Street Maintenance "
     "Worker series.", "Street Maintenance Worker"),
    ("Senior Accountant", "Performs accounting work; distinguished from the Accountant by its review.", "Accountant"),
])
def test_a_series_is_named_by_its_work(title, concept, series):
    assert series_name(title, concept) == series

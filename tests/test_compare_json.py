"""comparison_to_dict(): the documented JSON shape, exactly, and that it survives json.dumps."""

from __future__ import annotations

import json
from datetime import date

from desktop_app.core.compare import CompareOptions, compare, comparison_to_dict
from desktop_app.core.model import ClassSpec, Item, Section


def two_levels() -> list[ClassSpec]:
    low = ClassSpec(
        "OH",
        "65250",
        "Benefits Management Representative",
        effective_date=date(1995, 11, 12),
        sections=(Section("knowledge", "Knowledge of", (Item("public relations"), Item("interviewing", True))),),
    )
    high = ClassSpec(
        "OH",
        "65251",
        "Benefits Management Analyst",
        sections=(
            Section(
                "knowledge",
                "Knowledge of",
                (Item("managerial principles/techniques", True), Item("Public Relations")),
            ),
        ),
    )
    return [low, high]


SUMMARY_KEYS = [
    "items",
    "items_same",
    "items_changed",
    "items_related",
    "items_added",
    "items_dropped",
    "words_inserted",
    "words_deleted",
    "words_unchanged",
    "similarity_percent",
    "added_at",
    "dropped_at",
]


def test_shape_and_values():
    data = comparison_to_dict(compare(two_levels(), CompareOptions(ignore_case=True)))
    assert list(data) == ["classes", "base", "options", "factors", "differences", "sections", "summary"]
    assert data["factors"] == []  # neither class states a level factor
    assert data["differences"] == [
        {"from": "65250", "to": "65251", "text": "The text gives nothing that sets 65251 apart from 65250."}]
    assert data["classes"] == [
        {
            "number": "65250",
            "title": "Benefits Management Representative",
            "jurisdiction": "OH",
            "effective_date": "1995-11-12",
            "label": "65250",
        },
        {
            "number": "65251",
            "title": "Benefits Management Analyst",
            "jurisdiction": "OH",
            "effective_date": None,
            "label": "65251",
        },
    ]
    assert data["base"] == "previous"
    assert data["options"] == {
        "ignore_case": True,
        "ignore_punctuation": False,
        "and_equals_ampersand": False,
        "ignore_numbering": False,
    }
    assert [(s["kind"], s["title"]) for s in data["sections"]] == [("metadata", "Class"), ("knowledge", "Knowledge")]
    metadata_rows = data["sections"][0]["rows"]
    assert [(r["name"], r["status"]) for r in metadata_rows] == [
        ("Class number", "changed"),
        ("Class title", "changed"),
        ("Effective date", "dropped"),
    ]
    knowledge = data["sections"][1]
    # The added item comes first in 65251, with no item before it, so its row leads.
    assert knowledge["rows"] == [
        {
            "status": "added",
            "at": "65251",
            "name": None,
            "pairing": None,
            "cells": [
                {"number": "65250", "label": "65250", "text": None, "after_employment": False,
                 "paragraph": None, "inherited": False, "segments": []},
                {
                    "number": "65251",
                    "label": "65251",
                    "text": "managerial principles/techniques",
                    "after_employment": True,
                    "paragraph": None,
                    "inherited": False,
                    "segments": [{"op": "insert", "text": "managerial principles/techniques"}],
                },
            ],
        },
        {
            "status": "same",
            "at": None,
            "name": None,
            "pairing": None,
            "cells": [
                {
                    "number": "65250",
                    "label": "65250",
                    "text": "public relations",
                    "after_employment": False,
                    "paragraph": None,
                    "inherited": False,
                    "segments": [{"op": "equal", "text": "public relations"}],
                },
                {
                    "number": "65251",
                    "label": "65251",
                    "text": "Public Relations",
                    "after_employment": False,
                    "paragraph": None,
                    "inherited": False,
                    "segments": [{"op": "equal", "text": "Public Relations", "base_text": "public relations"}],
                },
            ],
        },
        {
            "status": "dropped",
            "at": "65251",
            "name": None,
            "pairing": None,
            "cells": [
                {
                    "number": "65250",
                    "label": "65250",
                    "text": "interviewing",
                    "after_employment": True,
                    "paragraph": None,
                    "inherited": False,
                    "segments": [{"op": "equal", "text": "interviewing"}],
                },
                {"number": "65251", "label": "65251", "text": None, "after_employment": False,
                 "paragraph": None, "inherited": False, "segments": []},
            ],
        },
    ]
    assert knowledge["summary"] == {
        "items": 3,
        "items_same": 1,
        "items_changed": 0,
        "items_related": 0,
        "items_added": 1,
        "items_dropped": 1,
        "words_inserted": 3,
        "words_deleted": 1,
        "words_unchanged": 2,
        "similarity_percent": 50.0,
        "added_at": {"65251": 1},
        "dropped_at": {"65251": 1},
    }
    assert data["summary"] == knowledge["summary"]
    assert list(data["summary"]) == SUMMARY_KEYS


def test_a_chosen_base_is_named_by_its_label():
    data = comparison_to_dict(compare(two_levels(), CompareOptions(base="65251"), labels=None))
    assert data["base"] == "65251"
    data = comparison_to_dict(compare(two_levels(), CompareOptions(base="new"), labels=["old", "new"]))
    assert data["base"] == "new"
    assert [c["label"] for c in data["classes"]] == ["old", "new"]


def test_round_trips_through_json():
    data = comparison_to_dict(compare(two_levels()))
    assert json.loads(json.dumps(data)) == data

"""A saved comparison reopens as it was saved: differences only, merged identical cells, level cues."""

from __future__ import annotations


def test_a_saved_comparison_reopens_with_its_view(window):
    tab = window.compare_series("OH", "6525")
    tab.differences_only.setChecked(True)
    tab.merge_identical.setChecked(True)
    tab.level_cues.setChecked(False)
    saved_id = window.save_comparison(tab, "Series 6525, differences")
    window.close_current_tab()
    reopened = window.open_saved_comparison(saved_id)
    assert reopened.differences_only.isChecked()
    assert reopened.merge_identical.isChecked()
    assert not reopened.level_cues.isChecked()


def test_a_comparison_saved_before_the_view_was_kept_reopens_with_the_defaults(window):
    saved_id = window.library.save_comparison("Old", ["OH:65250", "OH:65251"], {"base": None}, "", None, [])
    reopened = window.open_saved_comparison(saved_id)
    assert not reopened.differences_only.isChecked()
    assert not reopened.merge_identical.isChecked()
    assert reopened.level_cues.isChecked()

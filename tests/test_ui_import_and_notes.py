"""Importing from the window (worker, progress, cancel), audit notes, settings restored, hostile text."""

from __future__ import annotations

import threading

from PySide6.QtCore import QMimeData, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton

from desktop_app.ui.comparison_model import FIRST_CLASS_COL
from desktop_app.ui.roles import HTML_ROLE
from tests.conftest import SEED


def renumbered_seed(n: int) -> str:
    """The seed as another series: numbers 7xxx so each copy adds three new classes."""
    text = SEED.read_text()
    for old in ("65250", "65251", "65255"):
        text = text.replace(old, f"{70000 + n * 10}{old[-1]}")
    return text.replace("\n6525\n", f"\n{7000 + n}\n")


def test_import_runs_in_a_worker_and_ends_with_a_summary(window, qtbot, tmp_path):
    good = tmp_path / "7001.txt"
    good.write_text(renumbered_seed(1))
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"")
    progress = []
    with qtbot.waitSignal(window.import_finished, timeout=20000) as finished:
        worker = window.import_paths([str(good), str(bad)])
        worker.progressed.connect(lambda done, total, line: progress.append((done, total, line)))
    outcomes = finished.args[0]
    assert [(o.path, o.status) for o in outcomes] == [(str(good), "imported"), (str(bad), "failed")]
    assert [p[:2] for p in progress] == [(1, 2), (2, 2)]
    assert window.last_message.text() == ("2 documents: 1 imported, 0 revised, 0 unchanged, 1 failed.\n\n"
                                          "Not imported (1 document):\nbroken.txt: the document is empty")
    assert window.last_message.detailedText() == f"{bad}: failed: the document is empty"
    assert window.panel.count_label.text() == "6 classes in 2 series"
    window.last_message.close()


def test_import_can_be_cancelled(window, qtbot, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1, 41):
        (folder / f"{n:03}.txt").write_text(renumbered_seed(n))
    clicked = threading.Event()

    def hold_after_the_third(done, total, line):  # in the worker's thread: wait there for the click
        if done == 3:
            clicked.wait(10)

    class Person(QObject):  # lives in the window's thread, so the progress reaches it there
        @Slot(int, int, str)
        def click_cancel(self, done, total, line):
            if done == 3:
                window.import_progress.findChild(QPushButton).click()
                clicked.set()

    person = Person()
    with qtbot.waitSignal(window.import_finished, timeout=60000) as finished:
        worker = window.import_paths([str(folder)])
        # The person first: an emission posts to queued slots in the order they were connected.
        worker.progressed.connect(person.click_cancel)
        worker.progressed.connect(hold_after_the_third, Qt.ConnectionType.DirectConnection)
    outcomes = finished.args[0]
    assert len(outcomes) == 3
    assert window.last_message.text().startswith(f"Import cancelled. {len(outcomes)} documents:")
    assert window.statusBar().currentMessage() == ""
    assert window.library.counts()["classes"] == 3 + 3 * len(outcomes)
    window.last_message.close()


def test_dropping_files_on_the_window_imports_them(window, qtbot, tmp_path):
    dropped = tmp_path / "7002.txt"
    dropped.write_text(renumbered_seed(2))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as finished:
        window.dropEvent(event)
    assert [o.status for o in finished.args[0]] == ["imported"]
    window.last_message.close()


def test_notes_are_saved_with_the_comparison_and_reloaded(window, qtbot):
    tab = window.compare_series("OH", "6525")
    tab.option_boxes["and_equals_ampersand"].setChecked(True)
    tab.notes.setPlainText("## Finding\n\nThe **Analyst** level adds *managerial* knowledge.")
    saved_id = window.save_current_comparison("Series 6525 review")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Series 6525 review"
    assert window.panel.saved_list.count() == 1
    assert window.panel.saved_list.item(0).text().startswith("Series 6525 review\nOH:65250, OH:65251, OH:65255")
    window.close_current_tab()
    reopened = window.open_saved_comparison(saved_id)
    assert reopened.notes_text() == "## Finding\n\nThe **Analyst** level adds *managerial* knowledge."
    assert reopened.options.and_equals_ampersand is True
    assert reopened.title() == "65250 → 65251 → 65255"
    html = reopened.notes_preview.toHtml()
    assert "Finding" in reopened.notes_preview.toPlainText()
    assert "font-weight:700" in html or "font-weight:600" in html


def test_window_settings_and_open_comparisons_are_restored(make_window, tmp_path):
    first = make_window()
    first.resize(701, 555)
    tab = first.compare_classes(["OH:65255", "OH:65251"])
    tab.differences_only.setChecked(True)
    first.splitter.setSizes([300, 400])
    first.close()
    second = make_window(tmp_path / "gui-library.sqlite")
    assert (second.size().width(), second.size().height()) == (701, 555)
    tabs = second.comparison_tabs()
    assert [t.title() for t in tabs] == ["65251 → 65255"]
    assert tabs[0].differences_only.isChecked()
    assert second.splitter.sizes()[0] == 300


def test_hostile_spec_text_is_shown_as_text(window, qtbot, tmp_path):
    hostile = SEED.read_text().replace(
        "May require travel.",
        'May require <b>bold</b> <img src="http://example.com/track.png"> '
        '<a href="http://example.com/x">click</a> <script>alert(1)</script> travel.',
    )
    path = tmp_path / "hostile.txt"
    path.write_text(hostile)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as finished:
        window.import_paths([str(path)])
    assert [o.status for o in finished.args[0]] == ["revised"]
    window.last_message.close()
    window.show_class("OH:65250")
    text = window.spec_view.toPlainText()
    assert '<b>bold</b> <img src="http://example.com/track.png"> <a href="http://example.com/x">click</a>' in text
    assert "<img" not in window.spec_view.toHtml().replace("&lt;img", "")
    tab = window.compare_series("OH", "6525")
    row = next(r for r in range(tab.model.rowCount()) if "<script>" in tab.model.row_text(r))
    html = tab.model.index(row, FIRST_CLASS_COL).data(HTML_ROLE)
    assert "&lt;script&gt;" in html and "<script>" not in html and "<img" not in html


def test_notes_markup_is_escaped_and_links_wait_for_a_click(window):
    tab = window.compare_series("OH", "6525")
    tab.notes.setPlainText('<b>raw</b> <img src="http://example.com/x.png"> [DAS](https://das.ohio.gov)')
    tab._render_notes()
    assert tab.notes_preview.toPlainText() == '<b>raw</b> <img src="http://example.com/x.png"> DAS'
    assert 'href="https://das.ohio.gov"' in tab.notes_preview.toHtml()
    assert tab.notes_preview.openExternalLinks() is False
    assert tab.notes_preview.loadResource(2, QUrl("http://example.com/x.png")) is None


def test_a_document_imported_with_something_to_check_is_named_in_the_summary(window, qtbot, tmp_path):
    from tests.calhr_pages import FIXTURES

    for name in ("3661.html", "3662.html"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    with qtbot.waitSignal(window.import_finished, timeout=20000, raising=True):
        window.import_paths([str(tmp_path)])
    assert window.last_message.text() == (
        "2 documents: 2 imported, 0 revised, 0 unchanged, 0 failed.\n\nTo check (1 document):\n"
        "3662.html: the page's 'Class Code:' line says 3661, but the page is 3662: imported as 3662 "
        "(Control System Technician II); check which code is right"
    )
    window.last_message.close()

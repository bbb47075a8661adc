"""Screenshots for the README: ``xvfb-run -s "-screen 0 1600x1000x24" uv run python -m tests.screenshots.take``.

Opens the window on a fresh default library (the bundled Ohio series, and a later revision of 65251) with settings
of its own, and saves into tests/screenshots/: the library and a spec, a search with results ticked, a three-level
comparison with its notes not saved yet, the question on closing it, the differences only, the window at 1024×700, printed
pages of the comparison (one with a row carried over) and of a class spec, and a page of the Word report as
LibreOffice prints it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTES = ("## Series review\n\nThe **Analyst** adds *managerial principles/techniques*; the **Manager 1** adds "
         "supervisory principles and the team-leader ability.\n\n- MQ ladder is coherent: 65250 → 65251 → 65255")


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.conftest import SEED
    from tests.screenshots import opened_window
    from tests.test_library import revised_seed

    work, app, window, settle = opened_window("classcompare-shots-", 1280, 800)

    window.panel.search_field.setText("supervisory princ")
    settle(0.4)
    window.panel.results_model.set_checked(0, True)
    window.panel.results.setCurrentIndex(window.panel.results_model.index(0, 0))
    settle()
    window.grab().save(str(HERE / "search.png"))
    window.panel.search_field.clear()
    settle()

    tab = window.compare_series("OH", "6525")
    tab.notes.setPlainText(NOTES)
    tab._render_notes()  # the preview follows typing after a pause; render it now
    settle()
    row = next(r for r in range(tab.model.rowCount()) if "case management programs; unemployment" in tab.model.row_text(r))
    tab.table.scrollTo(tab.model.index(row, 1), tab.table.ScrollHint.PositionAtTop)
    settle()
    window.grab().save(str(HERE / "comparison.png"))

    # The question before a tab with unsaved notes closes (the tab itself is marked in comparison.png).
    def grab_question() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            settle(0.2)
            box.grab().save(str(HERE / "notes-question.png"))
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            QTimer.singleShot(20, grab_question)

    QTimer.singleShot(0, grab_question)
    window.close_current_tab()
    window.save_current_comparison("Series 6525 review")

    tab.differences_only.setChecked(True)
    tab.section_filter.setCurrentIndex(tab.section_filter.findData("knowledge"))
    settle()
    window.grab().save(str(HERE / "comparison-differences-only.png"))
    tab.section_filter.setCurrentIndex(0)
    tab.differences_only.setChecked(False)

    window.resize(1024, 700)
    settle(0.3)
    window.grab().save(str(HERE / "window-1024x700.png"))
    window.resize(1280, 800)
    settle()

    pdf = work / "report.pdf"
    window.reports.export("pdf", str(pdf))
    pages(pdf, "report-page", first=1, last=2)
    pages(pdf, "report-page-continued", first=continued_page(pdf), last=continued_page(pdf))
    docx = work / "report.docx"
    window.reports.export("docx", str(docx))
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office:
        subprocess.run([office, f"-env:UserInstallation=file://{work / 'office'}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(work / "word"), str(docx)], check=True, capture_output=True)
        pages(work / "word" / "report.pdf", "word-page", first=2, last=2)

    window.tabs.setCurrentIndex(0)
    window.show_class("OH:65251")
    spec_pdf = work / "65251.pdf"
    window.reports.export("pdf", str(spec_pdf))
    pages(spec_pdf, "spec-page", first=1, last=1)

    # Last, so that the comparisons above are of the bundled specs: a later revision of 65251, in the tree.
    revised = work / "6525-revised.txt"
    revised.write_text(revised_seed(SEED.read_text(encoding="utf-8")))
    window.import_paths([str(revised)])
    while window.imports.running is not None:
        settle()
    window.last_message.close()

    window.panel.tree_model.set_checked("OH:65250", True)
    window.panel.tree_model.set_checked("OH:65251@1995-08-06", True)
    window.panel.tree.expandAll()
    window.panel.select_class("OH:65251")
    settle()
    window.grab().save(str(HERE / "library-and-spec.png"))


    window.keeper.discard_all()
    window.close()
    print(f"screenshots in {HERE}")
    return 0


def pages(pdf: Path, stem: str, first: int, last: int) -> None:
    """Pages of a PDF as PNG files (pdftoppm): ``stem-01.png``, ``stem-02.png`` … or ``stem.png`` for one page."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", str(first), "-l", str(last), str(pdf),
                        str(Path(folder) / "page")], check=True)
        made = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        for n, png in enumerate(made, start=1):
            shutil.move(png, HERE / (f"{stem}.png" if first == last else f"{stem}-{n:02}.png"))


def continued_page(pdf: Path) -> int:
    """The first page that carries a row over from the page before."""
    import pypdf

    for number, page in enumerate(pypdf.PdfReader(str(pdf)).pages, start=1):
        if "(continued)" in page.extract_text():
            return number
    return 2


if __name__ == "__main__":
    sys.exit(main())

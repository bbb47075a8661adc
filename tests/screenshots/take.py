"""Screenshots for the README: ``xvfb-run -s "-screen 0 1600x1000x24" uv run python -m tests.screenshots.take``.

Opens the window on a fresh default library (the bundled Ohio series) with settings of its own, and saves the
library, a spec, a three-level comparison and a printed page into tests/screenshots/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="classcompare-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["CLASSCOMPARE_LIBRARY"] = str(work / "library.sqlite")
    from desktop_app.app import make_application
    from desktop_app.store.location import library_path
    from desktop_app.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow(library_path())
    window.resize(1280, 800)
    window.show()
    window.load_library()
    window.settings.analyst_name = "Pat Analyst"

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    window.panel.tree_model.set_checked("OH:65250", True)
    window.panel.tree_model.set_checked("OH:65251", True)
    window.panel.select_class("OH:65251")
    settle()
    window.grab().save(str(HERE / "library-and-spec.png"))

    window.panel.search_field.setText("supervisory princ")
    for _ in range(30):
        app.processEvents()
        __import__("time").sleep(0.01)
    window.panel.results.setCurrentIndex(window.panel.results_model.index(0, 0))
    settle()
    window.grab().save(str(HERE / "search.png"))
    window.panel.search_field.clear()
    settle()

    tab = window.compare_series("OH", "6525")
    tab.notes.setPlainText(
        "## Series review\n\nThe **Analyst** adds *managerial principles/techniques*; the **Manager 1** adds "
        "supervisory principles and the team-leader ability.\n\n- MQ ladder is coherent: 65250 → 65251 → 65255"
    )
    tab._render_notes()  # the preview follows typing after a pause; render it now
    settle()
    row = next(r for r in range(tab.model.rowCount()) if "case management programs; unemployment" in tab.model.row_text(r))
    tab.table.scrollTo(tab.model.index(row, 1), tab.table.ScrollHint.PositionAtTop)
    settle()
    window.grab().save(str(HERE / "comparison.png"))
    tab.differences_only.setChecked(True)
    tab.section_filter.setCurrentIndex(tab.section_filter.findData("knowledge"))
    settle()
    window.grab().save(str(HERE / "comparison-differences-only.png"))
    tab.section_filter.setCurrentIndex(0)
    tab.differences_only.setChecked(False)

    pdf = work / "report.pdf"
    window.reports.export("pdf", str(pdf))
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", str(pdf), str(HERE / "report-page")], check=True)
    window.close()
    print(f"screenshots in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

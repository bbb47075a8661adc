"""Screenshots of an audit for the README: ``xvfb-run -s "-screen 0 1600x1000x24" uv run python -m
tests.screenshots.take_audit``.

Opens the window on a fresh default library (the bundled Ohio series), audits the Ohio benefits representative's
position description of the test set, records a decision, and saves the audit tab, the Positions list and the
first pages of the audit report into tests/screenshots/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
PD = HERE.parent / "fixtures" / "positions" / "pd-01-oh-benefits-rep-health.txt"


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="classcompare-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["CLASSCOMPARE_LIBRARY"] = str(work / "library.sqlite")
    from desktop_app.app import make_application
    from desktop_app.core.audit.decision import Decision
    from desktop_app.store.location import library_path
    from desktop_app.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow(library_path())
    window.resize(1400, 860)
    window.show()
    window.load_library()
    window.settings.analyst_name = "Pat Analyst"

    def settle(seconds: float = 0.2) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    settle()
    opened = []
    window.audit_opened.connect(opened.append)
    window.audits.audit_file(str(PD))
    while not opened:
        settle(0.1)
    tab = opened[0]
    tab.set_decision(Decision("OH:65250", date(2026, 7, 1),
                              "The duties are **technical assistance** to agencies on escalated benefit cases and "
                              "appeal files, under general supervision, without lead duties: the first full "
                              "performance level.\n\n- Not the Analyst: no vendor or program projects of its own."))
    window.audits.save_current()
    window.panel.tabs.setCurrentIndex(2)
    window.splitter.setSizes([300, 1100])
    settle(0.5)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.data(tab.model.index(r, 0)) == "Duties")
    tab.table.scrollTo(tab.model.index(row, 1), tab.table.ScrollHint.PositionAtTop)
    settle(0.3)
    window.grab().save(str(HERE / "audit.png"))
    pdf = work / "audit.pdf"
    window.reports.export("pdf", str(pdf))
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "3", str(pdf), str(HERE / "audit-report-page")],
                   check=True)
    window.close()
    print(f"screenshots in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

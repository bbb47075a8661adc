"""Screenshots of an audit for the README: ``xvfb-run -s "-screen 0 1600x1000x24" uv run python -m
tests.screenshots.take_audit``.

Opens the window on a fresh default library (the bundled Ohio series), audits the Ohio benefits representative's
position description of the test set, records a decision, and saves the audit tab, the Positions list and the
first pages of the audit report into tests/screenshots/.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
PD = HERE.parent / "fixtures" / "positions" / "pd-01-oh-benefits-rep-health.txt"


def main() -> int:
    from desktop_app.core.audit.decision import Decision
    from tests.screenshots import opened_window

    work, app, window, settle = opened_window("classcompare-shots-", 1400, 860)

    settle(0.2)
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

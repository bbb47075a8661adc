"""Screenshots of drafting for the README: ``xvfb-run -s "-screen 0 1600x1000x24" uv run python -m
tests.screenshots.take_drafts`` (LibreOffice and poppler-utils for the redline's page).

Opens the window on a fresh default library with settings of its own, drafts a revision of 65251 in the editor,
and saves the editor, the draft compared with the current revision, and the redline's second page (its duties) as LibreOffice
shows them (tracked changes shown) into tests/screenshots/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    from PySide6.QtTest import QTest

    from tests.screenshots import opened_window

    work, app, window, settle = opened_window("classcompare-draft-shots-", 1280, 800)

    settle()
    window.panel.select_class("OH:65251")
    editor = window.draft_revision()
    editor.title_field.setFocus()
    editor.title_field.setCursorPosition(0)
    QTest.keyClicks(editor.title_field, "Senior ")
    editor.date_field.setFocus()
    QTest.keyClicks(editor.date_field, "2025-07-01")
    def duty(n: int):  # the outline is made anew when items come and go
        return editor.outline.topLevelItem(2).child(n)

    editor.outline.setCurrentItem(duty(0))
    text = editor.spec.sections[2].items[0].text
    editor.item_text.setPlainText(text.replace("Manages variety of both", "Manages a wide range of"))
    editor.outline.setCurrentItem(duty(1))
    editor.delete_item()
    editor.add_item()
    QTest.keyClicks(editor.item_text, "Represents the agency at grievance hearings and before the State Personnel "
                                      "Board.")
    editor.outline.setCurrentItem(editor.outline.topLevelItem(3).child(4))
    editor.flag_box.setChecked(True)
    editor.outline.setCurrentItem(duty(2))
    settle()
    window.grab().save(str(HERE / "draft-editor.png"))

    tab = window.compare_draft()
    tab.differences_only.setChecked(True)
    settle()
    window.grab().save(str(HERE / "draft-comparison.png"))

    redline = work / "65251-redline.docx"
    window.drafts.export(clean=False, path=str(redline))
    soffice = shutil.which("soffice")
    if soffice and shutil.which("pdftoppm"):
        subprocess.run([soffice, "--headless", f"-env:UserInstallation={(work / 'lo').as_uri()}", "--convert-to",
                        "pdf", "--outdir", str(work), str(redline)], check=True, capture_output=True)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "2", "-l", "2", str(work / "65251-redline.pdf"),
                        str(HERE / "redline-page")], check=True)
    window.close()
    print(f"screenshots in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

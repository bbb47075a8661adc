"""LibreOffice as the board's secretary would use it, headless: a Word file to PDF as it shows (tracked changes
shown, as LibreOffice does by default), and its text after Accept All or Reject All (a Basic macro in a profile
of the tests' own)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; Debian: apt-get install libreoffice-writer-nogui")

# Opens a document hidden, runs one of Writer's commands (AcceptAllTrackedChanges, RejectAllTrackedChanges),
# and saves its text as UTF-8.
_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Redline" script:language="StarBasic">
Sub Settle(source As String, target As String, command As String)
    Dim hidden(0) As New com.sun.star.beans.PropertyValue
    hidden(0).Name = &quot;Hidden&quot;
    hidden(0).Value = True
    Dim document As Object
    document = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, hidden())
    Dim dispatcher As Object
    dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
    dispatcher.executeDispatch(document.CurrentController.Frame, &quot;.uno:&quot; &amp; command, &quot;&quot;, 0, Array())
    Dim text(1) As New com.sun.star.beans.PropertyValue
    text(0).Name = &quot;FilterName&quot;
    text(0).Value = &quot;Text (encoded)&quot;
    text(1).Name = &quot;FilterOptions&quot;
    text(1).Value = &quot;UTF8&quot;
    document.storeToURL(ConvertToURL(target), text())
    document.close(True)
End Sub
</script:module>
"""


class LibreOffice:
    def __init__(self, profile: Path) -> None:
        self.profile = profile
        self._run("--terminate_after_init")  # makes the profile, with its Standard macro library
        basic = profile / "user" / "basic" / "Standard"
        (basic / "Redline.xba").write_text(_MACRO, encoding="utf-8")
        index = basic / "script.xlb"
        listing = index.read_text(encoding="utf-8")
        if 'library:name="Redline"' not in listing:
            index.write_text(listing.replace("</library:library>",
                                             ' <library:element library:name="Redline"/>\n</library:library>'),
                             encoding="utf-8")

    def _run(self, *args: str, cwd: Path | None = None) -> None:
        subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={self.profile.as_uri()}",
                        *args], check=True, capture_output=True, timeout=120, cwd=cwd)

    def convert(self, document: Path, to: str) -> Path:
        """``document`` converted beside itself: "pdf", or "txt" (UTF-8 text, one line a paragraph)."""
        target = "txt:Text (encoded):UTF8" if to == "txt" else to
        self._run("--convert-to", target, "--outdir", str(document.parent), str(document))
        return document.with_suffix(f".{to}")

    def settled_lines(self, document: Path, accept: bool) -> list[str]:
        """The document's paragraphs after Accept All (``accept``) or Reject All."""
        target = document.with_name(f"{document.stem}-{'accepted' if accept else 'rejected'}.txt")
        command = "AcceptAllTrackedChanges" if accept else "RejectAllTrackedChanges"
        self._run(f'macro:///Standard.Redline.Settle("{document}","{target}","{command}")')
        return text_lines(target)


def text_lines(path: Path) -> list[str]:
    """The paragraphs of a text export; an empty last paragraph (where the document's last paragraph went) is none."""
    lines = path.read_text(encoding="utf-8-sig").split("\n")
    # LibreOffice's text export keeps hidden text, which a reader never sees: the note a printout keeps at its end.
    lines = [line for line in lines if not line.startswith("<!-- class-spec-compare ")]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory) -> LibreOffice:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return LibreOffice(tmp_path_factory.mktemp("libreoffice-profile"))

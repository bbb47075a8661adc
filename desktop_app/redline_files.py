"""A class's redline (its draft against the current revision) or the clean copy of its draft, written to a Word
file whole or not at all (files.py). No Qt."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.core.drafts import DRAFT
from desktop_app.files import write_atomically

if TYPE_CHECKING:
    from desktop_app.store.library import Library


class RedlineWritten(NamedTuple):
    path: Path
    insertions: int
    deletions: int
    author: str

    def line(self) -> str:
        """“65251-redline.docx: written (7 insertions, 5 deletions, by Pat Analyst)”."""
        def many(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"

        by = f", by {self.author}" if self.author else ""
        return f"{self.path}: written ({many(self.insertions, 'insertion')}, {many(self.deletions, 'deletion')}{by})"


def os_user_name() -> str:
    """Who is signed in, for a revision's author when the analyst gave no name."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def write_redline(library: Library, jurisdiction: str, number: str, path: Path | str, author: str,
                  clean: bool = False, when: datetime | None = None) -> RedlineWritten:
    """The draft of the class against its current revision (``clean``: the draft alone) as a .docx at ``path``;
    ClassNotFound when the class has no draft, OSError when the file cannot be written."""
    from desktop_app.core.redline import change_counts, redline
    from desktop_app.core.redline_docx import clean_docx, redline_docx

    when = when or datetime.now(timezone.utc)
    draft = library.spec(jurisdiction, number, DRAFT)
    if clean:
        data, counts = clean_docx(draft, author, when), (0, 0)
    else:
        current = library.spec(jurisdiction, number)
        data, counts = redline_docx(current, draft, author, when), change_counts(redline(current, draft))
    write_atomically(Path(path), data)
    return RedlineWritten(Path(path), *counts, author)

"""The one error a document parser raises: what is wrong, and on which line where that applies."""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot be read as a class specification."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line else self.reason


class JurisdictionNotSaid(DocumentError):
    """A class specification that does not say which jurisdiction it is from, imported without one named: a
    batch may still know it from the other documents of its folder."""

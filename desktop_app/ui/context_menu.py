"""A context menu asked for by a right click or the menu key, as a signal with the point in the viewport."""

from __future__ import annotations


class ContextMenuAt:
    """Mix into a view with ``context_menu_at = Signal(QPoint)``: what a custom context-menu policy gives, without
    reading the ``Qt`` namespace before the window's first paint (see roles.py)."""

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.context_menu_at.emit(event.pos())

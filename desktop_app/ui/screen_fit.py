"""A window brought back from a larger screen, or from a higher display scale, kept whole on the screen it opens on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """Shrink the window to the screen's free area, frame included, and move it wholly onto it."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    # The title bar and borders: known once the window is on screen, nothing before.
    extra_width, extra_height = frame.width() - inner.width(), frame.height() - inner.height()
    width = min(inner.width(), available.width() - extra_width)
    height = min(inner.height(), available.height() - extra_height)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(max(width, 1), max(height, 1))
    frame = window.frameGeometry()
    left = min(max(frame.left(), available.left()), available.left() + available.width() - frame.width())
    top = min(max(frame.top(), available.top()), available.top() + available.height() - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(max(left, available.left()), max(top, available.top()))

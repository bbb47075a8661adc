"""A text browser that never fetches anything and opens a link only when the user clicks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser

if TYPE_CHECKING:  # QUrl and QDesktopServices load on the first click, not at start
    from PySide6.QtCore import QUrl


class SafeBrowser(QTextBrowser):
    """Shows HTML we built from escaped text. Images and stylesheets are never loaded from anywhere."""

    link_opened = Signal(object)  # the QUrl opened

    def __init__(self, parent=None, open_clicked_links: bool = False) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._open_clicked_links = open_clicked_links
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("", "cmp"):
            self.scrollToAnchor(url.fragment())
            return
        if self._open_clicked_links and url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
            self.link_opened.emit(url)

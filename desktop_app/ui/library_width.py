"""The window's two panes, the library beside the tabs: the library as wide as its class titles need, up to a share
of the window, until the analyst sets its width (dragged, or restored from the settings). Imports no store.

Nothing here reads PySide6's ``Qt`` namespace: the first width is worked out before the window's first paint is
done (see roles.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QSplitter, QStyleOptionViewItem, QWidget

# The library's share of the window when its titles ask for more (beyond it, titles are elided in the middle, so
# the class number and the end of the title that tells the levels apart still show)…
MOST_SHARE = 0.36
# … and the width it has at least (a small window: under a third of it, to leave room to compare).
LEAST_WIDTH, LEAST_SHARE = 380, 0.28
MEASURED_ROWS = 3000  # a small library's tree has every row; a large one's only those opened so far


class LibrarySplitter(QSplitter):
    def __init__(self, panel: QWidget, tabs: QWidget) -> None:
        super().__init__()  # horizontal
        self.panel = panel
        self.addWidget(panel)
        self.addWidget(tabs)
        self.setStretchFactor(1, 3)
        self.setSizes([LEAST_WIDTH, 900])
        self.set_by_analyst = False
        self._titles_need = 0  # the library panel's width that shows every title whole, measured when filled
        self.splitterMoved.connect(self._on_splitter_moved)
        panel.refreshed.connect(self.fit_library)

    def restore(self, state) -> None:
        """The widths the analyst left (saved by ``saveState``), else the library's own."""
        if state is not None and self.restoreState(state):
            self.set_by_analyst = True
        else:
            self.fit_library()

    def fit_library(self) -> None:
        """The library as wide as its titles need (measured again now), within its shares of the window."""
        if self.set_by_analyst:
            return
        self._titles_need = panel_width_for_titles(self.panel)
        self._share_out()

    def library_width(self, window_width: int) -> int:
        least = min(LEAST_WIDTH, int(window_width * LEAST_SHARE))
        return max(least, min(self._titles_need, int(window_width * MOST_SHARE)))

    def _share_out(self) -> None:
        width = self.width() - self.handleWidth()
        if width > 0 and not self.set_by_analyst:
            library = self.library_width(width)
            self.setSizes([library, width - library])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._share_out()  # the window's size changes the share until the analyst sets a width

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self.set_by_analyst = True


def panel_width_for_titles(panel) -> int:
    """The width of the library panel at which every row of its tree made so far shows whole, with the effective
    date beside it and room for a scroll bar when the rows, all opened, would need one."""
    tree = panel.tree
    model = tree.model()
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    delegate = tree.itemDelegate()
    step = tree.indentation()
    first_level = 1 if tree.rootIsDecorated() else 0
    widest, rows = 0, 0
    parents = [(QModelIndex(), 0)]
    while parents and rows < MEASURED_ROWS:
        parent, depth = parents.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows += 1
            widest = max(widest, step * (depth + first_level) + delegate.sizeHint(option, index).width())
            if model.rowCount(index):
                parents.append((index, depth + 1))
    viewport = tree.viewport()
    # The tab around the tree, its frame, the search field's margins: the panel's width less the tree's viewport.
    chrome = panel.width() - viewport.width() if panel.width() > viewport.width() else 2 * tree.frameWidth() + 8
    scroll_bar = tree.verticalScrollBar()
    if not scroll_bar.isVisible() and rows * max(tree.sizeHintForRow(0), 1) > viewport.height():
        chrome += scroll_bar.sizeHint().width()
    return widest + tree.header().sectionSize(1) + chrome

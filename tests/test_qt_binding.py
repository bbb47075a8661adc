"""The Qt binding itself: PySide6 6.12.0 released one reference to None on every item-model call that
answered None, and Python 3.11 aborts once None's count reaches zero. Pinned below 6.12; this guards the pin."""

import gc
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class _Answers(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_item_model_answers_of_none_keep_none_alive(qapp):
    model = _Answers()
    index = model.index(0, 0)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(1000):
        index.data(Qt.ItemDataRole.ToolTipRole)
    gc.collect()
    assert abs(sys.getrefcount(None) - before) < 50

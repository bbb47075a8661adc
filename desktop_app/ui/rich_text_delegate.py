"""Paints a comparison cell's marked-up text, wrapped to its column, and highlights the words being found."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.ui.roles import HTML_ROLE

PADDING = 4
FIND_COLOUR = QColor("#ffe066")


class RichTextDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.find_text = ""
        self._cache: dict[tuple, QTextDocument] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    def _document(self, html: str, width: int, option: QStyleOptionViewItem) -> QTextDocument:
        key = (html, width, self.find_text, option.font.toString())
        doc = self._cache.get(key)
        if doc is None:
            if len(self._cache) > 4000:
                self._cache.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setDocumentMargin(PADDING)
            doc.setHtml(html)
            doc.setTextWidth(max(width, 40))
            if self.find_text:
                self._highlight(doc)
            self._cache[key] = doc
        return doc

    def _highlight(self, doc: QTextDocument) -> None:
        found = QTextCharFormat()
        found.setBackground(FIND_COLOUR)
        found.setForeground(QColor("#000000"))
        cursor = doc.find(self.find_text)
        while not cursor.isNull():
            cursor.mergeCharFormat(found)
            cursor = doc.find(self.find_text, cursor)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        html = index.data(HTML_ROLE)
        if html is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            # The text goes right of the tick the style drew.
            text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
            rect = rect.adjusted(text.left() - rect.left(), 0, 0, 0)
        doc = self._document(html, rect.width(), opt)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        html = index.data(HTML_ROLE)
        if html is None:
            return super().sizeHint(option, index)
        view = option.widget
        if view is not None and hasattr(view, "columnWidth"):
            width = view.columnWidth(index.column())
            if getattr(view, "showGrid", None) and view.showGrid():  # a table paints a cell 1 px inside its grid
                width -= 1
        else:  # a list: one column as wide as the view
            width = view.viewport().width() if view is not None else 300
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:  # less the tick, as paint() does
            opt.rect = QRect(0, 0, width, 100)
            style = view.style() if view is not None else QApplication.style()
            width -= style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view).left()
        doc = self._document(html, width, option)
        return QSize(width, int(doc.size().height()) + 1)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.displayAlignment = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft

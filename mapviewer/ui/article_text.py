"""ArticleText: a read-only plain-text view with a mark in its margin beside the highlighted lines,
so the quote is easy to find again after scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from typing_extensions import override

MARGIN = 12


class _Margin(QWidget):
    def __init__(self, editor: ArticleText) -> None:
        super().__init__(editor)
        self.editor = editor

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_margin(self, event)


class ArticleText(QPlainTextEdit):
    """``mark`` is a span in Qt positions (UTF-16 units); its lines get a bar in the margin."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.mark: tuple[int, int] | None = None
        self._colour = QColor(colour)
        self._margin = _Margin(self)
        self.setViewportMargins(MARGIN, 0, 0, 0)
        self.updateRequest.connect(self._on_self_update_request)

    def set_mark(self, mark: tuple[int, int] | None) -> None:
        """Mark the lines of ``mark`` (or none)."""
        self.mark = mark
        self._margin.update()

    def marked_lines(self) -> list[QRectF]:
        """The margin bars as drawn now, in margin coordinates (for tests and painting)."""
        if self.mark is None:
            return []
        start, end = self.mark
        bars = []
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > self.viewport().height():
                break
            layout = block.layout()
            if block.isVisible() and layout is not None:
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    first = block.position() + line.textStart()
                    last = first + line.textLength()
                    if first < end and last > start:
                        y = geometry.top() + line.y()
                        bars.append(QRectF(3, y + 1, 5, line.height() - 2))
            block = block.next()
        return bars

    def paint_margin(self, widget: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(widget)
        painter.fillRect(event.rect(), self.palette().base())
        for bar in self.marked_lines():
            painter.fillRect(bar, self._colour)
        painter.end()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._margin.setGeometry(QRect(area.left(), area.top(), MARGIN, area.height()))

    def _on_self_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._margin.scroll(0, dy)
        else:
            self._margin.update(0, rect.y(), MARGIN, rect.height())

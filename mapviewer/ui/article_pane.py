"""ArticlePane: the article as plain text, the selected quote highlighted at exactly start:end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from mapviewer.model.types import Article
from mapviewer.ui.article_text import ArticleText
from mapviewer.ui.style import Theme
from mapviewer.ui.text_utils import from_utf16, to_utf16


class ArticlePane(QWidget):
    """Read-only article text. ``show_quote`` highlights one span and underlines the map's other
    quotes from the same article faintly, so the reader sees what else the map took from it."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.header = QLabel("No article")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: bold; padding: 4px 2px;")
        self.text = ArticleText(theme.mark)
        self.text.setCenterOnScroll(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName("Article text")
        font = QFont()
        font.setPointSizeF(11.0)
        self.text.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        self.article_id: str | None = None
        self._plain = ""
        self.highlight: tuple[int, int] | None = None

    def set_article(self, article: Article, text: str | None) -> None:
        """Show an article (kept if it is already shown, so scrolling is not lost)."""
        credit = " · ".join(x for x in (article.publisher, article.published) if x)
        self.header.setText(f"{article.title or article.id}" + (f"\n{credit}" if credit else ""))
        if article.id == self.article_id:
            return
        self.article_id = article.id
        self._plain = text if text is not None else ""
        if text is None:
            self.text.setPlainText(
                "The text of this article is not available: "
                + ("it is known only by its URL." if not article.has_text else "its file could not be read.")
            )
        else:
            self.text.setPlainText(text)
        self.highlight = None
        self.text.set_mark(None)

    def clear(self) -> None:
        """Show nothing."""
        self.article_id = None
        self._plain = ""
        self.highlight = None
        self.text.set_mark(None)
        self.header.setText("No article")
        self.text.setPlainText("")

    def show_quote(self, start: int, end: int, others: list[tuple[int, int]]) -> None:
        """Highlight ``start:end`` (code points), underline ``others``, scroll the quote to the middle."""
        if end > len(self._plain) or start > end:
            self.highlight = None
            self.text.setExtraSelections([])
            self.text.set_mark(None)
            return
        selections = []
        faint = QTextCharFormat()
        faint.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        faint.setUnderlineColor(QColor(self.theme.other_quote))
        for s, e in others:
            if e <= len(self._plain) and (s, e) != (start, end):
                selections.append(self._selection(s, e, faint))
        strong = QTextCharFormat()
        strong.setBackground(QColor(self.theme.highlight))
        strong.setProperty(QTextFormat.Property.FullWidthSelection, False)
        main = self._selection(start, end, strong)
        selections.append(main)
        self.text.setExtraSelections(selections)
        self.text.set_mark((to_utf16(self._plain, start), to_utf16(self._plain, end)))
        self.highlight = (start, end)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(to_utf16(self._plain, start))
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(to_utf16(self._plain, start))
        cursor.setPosition(to_utf16(self._plain, end), QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def highlighted_range(self) -> tuple[int, int] | None:
        """The highlighted span as the document holds it, converted back to code points."""
        selections = self.text.extraSelections()
        if not selections or self.highlight is None:
            return None
        cursor = selections[-1].cursor
        return (
            from_utf16(self._plain, cursor.selectionStart()),
            from_utf16(self._plain, cursor.selectionEnd()),
        )

    def selected_range(self) -> tuple[int, int] | None:
        """The span the reader has selected, in code points of the article text, or None."""
        cursor = self.text.textCursor()
        if not self._plain or not cursor.hasSelection():
            return None
        start = from_utf16(self._plain, cursor.selectionStart())
        end = from_utf16(self._plain, cursor.selectionEnd())
        return (start, end) if start < end else None

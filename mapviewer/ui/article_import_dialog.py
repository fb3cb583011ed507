"""ArticleImportDialog: choose an article file or paste its text, and say where it came from.

The dialog only collects input. ``ArticleInput`` is what it hands back: the text that the map will
store (an HTML or Markdown file already reduced to its text) and the citation fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from mapviewer.model.errors import MapError
from mapviewer.ui.evidence_panel import plain_label
from mapviewer.ui.style import current_theme

ARTICLE_FILTER = "Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)"
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass
class ArticleInput:
    """An article to extract from: its stored text and its citation."""

    text: str
    title: str = ""
    publisher: str = ""
    url: str | None = None
    published: str | None = None
    use_parser: bool = False


def check_date(value: str) -> str | None:
    """Why ``value`` is not an ISO date (any precision), or None when it is one or is empty.

    >>> check_date("2025-06"), check_date("")
    (None, None)
    >>> check_date("June 2025")
    'The date must look like 2025-06-19 (or 2025-06, or 2025).'
    """
    if value and not _DATE.match(value):
        return "The date must look like 2025-06-19 (or 2025-06, or 2025)."
    return None


def first_line(text: str, limit: int = 100) -> str:
    """The first non-empty line of ``text``, shortened to ``limit`` characters: a headline.

    >>> first_line("\\n  Russia and Iran  \\nBody text.")
    'Russia and Iran'
    """
    line = next((x.strip() for x in text.splitlines() if x.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class ArticleImportDialog(QDialog):
    """Asks for the article (a file or pasted text) and its title, publisher, URL and date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import article")
        self.resize(720, 560)
        self.result_input: ArticleInput | None = None
        self.path = QLineEdit()
        self.path.setAccessibleName("Article file")
        self.path.setPlaceholderText("an article file: .txt, .html or .md")
        self.browse = QPushButton("Browse…")
        self.browse.clicked.connect(self._on_browse_clicked)
        self.pasted = QPlainTextEdit()
        self.pasted.setAccessibleName("Article text")
        self.pasted.setPlaceholderText("Paste the article's text here.")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._file_tab(), "From a file")
        self.tabs.addTab(self.pasted, "Paste text")
        self.title = QLineEdit()
        self.title.setAccessibleName("Title")
        self.title.setPlaceholderText("default: the file's name, or the first line of pasted text")
        self.publisher = QLineEdit()
        self.publisher.setAccessibleName("Publisher")
        self.url = QLineEdit()
        self.url.setAccessibleName("URL")
        self.url.setPlaceholderText("https://…")
        self.date = QLineEdit()
        self.date.setAccessibleName("Date")
        self.date.setPlaceholderText("2025-06-19")
        from mapviewer.extract.parse_stage import installed

        self.use_parser = QCheckBox("Also use the grammar parser: slower, finds more statements")
        self.use_parser.setToolTip(
            "A spaCy dependency parse adds pairs the rules miss (measured on unseen news: recall "
            "0.30 → 0.34). Its drafts are marked low or medium confidence."
        )
        self.use_parser.setEnabled(installed())
        self.error = plain_label("", style=f"color: {current_theme().error}; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Find statements")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Publisher", self.publisher)
        form.addRow("URL", self.url)
        form.addRow("Date", self.date)
        form.addRow("", self.use_parser)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _file_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(
            plain_label(
                "Plain text is stored as it is. HTML and Markdown are reduced to their visible "
                "text, and that text is what the map keeps and quotes from.",
                style=f"color: {current_theme().muted};",
            )
        )
        layout.addStretch(1)
        return tab

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose an article", "", ARTICLE_FILTER)
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        """Use the file at ``path`` (and its name as the title, if none is given yet)."""
        self.path.setText(str(path))
        self.tabs.setCurrentIndex(0)
        if not self.title.text().strip():
            self.title.setText(Path(path).stem.replace("_", " "))

    def set_text(self, text: str) -> None:
        """Use pasted ``text``."""
        self.pasted.setPlainText(text)
        self.tabs.setCurrentIndex(1)

    def article_input(self) -> ArticleInput:
        """What the user gave. Raises ``ValueError`` with a message to show when it will not do."""
        from mapviewer.extract import read_article

        problem = check_date(self.date.text().strip())
        if problem:
            raise ValueError(problem)
        if self.tabs.currentIndex() == 0:
            if not self.path.text().strip():
                raise ValueError("Choose an article file, or paste the text instead.")
            try:
                text = read_article(self.path.text().strip()).text
            except MapError as e:
                raise ValueError(str(e)) from None
        else:
            text = self.pasted.toPlainText()
        if not text.strip():
            raise ValueError("The article has no text.")
        title = self.title.text().strip() or first_line(text)
        return ArticleInput(
            text=text,
            title=title,
            publisher=self.publisher.text().strip(),
            url=self.url.text().strip() or None,
            published=self.date.text().strip() or None,
            use_parser=self.use_parser.isEnabled() and self.use_parser.isChecked(),
        )

    @override
    def accept(self) -> None:
        try:
            self.result_input = self.article_input()
        except ValueError as e:
            self.error.setText(str(e))
            self.error.show()
            return
        self.error.hide()
        super().accept()

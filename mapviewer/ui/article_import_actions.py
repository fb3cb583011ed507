"""File › Import article…: an article file or pasted text, the review dialog, then a merge.

Nothing here blocks: the dialogs are opened with ``open()`` and the next step runs from their
signals, so tests drive the whole flow with ``import_article_text`` and the dialog's buttons.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from mapviewer.model.errors import MapError
from mapviewer.model.io import open_document
from mapviewer.model.types import MapDocument

if TYPE_CHECKING:
    # The dialogs pull in the extractor (about 50 ms): imported when first used, not at start-up.
    from mapviewer.ui.article_import_dialog import ArticleImportDialog
    from mapviewer.ui.main_window import MainWindow
    from mapviewer.ui.review_dialog import ReviewDialog


def install_article_import(window: MainWindow, file_menu: QMenu) -> None:
    """Add "Import article…" (Ctrl+Shift+I) to the File menu of ``window``."""
    action = QAction("&Import article…", window)
    action.setShortcut("Ctrl+Shift+I")
    action.setStatusTip("Find statements in a news article and merge the ones you accept")
    action.triggered.connect(lambda: open_import_dialog(window))
    file_menu.addAction(action)


def open_import_dialog(window: MainWindow) -> ArticleImportDialog:
    """Ask for the article; when the user goes on, open the review dialog for it."""
    from mapviewer.ui.article_import_dialog import ArticleImportDialog

    dialog = ArticleImportDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _on_import_dialog_accepted(window, dialog))
    dialog.open()
    return dialog


def _on_import_dialog_accepted(window: MainWindow, dialog: ArticleImportDialog) -> None:
    given = dialog.result_input
    if given is not None:
        import_article_text(
            window,
            given.text,
            title=given.title,
            publisher=given.publisher,
            url=given.url,
            published=given.published,
            use_parser=given.use_parser,
        )


def import_article_file(
    window: MainWindow,
    path: str | Path,
    *,
    title: str = "",
    publisher: str = "",
    url: str | None = None,
    published: str | None = None,
) -> ReviewDialog:
    """Read an article file (.txt, .html, .md), then as ``import_article_text`` (the file's name
    is the title if none is given). Raises ``MapError`` when the file cannot be read."""
    from mapviewer.extract import read_article

    text = read_article(path).text
    return import_article_text(
        window, text, title=title or Path(path).stem, publisher=publisher, url=url, published=published
    )


def import_article_text(
    window: MainWindow,
    text: str,
    *,
    title: str = "",
    publisher: str = "",
    url: str | None = None,
    published: str | None = None,
    use_parser: bool = False,
) -> ReviewDialog:
    """Extract drafts from ``text`` and open (without blocking) the review dialog for them.

    ``use_parser`` adds the optional spaCy parse stage (slower, finds more)."""
    from mapviewer.extract import extract

    article_id = choose_article_id(window.loaded.document, window.loaded.texts, text, title)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        draft = extract(
            text,
            article_id=article_id,
            title=title,
            publisher=publisher,
            url=url,
            published=published,
            use_parser=use_parser,
        )
    finally:
        QGuiApplication.restoreOverrideCursor()
    from mapviewer.ui.review_dialog import ReviewDialog

    dialog = ReviewDialog(draft, window.loaded.document.actors, window.theme, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.merge_requested.connect(lambda: merge_review(window, dialog))
    dialog.open()
    return dialog


def choose_article_id(doc: MapDocument, texts: dict[str, str], text: str, title: str) -> str:
    """The id for an imported article: that of an article the map already holds with exactly this
    text (so a repeated quote is recognised as the same evidence), else a new id from the title.

    >>> doc = MapDocument(format="mapviewer-map", version=1)
    >>> choose_article_id(doc, {}, "Some text.", "Russia & Iran: a 'partnership'?")
    'russia-iran-a-partnership'
    """
    for article in doc.articles:
        if texts.get(article.id) == text:
            return article.id
    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:40].strip("-") or "article"
    taken = {a.id for a in doc.articles}
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def merge_review(window: MainWindow, dialog: ReviewDialog) -> bool:
    """Merge the dialog's accepted drafts into the window's map and show the result.

    The article keeps its text inline, so saving the map keeps it too. Actors already on the map
    keep their places; new ones are laid out around them.
    """
    from mapviewer.extract import merge_drafts
    from mapviewer.ui.main_window import show_error

    old = window.loaded
    accepted = dialog.accepted_statements()
    before = {s.id: len(s.evidence) for s in old.document.statements}
    try:
        doc = merge_drafts(old.document, accepted, dialog.actors_needed(), dialog.article)
    except MapError as e:
        show_error(dialog, "Cannot merge the drafts", str(e))
        return False
    if not old.document.articles and not old.document.statements:
        doc.title = dialog.article.title or "Untitled map"
    placed = {
        aid: (round(item.pos().x(), 1), round(item.pos().y(), 1))
        for aid, item in window.scene.actor_items.items()
    }
    doc.positions = {**placed, **doc.positions}
    # The new article's text is inline; the others are read again. Every hash and quote is re-checked.
    window.show_map(open_document(doc, old.path))
    window.setWindowModified(True)
    added = len(doc.statements) - len(before)
    extra = sum(1 for s in doc.statements if s.id in before and len(s.evidence) > before[s.id])
    counts = window.statusBar().currentMessage()
    window.statusBar().showMessage(
        f"Merged {len(accepted)} statement(s) from “{dialog.article.title or dialog.article.id}”: "
        f"{added} new, {extra} with more evidence · {counts}"
    )
    dialog.accept()
    return True

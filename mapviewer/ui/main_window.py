"""MainWindow: the map, the evidence panel, the article pane and the statement table, in step.

The selection lives in the Qt-free ``ViewState``; every widget reports user actions to it and
redraws from it, so none of them talks to another directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from mapviewer.layout.positions import layout_positions
from mapviewer.model.graph import neighbour_map, statements_of
from mapviewer.model.io import LoadedMap
from mapviewer.model.types import MapDocument
from mapviewer.model.viewstate import ViewState
from mapviewer.ui.article_pane import ArticlePane
from mapviewer.ui.evidence_panel import EvidencePanel
from mapviewer.ui.file_actions import FileActions
from mapviewer.ui.map_scene import MapScene
from mapviewer.ui.map_view import MapView
from mapviewer.ui.statement_table import StatementTable
from mapviewer.ui.style import current_theme

DEFAULT_MAP = Path(__file__).resolve().parents[2] / "data" / "vijesti-763083.map.json"


def empty_map() -> LoadedMap:
    """A map with nothing in it, shown when no map could be opened."""
    return LoadedMap(MapDocument(format="mapviewer-map", version=1, title="No map open"))


class MainWindow(QMainWindow):
    """One open map."""

    def __init__(self) -> None:
        super().__init__()
        self.theme = current_theme()
        self.loaded = empty_map()
        self.view_state = ViewState()
        self.scene = MapScene(self.theme)
        self.view = MapView(self.scene)
        self.panel = EvidencePanel(self.theme)
        self.article = ArticlePane(self.theme)
        self.table = StatementTable()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter statements (actor, relation, quote source…)")
        self.filter.setClearButtonEnabled(True)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #FDECEA; color: #8A1C12; padding: 6px 10px; font-weight: bold;"
        )
        self.banner.hide()
        self._names: dict[str, str] = {}
        self._neighbours: dict[str, set[str]] = {}
        self._build_layout()
        self.files = FileActions(self)
        self._connect()
        self.resize(1600, 1000)

    def _build_layout(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.panel)
        right.addWidget(self.article)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([420, 330])
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.view)
        top.addWidget(right)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setSizes([1100, 500])
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(4, 2, 4, 2)
        bottom_layout.addWidget(self.filter)
        bottom_layout.addWidget(self.table)
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(top)
        main.addWidget(bottom)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 1)
        main.setSizes([700, 260])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(main)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        vs = self.view_state
        self.scene.statement_clicked.connect(vs.select_statement)
        self.scene.actor_clicked.connect(vs.select_actor)
        self.scene.background_clicked.connect(vs.clear)
        self.scene.actor_moved.connect(self._on_scene_actor_moved)
        self.view.step_requested.connect(self._on_view_step_requested)
        self.view.clear_requested.connect(vs.clear)
        self.table.statement_chosen.connect(vs.select_statement)
        self.panel.statement_chosen.connect(vs.select_statement)
        self.panel.evidence_chosen.connect(self._show_evidence)
        self.panel.link_clicked.connect(self._on_panel_link_clicked)
        self.filter.textChanged.connect(self.table.set_filter)
        vs.selection_changed.connect(self._on_view_state_selection_changed)

    # Showing a map
    def show_map(self, loaded: LoadedMap) -> None:
        """Replace what the window shows with ``loaded``."""
        self.loaded = loaded
        doc = loaded.document
        self._names = {a.id: a.label for a in doc.actors}
        self._neighbours = neighbour_map(doc)
        positions = layout_positions(doc)
        self.scene.build(loaded, positions)
        bad = {p.statement_id for p in loaded.problems if p.statement_id}
        self.table.set_map(doc, bad)
        self.view_state.order = [s.id for s in doc.statements]
        self.view_state.clear()
        self.panel.show_hint()
        self.article.clear()
        if doc.articles:
            first = doc.articles[0]
            self.article.set_article(first, loaded.texts.get(first.id))
        self._show_problems()
        self._show_status()
        self.setWindowTitle(f"{doc.title or 'Untitled map'} — mapviewer[*]")
        self.setWindowModified(False)
        self.view.fit_map()

    def _show_problems(self) -> None:
        problems = self.loaded.problems
        if not problems:
            self.banner.hide()
            return
        first = problems[0]
        more = f" (and {len(problems) - 1} more: see File › Problems)" if len(problems) > 1 else ""
        self.banner.setText(f"⚠ {len(problems)} provenance problem(s). {first}{more}")
        self.banner.show()

    def _show_status(self) -> None:
        doc = self.loaded.document
        quotes = sum(1 for s in doc.statements for e in s.evidence if e.quoted)
        unquoted = sum(1 for s in doc.statements if s.unquoted)
        problems = self.loaded.problems
        parts = [f"{len(doc.actors)} actors", f"{len(doc.statements)} statements"]
        if problems:
            bad = len({p.statement_id for p in problems if p.statement_id})
            parts.append(f"{quotes} quotes, {len(problems)} problem(s) in {bad} statement(s)")
        elif quotes:
            parts.append(f"{quotes} quotes, all verified")
        if unquoted:
            parts.append(f"{unquoted} unquoted statement(s)")
        parts.append(f"{len(doc.articles)} article(s)")
        self.statusBar().showMessage(" · ".join(parts))

    # Selection, from the view state out to every widget
    def _on_view_state_selection_changed(self) -> None:
        vs = self.view_state
        doc = self.loaded.document
        sid, aid = vs.selected_statement, vs.selected_actor
        self.scene.show_selection(sid, aid, self._neighbours.get(aid or "", set()))
        self.table.select_statement(sid)
        if sid is not None:
            st = doc.statement(sid)
            self.panel.show_statement(doc, st, self.loaded.problems_of(sid), self._names)
            self._show_evidence(sid, 0)
            pair = self.scene.pair_of.get(sid)
            if pair is not None:
                self.view.ensure_visible(pair.sceneBoundingRect())
        elif aid is not None:
            self.panel.show_actor(doc.actor(aid), statements_of(doc, aid), self._names)
        else:
            self.panel.show_hint()

    def _show_evidence(self, statement_id: str, index: int) -> None:
        doc = self.loaded.document
        ev = doc.statement(statement_id).evidence[index]
        article = doc.article(ev.article)
        self.article.set_article(article, self.loaded.texts.get(article.id))
        if ev.start is None or ev.end is None:
            return
        others = [
            (e.start, e.end)
            for s in doc.statements
            for e in s.evidence
            if e.article == ev.article and e.start is not None and e.end is not None
        ]
        self.article.show_quote(ev.start, ev.end, others)

    def _on_view_step_requested(self, delta: int) -> None:
        self.view_state.order = self.table.row_order()
        self.view_state.step(delta)

    def _on_scene_actor_moved(self, actor_id: str, x: float, y: float) -> None:
        doc = self.loaded.document
        positions = dict(doc.positions)
        positions[actor_id] = (round(x, 1), round(y, 1))
        doc.positions = positions
        self.setWindowModified(True)

    def _on_panel_link_clicked(self, url: str) -> None:
        # Only after the user clicked, and only web addresses (safe_link made no other links).
        if url.lower().startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(url))

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.confirm_discard():
            event.accept()
        else:
            event.ignore()


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A dialog for an error from a file; the message is shown as plain text."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message.splitlines()[0] if message else title)
    if "\n" in message:
        box.setDetailedText(message)
    box.exec()

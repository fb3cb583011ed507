"""ReviewDialog: the draft statements of one article beside the article, to accept, reject or edit.

Each draft is a working copy of what the extractor proposed; the reviewer's edits go to the copy,
never to a quote or its offsets. The dialog does not merge: it says ``merge_requested`` and whoever
opened it merges ``accepted_statements()`` and ``actors_needed()`` into the map.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from mapviewer.extract import DraftMap
from mapviewer.extract.pipeline import TIERS, Tier
from mapviewer.model.types import Actor, Article, Statement
from mapviewer.ui.article_pane import ArticlePane
from mapviewer.ui.evidence_panel import plain_label
from mapviewer.ui.review_editor import DraftEditor, draft_problem
from mapviewer.ui.safe_text import tooltip_html
from mapviewer.ui.style import CATEGORY_COLOURS, Theme, category_name, current_theme

Decision = Literal["pending", "accepted", "rejected"]
COLUMNS = ("State", "Confidence", "Source", "Relation", "Target", "Category", "Hedge")
_STATE, _CONFIDENCE, _RELATION, _CATEGORY = 0, 1, 3, 5
_STATE_TEXT = {"pending": "pending", "accepted": "✓ accepted", "rejected": "✗ rejected"}
_KEYS: dict[int, Decision] = {Qt.Key.Key_A: "accepted", Qt.Key.Key_R: "rejected"}


def _state_colour(decision: Decision) -> str:
    """Muted for pending, the theme's ok and error colours for accepted and rejected."""
    theme = current_theme()
    return {"pending": theme.muted, "accepted": theme.ok, "rejected": theme.error}[decision]


def hedge_text(st: Statement) -> str:
    """The hedges of a statement's quotes, or "none" when every quote states it as fact."""
    hedges = sorted({e.hedge for e in st.evidence if e.hedge})
    if not hedges:
        return "none"
    return ", ".join(hedges) if all(e.hedge for e in st.evidence) else ", ".join(hedges) + " (some)"


class ReviewDialog(QDialog):
    """Review one article's drafts. Keys: A accepts, R rejects, the arrows move between drafts."""

    merge_requested = Signal()

    def __init__(
        self,
        draft: DraftMap,
        known_actors: list[Actor],
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.article: Article = draft.document.articles[0]
        self.text = draft.text
        self.drafts: list[Statement] = [s.model_copy(deep=True) for s in draft.document.statements]
        self.tiers: list[Tier] = [draft.confidence(s.id) for s in draft.document.statements]
        self.decisions: list[Decision] = ["pending"] * len(self.drafts)
        self.actors: dict[str, Actor] = {a.id: a for a in known_actors}
        for actor in draft.document.actors:
            self.actors.setdefault(actor.id, actor)
        self._draft_actor_ids = {a.id for a in draft.document.actors}
        self.setWindowTitle(f"Review drafts — {self.article.title or self.article.id}")
        self.setSizeGripEnabled(True)
        self.resize(1500, 900)
        self._make_widgets(theme)
        self._build()
        self._connect()
        self._fill_table()
        self.article_pane.set_article(self.article, self.text)
        if self.drafts:
            self.select_row(0)
        else:
            self.editor.show_draft(None)
        self._update_buttons()
        self.table.setFocus()

    def _make_widgets(self, theme: Theme) -> None:
        count = len(self.drafts)
        self.header = plain_label(
            f"{count} draft statement(s) found in “{self.article.title or self.article.id}”. "
            "Accept, reject or correct each one; only accepted drafts are merged into the map."
            if count
            else "No statements between known actors were found in this article.",
            size=12,
        )
        self.table = QTableWidget(count, len(COLUMNS))
        self.table.setAccessibleName("Draft statements")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_RELATION, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((96, 84, 110, 0, 110, 168, 110)):
            if col != _RELATION:
                self.table.setColumnWidth(col, width)
        self.accept_button = QPushButton("Accept (A)")
        self.reject_button = QPushButton("Reject (R)")
        self.tier_box = QComboBox()
        self.tier_box.setAccessibleName("Confidence tier")
        for tier in TIERS:
            self.tier_box.addItem(tier, tier)
        self.accept_tier_button = QPushButton("Accept all at or above")
        self.accept_tier_button.setToolTip(
            "Accept every pending draft of this confidence or higher (drafts you rejected stay rejected)"
        )
        self.editor = DraftEditor()
        self.editor.set_actors(list(self.actors.values()))
        self.article_pane = ArticlePane(theme)
        self.cancel_button = QPushButton("Cancel")
        self.merge_button = QPushButton()
        # Return in a field must not merge half-way through a review: no button is the default.
        for button in (
            self.accept_button,
            self.reject_button,
            self.accept_tier_button,
            self.editor.swap,
            self.cancel_button,
            self.merge_button,
        ):
            button.setAutoDefault(False)

    def _build(self) -> None:
        decide = QHBoxLayout()
        decide.addWidget(self.accept_button)
        decide.addWidget(self.reject_button)
        keys = plain_label("↑ ↓ move between drafts", style=f"color: {current_theme().muted};")
        keys.setWordWrap(False)
        decide.addWidget(keys)
        decide.addStretch(1)
        decide.addWidget(self.accept_tier_button)
        decide.addWidget(self.tier_box)
        group = QGroupBox("Selected draft")
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.editor)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(decide)
        left_layout.addWidget(group)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.article_pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 600])
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.accept_button.clicked.connect(lambda: self.decide("accepted"))
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        self.accept_tier_button.clicked.connect(lambda: self.accept_at_or_above(self.tier_box.currentData()))
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.evidence_shown.connect(self._on_editor_evidence_shown)
        self.cancel_button.clicked.connect(self.reject)
        self.merge_button.clicked.connect(self.merge_requested.emit)
        # A and R act while the list has focus; typing in the editor's fields is left alone.
        self.table.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            decision = _KEYS.get(event.key()) if plain else None
            if decision is not None:
                self.decide(decision)
                return True
        return super().eventFilter(watched, event)

    # The table
    def _fill_table(self) -> None:
        self._items = [[QTableWidgetItem() for _ in COLUMNS] for _ in self.drafts]
        for row, items in enumerate(self._items):
            for col, item in enumerate(items):
                self.table.setItem(row, col, item)
            self._update_row(row)

    def _update_row(self, row: int) -> None:
        st, decision = self.drafts[row], self.decisions[row]
        label = self.actors[st.source].label if st.source in self.actors else st.source
        target = self.actors[st.target].label if st.target in self.actors else st.target
        values = (
            _STATE_TEXT[decision],
            self.tiers[row],
            label,
            st.relation,
            target,
            category_name(st.category),
            hedge_text(st),
        )
        tip = tooltip_html(st.summary, *(e.quote or "unquoted" for e in st.evidence))
        found_by = self.draft.found_by.get(st.id)
        for col, value in enumerate(values):
            item = self._items[row][col]
            item.setText(value)
            how = col == _CONFIDENCE and found_by is not None
            item.setToolTip(tooltip_html(f"{value} confidence: found by {found_by}") if how else tip)
            colour = _state_colour(decision) if col == _STATE or decision == "rejected" else None
            item.setForeground(QBrush(QColor(colour)) if colour else QBrush())
            font = QFont(item.font())
            font.setStrikeOut(decision == "rejected" and col > 1)
            font.setBold(col == _STATE and decision != "pending")
            item.setFont(font)
        self._items[row][_CATEGORY].setData(
            Qt.ItemDataRole.DecorationRole, QColor(CATEGORY_COLOURS.get(st.category, "#7A7A7A"))
        )

    def current_row(self) -> int:
        """The selected draft's row, or -1."""
        return self.table.currentRow()

    def select_row(self, row: int) -> None:
        """Select draft ``row``: show it in the editor and highlight its quote in the article."""
        self.table.setCurrentCell(
            row,
            0,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_table_current_cell_changed(self, row: int, _col: int, old_row: int, _old_col: int) -> None:
        if row == old_row:
            return
        self.editor.show_draft(self.drafts[row] if 0 <= row < len(self.drafts) else None)
        self._highlight()
        self._update_buttons()

    def _highlight(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.drafts):
            return
        ev = self.drafts[row].evidence[self.editor.evidence_index()]
        if ev.start is None or ev.end is None:
            return
        others = [
            (e.start, e.end)
            for st in self.drafts
            for e in st.evidence
            if e.start is not None and e.end is not None
        ]
        self.article_pane.show_quote(ev.start, ev.end, others)

    def _on_editor_evidence_shown(self, _index: int) -> None:
        self._highlight()

    def _on_editor_edited(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.drafts):
            self._update_row(row)
        self._update_buttons()

    # Decisions
    def decide(self, decision: Decision, row: int | None = None) -> None:
        """Accept or reject a draft (the selected one by default), then move to the next one."""
        row = self.current_row() if row is None else row
        if not 0 <= row < len(self.drafts):
            return
        if decision == "accepted" and self._problem(row) is not None:
            return
        self.decisions[row] = decision
        self._update_row(row)
        if row + 1 < len(self.drafts) and row == self.current_row():
            self.select_row(row + 1)
        self._update_buttons()
        self.table.setFocus()  # so the next A or R goes to the next draft

    def accept_at_or_above(self, tier: Tier) -> int:
        """Accept every pending draft of confidence ``tier`` or higher; return how many."""
        limit = TIERS.index(tier)
        count = 0
        for row, draft_tier in enumerate(self.tiers):
            ok = self.decisions[row] == "pending" and TIERS.index(draft_tier) <= limit
            if ok and self._problem(row) is None:
                self.decisions[row] = "accepted"
                self._update_row(row)
                count += 1
        self._update_buttons()
        return count

    def _problem(self, row: int) -> str | None:
        if row == self.current_row():
            return self.editor.problem()
        return draft_problem(self.drafts[row])

    def _update_buttons(self) -> None:
        row = self.current_row()
        has_row = 0 <= row < len(self.drafts)
        self.accept_button.setEnabled(has_row and self._problem(row) is None)
        self.reject_button.setEnabled(has_row)
        self.accept_tier_button.setEnabled(bool(self.drafts))
        n = self.decisions.count("accepted")
        self.merge_button.setText(f"Merge {n} accepted into map")
        self.merge_button.setEnabled(n > 0)

    @override
    def reject(self) -> None:
        """Cancel or Esc: ask first when accepted drafts would be thrown away."""
        accepted = self.decisions.count("accepted")
        if accepted and self.isVisible():
            answer = QMessageBox.question(
                self,
                "Discard the review?",
                f"{accepted} accepted draft(s) have not been merged into the map. Discard them?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # What the merge needs
    def accepted_statements(self) -> list[Statement]:
        """The accepted drafts as the reviewer left them (copies; quotes as extracted)."""
        return [
            st.model_copy(deep=True)
            for st, d in zip(self.drafts, self.decisions, strict=True)
            if d == "accepted"
        ]

    def actors_needed(self) -> list[Actor]:
        """The draft's actors that the accepted statements name, with the actors they belong to.

        Actors the open map already has are included only when the draft supplied them too, so
        the merge can add the aliases this article uses.
        """
        wanted: list[str] = []
        for st in self.accepted_statements():
            also = getattr(st, "also_concerns", None) or []
            speakers = [e.speaker for e in st.evidence if e.speaker]
            for aid in [st.source, st.target, *also, *speakers]:
                while aid is not None and aid in self.actors and aid not in wanted:
                    wanted.append(aid)
                    aid = self.actors[aid].affiliation
        return [self.actors[a].model_copy(deep=True) for a in wanted if a in self._draft_actor_ids]

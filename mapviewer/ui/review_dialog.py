"""ReviewDialog: the draft statements of one article beside the article, to accept, reject or edit.

Each draft is a working copy of what the extractor proposed; the reviewer's edits go to the copy,
never to a quote or its offsets. The dialog does not merge: it says ``merge_requested`` and whoever
opened it merges ``accepted_statements()`` and ``actors_needed()`` into the map.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
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
from mapviewer.ui.review_table import COLUMNS, KEYS, RELATION, Decision, fill_row
from mapviewer.ui.style import Theme, current_theme


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
        self.found_by: dict[str, str] = dict(draft.found_by)  # and "you, by hand" for added drafts
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
        self.header = plain_label(self._header_text(), size=12)
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
        header.setSectionResizeMode(RELATION, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((96, 84, 110, 0, 110, 168, 110)):
            if col != RELATION:
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
        self.by_hand_button = QPushButton("New draft from selected text")
        self.by_hand_button.setToolTip(
            "Select the passage of a statement the extractor missed in the article, then press this"
            " (Ctrl+N): the passage becomes the draft's exact quote; name its actors and relation"
        )
        self.by_hand_button.setShortcut(QKeySequence("Ctrl+N"))
        self.by_hand_button.setEnabled(False)
        self.editor = DraftEditor()
        self.editor.set_actors(list(self.actors.values()))
        self.article_pane = ArticlePane(theme)
        self.cancel_button = QPushButton("Cancel")
        self.merge_button = QPushButton()
        # Return in a field must not merge half-way through a review: no button is the default.
        for button in (
            self.by_hand_button,
            self.accept_button,
            self.reject_button,
            self.accept_tier_button,
            self.editor.swap,
            self.cancel_button,
            self.merge_button,
        ):
            button.setAutoDefault(False)

    def _header_text(self) -> str:
        found = len(self.draft.document.statements)
        by_hand = len(self.drafts) - found
        title = self.article.title or self.article.id
        if not self.drafts:
            return (
                "No statements between known actors were found in this article. "
                "Select a passage that carries one to add it by hand."
            )
        added = f" (and {by_hand} added by hand)" if by_hand else ""
        return (
            f"{found} draft statement(s) found in “{title}”{added}. "
            "Accept, reject or correct each one; only accepted drafts are merged into the map."
        )

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
        decide.addWidget(self.by_hand_button)
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
        self.by_hand_button.clicked.connect(self.add_draft_from_selection)
        self.article_pane.text.selectionChanged.connect(
            lambda: self.by_hand_button.setEnabled(self.article_pane.selected_range() is not None)
        )
        # A and R act while the list has focus; typing in the editor's fields is left alone.
        self.table.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            decision = KEYS.get(event.key()) if plain else None
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
        st = self.drafts[row]
        fill_row(
            self._items[row],
            st,
            self.decisions[row],
            self.tiers[row],
            {a: self.actors[a].label for a in (st.source, st.target) if a in self.actors},
            self.found_by.get(st.id),
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
    def add_draft_from_selection(self) -> int | None:
        """A new draft whose quote is the article text the reviewer selected; its row, or None.

        The actors the passage names are offered as source and target (added to the choices if
        new); the reviewer names the relation before the draft can be accepted."""
        span = self.article_pane.selected_range()
        if span is None or self.text is None:
            return None
        from mapviewer.extract.by_hand import actors_named, draft_by_hand, trimmed

        start, end = trimmed(self.text, *span)
        if start >= end:
            return None
        named = actors_named(self.text, start, end, self.article.published)
        new = [a for a in named if a.id not in self.actors]
        for actor in new:
            self.actors[actor.id] = actor
            self._draft_actor_ids.add(actor.id)
        if new:
            self.editor.set_actors(list(self.actors.values()))
        ids = [a.id for a in named]
        if not ids and self.actors:
            ids = [next(iter(self.actors))]  # the passage names no actor: the reviewer picks both
        if not ids:
            return None
        taken = {st.id for st in self.drafts}
        number = 1
        while f"h{number}" in taken:
            number += 1
        st = draft_by_hand(
            self.text, start, end, statement_id=f"h{number}", article_id=self.article.id, actors=ids
        )
        self.drafts.append(st)
        self.tiers.append("high")
        self.decisions.append("pending")
        self.found_by[st.id] = "you, by hand"
        row = len(self.drafts) - 1
        self.table.setRowCount(row + 1)
        self._items.append([QTableWidgetItem() for _ in COLUMNS])
        for col, item in enumerate(self._items[row]):
            self.table.setItem(row, col, item)
        self._update_row(row)
        self.select_row(row)
        self._update_buttons()
        self.header.setText(self._header_text())
        return row

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

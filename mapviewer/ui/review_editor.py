"""DraftEditor: the parts of one draft statement a reviewer may change, and never its quote.

The reviewer can change who (source, target), what (relation, category) and, for the quote being
shown, how sure (hedge) and according to whom (attribution). The quote and its offsets are shown
read-only: provenance is not editable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mapviewer.extract.by_hand import UNNAMED
from mapviewer.model.types import CATEGORIES, KNOWN_HEDGES, Actor, Statement
from mapviewer.ui.evidence_panel import plain_label
from mapviewer.ui.style import category_name, current_theme

#: The hedge choices in the editor; "" means stated as fact and is shown as "none".
HEDGE_CHOICES: tuple[str, ...] = ("", *KNOWN_HEDGES)
_ALSO = " (also concerns "


def draft_problem(st: Statement) -> str | None:
    """Why a draft cannot be accepted as it stands, or None.

    >>> from mapviewer.model.types import Evidence
    >>> st = Statement(id="s1", source="RUS", target="RUS", relation="condemns",
    ...                category="verbal_conflict", evidence=[Evidence(article="a")])
    >>> draft_problem(st)
    'Source and target are the same actor.'
    """
    if st.source == st.target:
        return "Source and target are the same actor."
    if st.relation == UNNAMED:
        return "Name the relation."
    return None


def actor_text(actor: Actor) -> str:
    """How an actor is listed in the source and target boxes: ``Russia (RUS)``."""
    return actor.label if actor.label == actor.id else f"{actor.label} ({actor.id})"


class DraftEditor(QWidget):
    """Edits one draft statement in place. ``edited`` says a field was written to the draft."""

    edited = Signal()
    evidence_shown = Signal(int)  # index of the quote whose hedge and attribution are edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statement: Statement | None = None
        self._labels: dict[str, str] = {}
        self._loading = False
        self.source = self._actor_box("Source actor")
        self.target = self._actor_box("Target actor")
        self.swap = QPushButton("Swap")
        self.swap.setToolTip("Swap source and target")
        self.swap.clicked.connect(self._on_swap_clicked)
        self.relation = QLineEdit()
        self.relation.setAccessibleName("Relation")
        self.category = QComboBox()
        self.category.setAccessibleName("Category")
        for category in CATEGORIES:
            self.category.addItem(category_name(category), category)
        self.quote_pick = QComboBox()
        self.quote_pick.setAccessibleName("Quote")
        self.quote = plain_label("", italic=True)
        self.quote.setAccessibleName("Quote text (cannot be edited)")
        self.quote.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.quote.setToolTip("The quote is exactly the article's text at its offsets; it cannot be edited.")
        self.hedge = QComboBox()
        self.hedge.setAccessibleName("Hedge")
        for hedge in HEDGE_CHOICES:
            self.hedge.addItem(hedge or "none (stated as fact)", hedge)
        self.attributed_to = QLineEdit()
        self.attributed_to.setAccessibleName("Attributed to")
        self.attributed_to.setPlaceholderText("the article itself")
        self.note = plain_label("", style=f"color: {current_theme().error}; font-weight: bold;")
        self.note.hide()
        self._build()
        self.source.currentIndexChanged.connect(self._on_field_changed)
        self.target.currentIndexChanged.connect(self._on_field_changed)
        self.category.currentIndexChanged.connect(self._on_field_changed)
        self.relation.textEdited.connect(self._on_field_changed)
        self.hedge.currentIndexChanged.connect(self._on_evidence_field_changed)
        self.attributed_to.textEdited.connect(self._on_evidence_field_changed)
        self.quote_pick.currentIndexChanged.connect(self._on_quote_pick_changed)
        self.show_draft(None)

    @staticmethod
    def _actor_box(name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(16)
        return box

    def _build(self) -> None:
        pair = QHBoxLayout()
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.source, 1)
        pair.addWidget(self.swap)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow("Source", pair)
        form.addRow("Relation", self.relation)
        form.addRow("Target", self.target)
        form.addRow("Category", self.category)
        quote = QVBoxLayout()
        quote.setContentsMargins(0, 0, 0, 0)
        quote.addWidget(self.quote_pick)
        quote.addWidget(self.quote)
        form.addRow("Quote", quote)
        form.addRow("Hedge", self.hedge)
        form.addRow("Attributed to", self.attributed_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)

    # Filling the fields
    def set_actors(self, actors: list[Actor]) -> None:
        """The actors that source and target can be: the open map's and the draft's, by label."""
        self._labels = {a.id: a.label for a in actors}
        self._loading = True
        try:
            for box in (self.source, self.target):
                box.clear()
                for actor in sorted(actors, key=lambda a: (a.label.casefold(), a.id)):
                    box.addItem(actor_text(actor), actor.id)
        finally:
            self._loading = False

    def show_draft(self, st: Statement | None, evidence_index: int = 0) -> None:
        """Edit ``st`` (changes are written to it), or show nothing."""
        self._statement = st
        self._loading = True
        try:
            for widget in self._fields():
                widget.setEnabled(st is not None)
            if st is None:
                self.relation.clear()
                self.attributed_to.clear()
                self.quote.setText("Select a draft to edit it.")
                self.quote_pick.clear()
                self.note.hide()
                return
            self.source.setCurrentIndex(self.source.findData(st.source))
            self.target.setCurrentIndex(self.target.findData(st.target))
            self.relation.setText(st.relation)
            self.category.setCurrentIndex(self.category.findData(st.category))
            self.quote_pick.clear()
            for i, ev in enumerate(st.evidence):
                where = f"at {ev.start}–{ev.end}" if ev.start is not None else "unquoted"
                self.quote_pick.addItem(f"Quote {i + 1} of {len(st.evidence)}, {where}", i)
            self.quote_pick.setVisible(len(st.evidence) > 1)
            self.quote_pick.setCurrentIndex(min(evidence_index, len(st.evidence) - 1))
            self._show_evidence_fields()
            self._show_note()
        finally:
            self._loading = False

    def _fields(self) -> list[QWidget]:
        return [
            self.source,
            self.target,
            self.swap,
            self.relation,
            self.category,
            self.quote_pick,
            self.hedge,
            self.attributed_to,
        ]

    def evidence_index(self) -> int:
        """The quote whose hedge and attribution the editor shows."""
        return max(0, self.quote_pick.currentIndex())

    def _show_evidence_fields(self) -> None:
        if self._statement is None:
            return
        ev = self._statement.evidence[self.evidence_index()]
        self.quote.setText(f"“{ev.quote}”" if ev.quote is not None else "Unquoted")
        hedge = ev.hedge or ""
        if self.hedge.findData(hedge) < 0:  # a hedge word the format does not name: keep it
            self.hedge.addItem(hedge, hedge)
        self.hedge.setCurrentIndex(self.hedge.findData(hedge))
        self.attributed_to.setText(ev.attributed_to or "")

    def problem(self) -> str | None:
        """Why the draft as edited cannot be accepted, or None."""
        if not self.relation.text().strip() and self._statement is not None:
            return "A relation is needed."
        return draft_problem(self._statement) if self._statement is not None else None

    def _show_note(self) -> None:
        problem = self.problem()
        self.note.setText(problem or "")
        self.note.setVisible(problem is not None)

    # Writing edits to the draft
    def _on_field_changed(self) -> None:
        st = self._statement
        if self._loading or st is None:
            return
        source, target = self.source.currentData(), self.target.currentData()
        relation = " ".join(self.relation.text().split())
        if source is not None:
            st.source = source
        if target is not None:
            st.target = target
        if relation:
            st.relation = relation
        st.category = self.category.currentData()
        self._update_summary(st)
        self._show_note()
        self.edited.emit()

    def _update_summary(self, st: Statement) -> None:
        cut = st.summary.find(_ALSO)
        also = st.summary[cut:] if cut >= 0 else ""
        src = self._labels.get(st.source, st.source)
        tgt = self._labels.get(st.target, st.target)
        st.summary = f"{src} {st.relation} {tgt}{also}"

    def _on_evidence_field_changed(self) -> None:
        st = self._statement
        if self._loading or st is None:
            return
        ev = st.evidence[self.evidence_index()]
        ev.hedge = self.hedge.currentData() or None
        ev.attributed_to = " ".join(self.attributed_to.text().split()) or None
        self.edited.emit()

    def _on_quote_pick_changed(self, index: int) -> None:
        if index < 0 or self._statement is None:
            return
        was_loading, self._loading = self._loading, True
        try:
            self._show_evidence_fields()
        finally:
            self._loading = was_loading
        self.evidence_shown.emit(index)

    def _on_swap_clicked(self) -> None:
        if self._statement is None:
            return
        source, target = self.source.currentIndex(), self.target.currentIndex()
        self._loading = True
        try:
            self.source.setCurrentIndex(target)
            self.target.setCurrentIndex(source)
        finally:
            self._loading = False
        self._on_field_changed()

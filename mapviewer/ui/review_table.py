"""The rows of the review table: what each column of a draft shows, and how its state looks."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem

from mapviewer.model.types import Statement
from mapviewer.ui.safe_text import tooltip_html
from mapviewer.ui.style import CATEGORY_COLOURS, category_name, current_theme

Decision = Literal["pending", "accepted", "rejected"]
COLUMNS = ("State", "Confidence", "Source", "Relation", "Target", "Category", "Hedge")
STATE, CONFIDENCE, RELATION, CATEGORY = 0, 1, 3, 5
STATE_TEXT = {"pending": "pending", "accepted": "✓ accepted", "rejected": "✗ rejected"}
KEYS: dict[int, Decision] = {Qt.Key.Key_A: "accepted", Qt.Key.Key_R: "rejected"}


def state_colour(decision: Decision) -> str:
    """Muted for pending, the theme's ok and error colours for accepted and rejected."""
    theme = current_theme()
    return {"pending": theme.muted, "accepted": theme.ok, "rejected": theme.error}[decision]


def hedge_text(st: Statement) -> str:
    """The hedges of a statement's quotes, or "none" when every quote states it as fact."""
    hedges = sorted({e.hedge for e in st.evidence if e.hedge})
    if not hedges:
        return "none"
    return ", ".join(hedges) if all(e.hedge for e in st.evidence) else ", ".join(hedges) + " (some)"


def fill_row(
    items: list[QTableWidgetItem],
    st: Statement,
    decision: Decision,
    tier: str,
    labels: dict[str, str],
    found_by: str | None,
) -> None:
    """Show draft ``st`` in its row: state, confidence (with how it was found), actors by label,
    relation, category swatch and hedge; a rejected draft is struck out."""
    values = (
        STATE_TEXT[decision],
        tier,
        labels.get(st.source, st.source),
        st.relation,
        labels.get(st.target, st.target),
        category_name(st.category),
        hedge_text(st),
    )
    tip = tooltip_html(st.summary, *(e.quote or "unquoted" for e in st.evidence))
    for col, value in enumerate(values):
        item = items[col]
        item.setText(value)
        how = col == CONFIDENCE and found_by is not None
        item.setToolTip(tooltip_html(f"{value} confidence: found by {found_by}") if how else tip)
        colour = state_colour(decision) if col == STATE or decision == "rejected" else None
        item.setForeground(QBrush(QColor(colour)) if colour else QBrush())
        font = QFont(item.font())
        font.setStrikeOut(decision == "rejected" and col > 1)
        font.setBold(col == STATE and decision != "pending")
        item.setFont(font)
    items[CATEGORY].setData(
        Qt.ItemDataRole.DecorationRole, QColor(CATEGORY_COLOURS.get(st.category, "#7A7A7A"))
    )

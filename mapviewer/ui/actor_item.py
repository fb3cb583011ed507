"""ActorItem: one actor on the map, drawn by kind (circle, small circle, rounded square, hexagon).

Its name is not drawn here: the view's label layer (``label_layer.py``) draws names at a readable
screen size and drops the ones that would collide.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QStaticText, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from mapviewer.ui.style import Theme, label_font

if TYPE_CHECKING:
    from mapviewer.ui.pair_item import PairItem


def node_radius(kind: str, statements: int) -> float:
    """Grows gently with the number of statements (square root), within limits."""
    base = 11.0 if kind == "person" else 16.0
    return min(base + 3.2 * math.sqrt(statements), 44.0 if kind != "person" else 24.0)


def _outline(kind: str, r: float) -> QPainterPath:
    path = QPainterPath()
    if kind == "organization":
        path.addRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), r * 0.3, r * 0.3)
    elif kind == "group":
        corners = [
            QPointF(r * math.cos(math.pi / 3 * i + math.pi / 6), r * math.sin(math.pi / 3 * i + math.pi / 6))
            for i in range(6)
        ]
        path.moveTo(corners[0])
        for p in corners[1:]:
            path.lineTo(p)
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


def _static(text: str, font_size: float, bold: bool) -> QStaticText:
    # Labels come from files: plain text only, never guessed rich text.
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
    static.prepare(font=label_font(font_size, bold))
    return static


class ActorItem(QGraphicsItem):
    """A movable actor. It tells its pair items when it moves; the scene hears of clicks and drags."""

    def __init__(
        self,
        actor_id: str,
        label: str,
        short_label: str,
        kind: str,
        radius: float,
        theme: Theme,
        importance: int = 0,
        colour: str | None = None,
    ) -> None:
        super().__init__()
        self.actor_id = actor_id
        self.kind = kind
        self.radius = radius
        self.importance = importance
        self.pairs: list[PairItem] = []
        self.focused = False
        self._outline = _outline(kind, radius)
        fill = {
            "person": theme.person_fill,
            "organization": theme.org_fill,
            "group": theme.group_fill,
        }.get(kind, theme.node_fill)
        if colour is not None and QColor.isValidColorName(colour):
            fill = colour  # a colour the map brought with it (yEd, Gephi)
        self._brush = QBrush(QColor(fill))
        self._pen = QPen(QColor(theme.node_border), 1.6)
        self._focus_pen = QPen(QColor(theme.node_border), 3.2)
        self._bounds = self._outline.boundingRect().adjusted(-3, -3, 3, 3)
        # Prepared once, drawn by the label layer.
        self.label_font = label_font(11.0 if kind == "state" else 10.0, bold=kind == "state")
        self.label_text = _static(label, self.label_font.pointSizeF(), kind == "state")
        self.short_text = _static(short_label, self.label_font.pointSizeF(), kind == "state")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10)

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def shape(self) -> QPainterPath:
        return self._outline

    def contains_point(self, scene_pos: QPointF) -> bool:
        """Whether a click at ``scene_pos`` lands on this actor's outline."""
        return bool(self._outline.contains(self.mapFromScene(scene_pos)))

    def set_focused(self, focused: bool) -> None:
        """Emphasise the actor (selected, or an end of the selected statement)."""
        if focused != self.focused:
            self.focused = focused
            self.update()

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self._brush)
        painter.setPen(self._focus_pen if self.focused else self._pen)
        painter.drawPath(self._outline)

    @override
    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for pair in self.pairs:
                pair.update_geometry()
            scene = self.scene()
            if scene is not None and hasattr(scene, "labels_changed"):
                scene.labels_changed()
        return super().itemChange(change, value)

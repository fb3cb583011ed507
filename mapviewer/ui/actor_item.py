"""ActorItem: one actor on the map, drawn by kind (circle, small circle, rounded square, hexagon)."""

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

#: Below this zoom the full name gives way to the short label (ISO3), below the next to nothing.
SHORT_LABEL_LOD = 0.55
NO_LABEL_LOD = 0.28


def node_radius(kind: str, statements: int) -> float:
    """Grows gently with the number of statements (square root), within limits."""
    base = 11.0 if kind == "person" else 16.0
    return min(base + 3.2 * math.sqrt(statements), 44.0 if kind != "person" else 24.0)


def _outline(kind: str, r: float) -> QPainterPath:
    path = QPainterPath()
    if kind == "organization":
        path.addRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), r * 0.3, r * 0.3)
    elif kind == "group":
        points = [
            QPointF(
                r * math.cos(math.pi / 3 * i + math.pi / 6),
                r * math.sin(math.pi / 3 * i + math.pi / 6),
            )
            for i in range(6)
        ]
        path.moveTo(points[0])
        for p in points[1:]:
            path.lineTo(p)
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


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
    ) -> None:
        super().__init__()
        self.actor_id = actor_id
        self.kind = kind
        self.radius = radius
        self.pairs: list[PairItem] = []
        self._theme = theme
        self._outline = _outline(kind, radius)
        fill = {
            "person": theme.person_fill,
            "organization": theme.org_fill,
            "group": theme.group_fill,
        }.get(kind, theme.node_fill)
        self._brush = QBrush(QColor(fill))
        self._pen = QPen(QColor(theme.node_border), 1.6)
        self._focus_pen = QPen(QColor(theme.node_border), 3.2)
        self._font = label_font(11.0 if kind == "state" else 10.0, bold=kind == "state")
        self._label = self._static(label)
        self._short = self._static(short_label)
        size = self._label.size()
        self._label_rect = QRectF(-size.width() / 2 - 4, radius + 3, size.width() + 8, size.height() + 2)
        self._bounds = self._outline.boundingRect().adjusted(-3, -3, 3, 3).united(self._label_rect)
        self.focused = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10)
        self.setToolTip("")

    def _static(self, text: str) -> QStaticText:
        # Labels come from files: plain text only, never guessed rich text.
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        static.prepare(font=self._font)
        return static

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def shape(self) -> QPainterPath:
        path = QPainterPath(self._outline)
        path.addRect(self._label_rect)
        return path

    def contains_point(self, scene_pos: QPointF) -> bool:
        """Whether a click at ``scene_pos`` lands on this actor (its outline or its label)."""
        local = self.mapFromScene(scene_pos)
        return bool(self._outline.contains(local) or self._label_rect.contains(local))

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
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self._brush)
        painter.setPen(self._focus_pen if self.focused else self._pen)
        painter.drawPath(self._outline)
        if lod < NO_LABEL_LOD:
            return
        painter.setFont(self._font)
        if lod < SHORT_LABEL_LOD:
            text = self._short
            size = text.size()
            painter.setPen(QColor(self._theme.node_text))
            painter.drawStaticText(QPointF(-size.width() / 2, -size.height() / 2), text)
            return
        back = QColor(self._theme.label_back)
        back.setAlphaF(0.85)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRoundedRect(self._label_rect, 4, 4)
        painter.setPen(QColor(self._theme.node_text))
        painter.drawStaticText(QPointF(self._label_rect.left() + 4, self._label_rect.top() + 1), self._label)

    @override
    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for pair in self.pairs:
                pair.update_geometry()
        return super().itemChange(change, value)

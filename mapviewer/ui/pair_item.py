"""PairItem: every statement between one pair of actors, drawn by one item.

One item per pair instead of one per statement keeps the scene index small at 100,000 statements:
the index holds pairs (at most a few thousand), and each item draws its fan of cached paths.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)
from typing_extensions import override

from mapviewer.layout.edges import Curve, curve_between, fan_offsets
from mapviewer.ui.actor_item import ActorItem
from mapviewer.ui.safe_text import tooltip_html
from mapviewer.ui.style import category_brush, halo_pen, label_font, statement_pen

#: Below this zoom, arrowheads are too small to read and are skipped.
ARROW_LOD = 0.3
#: Hit width of a curve, in pixels on screen.
HIT_PIXELS = 5.0


@dataclass(frozen=True)
class StatementLook:
    """What a pair item needs to draw and describe one statement (copied out of the model once)."""

    id: str
    source: str
    target: str
    relation: str
    category: str
    summary: str
    hedged: bool
    unquoted: bool
    mutual: bool
    problem: bool


class PairItem(QGraphicsItem):
    """The fan of statements between actors ``a`` and ``b`` (in the pair's fixed order)."""

    def __init__(self, a: ActorItem, b: ActorItem, statements: list[StatementLook]) -> None:
        super().__init__()
        self.a = a
        self.b = b
        self.statements = statements
        self._index = {s.id: i for i, s in enumerate(statements)}
        self.curves: list[Curve] = []
        self._paths: list[QPainterPath] = []
        self._heads: list[list[QPolygonF]] = []
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.selected: str | None = None
        self.hovered: str | None = None
        self.faded = False
        #: The map's background: faded statements are mixed into it rather than drawn translucent.
        self.background = "#FFFFFF"
        self._label: QStaticText | None = None
        self._label_font = label_font(10.0)
        a.pairs.append(self)
        if b is not a:
            b.pairs.append(self)
        self.setAcceptHoverEvents(True)
        self.setZValue(0)
        self.update_geometry()

    # Geometry, recomputed when an end moves; never inside paint().
    def update_geometry(self) -> None:
        """Recompute every curve of the fan from the two actors' current positions."""
        self.prepareGeometryChange()
        pa, pb = self.a.pos(), self.b.pos()
        ends = {self.a.actor_id: (pa.x(), pa.y()), self.b.actor_id: (pb.x(), pb.y())}
        radii = {self.a.actor_id: self.a.radius + 2, self.b.actor_id: self.b.radius + 2}
        offsets = fan_offsets(len(self.statements))
        self.curves = []
        self._paths = []
        self._heads = []
        bounds = QRectF()
        for st, off in zip(self.statements, offsets, strict=True):
            curve = curve_between(
                ends[st.source],
                ends[st.target],
                radii[st.source],
                radii[st.target],
                off,
                arrow=9.0 if st.category.startswith("verbal") else 11.0,
                mutual=st.mutual,
                flip=st.source != self.a.actor_id,
            )
            path = QPainterPath(QPointF(*curve.line_start))
            path.quadTo(QPointF(*curve.control), QPointF(*curve.line_end))
            heads = [QPolygonF([QPointF(*p) for p in curve.head])]
            if curve.tail is not None:
                heads.append(QPolygonF([QPointF(*p) for p in curve.tail]))
            self.curves.append(curve)
            self._paths.append(path)
            self._heads.append(heads)
            bounds = bounds.united(path.boundingRect())
            for h in heads:
                bounds = bounds.united(h.boundingRect())
        self._bounds = bounds.adjusted(-8, -8, 8, 8)
        self._shape = None
        self._label = None

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def shape(self) -> QPainterPath:
        # Built only when Qt asks (itemAt, collisions), then cached until the geometry changes.
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(8.0)
            shape = QPainterPath()
            for path in self._paths:
                shape.addPath(stroker.createStroke(path))
            self._shape = shape
        return self._shape

    # Hit-testing, in plain numbers: the distance from a point to each curve of the fan.
    def statement_at(self, scene_pos: QPointF, tolerance: float) -> tuple[str, float] | None:
        """The statement whose curve passes nearest ``scene_pos``, within ``tolerance`` scene units."""
        p = (scene_pos.x(), scene_pos.y())
        best: tuple[str, float] | None = None
        for st, curve in zip(self.statements, self.curves, strict=True):
            d = curve.distance_to(p)
            if d <= tolerance and (best is None or d < best[1]):
                best = (st.id, d)
        return best

    def holds(self, statement_id: str) -> bool:
        """Whether this pair draws the statement."""
        return statement_id in self._index

    def midpoint(self, statement_id: str) -> QPointF:
        """The scene point in the middle of a statement's curve."""
        return QPointF(*self.curves[self._index[statement_id]].midpoint)

    def set_focus(self, selected: str | None, faded: bool) -> None:
        """Show ``selected`` (a statement of this pair, or None); fade the pair if out of focus."""
        if selected == self.selected and faded == self.faded:
            return
        self.selected = selected
        self.faded = faded
        self._label = None
        self.setZValue(5 if selected else 0)
        self.update()

    def relation_label(self) -> tuple[QPointF, QStaticText, QFont] | None:
        """The selected statement's relation, prepared once, and where its curve's middle is."""
        if self.selected is None:
            return None
        if self._label is None:
            st = self.statements[self._index[self.selected]]
            label = QStaticText(st.relation)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.prepare(font=self._label_font)
            self._label = label
        mid = self.curves[self._index[self.selected]].midpoint
        return (QPointF(*mid), self._label, self._label_font)

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        arrows = lod >= ARROW_LOD
        for st, path, heads in zip(self.statements, self._paths, self._heads, strict=True):
            if st.id == self.selected:
                painter.setPen(halo_pen(st.category))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
                emphasis = 2
            elif self.faded or self.selected is not None:
                emphasis = -1
            else:
                emphasis = 1 if st.id == self.hovered else 0
            painter.setPen(statement_pen(st.category, st.hedged, st.unquoted, emphasis, self.background))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            if arrows:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(category_brush(st.category, self.background if emphasis == -1 else None))
                for head in heads:
                    painter.drawPolygon(head)

    # Hover: the summary as a tooltip, and a slightly thicker curve.
    def _hover_at(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = self.scene()
        tolerance = getattr(scene, "hit_tolerance", HIT_PIXELS)
        hit = self.statement_at(event.scenePos(), tolerance)
        sid = hit[0] if hit else None
        if sid != self.hovered:
            self.hovered = sid
            self.update()
        if sid is None:
            self.setToolTip("")
            return
        st = self.statements[self._index[sid]]
        kind = "unquoted (event data)" if st.unquoted else ("hedged" if st.hedged else "")
        detail = st.relation + (f" · {kind}" if kind else "")
        if st.problem:
            detail += " · ⚠ quote does not match its article"
        self.setToolTip(tooltip_html(st.summary or st.relation, detail, italic_last=True))

    @override
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover_at(event)

    @override
    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover_at(event)

    @override
    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.update()

"""The label layer: actor names at a readable, constant screen size, placed most important first,
and dropped (or shortened to their ISO3 code) where they would collide with a placed one.

Names are drawn over the map in viewport pixels, so they are never under an edge and never shrink
below 10 pt; zooming out hides labels instead of making them unreadable (visual-language.md).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsView

from mapviewer.ui.actor_item import ActorItem
from mapviewer.ui.style import Theme

CELL = 96.0
PAD = 3.0


@dataclass
class PlacedLabel:
    """One label as drawn: its box in viewport pixels, its text, and its actor (empty for the
    selected statement's relation, which is placed first so names make way for it)."""

    actor_id: str
    box: QRectF
    text: QStaticText
    font: QFont
    opacity: float = 1.0


class _Grid:
    """Boxes bucketed by cell, so a collision check looks only at neighbours."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[QRectF]] = defaultdict(list)

    def _keys(self, box: QRectF) -> list[tuple[int, int]]:
        x0, y0 = int(box.left() // CELL), int(box.top() // CELL)
        x1, y1 = int(box.right() // CELL), int(box.bottom() // CELL)
        return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]

    def free(self, box: QRectF) -> bool:
        return not any(box.intersects(other) for k in self._keys(box) for other in self.cells[k])

    def add(self, box: QRectF) -> None:
        for k in self._keys(box):
            self.cells[k].append(box)


def place_labels(
    view: QGraphicsView,
    items: list[ActorItem],
    relation: tuple[QPointF, QStaticText, QFont] | None = None,
) -> list[PlacedLabel]:
    """Choose which labels to draw, in viewport pixels, for the view's current zoom and scroll.

    Focused actors go first, then ``relation`` (the selected statement's text at its curve's middle,
    in scene units), then every other actor by importance.
    """
    order = sorted(items, key=lambda it: (not it.focused, it.opacity() < 1.0, -it.importance))
    grid = _Grid()
    placed: list[PlacedLabel] = []
    focused = [it for it in order if it.focused]
    _place_actors(view, focused, grid, placed)
    scale = view.transform().m11()
    for item in focused:  # the relation label must not cover the statement's own actors
        node = view.mapFromScene(item.scenePos())
        r = item.radius * scale
        grid.add(QRectF(node.x() - r, node.y() - r, 2 * r, 2 * r))
    if relation is not None:
        mid, text, font = relation
        centre = view.mapFromScene(mid)
        size = text.size()
        w, h = size.width() + 2 * PAD, size.height() + 2
        for dy in (-h - 8, 8, -2 * h - 12, h + 12):
            box = QRectF(centre.x() - w / 2, centre.y() + dy, w, h)
            if grid.free(box):
                grid.add(box)
                placed.append(PlacedLabel("", box, text, font))
                break
    _place_actors(view, [it for it in order if not it.focused], grid, placed)
    return placed


def _place_actors(
    view: QGraphicsView, order: list[ActorItem], grid: _Grid, placed: list[PlacedLabel]
) -> None:
    scale = view.transform().m11()
    area = QRectF(view.viewport().rect()).adjusted(-200, -50, 200, 50)
    for item in order:
        centre = view.mapFromScene(item.scenePos())
        if not area.contains(QPointF(centre)):
            continue
        top = centre.y() + item.radius * scale + 2
        for text in (item.label_text, item.short_text):
            if not text.text():
                continue
            size = text.size()
            box = QRectF(centre.x() - size.width() / 2 - PAD, top, size.width() + 2 * PAD, size.height() + 2)
            if grid.free(box):
                grid.add(box)
                placed.append(PlacedLabel(item.actor_id, box, text, item.label_font, item.opacity()))
                break


def draw_labels(painter: QPainter, labels: list[PlacedLabel], theme: Theme) -> None:
    """Draw placed labels; the painter must be in viewport coordinates."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    back = QColor(theme.label_back)
    back.setAlphaF(0.86)
    text_colour = QColor(theme.node_text)
    for label in labels:
        painter.setOpacity(label.opacity)
        painter.setPen(QPen(QColor(theme.node_border), 1.0) if not label.actor_id else Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRoundedRect(label.box, 4, 4)
        painter.setFont(label.font)
        painter.setPen(text_colour)
        painter.drawStaticText(QPointF(label.box.left() + PAD, label.box.top() + 1), label.text)
    painter.setOpacity(1.0)

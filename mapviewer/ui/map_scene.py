"""MapScene: actors and statement bundles for one map, and the hit-testing that turns clicks into
selections. Signals come from here, never from items."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStaticText
from PySide6.QtWidgets import QGraphicsScene

from mapviewer.model.graph import degree, statements_by_pair
from mapviewer.model.io import LoadedMap
from mapviewer.ui.actor_item import ActorItem, node_radius
from mapviewer.ui.pair_item import HIT_PIXELS, PairItem, StatementLook
from mapviewer.ui.safe_text import tooltip_html
from mapviewer.ui.style import Theme

#: Past this many bundles the BSP index costs more than it saves (qt-headless.md).
NO_INDEX_ABOVE = 4000


def short_label(actor_label: str, iso3: str | None) -> str:
    """The label used when space is short: the ISO3 code, a short name as it is, else nothing."""
    if iso3:
        return iso3
    return actor_label if len(actor_label) <= 6 else ""


class MapScene(QGraphicsScene):
    """The drawn map. It listens to nobody; the window tells it what to show."""

    statement_clicked = Signal(str)
    actor_clicked = Signal(str)
    background_clicked = Signal()
    actor_moved = Signal(str, float, float)
    #: Actor names need placing again (an actor moved, or the focus changed).
    labels_invalidated = Signal()

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.actor_items: dict[str, ActorItem] = {}
        self.pair_items: dict[tuple[str, str], PairItem] = {}
        self.pair_of: dict[str, PairItem] = {}
        #: Hit width in scene units; the view updates it when the zoom changes.
        self.hit_tolerance = HIT_PIXELS
        self._selected_pair: PairItem | None = None
        self.setBackgroundBrush(QBrush(QColor(theme.background)))

    def build(self, loaded: LoadedMap, positions: dict[str, tuple[float, float]]) -> None:
        """Replace the scene's contents with ``loaded``'s actors and statements."""
        self.clear()
        self.actor_items.clear()
        self.pair_items.clear()
        self.pair_of.clear()
        self._selected_pair = None
        doc = loaded.document
        pairs = statements_by_pair(doc)
        self.setItemIndexMethod(
            QGraphicsScene.ItemIndexMethod.NoIndex
            if len(pairs) > NO_INDEX_ABOVE
            else QGraphicsScene.ItemIndexMethod.BspTreeIndex
        )
        counts = degree(doc)
        for actor in doc.actors:
            if actor.id not in positions:
                continue
            item = ActorItem(
                actor.id,
                actor.label,
                short_label(actor.label, actor.iso3),
                actor.kind,
                node_radius(actor.kind, counts.get(actor.id, 0)),
                self.theme,
                counts.get(actor.id, 0),
                _colour_of(actor.model_extra or {}),
            )
            item.setPos(*positions[actor.id])
            item.setToolTip(tooltip_html(actor.label, actor.role or "", italic_last=True))
            self.addItem(item)
            self.actor_items[actor.id] = item
        bad = {p.statement_id for p in loaded.problems if p.statement_id}
        for key, statements in pairs.items():
            if key[0] not in self.actor_items or key[1] not in self.actor_items:
                continue
            looks = [
                StatementLook(
                    s.id,
                    s.source,
                    s.target,
                    s.relation,
                    s.category,
                    s.summary,
                    s.hedged,
                    s.unquoted,
                    s.mutual,
                    s.id in bad,
                )
                for s in statements
            ]
            pair = PairItem(self.actor_items[key[0]], self.actor_items[key[1]], looks)
            pair.background = self.theme.background
            self.addItem(pair)
            self.pair_items[key] = pair
            for s in statements:
                self.pair_of[s.id] = pair
        rect = self.itemsBoundingRect()
        pad = max(600.0, rect.width(), rect.height())  # room to pan and to centre beside the legend
        self.setSceneRect(rect.adjusted(-pad, -pad, pad, pad))

    def map_rect(self) -> QRectF:
        """The rectangle around everything drawn, for fitting the view."""
        return self.itemsBoundingRect()

    def hit_test(self, scene_pos: QPointF) -> tuple[str, str] | None:
        """What a click at ``scene_pos`` means: ``("actor", id)``, ``("statement", id)`` or None.

        Actors win over curves; among curves the nearest within the hit width wins. Only items
        whose bounding box holds the point are examined, so a dense map stays fast.
        """
        t = self.hit_tolerance
        probe = QRectF(scene_pos.x() - t, scene_pos.y() - t, 2 * t, 2 * t)
        candidates = self.items(
            probe, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.DescendingOrder
        )
        best: tuple[str, float] | None = None
        for item in candidates:
            if isinstance(item, ActorItem) and item.contains_point(scene_pos):
                return ("actor", item.actor_id)
            if isinstance(item, PairItem):
                hit = item.statement_at(scene_pos, t)
                if hit is not None and (best is None or hit[1] < best[1]):
                    best = hit
        return ("statement", best[0]) if best else None

    def statement_midpoint(self, statement_id: str) -> QPointF:
        """The scene point at the middle of a statement's curve (tests click here)."""
        return self.pair_of[statement_id].midpoint(statement_id)

    def show_selection(self, statement_id: str | None, actor_id: str | None, neighbours: set[str]) -> None:
        """Emphasise the selection and fade the rest to about 25 %, or clear all emphasis."""
        focus_actors: set[str] = set()
        if statement_id is not None and statement_id in self.pair_of:
            pair = self.pair_of[statement_id]
            focus_actors = {pair.a.actor_id, pair.b.actor_id}
        elif actor_id is not None:
            focus_actors = {actor_id} | neighbours
        anything = bool(focus_actors)
        self._selected_pair = self.pair_of.get(statement_id) if statement_id else None
        for key, pair in self.pair_items.items():
            selected = statement_id if statement_id and pair.holds(statement_id) else None
            in_focus = actor_id in key if actor_id is not None else selected is not None
            pair.set_focus(selected, anything and not in_focus)
        for aid, item in self.actor_items.items():
            item.set_focused(aid == actor_id or (statement_id is not None and aid in focus_actors))
            item.setOpacity(1.0 if aid in focus_actors or not anything else 0.25)
        self.labels_changed()

    def relation_label(self) -> tuple[QPointF, QStaticText, QFont] | None:
        """The selected statement's relation text and curve midpoint, for the label layer."""
        return self._selected_pair.relation_label() if self._selected_pair is not None else None

    def labels_changed(self) -> None:
        """Ask the view to place actor names again."""
        self.labels_invalidated.emit()

    def notify_actor_moved(self, actor_id: str) -> None:
        """Called by the view after a drag, so the new position can be saved with the map."""
        item = self.actor_items[actor_id]
        self.actor_moved.emit(actor_id, item.pos().x(), item.pos().y())


def _colour_of(extra: dict[str, object]) -> str | None:
    """An imported actor's own fill colour (``actors[].color``), if it has a usable one."""
    colour = extra.get("color")
    return colour if isinstance(colour, str) and colour.startswith("#") and len(colour) == 7 else None

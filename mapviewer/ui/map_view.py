"""MapView: pan, zoom, fit, and clicks turned into selections; the legend rides in a corner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget
from typing_extensions import override

from mapviewer.ui.label_layer import PlacedLabel, draw_labels, place_labels
from mapviewer.ui.legend import Legend
from mapviewer.ui.map_scene import MapScene
from mapviewer.ui.pair_item import HIT_PIXELS

MIN_SCALE = 0.03
MAX_SCALE = 12.0
#: Fitting never magnifies beyond this, so a one-actor map is not one giant circle.
MAX_FIT_SCALE = 1.4
CLICK_SLOP = 4


class MapView(QGraphicsView):
    """The map on screen. Tab and arrows step through statements; Ctrl+arrows pan; +/- zoom."""

    step_requested = Signal(int)
    clear_requested = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Map")
        self.legend = Legend(scene.theme, self)
        self.legend.toggle.toggled.connect(self._on_legend_toggled)
        self._auto_fit = True
        self._press: QPoint | None = None
        self._press_hit: tuple[str, str] | None = None
        self._labels: list[PlacedLabel] = []
        self._labels_key: tuple[float, ...] | None = None
        scene.labels_invalidated.connect(self._on_scene_labels_invalidated)

    def _on_legend_toggled(self, _shown: bool) -> None:
        self.legend.adjustSize()
        self.legend.move(10, self.viewport().height() - self.legend.height() - 10)
        if self._auto_fit:
            self.fit_map()

    # Actor names, drawn over everything at screen size
    def _on_scene_labels_invalidated(self) -> None:
        self._labels_key = None
        self.viewport().update()

    def placed_labels(self) -> list[PlacedLabel]:
        """The labels for the current zoom and scroll (placed again only when those change)."""
        t = self.transform()
        key = (
            t.m11(),
            t.m22(),
            t.dx(),
            t.dy(),
            float(self.horizontalScrollBar().value()),
            float(self.verticalScrollBar().value()),
            float(self.viewport().width()),
            float(self.viewport().height()),
        )
        if key != self._labels_key:
            self._labels = place_labels(
                self, list(self.map_scene.actor_items.values()), self.map_scene.relation_label()
            )
            self._labels_key = key
        return self._labels

    @override
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        labels = self.placed_labels()
        painter.save()
        painter.resetTransform()
        draw_labels(painter, labels, self.map_scene.theme)
        painter.restore()

    def label_at(self, pos: QPoint) -> str | None:
        """The actor whose drawn name is under viewport point ``pos``, if any."""
        for label in reversed(self._labels):
            if label.actor_id and label.box.contains(QPointF(pos)):
                return label.actor_id
        return None

    # Zoom and fit
    def _sync_tolerance(self) -> None:
        self.map_scene.hit_tolerance = HIT_PIXELS / max(self.transform().m11(), 1e-6)

    def zoom_by(self, factor: float) -> None:
        """Zoom around the mouse (or the centre), within sensible limits."""
        current = self.transform().m11()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self.scale(factor, factor)
        self._auto_fit = False
        self._sync_tolerance()

    def fit_map(self) -> None:
        """Show the whole map, with a margin, and follow window resizes until the user zooms."""
        rect = self.map_scene.map_rect()
        if rect.isEmpty():
            return
        rect = rect.adjusted(-40, -40, 40, 40)
        port = self.viewport().rect()
        # The legend keeps a strip on the left; the map fits in what is left of the width.
        # isHidden, not isVisible: before the window is shown nothing is "visible" yet.
        self.legend.adjustSize()
        left = self.legend.width() + 16 if not self.legend.body.isHidden() else 0
        if port.width() - left < port.width() * 0.6:
            left = 0  # a narrow window: overlap the legend rather than shrink the map to nothing
        width, height = max(port.width() - left, 1), max(port.height(), 1)
        scale = min(width / rect.width(), height / rect.height(), MAX_FIT_SCALE)
        self.resetTransform()
        self.scale(scale, scale)
        # centerOn puts a scene point at the viewport's middle; shift it so the map is centred
        # in the free part instead.
        self.centerOn(rect.center().x() - left / 2 / scale, rect.center().y())
        self._auto_fit = True
        self._sync_tolerance()

    def ensure_visible(self, rect: QRectF) -> None:
        """Scroll so ``rect`` is on screen, without changing the zoom."""
        self.ensureVisible(rect, 60, 60)

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.18**steps)
        event.accept()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.legend.adjustSize()
        self.legend.move(10, self.viewport().height() - self.legend.height() - 10)
        if self._auto_fit:
            self.fit_map()

    # Keyboard
    @override
    def event(self, event: QEvent) -> bool:
        # Tab would move focus to the next widget; on the map it steps through statements.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab:
                self.step_requested.emit(1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.step_requested.emit(-1)
                return True
        return super().event(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        pan: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in pan and ctrl:
            dx, dy = pan[key]
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() + dx * 60)
            v.setValue(v.value() + dy * 60)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step_requested.emit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step_requested.emit(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_F):
            self.fit_map()
        elif key == Qt.Key.Key_L:
            self.legend.toggle.toggle()
        elif key == Qt.Key.Key_Escape:
            self.clear_requested.emit()
        else:
            super().keyPressEvent(event)

    # Mouse: a click on a curve selects its statement; on an actor, focuses it; a drag pans or moves.
    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        self._press_hit = None
        if event.button() == Qt.MouseButton.LeftButton:
            self._sync_tolerance()
            named = self.label_at(self._press)
            self._press_hit = (
                ("actor", named) if named else self.map_scene.hit_test(self.mapToScene(self._press))
            )
            if self._press_hit is not None and self._press_hit[0] == "statement":
                self.map_scene.statement_clicked.emit(self._press_hit[1])
                event.accept()
                return
        super().mousePressEvent(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength() > CLICK_SLOP
        hit = self._press_hit
        self._press = None
        if hit is not None and hit[0] == "actor":
            if moved:
                self.map_scene.notify_actor_moved(hit[1])
            else:
                self.map_scene.actor_clicked.emit(hit[1])
        elif hit is None and not moved:
            self.map_scene.background_clicked.emit()

"""The legend: colours, weights, dash styles and shapes, overlaid on a corner of the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget
from typing_extensions import override

from mapviewer.model.types import CATEGORIES
from mapviewer.ui.style import (
    CATEGORY_COLOURS,
    Theme,
    category_name,
    label_font,
    line_style,
    stroke_width,
)

ROW = 20
WIDTH = 236


class _LegendBody(QWidget):
    """The drawn part of the legend, painted from the same style functions as the map."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.rows = len(CATEGORIES) + 3 + 4
        self.setFixedSize(WIDTH, ROW * self.rows + 14)

    @override
    def sizeHint(self) -> QSize:
        return QSize(WIDTH, ROW * self.rows + 14)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(label_font(9.5))
        text = QColor(self.theme.node_text)
        y = 6.0

        def line(colour: str, width: float, style: Qt.PenStyle, label: str) -> None:
            nonlocal y
            mid = y + ROW / 2
            pen = QPen(QColor(colour), width, style)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLine(QPointF(10, mid), QPointF(52, mid))
            p.setPen(text)
            p.drawText(QRectF(62, y, WIDTH - 66, ROW), Qt.AlignmentFlag.AlignVCenter, label)
            y += ROW

        for cat in CATEGORIES:
            line(CATEGORY_COLOURS[cat], stroke_width(cat), Qt.PenStyle.SolidLine, category_name(cat))
        grey = self.theme.node_border
        line(grey, 1.8, line_style(hedged=True, unquoted=False), "Hedged: reported, alleged…")
        line(grey, 1.8, line_style(hedged=False, unquoted=True), "Unquoted (event data)")
        line(grey, 1.8, Qt.PenStyle.SolidLine, "Solid: stated as fact")
        shapes = [
            ("state", "State", self.theme.node_fill),
            ("person", "Person", self.theme.person_fill),
            ("organization", "Organisation", self.theme.org_fill),
            ("group", "Group or bloc", self.theme.group_fill),
        ]
        for kind, label, fill in shapes:
            mid = y + ROW / 2
            p.setPen(QPen(QColor(self.theme.node_border), 1.4))
            p.setBrush(QColor(fill))
            r = 6.0 if kind == "person" else 8.0
            if kind == "organization":
                p.drawRoundedRect(QRectF(31 - r, mid - r, 2 * r, 2 * r), 2.5, 2.5)
            elif kind == "group":
                hexagon = [
                    QPointF(31 + r * dx, mid + r * dy)
                    for dx, dy in (
                        (0.87, 0.5),
                        (0, 1),
                        (-0.87, 0.5),
                        (-0.87, -0.5),
                        (0, -1),
                        (0.87, -0.5),
                    )
                ]
                p.drawPolygon(hexagon)
            else:
                p.drawEllipse(QPointF(31, mid), r, r)
            p.setPen(text)
            p.drawText(QRectF(62, y, WIDTH - 66, ROW), Qt.AlignmentFlag.AlignVCenter, label)
            y += ROW
        p.end()


class Legend(QWidget):
    """A collapsible legend card; the map view keeps it in its bottom-left corner."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        back = QColor(theme.background)
        self.setStyleSheet(
            f"#legend {{ background: rgba({back.red()},{back.green()},{back.blue()},235);"
            f" border: 1px solid {theme.grid}; border-radius: 6px; }}"
            f" QToolButton {{ border: none; font-weight: bold; color: {theme.node_text}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        self.toggle = QToolButton(self)
        self.toggle.setText("Legend ▾")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolTip("Show or hide the legend (L)")
        self.body = _LegendBody(theme, self)
        layout.addWidget(self.toggle, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._on_toggle_toggled)

    def _on_toggle_toggled(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setText("Legend ▾" if shown else "Legend ▸")
        self.adjustSize()

"""How the map looks (visual-language.md): category colours, stroke weights, dash styles, themes.

Pens and brushes are built once here and shared, so ``paint()`` never builds one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QApplication

from mapviewer.model.types import CATEGORIES, Category

#: Okabe-Ito hues, which people with colour-vision deficiency can tell apart.
CATEGORY_COLOURS: dict[Category, str] = {
    "verbal_cooperation": "#0072B2",
    "material_cooperation": "#009E73",
    "verbal_conflict": "#E69F00",
    "material_conflict": "#D55E00",
    "neutral": "#7A7A7A",
}
CATEGORY_NAMES: dict[Category, str] = {
    "verbal_cooperation": "Verbal cooperation",
    "material_cooperation": "Material cooperation",
    "verbal_conflict": "Verbal conflict",
    "material_conflict": "Material conflict",
    "neutral": "Neutral",
}
assert set(CATEGORY_COLOURS) == set(CATEGORIES)


def stroke_width(category: str) -> float:
    """Material statements are thicker than verbal ones, so colour is not the only cue."""
    return 3.4 if category.startswith("material") else 1.8


def line_style(*, hedged: bool, unquoted: bool) -> Qt.PenStyle:
    """Dotted for unquoted (event data), dashed for hedged, solid for stated as fact."""
    if unquoted:
        return Qt.PenStyle.DotLine
    return Qt.PenStyle.DashLine if hedged else Qt.PenStyle.SolidLine


@dataclass(frozen=True)
class Theme:
    """Colours for one of the light and dark schemes."""

    dark: bool
    background: str
    grid: str
    node_fill: str
    node_border: str
    node_text: str
    label_back: str
    person_fill: str
    org_fill: str
    group_fill: str
    highlight: str
    other_quote: str
    mark: str
    muted: str
    ok: str
    error: str


LIGHT = Theme(
    dark=False,
    background="#FAFAF7",
    grid="#EEEEE8",
    node_fill="#DCE6F0",
    node_border="#2E4053",
    node_text="#111820",
    label_back="#FAFAF7",
    person_fill="#F3E3C3",
    org_fill="#E3DDF0",
    group_fill="#DDEFE6",
    highlight="#FFE08A",
    other_quote="#9AA7B4",
    mark="#D4A017",
    muted="#555B63",
    ok="#1B6E3A",
    error="#B00020",
)
DARK = Theme(
    dark=True,
    background="#1C1F24",
    grid="#262A31",
    node_fill="#33414F",
    node_border="#C9D6E3",
    node_text="#F2F5F8",
    label_back="#1C1F24",
    person_fill="#5A4A2C",
    org_fill="#463F5C",
    group_fill="#2F4F41",
    highlight="#7A5C00",
    other_quote="#6C7884",
    mark="#E0B040",
    muted="#AEB6BF",
    ok="#7BD88F",
    error="#FF8A80",
)


def current_theme() -> Theme:
    """The theme matching the system scheme (the application palette's window lightness)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        window = app.palette().color(QPalette.ColorRole.Window)
        if window.lightness() < 128:
            return DARK
    return LIGHT


def faded(colour: str, background: str, keep: float = 0.28) -> QColor:
    """``colour`` mixed into ``background``: looks like 28 % opacity but is opaque, which the
    raster engine draws several times faster than a translucent antialiased stroke."""
    c, b = QColor(colour), QColor(background)
    return QColor.fromRgbF(
        c.redF() * keep + b.redF() * (1 - keep),
        c.greenF() * keep + b.greenF() * (1 - keep),
        c.blueF() * keep + b.blueF() * (1 - keep),
    )


@cache
def statement_pen(
    category: str, hedged: bool, unquoted: bool, emphasis: int = 0, background: str = "#FFFFFF"
) -> QPen:
    """The pen for one statement. ``emphasis``: 0 normal, 1 hovered, 2 selected, -1 faded
    (towards ``background``)."""
    hue = CATEGORY_COLOURS.get(category, "#7A7A7A")  # type: ignore[call-overload]
    colour = faded(hue, background) if emphasis == -1 else QColor(hue)
    width = stroke_width(category) + (0.0, 1.2, 2.0, 0.0)[emphasis]
    pen = QPen(colour, width, line_style(hedged=hedged, unquoted=unquoted))
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@cache
def halo_pen(category: str) -> QPen:
    """A soft wide glow under the selected statement."""
    colour = QColor(CATEGORY_COLOURS.get(category, "#7A7A7A"))  # type: ignore[call-overload]
    colour.setAlphaF(0.28)
    pen = QPen(colour, stroke_width(category) + 9.0)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


@cache
def category_brush(category: str, fade_into: str | None = None) -> QBrush:
    """Fill for arrowheads and swatches; faded into the background colour ``fade_into`` if given."""
    hue = CATEGORY_COLOURS.get(category, "#7A7A7A")  # type: ignore[call-overload]
    return QBrush(faded(hue, fade_into) if fade_into else QColor(hue))


def label_font(point_size: float = 10.5, bold: bool = False) -> QFont:
    """The font for map labels: at least 10 pt at 100 % zoom (visual-language.md)."""
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def category_name(category: str) -> str:
    """A category as people say it ("Verbal conflict")."""
    return str(CATEGORY_NAMES.get(category, category))  # type: ignore[call-overload]

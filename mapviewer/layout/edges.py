"""Edge geometry as plain numbers: fanned quadratic curves between actors, and their arrowheads.

The Qt items turn these numbers into paths once per move; nothing here knows about Qt. Keeping the
geometry here also lets tests and benchmarks check it without a window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

Point = tuple[float, float]

#: Gap between neighbouring curves of one pair, in scene units.
FAN_SPACING = 16.0
#: The fan never grows wider than this, however many statements a pair has.
FAN_MAX_WIDTH = 170.0


@dataclass(frozen=True)
class Curve:
    """A quadratic Bézier from ``start`` to ``end`` bent towards ``control``.

    ``line_end`` is where the stroke stops so that it does not poke through the arrowhead at ``end``;
    ``line_start`` likewise for a mutual statement. ``head`` and ``tail`` are arrowhead triangles.
    """

    start: Point
    control: Point
    end: Point
    line_start: Point
    line_end: Point
    head: tuple[Point, Point, Point]
    tail: tuple[Point, Point, Point] | None

    def point_at(self, t: float) -> Point:
        """The point of the curve at parameter ``t`` in [0, 1].

        >>> Curve((0, 0), (5, 5), (10, 0), (0, 0), (10, 0), ((0, 0),) * 3, None).point_at(0.5)
        (5.0, 2.5)
        """
        u = 1.0 - t
        x = u * u * self.start[0] + 2 * u * t * self.control[0] + t * t * self.end[0]
        y = u * u * self.start[1] + 2 * u * t * self.control[1] + t * t * self.end[1]
        return (x, y)

    @property
    def midpoint(self) -> Point:
        """The middle of the curve: where a label goes, and where a test clicks."""
        return self.point_at(0.5)

    def samples(self, n: int = 16) -> list[Point]:
        """``n + 1`` points along the curve, for hit-testing."""
        return [self.point_at(i / n) for i in range(n + 1)]

    def distance_to(self, p: Point, n: int = 16) -> float:
        """The distance from ``p`` to the curve (to a polyline of ``n`` segments along it).

        >>> c = curve_between((0, 0), (100, 0), 0, 0, 0.0)
        >>> round(c.distance_to((50, 3)), 6)
        3.0
        """
        pts = self.samples(n)
        return min(_segment_distance(p, a, b) for a, b in pairwise(pts))


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


def fan_offsets(n: int, spacing: float = FAN_SPACING, max_width: float = FAN_MAX_WIDTH) -> list[float]:
    """Symmetric sideways offsets for ``n`` curves between one pair.

    >>> fan_offsets(1)
    [0.0]
    >>> fan_offsets(3, spacing=10)
    [-10.0, 0.0, 10.0]
    """
    if n <= 1:
        return [0.0] * n
    step = min(spacing, max_width / (n - 1))
    return [(i - (n - 1) / 2) * step for i in range(n)]


def _unit(dx: float, dy: float) -> Point:
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-9 else (1.0, 0.0)


def _arrowhead(tip: Point, towards: Point, size: float) -> tuple[Point, Point, Point]:
    ux, uy = _unit(tip[0] - towards[0], tip[1] - towards[1])
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    half = size * 0.45
    return (tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half))


def curve_between(
    source: Point,
    target: Point,
    source_radius: float,
    target_radius: float,
    offset: float,
    *,
    arrow: float = 10.0,
    mutual: bool = False,
    flip: bool = False,
) -> Curve:
    """The curve of one statement from ``source`` to ``target``, bent ``offset`` units sideways.

    The side is measured against the pair's fixed order, so statements in opposite directions fan
    out together instead of overlapping: pass ``flip=True`` when ``source`` is the pair's second
    actor. Ends stop at the node borders, and the arrowhead sits at the target's border.
    """
    if source == target:
        return _loop(source, source_radius, offset, arrow)
    sx, sy = source
    tx, ty = target
    ux, uy = _unit(tx - sx, ty - sy)
    if flip:
        ux, uy = -ux, -uy
    nx_, ny_ = -uy, ux  # normal of the pair's fixed direction
    mx, my = (sx + tx) / 2, (sy + ty) / 2
    control = (mx + nx_ * 2 * offset, my + ny_ * 2 * offset)
    d0 = _unit(control[0] - sx, control[1] - sy)
    d1 = _unit(control[0] - tx, control[1] - ty)
    start = (sx + d0[0] * source_radius, sy + d0[1] * source_radius)
    end = (tx + d1[0] * target_radius, ty + d1[1] * target_radius)
    head = _arrowhead(end, control, arrow)
    line_end = (end[0] + d1[0] * arrow * 0.8, end[1] + d1[1] * arrow * 0.8)
    tail = None
    line_start = start
    if mutual:
        tail = _arrowhead(start, control, arrow)
        line_start = (start[0] + d0[0] * arrow * 0.8, start[1] + d0[1] * arrow * 0.8)
    return Curve(start, control, end, line_start, line_end, head, tail)


def _loop(centre: Point, radius: float, offset: float, arrow: float) -> Curve:
    """A statement an actor makes about itself: a loop above the node."""
    cx, cy = centre
    lift = radius * 3.0 + abs(offset)
    start = (cx - radius * 0.6, cy - radius * 0.8)
    end = (cx + radius * 0.6, cy - radius * 0.8)
    control = (cx, cy - lift)
    head = _arrowhead(end, control, arrow)
    return Curve(start, control, end, start, end, head, None)

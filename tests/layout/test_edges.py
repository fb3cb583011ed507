"""Edge geometry: fans are symmetric, opposite directions do not overlap, ends stop at borders."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from mapviewer.layout.edges import curve_between, fan_offsets


@given(st.integers(1, 200))
def test_fan_is_symmetric_and_bounded(n: int) -> None:
    offsets = fan_offsets(n)
    assert len(offsets) == n
    assert math.isclose(sum(offsets), 0.0, abs_tol=1e-6)
    assert max(offsets) - min(offsets) <= 170.0 + 1e-6


def test_opposite_directions_fan_apart() -> None:
    a, b = (0.0, 0.0), (200.0, 0.0)
    forward = curve_between(a, b, 10, 10, 16.0)
    backward = curve_between(b, a, 10, 10, -16.0, flip=True)
    assert forward.midpoint[1] != backward.midpoint[1]
    assert abs(forward.midpoint[1] - backward.midpoint[1]) > 20


def test_ends_stop_at_node_borders_and_head_at_target() -> None:
    c = curve_between((0.0, 0.0), (100.0, 0.0), 10.0, 20.0, 0.0)
    assert math.isclose(c.start[0], 10.0)
    assert math.isclose(c.end[0], 80.0)
    assert c.head[0] == c.end
    assert c.tail is None
    assert curve_between((0.0, 0.0), (100.0, 0.0), 10, 20, 0, mutual=True).tail is not None


def test_distance_is_small_at_midpoint() -> None:
    c = curve_between((0.0, 0.0), (300.0, 100.0), 10, 10, 40.0)
    assert c.distance_to(c.midpoint) < 0.5
    assert c.distance_to((150.0, -300.0)) > 100

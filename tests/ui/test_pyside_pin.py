"""The PySide6 pin: 6.12.0 on CPython < 3.12 loses a reference to None on every call that returns
nothing, and aborts after a few thousand. A pinned version must leave None's count alone."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsRectItem


def test_many_setpos_calls_leave_none_alone() -> None:
    item = QGraphicsRectItem(0, 0, 1, 1)
    before = sys.getrefcount(None)
    for i in range(100_000):
        item.setPos(i % 7, 2)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100

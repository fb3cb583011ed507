"""The Qt-free selection: one source of truth, announcing only real changes."""

from __future__ import annotations

from mapviewer.model import ViewState


def test_emits_once_per_change() -> None:
    vs = ViewState(["a", "b"])
    seen: list[tuple[str | None, str | None]] = []
    vs.selection_changed.connect(lambda: seen.append((vs.selected_statement, vs.selected_actor)))
    vs.select_statement("a")
    vs.select_statement("a")
    vs.select_actor("RUS")
    vs.clear()
    vs.clear()
    assert seen == [("a", None), (None, "RUS"), (None, None)]


def test_step_wraps_both_ways() -> None:
    vs = ViewState(["a", "b", "c"])
    vs.step(-1)
    assert vs.selected_statement == "c"
    vs.step(1)
    assert vs.selected_statement == "a"

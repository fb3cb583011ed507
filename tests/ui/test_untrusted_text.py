"""Text from files is shown as plain text everywhere, and bad files never take the app down."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mapviewer.ui import file_actions, main_window
from tests.model.helpers import small_map, write_map
from tests.ui.conftest import click_statement, open_window, viewport_point

HOSTILE = 'Spokesman says <img src=x onerror=alert(1)> and <b>bold</b> & "quoted".'
QUOTE = "<img src=x onerror=alert(1)>"
START = HOSTILE.index(QUOTE)
END = START + len(QUOTE)


def hostile_map(folder: Path) -> Path:
    data = small_map(HOSTILE)
    data["actors"][0]["label"] = "<b>Russia</b>"
    st = data["statements"][0]
    st["relation"] = "<i>condemns</i>"
    st["summary"] = "<img src=x>"
    st["evidence"][0].update(quote=QUOTE, start=START, end=END, attributed_to="<a href='x'>y</a>")
    data["statements"] = [st]
    return write_map(folder, data, text=HOSTILE)


def test_markup_in_a_map_shows_literally(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, hostile_map(tmp_path))
    assert window.loaded.problems == []
    click_statement(qtbot, window, "s1")
    assert window.view_state.selected_statement == "s1"
    labels = window.panel.widget().findChildren(QLabel)
    texts = {lbl.text() for lbl in labels if lbl.textFormat() == Qt.TextFormat.PlainText}
    assert "“<img src=x onerror=alert(1)>”" in texts
    assert "<b>Russia</b> → Israel" in texts
    assert "<i>condemns</i>" in texts
    assert "according to <a href='x'>y</a>" in texts
    rich = [lbl for lbl in labels if lbl.textFormat() != Qt.TextFormat.PlainText]
    assert all("<img" not in lbl.text() and "&lt;img" not in lbl.text() for lbl in rich)
    # Hovering the edge gives its summary as a tooltip, escaped so the markup shows literally.
    # Move from somewhere else first: a move to where the pointer already is sends no event.
    qtbot.mouseMove(window.view.viewport(), QPoint(3, 3))
    qtbot.mouseMove(window.view.viewport(), viewport_point(window, "s1"))
    pair = window.scene.pair_of["s1"]
    qtbot.waitUntil(lambda: pair.toolTip() != "")
    assert "&lt;img src=x&gt;" in pair.toolTip()
    assert "<img" not in pair.toolTip()
    assert window.article.text.toPlainText() == HOSTILE
    assert window.article.highlighted_range() == (START, END)


def test_bad_file_shows_an_error_and_keeps_the_map(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot)
    title = window.loaded.document.title
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_error", lambda parent, t, m: shown.append(m))
    broken = tmp_path / "broken.map.json"
    broken.write_text('{"format": "mapviewer-map", "version": 1,\n "actors": [', encoding="utf-8")
    assert not window.files.open_path(broken, confirm=False)
    assert len(shown) == 1
    assert str(broken) in shown[0]
    assert "line 2, column" in shown[0]
    assert window.loaded.document.title == title
    assert window.scene.actor_items


def test_mismatched_quote_is_shown_as_an_error(qtbot: QtBot, tmp_path: Path) -> None:
    data = small_map()
    data["statements"][0]["evidence"][0]["start"] = 1
    data["statements"][0]["evidence"][0]["end"] = 24
    window = open_window(qtbot, write_map(tmp_path, data))
    assert window.banner.isVisibleTo(window)
    assert "1 provenance problem" in window.banner.text()
    assert "1 problem(s) in 1 statement(s)" in window.statusBar().currentMessage()
    assert "all verified" not in window.statusBar().currentMessage()
    click_statement(qtbot, window, "s1")
    texts = [lbl.text() for lbl in window.panel.widget().findChildren(QLabel)]
    assert any(t.startswith("✗ quote does not match") for t in texts)
    assert not any(t.startswith("✓") for t in texts)
    status = window.table.source_model.index(0, 6).data()
    assert status == "✗ mismatch"


def test_recent_files_remember_what_was_opened(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_map(tmp_path, small_map())
    window = open_window(qtbot, path)
    window.files._fill_recent()
    names = [a.text() for a in window.files.recent_menu.actions()]
    assert names[0] == path.name
    assert file_actions.recent.recent_files()[0] == str(path.resolve())


def test_one_actor_map_fits_without_giant_zoom(qtbot: QtBot, tmp_path: Path) -> None:
    data = small_map()
    data["actors"] = data["actors"][:1]
    data["statements"] = []
    window = open_window(qtbot, write_map(tmp_path, data))
    assert list(window.scene.actor_items) == ["RUS"]
    assert window.view.transform().m11() <= 1.4

"""A main window on the default map, shown offscreen at a fixed size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from mapviewer.ui.main_window import MainWindow
from tests.conftest import DEFAULT_MAP


def open_window(qtbot: QtBot, path: Path = DEFAULT_MAP) -> MainWindow:
    window = MainWindow()
    # A changed map would ask "save first?" on close; the test's changes are thrown away.
    qtbot.addWidget(window, before_close_func=lambda w: w.setWindowModified(False))
    assert window.files.open_path(path, confirm=False)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.view.fit_map()
    return window


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return open_window(qtbot)


def viewport_point(window: MainWindow, statement_id: str) -> QPoint:
    """Where the middle of a statement's curve is drawn, in viewport pixels."""
    return window.view.mapFromScene(window.scene.statement_midpoint(statement_id))


def click_statement(qtbot: QtBot, window: MainWindow, statement_id: str) -> None:
    qtbot.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, statement_id)
    )


def click_actor(qtbot: QtBot, window: MainWindow, actor_id: str) -> None:
    item = window.scene.actor_items[actor_id]
    qtbot.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.view.mapFromScene(item.scenePos()),
    )

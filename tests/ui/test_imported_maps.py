"""Maps from other tools: their colours and extra attributes are shown, not dropped."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mapviewer.formats import read_any
from mapviewer.model.io import open_document
from mapviewer.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.ui.conftest import click_statement

YED = ROOT / "tests" / "formats" / "fixtures" / "yed.graphml"


def test_yed_colours_and_attributes_show(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    doc, _report = read_any(YED)
    window.show_map(open_document(doc))
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.view.fit_map()
    china = window.scene.actor_items["n0"]
    assert china._brush.color().name() == "#ffcc00"
    click_statement(qtbot, window, "e0")
    texts = [lbl.text() for lbl in window.panel.widget().findChildren(QLabel)]
    assert "description: large drills around the island" in texts
    assert "Unquoted: this source gives no text to check." in texts
    assert "  Unquoted source  " in texts
    assert "  Stated as fact  " not in texts
    assert "unquoted statement" in window.statusBar().currentMessage()

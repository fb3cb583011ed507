"""File › Import… and File › Export… driven as a user does: the column-mapping dialog's combo boxes
and buttons, the progress dialog's Cancel, the report and error dialogs, and files read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mapviewer.formats import ColumnMapping, read_any
from mapviewer.ui.column_mapping_dialog import NONE_TEXT, ColumnMappingDialog
from mapviewer.ui.import_actions import (
    ImportProgress,
    ImportReportDialog,
    export_path,
    import_path,
    start_import,
)
from mapviewer.ui.main_window import MainWindow
from tests.formats.helpers import FIXTURES
from tests.ui.conftest import open_window

OK = QDialogButtonBox.StandardButton.Ok
W = TypeVar("W", bound=QWidget)


def shown(kind: type[W], window: MainWindow) -> list[W]:
    """The visible dialogs of one kind that belong to ``window``."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and w.parentWidget() is window
    ]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The default map; afterwards its report and error dialogs are closed, so none stays the
    active window for the next test (tooltips show only in the active window)."""
    win = open_window(qtbot)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget.parentWidget() is win and widget.isVisible():
            widget.close()


def click_ok(qtbot: QtBot, dialog: ColumnMappingDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)


def choose(dialog: ColumnMappingDialog, field: str, column: str) -> None:
    combo = dialog.combos[field]
    index = combo.findText(column)
    assert index >= 0, f"{column!r} is not offered for {field}"
    combo.setCurrentIndex(index)


def big_csv(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "big.csv"
    lines = "".join(f"Actor {i},Actor {i + 1},meets\n" for i in range(rows))
    path.write_text("from,to,relation\n" + lines, encoding="utf-8")
    return path


def test_file_menu_has_import_and_export(qtbot: QtBot, window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    actions = {a.text(): a.shortcut().toString() for a in file_menu.actions()}
    assert actions["I&mport…"] == "Ctrl+I"
    assert actions["&Export…"] == "Ctrl+E"
    texts = list(actions)
    assert texts.index("I&mport…") == texts.index("Save &As…") + 1


def test_import_graphml_shows_its_actors_and_the_report(qtbot: QtBot, window: MainWindow) -> None:
    assert start_import(window, FIXTURES / "networkx.graphml") is None  # no mapping dialog
    assert set(window.scene.actor_items) == {"Russia", "Ukraine", "Turkey", "NATO"}
    assert len(window.loaded.document.statements) == 3
    assert window.loaded.path is None
    assert window.isWindowModified()  # not saved anywhere yet
    (report,) = shown(ImportReportDialog, window)
    text = report.findChild(QPlainTextEdit)
    assert text is not None
    assert text.isReadOnly()
    assert "format: graphml" in text.toPlainText()
    assert "read: 4 actors, 3 statements" in text.toPlainText()
    assert report.summary.textFormat() == Qt.TextFormat.PlainText
    assert "networkx.graphml" in report.summary.text()
    # A second import replaces the map, and its report replaces the first one.
    start_import(window, FIXTURES / "gexf_1_2draft.gexf")
    (report,) = shown(ImportReportDialog, window)
    assert "gexf_1_2draft.gexf" in report.summary.text()
    assert set(window.scene.actor_items) == {a.id for a in window.loaded.document.actors}


def test_import_csv_through_the_mapping_dialog_and_remember_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "Who,Whom,Did,Note\n"
        "Russia,Ukraine,shells,<b>not bold</b>\n"
        "Poland,Russia,summons envoy of,\n"
        "Germany,Ukraine,supplies arms to,\n",
        encoding="utf-8",
    )
    dialog = start_import(window, path)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # Nothing can be guessed for source and target from these headers, so the user must choose.
    assert dialog.combos["source"].currentText() == NONE_TEXT
    assert dialog.combos["summary"].currentText() == "Note"  # guessed, and not wanted
    assert dialog.table.item(0, 3).text() == "<b>not bold</b>"
    click_ok(qtbot, dialog)
    assert dialog.isVisible()  # refused
    assert dialog.message.isVisible()
    assert "source" in dialog.message.text()
    choose(dialog, "source", "Who")
    choose(dialog, "target", "Whom")
    choose(dialog, "relation", "Did")
    choose(dialog, "summary", NONE_TEXT)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(window.loaded.document.statements) == 3)
    doc = window.loaded.document
    assert [(s.source, s.target, s.relation) for s in doc.statements] == [
        ("RUS", "UKR", "shells"),
        ("POL", "RUS", "summons envoy of"),
        ("DEU", "UKR", "supplies arms to"),
    ]
    assert doc.statements[0].attributes == {"Note": "<b>not bold</b>"}  # (none): kept as attribute
    assert {"RUS", "UKR", "POL", "DEU"} <= set(window.scene.actor_items)
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: len(shown(ImportReportDialog, window)) == 1)

    # The same header set again: the combo boxes come pre-filled from the remembered mapping.
    again = ColumnMappingDialog.for_file(path)
    qtbot.addWidget(again)
    chosen = {name: combo.currentText() for name, combo in again.combos.items()}
    assert chosen["source"] == "Who"
    assert chosen["target"] == "Whom"
    assert chosen["relation"] == "Did"
    assert chosen["date"] == NONE_TEXT
    assert chosen["summary"] == NONE_TEXT  # remembered beats the guess
    assert again.mapping().columns == {"source": "Who", "target": "Whom", "relation": "Did"}


def test_mapping_dialog_refuses_the_same_column_for_source_and_target(qtbot: QtBot) -> None:
    dialog = ColumnMappingDialog.for_file(FIXTURES / "edges.csv")
    qtbot.addWidget(dialog)
    assert dialog.combos["source"].currentText() == "From"  # guessed
    assert dialog.combos["url"].currentText() == "Source URL"
    choose(dialog, "target", "From")
    dialog.show()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "different columns" in dialog.message.text()


def test_headless_table_maps_columns_by_number(qtbot: QtBot) -> None:
    dialog = ColumnMappingDialog.for_file(FIXTURES / "headless.csv")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.mapping_accepted) as accepted:
        dialog.show()
        dialog.header_check.setChecked(False)
        assert dialog.table.rowCount() == 3  # the first row is data now
        assert dialog.table.horizontalHeaderItem(0).text() == "column 1"
        choose(dialog, "source", "column 1")
        choose(dialog, "target", "column 2")
        choose(dialog, "relation", "column 3")
        click_ok(qtbot, dialog)
    mapping = accepted.args[0]
    assert mapping == ColumnMapping({"source": 0, "target": 1, "relation": 2}, has_header=False)
    doc, _ = read_any(FIXTURES / "headless.csv", mapping=mapping)
    assert [s.relation for s in doc.statements] == ["threatens", "strikes", "urges restraint on"]


def test_xlsx_with_several_sheets_offers_a_sheet_chooser(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Read me first"])
    edges = book.create_sheet("Edges")
    edges.append(["From", "To", "Event"])
    edges.append(["Russia", "Ukraine", "shells"])
    edges.append(["Ukraine", "Russia", "strikes"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    dialog = start_import(window, path)
    assert dialog is not None
    assert dialog.sheet_combo.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == ["Notes", "Edges"]
    dialog.sheet_combo.setCurrentText("Edges")
    assert dialog.combos["source"].currentText() == "From"
    assert dialog.combos["relation"].currentText() == "Event"
    assert dialog.mapping().sheet == "Edges"
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(window.loaded.document.statements) == 2)
    assert [s.relation for s in window.loaded.document.statements] == ["shells", "strikes"]


def test_broken_file_shows_the_error_and_keeps_the_map(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = window.loaded
    actors = set(window.scene.actor_items)
    path = tmp_path / "<b>broken.graphml"
    path.write_text(
        '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        '<graph edgedefault="directed">\n<node id="a">\n</graph>\n',
        encoding="utf-8",
    )
    assert start_import(window, path) is None
    (box,) = shown(QMessageBox, window)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert str(path) in box.text()  # the file, literally (no HTML)
    assert "line 5" in box.text()  # and the place in it
    assert window.loaded is before
    assert set(window.scene.actor_items) == actors
    assert not window.isWindowModified()
    box.close()


def test_cancel_during_progress_keeps_the_map(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = big_csv(tmp_path, 1500)
    before = window.loaded
    pressed: list[str] = []

    def press_cancel() -> None:  # runs inside the import, when it lets the event loop run
        (dialog,) = shown(QProgressDialog, window)
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        pressed.append(dialog.labelText())

    QTimer.singleShot(0, press_cancel)
    assert not import_path(window, path, mapping=ColumnMapping({"source": "from", "target": "to"}))
    assert len(pressed) == 1
    assert pressed[0].startswith("Importing big.csv…")
    assert window.loaded is before
    assert not window.isWindowModified()
    assert "cancelled" in window.statusBar().currentMessage()
    assert shown(QProgressDialog, window) == []
    assert shown(QMessageBox, window) == []  # a cancel is not an error


def test_big_import_shows_progress_then_the_map(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = big_csv(tmp_path, 1500)
    seen: list[bool] = []
    QTimer.singleShot(0, lambda: seen.append(len(shown(QProgressDialog, window)) == 1))
    assert import_path(window, path)
    assert seen == [True]
    assert len(window.loaded.document.statements) == 1500
    assert shown(QProgressDialog, window) == []


def test_progress_runs_the_event_loop_at_most_20_times_a_second(qtbot: QtBot, window: MainWindow) -> None:
    now = [0.0]
    progress = ImportProgress(window, "x.csv", clock=lambda: now[0])
    for done in range(1000):  # one second of calls, one per millisecond
        assert progress(done, 1000)
        now[0] += 0.001
    assert progress.dialog is not None
    assert 19 <= progress.updates <= 21
    progress.close()
    assert progress.dialog is None


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_export_reads_back_with_the_same_counts(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, suffix: str
) -> None:
    doc = window.loaded.document
    out = tmp_path / f"map{suffix}"
    assert export_path(window, out)
    back, _ = read_any(out)
    assert (len(back.actors), len(back.statements)) == (len(doc.actors), len(doc.statements))
    assert str(out) in window.statusBar().currentMessage()


def test_export_error_is_shown_in_a_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "map.txt"
    assert not export_path(window, out)
    (box,) = shown(QMessageBox, window)
    assert "map.txt" in box.text()
    assert not out.exists()
    box.close()

"""Driving the real window as a user does: click drawn edges and nodes, pick table rows, use keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mapviewer.ui.main_window import MainWindow
from tests.ui.conftest import click_actor, click_statement


def test_click_edge_shows_quote_and_highlights_exact_offsets(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.loaded.document
    st = next(s for s in doc.statements if s.relation == "condemns" and s.target == "ISR")
    click_statement(qtbot, window, st.id)
    assert window.view_state.selected_statement == st.id
    ev = st.evidence[0]
    assert ev.quote in window.panel.quote_labels[0].text()
    assert window.panel.quote_labels[0].textFormat() == Qt.TextFormat.PlainText
    assert window.article.highlighted_range() == (ev.start, ev.end)
    selections = window.article.text.extraSelections()
    assert selections[-1].cursor.selectedText() == ev.quote
    # The margin marks the quote's lines, where the quote is drawn.
    bars = window.article.text.marked_lines()
    assert bars
    first_line = window.article.text.cursorRect(selections[-1].cursor)
    assert bars[0].top() <= first_line.center().y() <= bars[-1].bottom()
    assert window.table.selected_statement() == st.id
    pair = window.scene.pair_of[st.id]
    assert pair.selected == st.id
    panel_text = " ".join(lbl.text() for lbl in window.panel.widget().findChildren(QLabel))
    assert "Kremlin website" in panel_text
    assert "Vijesti (English edition)" in panel_text


def test_every_drawn_edge_can_be_clicked(qtbot: QtBot, window: MainWindow) -> None:
    missed = []
    for st in window.loaded.document.statements:
        click_statement(qtbot, window, st.id)
        if window.view_state.selected_statement != st.id:
            missed.append(st.id)
            continue
        ev = st.evidence[0]
        assert window.article.highlighted_range() == (ev.start, ev.end)
    assert missed == []


def test_click_node_lists_its_statements_and_fades_the_rest(qtbot: QtBot, window: MainWindow) -> None:
    click_actor(qtbot, window, "ISR")
    assert window.view_state.selected_actor == "ISR"
    listing = window.panel.actor_list
    assert listing is not None
    doc = window.loaded.document
    expected = [s.id for s in doc.statements if "ISR" in (s.source, s.target)]
    shown = [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())]
    assert shown == expected
    items = window.scene.actor_items
    assert items["ISR"].opacity() == 1.0
    assert items["ISR"].focused
    assert items["RUS"].opacity() == 1.0  # a neighbour
    assert items["CAN"].opacity() < 0.5  # not a neighbour
    # Choosing from the list selects that statement everywhere.
    listing.itemClicked.emit(listing.item(0))
    assert window.view_state.selected_statement == expected[0]


def test_table_row_selects_on_the_map(qtbot: QtBot, window: MainWindow) -> None:
    table = window.table
    row = 5
    sid = table.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole)
    table.scrollTo(table.proxy.index(row, 2))
    rect = table.visualRect(table.proxy.index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view_state.selected_statement == sid
    assert window.scene.pair_of[sid].selected == sid
    other = [p for p in window.scene.pair_items.values() if p is not window.scene.pair_of[sid]]
    assert all(p.faded for p in other)
    assert not window.scene.pair_of[sid].faded


def test_tab_and_arrows_step_through_statements(qtbot: QtBot, window: MainWindow) -> None:
    order = window.table.row_order()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view_state.selected_statement == order[0]
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.view_state.selected_statement == order[1]
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.view_state.selected_statement == order[0]
    assert window.table.selected_statement() == order[0]
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.view_state.selected_statement is None


def test_click_background_clears(qtbot: QtBot, window: MainWindow) -> None:
    click_actor(qtbot, window, "RUS")
    corner = window.view.viewport().rect().topRight() + QPoint(-5, 5)
    assert window.scene.hit_test(window.view.mapToScene(corner)) is None
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert window.view_state.selected_actor is None


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_drag_node_moves_it_and_marks_the_map_changed(qtbot: QtBot, window: MainWindow) -> None:
    item = window.scene.actor_items["CAN"]
    viewport = window.view.viewport()
    start = window.view.mapFromScene(item.scenePos())
    before = item.scenePos()
    held = Qt.MouseButton.LeftButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, held)
    for step in range(1, 6):
        _mouse(viewport, QEvent.Type.MouseMove, start + QPoint(12 * step, 8 * step), held)
    end = start + QPoint(60, 40)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert item.scenePos() != before
    assert window.view_state.selected_actor is None  # a drag is not a click
    assert window.isWindowModified()
    x, y = window.loaded.document.positions["CAN"]
    assert (x, y) == (round(item.scenePos().x(), 1), round(item.scenePos().y(), 1))


def test_labels_never_overlap_and_a_name_can_be_clicked(qtbot: QtBot, window: MainWindow) -> None:
    labels = window.view.placed_labels()
    assert {"RUS", "IRN", "ISR", "USA"} <= {lbl.actor_id for lbl in labels}
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not a.box.intersects(b.box), (a.actor_id, b.actor_id)
    russia = next(lbl for lbl in labels if lbl.actor_id == "RUS")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=russia.box.center().toPoint())
    assert window.view_state.selected_actor == "RUS"


def test_zooming_out_hides_names_instead_of_shrinking_them(qtbot: QtBot, window: MainWindow) -> None:
    before = window.view.placed_labels()
    heights = {round(lbl.box.height()) for lbl in before}
    window.view.zoom_by(0.15)
    after = window.view.placed_labels()
    assert 0 < len(after) < len(before)
    assert {round(lbl.box.height()) for lbl in after} <= heights


def test_wheel_and_keys_zoom_and_fit(qtbot: QtBot, window: MainWindow) -> None:
    view = window.view
    fitted = view.transform().m11()
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.transform().m11() > fitted * 1.3
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    zoomed_out = view.transform().m11()
    assert zoomed_out < fitted * 1.3
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert abs(view.transform().m11() - fitted) < 1e-6
    # Zoomed in, the hit width stays a few pixels on screen, so it shrinks in scene units.
    view.zoom_by(4.0)
    assert window.scene.hit_tolerance < 5.0 / fitted


def test_status_bar_counts(window: MainWindow) -> None:
    doc = window.loaded.document
    quotes = sum(len(s.evidence) for s in doc.statements)
    message = window.statusBar().currentMessage()
    assert f"{len(doc.statements)} statements" in message
    assert f"{quotes} quotes, all verified" in message

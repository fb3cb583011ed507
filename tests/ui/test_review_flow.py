"""File › Import article: the import dialog, the review dialog beside the article, and the merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot

from mapviewer.extract import pipeline
from mapviewer.extract.pair_model import PairModel
from mapviewer.model.io import load_map, rebase_text_paths, save_map
from mapviewer.model.types import Statement
from mapviewer.ui.article_import_actions import import_article_text, open_import_dialog
from mapviewer.ui.article_import_dialog import ArticleImportDialog
from mapviewer.ui.main_window import MainWindow
from mapviewer.ui.review_dialog import ReviewDialog
from mapviewer.ui.text_utils import to_utf16
from tests.conftest import DATA
from tests.ui.conftest import click_statement

ARTICLE = (
    "China and the United States signed a trade agreement on Monday.\n\n"
    "Officials said China criticised the United States over tariffs.\n\n"
    "Russia condemns Israeli strikes on Iran, the Kremlin said.\n\n"
    "Beijing reportedly accused Washington of <img src=x> interference. Putin praised China. "
    "😀 Israel thanked the 🇺🇸 United States.\n"
)
TITLE = "Trade <b>talks</b>"


def _review(qtbot: QtBot, window: MainWindow, text: str = ARTICLE, title: str = TITLE) -> ReviewDialog:
    dialog = import_article_text(window, text, title=title, publisher="Example Wire", published="2025-06-20")
    # Unmerged decisions are thrown away when the test ends.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    qtbot.waitExposed(dialog)
    return dialog


def _row(dialog: ReviewDialog, source: str, relation: str, target: str) -> int:
    for row, st in enumerate(dialog.drafts):
        if (st.source, st.relation, st.target) == (source, relation, target):
            return row
    raise AssertionError(f"no draft {source} {relation} {target}")


def _cell(dialog: ReviewDialog, row: int, col: int) -> str:
    item = dialog.table.item(row, col)
    assert item is not None
    return item.text()


def _text_of(window: MainWindow, article_id: str) -> str:
    return window.loaded.texts[article_id]


def _all_quotes_exact(window: MainWindow) -> None:
    for st in window.loaded.document.statements:
        for ev in st.evidence:
            if ev.quote is not None:
                assert _text_of(window, ev.article)[ev.start : ev.end] == ev.quote, (st.id, ev)


def test_import_article_is_in_the_file_menu(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    names = [a.text() for a in file_menu.actions()]
    at = names.index("&Import article…")
    assert names.index("Save &As…") < at < names.index("&Problems…")
    assert file_menu.actions()[at].shortcut().toString() == "Ctrl+Shift+I"


def test_import_dialog_takes_pasted_text_and_opens_the_review(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_import_dialog(window)
    qtbot.addWidget(dialog)
    dialog.set_text(ARTICLE)
    dialog.title.setText(TITLE)
    dialog.date.setText("20 June")
    dialog.accept()
    assert dialog.isVisible()  # a date that is not ISO is refused, with a reason
    assert "2025-06-19" in dialog.error.text()
    dialog.date.setText("2025-06-20")
    dialog.accept()
    reviews = window.findChildren(ReviewDialog)
    assert len(reviews) == 1
    review = reviews[0]
    qtbot.addWidget(review, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    assert review.text == ARTICLE
    assert review.article.title == TITLE
    assert review.article.published == "2025-06-20"
    assert review.isVisible()


def test_import_dialog_reads_html_to_its_text(qtbot: QtBot, tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>x</title></head><body><p>Russia &amp; Iran met.</p></body></html>")
    dialog = ArticleImportDialog()
    qtbot.addWidget(dialog)
    dialog.set_path(page)
    given = dialog.article_input()
    assert given.text == "Russia & Iran met."
    assert given.title == "story"
    dialog.set_path(tmp_path / "missing.txt")
    with pytest.raises(ValueError, match=r"missing\.txt"):
        dialog.article_input()
    dialog.title.clear()
    dialog.set_text("\n  Iran and Russia talk  \n\nIran thanked Russia.")
    assert dialog.article_input().title == "Iran and Russia talk"


def test_selecting_a_draft_highlights_exactly_its_quote(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _review(qtbot, window)
    assert dialog.table.rowCount() == len(dialog.drafts) >= 6
    for row, st in enumerate(dialog.drafts):
        dialog.select_row(row)
        ev = st.evidence[0]
        assert ev.quote == ARTICLE[ev.start : ev.end]
        assert dialog.article_pane.highlighted_range() == (ev.start, ev.end)
        assert dialog.article_pane.text.extraSelections()[-1].cursor.selectedText() == ev.quote
    # After an emoji and a flag (UTF-16 surrogate pairs) the highlight is still exact.
    row = _row(dialog, "ISR", "thanks", "USA")
    dialog.select_row(row)
    ev = dialog.drafts[row].evidence[0]
    assert dialog.article_pane.highlighted_range() == (ev.start, ev.end)
    assert dialog.article_pane.text.extraSelections()[-1].cursor.selectedText() == ev.quote


def test_keys_accept_reject_and_move(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _review(qtbot, window)
    dialog.table.setFocus()
    dialog.select_row(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    assert dialog.decisions[0] == "accepted"
    assert dialog.current_row() == 1  # moved on to the next draft
    qtbot.keyClick(dialog.table, Qt.Key.Key_R)
    assert dialog.decisions[1] == "rejected"
    assert dialog.current_row() == 2
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.current_row() == 3
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.current_row() == 2
    assert _cell(dialog, 0, 0) == "✓ accepted"
    assert _cell(dialog, 1, 0) == "✗ rejected"
    assert dialog.merge_button.text() == "Merge 1 accepted into map"
    # Typing in the editor's fields does not decide anything.
    qtbot.keyClicks(dialog.editor.relation, "ar")
    assert dialog.decisions[2] == "pending"


def test_accept_all_at_or_above_a_tier(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _review(qtbot, window)
    medium = _row(dialog, "CHN", "accuses", "USA")
    assert dialog.tiers[medium] == "medium"
    dialog.decide("rejected", 0)
    dialog.tier_box.setCurrentIndex(dialog.tier_box.findData("high"))
    qtbot.mouseClick(dialog.accept_tier_button, Qt.MouseButton.LeftButton)
    assert dialog.decisions[0] == "rejected"  # a rejection stands
    assert dialog.decisions[medium] == "pending"
    assert all(d == "accepted" for r, d in enumerate(dialog.decisions) if r not in (0, medium))
    assert dialog.accept_at_or_above("medium") == 1
    assert dialog.decisions[medium] == "accepted"


def test_editing_a_draft_never_changes_its_quote(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _review(qtbot, window)
    row = _row(dialog, "CHN", "criticises", "USA")
    original = dialog.draft.document.statements[row].model_copy(deep=True)
    dialog.select_row(row)
    editor = dialog.editor
    editor.relation.clear()
    qtbot.keyClicks(editor.relation, "rebukes")
    editor.category.setCurrentIndex(editor.category.findData("neutral"))
    editor.hedge.setCurrentIndex(editor.hedge.findData("alleged"))
    editor.attributed_to.clear()
    qtbot.keyClicks(editor.attributed_to, "trade officials")
    qtbot.mouseClick(editor.swap, Qt.MouseButton.LeftButton)
    editor.target.setCurrentIndex(editor.target.findData("RUS"))
    st = dialog.drafts[row]
    assert (st.source, st.relation, st.target, st.category) == ("USA", "rebukes", "RUS", "neutral")
    assert st.summary == "United States rebukes Russia"
    ev, was = st.evidence[0], original.evidence[0]
    assert (ev.hedge, ev.attributed_to) == ("alleged", "trade officials")
    assert (ev.quote, ev.start, ev.end, ev.article) == (was.quote, was.start, was.end, was.article)
    assert dialog.draft.document.statements[row] == original  # the extractor's draft is untouched
    assert _cell(dialog, row, 3) == "rebukes"
    assert _cell(dialog, row, 4) == "Russia"
    # A statement about an actor and itself cannot be accepted.
    editor.target.setCurrentIndex(editor.target.findData("USA"))
    assert not dialog.accept_button.isEnabled()
    dialog.decide("accepted")
    assert dialog.decisions[row] == "pending"
    assert editor.note.isVisible()


def test_review_edit_merge_and_read_the_evidence(qtbot: QtBot, window: MainWindow) -> None:
    before = window.loaded.document.model_copy(deep=True)
    condemns = next(s for s in before.statements if s.relation == "condemns" and s.target == "ISR")
    dialog = _review(qtbot, window)
    # Edit one draft, reject one, accept the rest.
    edited = _row(dialog, "CHN", "criticises", "USA")
    dialog.select_row(edited)
    dialog.editor.relation.clear()
    qtbot.keyClicks(dialog.editor.relation, "rebukes")
    dialog.editor.category.setCurrentIndex(dialog.editor.category.findData("neutral"))
    rejected = _row(dialog, "ISR", "strikes", "IRN")
    dialog.decide("rejected", rejected)
    dialog.accept_at_or_above("low")
    n = len(dialog.drafts) - 1
    assert dialog.merge_button.text() == f"Merge {n} accepted into map"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    doc = window.loaded.document
    assert window.isWindowModified()
    assert window.loaded.problems == []
    assert [a.id for a in doc.articles] == [before.articles[0].id, "trade-b-talks-b"]
    new_article = doc.articles[1]
    assert new_article.text == ARTICLE  # inline, so saving keeps it
    assert window.loaded.texts[new_article.id] == ARTICLE
    keys = {(s.source, s.relation, s.target, s.category) for s in doc.statements}
    assert ("CHN", "rebukes", "USA", "neutral") in keys
    assert ("CHN", "signs an agreement with", "USA", "verbal_cooperation") in keys
    assert ("ISR", "strikes", "IRN", "material_conflict") not in keys
    assert ("CHN", "USA") in window.scene.pair_items
    assert window.table.model().rowCount() == len(doc.statements)
    # RUS condemns ISR was on the map already: one edge, one more quote; no duplicate statement.
    repeated = [s for s in doc.statements if (s.source, s.relation, s.target) == ("RUS", "condemns", "ISR")]
    assert [s.id for s in repeated] == [condemns.id]
    assert len(doc.statements) == len(before.statements) + n - 1
    assert [e.article for e in repeated[0].evidence] == [
        *(e.article for e in condemns.evidence),
        new_article.id,
    ]
    _all_quotes_exact(window)
    # Actors are merged by id: China is new, Russia is not duplicated.
    ids = [a.id for a in doc.actors]
    assert ids.count("RUS") == 1
    assert "CHN" in ids

    # Clicking that edge lists its quotes from both articles, each with its citation.
    click_statement(qtbot, window, condemns.id)
    assert window.view_state.selected_statement == condemns.id
    shown = [label.text() for label in window.panel.quote_labels]
    assert any("Russia condemns Israeli actions" in q for q in shown)
    assert any("Russia condemns Israeli strikes on Iran" in q for q in shown)
    body = window.panel.widget()
    assert body is not None
    panel_text = " ".join(lbl.text() for lbl in body.findChildren(QLabel))
    assert before.articles[0].publisher in panel_text
    assert "Example Wire · Trade <b>talks</b>" in panel_text
    last = repeated[0].evidence[-1]
    window.panel.evidence_chosen.emit(condemns.id, len(repeated[0].evidence) - 1)
    assert window.article.article_id == new_article.id
    assert window.article.highlighted_range() == (last.start, last.end)


def test_untrusted_text_shows_literally(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _review(qtbot, window)
    row = _row(dialog, "CHN", "accuses", "USA")
    dialog.select_row(row)
    quote = dialog.drafts[row].evidence[0].quote
    assert quote is not None
    assert "<img src=x>" in quote
    assert dialog.editor.quote.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>" in dialog.editor.quote.text()
    assert dialog.header.textFormat() == Qt.TextFormat.PlainText
    assert TITLE in dialog.header.text()
    assert "<img src=x>" in dialog.article_pane.text.toPlainText()
    dialog.decide("accepted", row)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    sid = next(
        s.id for s in window.loaded.document.statements if s.relation == "accuses" and s.source == "CHN"
    )
    click_statement(qtbot, window, sid)
    label = window.panel.quote_labels[0]
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>" in label.text()


def test_reimporting_the_maps_own_article_reuses_it(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    own = window.loaded.document.articles[0]
    text = window.loaded.texts[own.id]
    dialog = _review(qtbot, window, text=text, title=own.title)
    assert dialog.article.id == own.id  # the same text is the same article
    dialog.accept_at_or_above("high")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    doc = window.loaded.document
    assert [a.id for a in doc.articles] == [own.id]
    assert window.loaded.problems == []
    _all_quotes_exact(window)
    # Saved and opened again, every quote still checks out.
    out = tmp_path / "merged.map.json"
    save_map(rebase_text_paths(doc, DATA, tmp_path), out)
    assert load_map(out).problems == []


def test_merged_map_saves_the_new_article_inline(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _review(qtbot, window)
    dialog.accept_at_or_above("low")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    out = tmp_path / "merged.map.json"
    save_map(rebase_text_paths(window.loaded.document, DATA, tmp_path), out)
    again = load_map(out)
    assert again.problems == []
    assert again.texts["trade-b-talks-b"] == ARTICLE
    statements: list[Statement] = again.document.statements
    assert any(e.article == "trade-b-talks-b" for s in statements for e in s.evidence)


def test_parser_checkbox_finds_what_the_rules_miss(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a pair model that keeps only the rules' pairs, so the difference is the parse stage's alone
    rules_only = PairModel({"bias": -10.0, "kind_rule": 20.0}, 0.5)
    monkeypatch.setattr(pipeline, "load_model", lambda: rules_only)
    text = "Chile encircled Peru on Monday."

    def drafts(use_parser: bool) -> set[tuple[str, str]]:
        dialog = open_import_dialog(window)
        qtbot.addWidget(dialog)
        dialog.set_text(text)
        assert dialog.use_parser.isEnabled()  # spaCy and its model are in the test extras
        dialog.use_parser.setChecked(use_parser)
        dialog.accept()
        review = window.findChildren(ReviewDialog)[-1]
        qtbot.addWidget(review, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
        found = {(s.source, s.target) for s in review.draft.document.statements}
        review.done(QDialog.DialogCode.Rejected)
        return found

    assert ("CHL", "PER") not in drafts(False)
    assert ("CHL", "PER") in drafts(True)


def test_confidence_says_how_each_draft_was_found(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a pair model that keeps everything, so the reply below is surely the model's find
    monkeypatch.setattr(pipeline, "load_model", lambda: PairModel({"bias": 2.0}, 0.5))
    dialog = open_import_dialog(window)
    qtbot.addWidget(dialog)
    dialog.set_text("Norway accused Russia of cutting a cable. Moscow denies any involvement.")
    dialog.accept()
    review = window.findChildren(ReviewDialog)[-1]
    qtbot.addWidget(review, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    tips = {
        (st.source, st.target): review.table.item(row, 1).toolTip() for row, st in enumerate(review.drafts)
    }
    assert "found by the rules" in tips[("NOR", "RUS")]
    assert "found by the pair model (88% sure)" in tips[("RUS", "NOR")]
    assert review.table.item(0, 1).text() == "high"


def test_a_missed_statement_is_added_from_selected_text(qtbot: QtBot, window: MainWindow) -> None:
    text = (
        "😀 Border talks resumed.\n\n"
        "Kenya and Uganda quietly agreed to share border patrol data. Nothing else happened.\n"
    )
    dialog = _review(qtbot, window, text, title="Patrols")
    passage = "Kenya and Uganda quietly agreed to share border patrol data."
    start = text.index(passage)
    pane = dialog.article_pane.text
    assert not dialog.by_hand_button.isEnabled()
    # Drag across the passage in the article, as a reader selects it (positions in UTF-16 units).
    cursor = QTextCursor(pane.document())
    cursor.setPosition(to_utf16(text, start))
    begin = pane.cursorRect(cursor).center()
    cursor.setPosition(to_utf16(text, start + len(passage)))
    finish = pane.cursorRect(cursor).center()
    qtbot.mousePress(pane.viewport(), Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(pane.viewport(), finish)
    qtbot.mouseRelease(pane.viewport(), Qt.MouseButton.LeftButton, pos=finish)
    assert dialog.article_pane.selected_range() == (start, start + len(passage))
    assert dialog.by_hand_button.isEnabled()

    qtbot.mouseClick(dialog.by_hand_button, Qt.MouseButton.LeftButton)
    row = dialog.current_row()
    st = dialog.drafts[row]
    ev = st.evidence[0]
    assert (ev.quote, ev.start, ev.end) == (passage, start, start + len(passage))
    assert (st.source, st.target) == ("KEN", "UGA")
    assert "found by you, by hand" in dialog.table.item(row, 1).toolTip()
    assert "(and 1 added by hand)" in dialog.header.text()
    assert not dialog.accept_button.isEnabled()  # the relation must be named first
    dialog.editor.relation.clear()
    qtbot.keyClicks(dialog.editor.relation, "agrees to share patrol data with")
    dialog.editor.category.setCurrentIndex(dialog.editor.category.findData("material_cooperation"))
    assert dialog.accept_button.isEnabled()
    dialog.decide("accepted", row)

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = [s for s in window.loaded.document.statements if s.relation == "agrees to share patrol data with"]
    assert [(s.source, s.target, s.category) for s in added] == [("KEN", "UGA", "material_cooperation")]
    assert {"KEN", "UGA"} <= {a.id for a in window.loaded.document.actors}
    _all_quotes_exact(window)

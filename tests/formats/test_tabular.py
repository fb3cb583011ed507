"""CSV and XLSX edge lists, column mappings guessed, given, remembered; headless with a mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapviewer.formats.columns import (
    ColumnMapping,
    guess_mapping,
    header_key,
    load_mapping_file,
    load_remembered,
    remember_mapping,
)
from mapviewer.formats.errors import FormatError
from mapviewer.formats.registry import read_any
from mapviewer.formats.tabular import preview_table, read_table
from tests.formats.helpers import FIXTURES, attrs, load


def test_csv_with_guessed_mapping() -> None:
    doc, report = load("edges.csv")
    assert (len(doc.actors), len(doc.statements)) == (5, 4)
    assert [a.id for a in doc.actors] == ["RUS", "UKR", "POL", "DEU", "IAEA"]
    first = doc.statements[0]
    assert (first.source, first.target, first.relation) == ("RUS", "UKR", "launches drones at")
    assert (first.category, first.date) == ("material_conflict", "2024-08-26")
    assert first.unquoted
    article = doc.article(first.evidence[0].article)
    assert (article.url, article.publisher) == ("https://example.org/news/1", "Example Daily")
    assert not article.has_text
    assert attrs(first) == {"Weight": "5", "quote": '"Massive attack" on energy sites'}
    assert doc.statements[1].category == "verbal_conflict"
    assert attrs(doc.statements[3])["outlet"] == "The Wire"
    assert report.skipped == ["line 6: no source or no target"]


def test_headless_csv_with_mapping_file() -> None:
    mapping = load_mapping_file(FIXTURES / "headless.mapping.json")
    doc, _ = load("headless.csv", mapping=mapping)
    assert (len(doc.actors), len(doc.statements)) == (3, 3)
    assert [(s.source, s.target, s.category) for s in doc.statements] == [
        ("IRN", "ISR", "verbal_conflict"),
        ("ISR", "IRN", "material_conflict"),
        ("USA", "ISR", "verbal_cooperation"),
    ]
    assert doc.actor("IRN").label == "Iran"


def test_missing_source_column_is_a_clear_error() -> None:
    with pytest.raises(FormatError, match="no column for the source"):
        read_table(b"alpha,beta\n1,2\n", file="x.csv")


def test_mapping_names_unknown_header() -> None:
    mapping = ColumnMapping({"source": "From", "target": "Nope"})
    with pytest.raises(FormatError, match="no column 'Nope'"):
        read_table(b"From,To\na,b\n", file="x.csv", mapping=mapping)


def test_remembered_mapping_is_used_for_same_headers(tmp_path: Path) -> None:
    headers = ["Country A", "Country B", "What"]
    assert load_remembered(headers) is None
    remember_mapping(headers, ColumnMapping({"source": "Country B", "target": "Country A"}))
    assert (tmp_path / "config" / "column-mappings.json").exists()
    assert header_key(headers) == header_key(["what", "country_a", "COUNTRY B"])
    doc, report = read_table(b"Country A,Country B,What\nChile,Peru,x\n", file="t.csv")
    assert (doc.statements[0].source, doc.statements[0].target) == ("PER", "CHL")
    assert "columns: remembered mapping" in report.mapped


def test_guess_mapping_synonyms() -> None:
    assert guess_mapping(["Actor1", "Actor2", "SQLDATE", "Link", "Publisher", "Notes"]) == {
        "source": "Actor1",
        "target": "Actor2",
        "date": "SQLDATE",
        "url": "Link",
        "outlet": "Publisher",
        "summary": "Notes",
    }


def test_mapping_file_errors_name_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "m.json"
    bad.write_text('{"columns": {"source": -1}}')
    with pytest.raises(FormatError, match=r"columns\.source: an index counts from 0"):
        load_mapping_file(bad)
    bad.write_text("{oops")
    with pytest.raises(FormatError, match="line 1, column 2"):
        load_mapping_file(bad)


def _workbook(path: Path) -> Path:
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "events"
    sheet.append(["Source", "Target", "Relation", "Category", "Date", "Notes"])
    sheet.append(["Japan", "China", "protests to", "verbal_conflict", datetime.date(2024, 8, 27), "airspace"])
    sheet.append(["Philippines", "China", "summons envoy of", 3, datetime.datetime(2024, 9, 1), None])
    sheet.append([None, None, None, None, None, None])
    book.create_sheet("other")
    book.save(path)
    return path


def test_xlsx_edge_list(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "events.xlsx")
    doc, report = read_any(path)
    assert report.format == "xlsx"
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    assert doc.statements[0].date == "2024-08-27"
    assert doc.statements[1].category == "verbal_conflict"
    assert doc.statements[0].summary == "airspace"  # "Notes" is a synonym of summary
    preview = preview_table(path.read_bytes(), file=path, xlsx=True)
    assert preview.sheets == ["events", "other"]
    assert preview.headers[:2] == ["Source", "Target"]
    assert preview.guessed["relation"] == "Relation"


def test_xlsx_unknown_sheet(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "events.xlsx")
    mapping = ColumnMapping({"source": 0, "target": 1}, sheet="nope")
    with pytest.raises(FormatError, match="no such sheet"):
        read_any(path, mapping=mapping)


def test_csv_preview_for_a_dialog() -> None:
    preview = preview_table((FIXTURES / "edges.csv").read_bytes(), rows=2)
    assert preview.headers[0] == "From"
    assert len(preview.rows) == 2
    assert preview.guessed["quote"] == "Quote"
    assert preview.remembered is None

"""GDELT 1.0 and 2.0 event exports: CAMEO relations, QuadClass categories, URL-only articles."""

from __future__ import annotations

import pytest

from mapviewer.formats.cameo import category_of, event_names, relation_of
from mapviewer.formats.errors import FormatError
from mapviewer.formats.gdelt import read_gdelt
from tests.formats.helpers import attrs, load


def test_gdelt1_with_sourceurl() -> None:
    doc, report = load("gdelt1_20150218.export.CSV")
    assert report.format == "gdelt"
    assert (len(doc.actors), len(doc.statements)) == (5, 3)
    s = doc.statement("gdelt-410412347")
    assert (s.source, s.target) == ("RUS", "UKR")
    assert (s.relation, s.category, s.date) == (
        "use conventional military force",
        "material_conflict",
        "2015-02-18",
    )
    assert s.unquoted
    article = doc.article(s.evidence[0].article)
    assert article.url == "http://www.example.com/world/2015/feb/18/debaltseve"
    assert article.publisher == "www.example.com"
    assert attrs(s)["GoldsteinScale"] == "-10.0"
    assert attrs(s)["Actor1Code"] == "RUSMIL"
    rebels = doc.actor("REB")
    assert (rebels.kind, rebels.label) == ("group", "Rebel")
    assert doc.statement("gdelt-410412349").relation == "retreat or surrender militarily"
    assert len(doc.articles) == 2  # two events share one URL
    assert report.skipped == ["line 4: the event has only one actor"]


def test_gdelt1_backfile_without_sourceurl() -> None:
    doc, _ = load("gdelt1_backfile_2005.csv")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    assert doc.statements[0].date == "2005-03-01"
    assert doc.statements[0].evidence[0].article == "import:gdelt1_backfile_2005.csv"


def test_gdelt2_with_header() -> None:
    doc, report = load("gdelt2_20240301.export.CSV")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    assert doc.statement("gdelt-1159318001").relation == "appeal for humanitarian aid"
    assert doc.statement("gdelt-1159318002").relation == "host a visit"
    assert doc.actor("USA").label == "United States"
    assert "header row -> column names" in report.mapped


def test_wrong_field_count_names_the_line() -> None:
    with pytest.raises(FormatError, match="line 2: 3 fields"):
        read_gdelt(b"\t".join([b"1", b"20150101"] + [b""] * 56) + b"\na\tb\tc\n", file="g.csv")


def test_cameo_table() -> None:
    names = event_names()
    assert len(names) > 290
    assert names["0874"] == "Retreat or surrender militarily"
    assert relation_of("1384") == "threaten conventional attack"
    assert relation_of("0999") == "investigate"  # falls back to the root
    assert [category_of(f"{r:02d}") for r in (1, 6, 10, 15, 20)] == [
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
        "material_conflict",
    ]

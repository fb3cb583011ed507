"""Export to GraphML, GEXF, CSV and JSON; round trips keep actors, statements, quotes, positions."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapviewer.formats.errors import FormatError
from mapviewer.formats.export import export_map, export_text
from mapviewer.formats.registry import read_any, read_bytes
from mapviewer.model.io import load_map, save_map
from mapviewer.model.types import Actor, Article, Evidence, MapDocument, Statement
from tests.conftest import DEFAULT_MAP
from tests.formats.helpers import attrs


def _rich_map() -> tuple[MapDocument, dict[str, str]]:
    """The shipped map, plus every extension: colour, attributes, mutual, unquoted evidence."""
    loaded = load_map(DEFAULT_MAP)
    doc = loaded.document.model_copy(deep=True)
    doc.actors[0].color = "#123456"  # type: ignore[attr-defined]
    doc.actors[1].attributes = {"note": 'a <b> & "c"', "size": 7.5}  # type: ignore[attr-defined]
    doc.articles.append(Article(id="gdelt:1", title="wire", url="https://example.org/a?b=1&c=2"))
    doc.statements.append(
        Statement(
            id="s-mutual",
            source=doc.actors[0].id,
            target=doc.actors[1].id,
            relation="holds talks with",
            category="verbal_cooperation",
            date="2025-06-20",
            mutual=True,
            evidence=[Evidence(article="gdelt:1")],
            attributes={"GoldsteinScale": -2.5, "tags": ["a", "b"]},  # type: ignore[call-arg]
        )
    )
    doc.positions = {a.id: (float(i * 10), float(-i * 5) + 0.25) for i, a in enumerate(doc.actors)}
    return doc, loaded.texts


def _same(a: MapDocument, b: MapDocument) -> None:
    fields = ("id", "label", "kind", "iso3", "aliases", "affiliation", "role")
    assert [[getattr(x, f) for f in fields] for x in a.actors] == [
        [getattr(x, f) for f in fields] for x in b.actors
    ]
    sfields = ("id", "source", "target", "relation", "category", "summary", "date", "mutual")
    assert [[getattr(x, f) for f in sfields] for x in a.statements] == [
        [getattr(x, f) for f in sfields] for x in b.statements
    ]
    assert [s.evidence for s in a.statements] == [s.evidence for s in b.statements]
    assert a.positions == b.positions
    assert a.story == b.story
    assert a.title == b.title


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_round_trip_keeps_everything(tmp_path: Path, suffix: str) -> None:
    doc, texts = _rich_map()
    out = tmp_path / f"out{suffix}"
    export_map(doc, out, texts=texts)
    back, report = read_any(out)
    _same(doc, back)
    assert getattr(back.actors[0], "color", None) == "#123456"
    assert attrs(back.actors[1]) == {"note": 'a <b> & "c"', "size": 7.5}
    mutual = back.statement("s-mutual")
    assert attrs(mutual)["GoldsteinScale"] == -2.5
    assert back.article("gdelt:1").url == "https://example.org/a?b=1&c=2"
    # the articles travel with their text, so every quote is checked again after import
    saved = tmp_path / "back.map.json"
    save_map(back, saved)
    reloaded = load_map(saved)
    assert reloaded.problems == []
    quotes = sum(1 for s in doc.statements for e in s.evidence if e.quoted)
    assert quotes > 40
    assert sum(1 for s in back.statements for e in s.evidence if e.quoted) == quotes
    assert not report.skipped


def test_graphml_reads_in_networkx(tmp_path: Path) -> None:
    doc, texts = _rich_map()
    export_map(doc, tmp_path / "m.graphml", texts=texts)
    g = nx.read_graphml(tmp_path / "m.graphml")
    assert g.number_of_nodes() == len(doc.actors)
    assert g.number_of_edges() == len(doc.statements)
    assert g.nodes["RUS"]["label"] == "Russia"
    edge = next(iter(g.edges(data=True)))[2]
    assert edge["category"] in (
        "verbal_cooperation",
        "verbal_conflict",
        "material_conflict",
        "material_cooperation",
        "neutral",
    )
    assert "quote" in edge


def test_gexf_reads_in_networkx(tmp_path: Path) -> None:
    doc, _ = _rich_map()
    export_map(doc, tmp_path / "m.gexf")
    g = nx.read_gexf(tmp_path / "m.gexf")
    assert g.number_of_nodes() == len(doc.actors)
    mutual = sum(1 for s in doc.statements if s.mutual)  # networkx adds both directions
    assert g.number_of_edges() == len(doc.statements) + mutual
    node = g.nodes["RUS"]
    assert node["viz"]["color"] == {"r": 0x12, "g": 0x34, "b": 0x56, "a": 1.0}
    assert node["viz"]["position"]["x"] == 0.0
    assert node["label"] == "Russia"


def test_node_link_json_reads_in_networkx(tmp_path: Path) -> None:
    doc, _ = _rich_map()
    export_map(doc, tmp_path / "m.json")
    data = json.loads((tmp_path / "m.json").read_text())
    g = nx.node_link_graph(data, edges="links")
    assert g.number_of_edges() == len(doc.statements)


def test_csv_one_row_per_statement_with_evidence(tmp_path: Path) -> None:
    doc, _ = _rich_map()
    export_map(doc, tmp_path / "m.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "m.csv").read_text(), newline="")))
    assert len(rows) == len(doc.statements)
    first = rows[0]
    st0 = doc.statements[0]
    assert (first["id"], first["quote"], first["start"]) == (
        st0.id,
        st0.evidence[0].quote,
        str(st0.evidence[0].start),
    )
    assert first["source_label"] == "Russia"
    assert rows[-1]["GoldsteinScale"] == "-2.5"
    back, _ = read_any(tmp_path / "m.csv")  # and the CSV imports again
    assert len(back.statements) == len(doc.statements)


def test_csv_cells_cannot_become_formulas() -> None:
    doc = MapDocument(
        format="mapviewer-map",
        version=1,
        articles=[Article(id="a", title="t")],
        actors=[
            Actor(id="x", label='=HYPERLINK("http://evil")', kind="group"),
            Actor(id="y", label="y", kind="group"),
        ],
        statements=[
            Statement(
                id="s",
                source="x",
                target="y",
                relation="@SUM(1)",
                category="neutral",
                evidence=[Evidence(article="a")],
            )
        ],
    )
    text = export_text(doc, "csv")
    assert "'=HYPERLINK" in text
    assert "'@SUM(1)" in text


def test_unknown_export_extension(tmp_path: Path) -> None:
    doc, _ = _rich_map()
    with pytest.raises(FormatError, match=r"cannot export to \.pdf"):
        export_map(doc, tmp_path / "m.pdf")


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=12,
).filter(lambda s: s.strip() == s and s != "")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    labels=st.lists(_TEXT, min_size=2, max_size=5, unique=True),
    relation=_TEXT,
    fmt=st.sampled_from(["graphml", "gexf", "json"]),
)
def test_round_trip_any_text(labels: list[str], relation: str, fmt: str) -> None:
    actors = [Actor(id=f"a{i}", label=label, kind="group") for i, label in enumerate(labels)]
    doc = MapDocument(
        format="mapviewer-map",
        version=1,
        title=relation,
        articles=[Article(id="art", title="t", text=" ".join(labels))],
        actors=actors,
        statements=[
            Statement(
                id=f"s{i}",
                source=actors[i].id,
                target=actors[i + 1].id,
                relation=relation,
                category="neutral",
                evidence=[Evidence(article="art", quote=labels[i], start=0, end=len(labels[i]))],
            )
            for i in range(len(actors) - 1)
        ],
        positions={a.id: (1.5, -2.0) for a in actors},
    )
    back, _ = read_bytes(export_text(doc, fmt).encode("utf-8"), file=f"x.{fmt}")
    assert [a.label for a in back.actors] == labels
    assert [s.relation for s in back.statements] == [relation] * (len(labels) - 1)
    assert [s.evidence for s in back.statements] == [s.evidence for s in doc.statements]
    assert back.positions == doc.positions

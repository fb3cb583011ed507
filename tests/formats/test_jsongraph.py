"""Cytoscape desktop .cyjs, Cytoscape.js arrays, D3 node-link and networkx node_link_data."""

from __future__ import annotations

import pytest

from mapviewer.formats.errors import FormatError
from mapviewer.formats.jsongraph import read_json_graph
from tests.formats.helpers import attrs, load


def test_cyjs() -> None:
    doc, report = load("cytoscape.cyjs")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    assert doc.title == "Horn of Africa"
    assert doc.positions["62"] == (260.0, 40.25)
    assert doc.actor("61").iso3 == "ETH"
    assert doc.actor("62").kind == "organization"  # Somaliland is not in ISO 3166
    assert doc.statement("71").relation == "signs port deal with"
    assert attrs(doc.statement("72"))["SUID"] == 72
    assert report.format == "json (cyjs)"


def test_cytoscape_js_array() -> None:
    doc, report = load("cytoscape_js.json")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    assert getattr(doc.actor("co"), "color", None) == "#fcd116"
    assert doc.statement("e1").date == "2022-09-26"
    assert doc.statement("e2").category == "verbal_cooperation"
    assert report.skipped == ['[5]: target node "nowhere" is not declared']


def test_d3_ids_and_indexes() -> None:
    doc, _ = load("d3.json")
    assert (len(doc.actors), len(doc.statements)) == (4, 3)
    assert (doc.statements[1].source, doc.statements[1].target) == ("Russia", "Armenia")
    assert doc.statements[2].relation == "freezes participation in"
    assert attrs(doc.statements[0])["value"] == 3
    assert attrs(doc.actor("CSTO"))["group"] == 3


def test_networkx_node_link_edges_key() -> None:
    doc, _ = load("networkx_node_link.json")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    assert doc.title == "Nile dam"
    assert doc.statements[0].relation == "disputes dam with"
    assert all(s.mutual for s in doc.statements)
    assert doc.actor("Egypt").role == "downstream"


@pytest.mark.parametrize(
    ("data", "place"),
    [
        (b'{"nodes": [', "line 1, column 12"),
        (b'{"a": 1}', "(top level)"),
        (b"[" * 100_000, ""),
        (b"\xff", "line 1"),
    ],
)
def test_bad_json_names_the_place(data: bytes, place: str) -> None:
    with pytest.raises(FormatError) as caught:
        read_json_graph(data, file="bad.json")
    assert caught.value.place == place
    assert str(caught.value).startswith("bad.json")

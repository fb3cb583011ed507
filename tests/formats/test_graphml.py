"""GraphML from networkx, igraph, Gephi, yEd and Cytoscape, including what networkx gets wrong."""

from __future__ import annotations

import warnings

import networkx as nx
import pytest

from tests.formats.helpers import FIXTURES, attrs, load


def test_networkx_file_typed_values_and_positions() -> None:
    doc, report = load("networkx.graphml")
    assert (len(doc.actors), len(doc.statements)) == (4, 3)
    assert doc.title == "Black Sea security"
    russia = doc.actor("Russia")
    assert (russia.kind, russia.iso3) == ("state", "RUS")
    assert attrs(russia)["population"] == 144000000
    assert doc.positions["Ukraine"] == (40.0, 5.25)
    assert doc.actor("NATO").kind == "organization"
    first = doc.statements[0]
    assert (first.source, first.target, first.relation) == ("Russia", "Ukraine", "attacks")
    assert attrs(first)["weight"] == 3.0
    assert doc.statements[2].relation == "linked to"
    assert doc.statements[2].category == "neutral"
    assert doc.statements[2].unquoted
    assert doc.article(doc.statements[2].evidence[0].article).title == "networkx.graphml"
    assert report.format == "graphml"


def test_igraph_undirected_edges_become_mutual() -> None:
    doc, _ = load("igraph.graphml")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    assert [a.label for a in doc.actors] == ["Egypt", "Israel", "Hamas"]
    assert doc.actor("n0").iso3 == "EGY"
    assert doc.actor("n2").kind == "organization"
    assert all(s.mutual for s in doc.statements)
    assert attrs(doc.actor("n0"))["region"] == "MENA"


def test_gephi_colours_positions_and_edge_label() -> None:
    doc, report = load("gephi.graphml")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    germany = doc.actor("0")
    assert germany.label == "Germany"
    assert getattr(germany, "color", None) == "#9900ff"
    assert doc.positions["0"] == (-113.9, 42.1)
    assert attrs(germany) == {"Modularity Class": 0, "size": 12.5}
    assert doc.statement("0").relation == "signs accord with"
    assert any("'r', 'g', 'b'" in note for note in report.mapped)


def test_yed_graphics_become_label_colour_and_centre() -> None:
    doc, _ = load("yed.graphml")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    china = doc.actor("n0")
    assert (china.label, china.iso3, getattr(china, "color", None)) == ("China", "CHN", "#ffcc00")
    assert doc.positions["n0"] == (140.0, 215.0)  # x + width/2, y + height/2
    assert doc.actor("n2").label == "US Navy"  # from a GenericNode
    assert doc.positions["n2"] == (-10.0, 30.0)
    assert doc.statement("e0").relation == "holds drills near"
    assert attrs(doc.statement("e0"))["description"] == "large drills around the island"


def test_cytoscape_without_namespace_keys_after_graph_and_undeclared_key() -> None:
    doc, report = load("cytoscape_nonamespace.graphml")
    assert (len(doc.actors), len(doc.statements)) == (3, 2)
    assert doc.actor("102").label == "Wagner Group"
    assert attrs(doc.actor("101"))["SUID"] == 101  # typed by a key declared after the graph
    assert attrs(doc.actor("103"))["selected"] is True
    assert doc.statement("201").relation == "deploys forces in"
    assert attrs(doc.statement("202"))["confidence"] == "0.8"
    assert any("undeclared key 'confidence'" in w for w in report.warnings)


def test_edge_to_undeclared_node_is_skipped_not_invented() -> None:
    doc, report = load("undeclared_node.graphml")
    assert (len(doc.actors), len(doc.statements)) == (2, 1)
    assert [s for s in report.skipped if '"ghost" is not declared' in s]
    assert "line 8, column 5" in report.skipped[0]
    # networkx silently invents the node:
    g = nx.read_graphml(FIXTURES / "undeclared_node.graphml")
    assert "ghost" in g.nodes


def test_networkx_reads_yed_positions_as_strings() -> None:
    """What we do better: networkx gives yEd geometry as top-left strings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g = nx.read_graphml(FIXTURES / "yed.graphml")
    assert g.nodes["n0"]["x"] == "100.0"
    doc, _ = load("yed.graphml")
    assert doc.positions["n0"][0] == pytest.approx(140.0)

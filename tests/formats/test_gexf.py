"""GEXF 1.1draft, 1.2draft and 1.3 in every namespace, viz data, dynamic graphs, parallel edges."""

from __future__ import annotations

import networkx as nx
import pytest

from tests.formats.helpers import FIXTURES, attrs, load


def test_gephi_1_3_viz_data() -> None:
    doc, _ = load("gephi_1_3.gexf")
    assert (len(doc.actors), len(doc.statements)) == (3, 3)
    assert doc.title == "Red Sea shipping"
    houthis = doc.actor("yem")
    assert (houthis.label, houthis.kind, getattr(houthis, "color", None)) == (
        "Houthis",
        "organization",
        "#e41a1c",
    )
    assert doc.positions["yem"] == (-120.75, 33.5)
    assert attrs(houthis) == {"Modularity Class": 1, "size": 22.5}
    assert doc.actor("usa").iso3 == "USA"
    assert getattr(doc.actor("gbr"), "color", None) == "#4daf4a"  # viz:color hex=
    strike = doc.statement("1")
    assert (strike.relation, strike.category) == ("strikes", "material_conflict")
    assert attrs(strike)["weight"] == 1.0
    assert doc.statement("2").mutual


def test_1_2draft_attributes_by_id_and_title_with_defaults() -> None:
    doc, _ = load("gexf_1_2draft.gexf")
    assert (len(doc.actors), len(doc.statements)) == (3, 3)
    assert doc.actor("3").kind == "organization"
    assert attrs(doc.actor("3"))["founded"] == 1973
    assert attrs(doc.actor("2"))["founded"] == 1945  # the default
    assert doc.statement("a").relation == "claims territory of"
    assert doc.statement("a").date == "2023-12-03"  # attvalue for= by title
    assert doc.statement("b").date == "2023-12-05"  # attvalue for= by id
    assert doc.positions["1"] == (1.5, 2.5)


@pytest.mark.parametrize("name", ["gexf_1_1_gephi_org.gexf", "gexf_1_1_www.gexf"])
def test_old_namespaces_networkx_refuses(name: str) -> None:
    with pytest.raises(nx.NetworkXError):
        nx.read_gexf(FIXTURES / name)
    doc, _ = load(name)
    assert (len(doc.actors), len(doc.statements)) == (2, 1)


def test_old_gephi_namespace_keeps_viz() -> None:
    doc, _ = load("gexf_1_1_gephi_org.gexf")
    assert getattr(doc.actor("0"), "color", None) == "#ff9900"
    assert doc.positions["0"] == (15.783598, 40.109245)
    assert attrs(doc.actor("1"))["size"] == 3.0
    assert doc.statements[0].mutual  # defaultedgetype="undirected"


def test_1_1_www_namespace_attvalue_by_id_attribute() -> None:
    doc, _ = load("gexf_1_1_www.gexf")
    assert attrs(doc.actor("a"))["capital"] == "Yerevan"
    assert attrs(doc.actor("b"))["capital"] == "Baku"
    assert doc.statements[0].relation == "signs peace treaty with"


def test_dynamic_spells_become_dated_statements() -> None:
    doc, _ = load("dynamic.gexf")
    assert (len(doc.actors), len(doc.statements)) == (3, 3)
    assert doc.title == "Sudan 2023"
    fights = [s for s in doc.statements if s.relation == "fights"]
    assert [s.date for s in fights] == ["2023-04-15", "2023-06-01"]
    assert [attrs(s)["end"] for s in fights] == ["2023-05-20", "2023-07-30"]
    assert attrs(fights[0])["intensity"][1] == {
        "value": 0.9,
        "start": "2023-05-01",
        "end": "2023-06-01",
    }
    talks = doc.statement("talks")
    assert (talks.date, attrs(talks)["end"]) == ("2023-05-06", "2023-05-20")


def test_parallel_edges_all_kept() -> None:
    doc, report = load("parallel_1_3.gexf")
    assert (len(doc.actors), len(doc.statements)) == (2, 4)
    assert [s.id for s in doc.statements] == ["1", "2", "3", "3~2"]
    assert doc.statement("3~2").relation == "summons ambassador of"
    assert attrs(doc.statement("2"))["kind"] == "maritime"
    assert report.warnings

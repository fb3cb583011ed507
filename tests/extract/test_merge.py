"""merge_drafts: accepted drafts into an open map, as extra evidence or new statements."""

from __future__ import annotations

import pytest

from mapviewer.extract import extract, merge_drafts
from mapviewer.model import MapSchemaError
from mapviewer.model.io import dump_map, parse_map
from mapviewer.model.types import Actor, Article, Evidence, MapDocument, Statement

TEXT = "Russia condemned Israel. Iran supplied drones to Russia."


def _base() -> MapDocument:
    text = "Moscow condemned Israel on Monday."
    return MapDocument(
        format="mapviewer-map",
        version=1,
        articles=[Article(id="old", text=text)],
        actors=[
            Actor(id="RUS", label="Russia", kind="state", iso3="RUS", aliases=["Moscow"]),
            Actor(id="ISR", label="Israel", kind="state"),
        ],
        statements=[
            Statement(
                id="s1",
                source="RUS",
                target="ISR",
                relation="condemns",
                category="verbal_conflict",
                evidence=[Evidence(article="old", quote=text, start=0, end=len(text))],
            )
        ],
        story=["s1"],
    )


def _merged() -> MapDocument:
    draft = extract(TEXT, article_id="new").document
    return merge_drafts(_base(), draft.statements, draft.actors, draft.articles[0])


def test_repeat_becomes_evidence_not_a_new_edge() -> None:
    doc = _merged()
    condemns = [s for s in doc.statements if (s.source, s.target) == ("RUS", "ISR")]
    assert len(condemns) == 1
    assert [e.article for e in condemns[0].evidence] == ["old", "new"]


def test_new_statement_gets_a_fresh_id() -> None:
    doc = _merged()
    ids = [s.id for s in doc.statements]
    assert len(ids) == len(set(ids)) == 2
    supply = next(s for s in doc.statements if s.source == "IRN")
    assert supply.id != "s1"


def test_actors_merge_by_id_and_article_is_added() -> None:
    doc = _merged()
    assert sorted(a.id for a in doc.actors) == ["IRN", "ISR", "RUS"]
    assert doc.actor("RUS").aliases == ["Moscow"]
    assert doc.actor("ISR").iso3 == "ISR"  # filled in from the draft
    assert [a.id for a in doc.articles] == ["old", "new"]


def test_merge_is_idempotent_and_leaves_target_alone() -> None:
    base = _base()
    draft = extract(TEXT, article_id="new").document
    once = merge_drafts(base, draft.statements, draft.actors, draft.articles[0])
    twice = merge_drafts(once, draft.statements, draft.actors, draft.articles[0])
    assert dump_map(once) == dump_map(twice)
    assert len(base.statements[0].evidence) == 1


def test_result_round_trips() -> None:
    doc = _merged()
    assert dump_map(parse_map(dump_map(doc))) == dump_map(doc)


def test_colliding_ids_are_renumbered() -> None:
    draft = extract("China criticised Japan.", article_id="n2").document
    assert draft.statements[0].id == "s1"
    doc = merge_drafts(_base(), draft.statements, draft.actors, draft.articles[0])
    assert [s.id for s in doc.statements] == ["s1", "s2"]


def test_unknown_actor_is_refused() -> None:
    draft = extract("China criticised Japan.", article_id="n2").document
    with pytest.raises(MapSchemaError, match="unknown actor"):
        merge_drafts(_base(), draft.statements, [], draft.articles[0])

"""The shipped map of "Why is Russia hesitant to help Iran?" is complete and every quote checks."""

from __future__ import annotations

import hashlib

from mapviewer.model import load_map, to_graph
from mapviewer.model.graph import statements_by_pair
from tests.conftest import DATA, DEFAULT_MAP, SEED_SHA256


def test_article_is_the_seed_byte_for_byte() -> None:
    raw = (DATA / "articles" / "vijesti-763083.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SEED_SHA256
    assert len(raw.decode("utf-8")) == 5810


def test_every_quote_verifies() -> None:
    loaded = load_map(DEFAULT_MAP)
    assert loaded.problems == []
    text = loaded.texts["vijesti-763083"]
    quotes = [e for s in loaded.document.statements for e in s.evidence]
    assert len(quotes) >= len(loaded.document.statements)
    for e in quotes:
        assert e.start is not None
        assert e.end is not None
        assert text[e.start : e.end] == e.quote


def test_well_over_twenty_state_statements() -> None:
    doc = load_map(DEFAULT_MAP).document
    kinds = {a.id: a.kind for a in doc.actors}
    between_states = [s for s in doc.statements if kinds[s.source] == "state" and kinds[s.target] == "state"]
    assert len(between_states) > 30


def test_the_key_claims_are_there() -> None:
    doc = load_map(DEFAULT_MAP).document
    found = {(s.source, s.target, s.category) for s in doc.statements}
    assert ("RUS", "ISR", "verbal_conflict") in found  # Russia condemns Israeli actions
    assert ("IRN", "RUS", "material_cooperation") in found  # drones
    assert ("RUS", "UKR", "material_conflict") in found  # strikes on Kyiv
    kremlin = next(s for s in doc.statements if s.relation == "condemns" and s.target == "ISR")
    ev = kremlin.evidence[0]
    assert (ev.start, ev.end) == (1409, 1495)
    assert ev.attributed_to == "statement on the Kremlin website"
    assert ev.speaker == "putin"
    gold = next(s for s in doc.statements if "gold" in s.relation)
    assert gold.evidence[0].hedge == "believed"
    assert gold.evidence[0].attributed_to == "media reports"


def test_people_belong_to_their_states() -> None:
    doc = load_map(DEFAULT_MAP).document
    people = {a.id: a for a in doc.actors if a.kind == "person"}
    assert people["putin"].affiliation == "RUS"
    assert "Massoud Pezizian" in people["pezeshkian"].aliases


def test_story_and_graph() -> None:
    doc = load_map(DEFAULT_MAP).document
    assert len(doc.story) >= 30
    assert len(set(doc.story)) == len(doc.story)
    g = to_graph(doc)
    assert g.number_of_edges() == len(doc.statements)
    pairs = statements_by_pair(doc)
    assert sum(len(v) for v in pairs.values()) == len(doc.statements)
    assert len(pairs[("IRN", "RUS")]) > 10  # both directions share one bundle

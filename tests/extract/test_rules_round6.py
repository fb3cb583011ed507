"""Mention and coreference rules added with the pair model (rounds 5 and 6), each by a made-up
example, with the rules alone."""

from __future__ import annotations

from mapviewer.extract import extract
from mapviewer.extract.gazetteer import load_gazetteer
from mapviewer.extract.pipeline import walk


def _actors(text: str) -> list[set[str]]:
    return [{m.actor for m in step.mentions} for step in walk(text, load_gazetteer(None))]


def test_a_people_is_not_its_state() -> None:
    assert _actors("Ethnic Albanian mayors took office in Serb-majority towns in Kosovo.") == [{"XKX"}]
    assert _actors("Turkish Cypriot leaders met the UN envoy.") == [{"UN"}]


def test_the_two_allies_with_an_adjective() -> None:
    text = "Russia and Serbia signed a gas deal. Yet relations between the two Slavic allies have cooled."
    assert _actors(text)[1] == {"RUS", "SRB"}


def test_it_also_acts() -> None:
    text = "The United States condemned Serbia. It also urged Kosovo to avoid unilateral steps."
    found = extract(text, article_id="t", use_model=False).document.statements
    assert ("USA", "XKX") in {(s.source, s.target) for s in found}

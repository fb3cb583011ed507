"""Mention and coreference rules added with the pair model (rounds 5 and 6), each by a made-up
example, with the rules alone."""

from __future__ import annotations

from mapviewer.extract import extract
from mapviewer.extract.gazetteer import load_gazetteer
from mapviewer.extract.reading import walk


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


def _attributions(text: str) -> dict[tuple[str, str], str]:
    doc = extract(text, article_id="t", use_model=False).document
    return {(s.source, s.target): e.attributed_to or "" for s in doc.statements for e in s.evidence}


def test_a_passive_hedge_is_not_a_speaker() -> None:
    text = "Israeli jets are believed to have struck Syria overnight."
    assert _attributions(text) == {("ISR", "SYR"): "the article itself"}


def test_he_said_is_the_last_person_named() -> None:
    text = (
        "Venezuelan President Nicolas Maduro spoke on state television on Monday. "
        '"We will never accept threats," he said, and accused Washington of arming Guyana.'
    )
    assert _attributions(text)[("USA", "GUY")] == "Venezuelan President Nicolas Maduro"


def test_a_participle_after_a_comma_acts_for_the_subject() -> None:
    text = "Poland and Hungary imposed bans on Ukrainian grain, defying the European Commission."
    found = extract(text, article_id="t", use_model=False).document.statements
    pairs = {(s.source, s.target) for s in found}
    assert {("POL", "EU"), ("HUN", "EU")} <= pairs
    assert ("UKR", "EU") not in pairs


def test_places_named_after_states_are_not_the_states() -> None:
    for text, absent in [
        ("Russian jets flew over the Gulf of Finland near Estonia.", "FIN"),
        ("Canada accused Indian agents of spying on activists in British Columbia.", "GBR"),
        ("Britain sent police to Northern Ireland.", "IRL"),
    ]:
        assert absent not in set().union(*_actors(text))

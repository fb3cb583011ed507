"""The optional parse stage: pairs the rules miss, passive voice, the off switch, exact quotes.

Skipped where spaCy or the packaged English model (the extra ``nlp``) is not installed; the
"off equals rules" test runs everywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from mapviewer.extract import extract, parse_stage
from tests.extract.test_pipeline import _TEXT, _quotes_exact

SEED = Path(__file__).resolve().parents[2] / "data" / "articles" / "vijesti-763083.txt"
needs_model = pytest.mark.skipif(not parse_stage.available(), reason="spaCy model not installed")


def _triples(text: str, use_parser: bool | None) -> list[tuple[str, str, str, str, bool]]:
    doc = extract(text, article_id="a", use_parser=use_parser, use_model=False).document
    return [(s.source, s.relation, s.target, s.category, s.mutual) for s in doc.statements]


@needs_model
def test_the_stage_finds_a_pair_the_rules_miss() -> None:
    text = "Chile encircled Peru on Monday."
    assert _triples(text, use_parser=False) == []
    draft = extract(text, article_id="a", use_parser=True, use_model=False)
    [s] = draft.document.statements
    assert (s.source, s.target, s.category) == ("CHL", "PER", "material_conflict")
    assert draft.confidence(s.id) in ("medium", "low")  # never high
    assert s.evidence[0].quote == text


@needs_model
def test_passive_voice_flips_the_direction() -> None:
    assert _triples("Peru was encircled by Chile.", use_parser=True) == [
        ("CHL", "encircles", "PER", "material_conflict", False)
    ]


@needs_model
def test_a_symmetric_verb_joins_its_subjects() -> None:
    assert _triples("Chile and Peru clashed on Monday.", use_parser=True) == [
        ("CHL", "clashes", "PER", "material_conflict", True)
    ]


@needs_model
def test_the_rules_win_on_a_pair_they_found() -> None:
    text = "Russia condemned Israel on Friday."
    assert _triples(text, use_parser=True) == _triples(text, use_parser=False)


@needs_model
def test_a_negated_verb_gives_no_pair() -> None:
    assert _triples("Chile did not encircle Peru.", use_parser=True) == []


def test_switched_off_the_results_equal_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SEED.read_text(encoding="utf-8")
    rules = extract(text, article_id="a", use_parser=False).document
    assert extract(text, article_id="a").document == rules  # the default is off
    monkeypatch.setattr(parse_stage, "_nlp", lambda: None)  # not installed: silently off
    assert not parse_stage.available()
    assert extract(text, article_id="a", use_parser=True).document == rules


@needs_model
def test_on_the_seed_article_the_stage_only_adds() -> None:
    text = SEED.read_text(encoding="utf-8")
    rules = set(_triples(text, use_parser=False))
    both = set(_triples(text, use_parser=True))
    assert rules <= both


@needs_model
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_arbitrary_text_gives_exact_quotes_with_the_stage_on(text: str) -> None:
    draft = extract(text, article_id="h", use_parser=True)
    _quotes_exact(draft)
    for s in draft.document.statements:
        assert s.source != s.target

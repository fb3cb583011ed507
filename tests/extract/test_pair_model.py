"""The candidates, the learnt office holders, and the two trained models that choose among the
candidates, each by a made-up example."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from mapviewer.extract import extract, pipeline
from mapviewer.extract.candidate_features import FEATURES, KINDS
from mapviewer.extract.candidates import Candidate
from mapviewer.extract.category_model import CATEGORIES, category_features, load_category_model
from mapviewer.extract.gazetteer import load_gazetteer
from mapviewer.extract.pair_model import MODEL_PATH, PairModel, load_model
from mapviewer.extract.reading import walk
from tests.extract.test_cli_and_data import _bench as quality


def _candidates(text: str) -> list[tuple[str, frozenset[str], Candidate]]:
    return [(c.kind, c.key, c) for step in walk(text, load_gazetteer(None)) for c in step.candidates]


def _keys(text: str, kind: str) -> set[frozenset[str]]:
    return {key for k, key, _ in _candidates(text) if k == kind}


def test_the_rules_pair_is_a_rule_candidate_and_the_rest_cooccur() -> None:
    text = "Chile condemned Peru, which Bolivia has long courted."
    assert frozenset(["CHL", "PER"]) in _keys(text, "rule")
    assert frozenset(["BOL", "CHL"]) in _keys(text, "cooccur")


def test_a_reply_is_offered_with_the_last_partner() -> None:
    text = "Norway accused Russia of cutting a subsea cable. Moscow denies any involvement."
    assert _keys(text, "followup") == {frozenset(["NOR", "RUS"])}


def test_a_quote_is_offered_with_the_speakers_state() -> None:
    text = 'Serbian President Aleksandar Vucic spoke on Monday. "Pristina must stop the raids," he said.'
    assert frozenset(["SRB", "XKX"]) in _keys(text, "speaker")


def test_an_actor_acting_on_a_coordinated_pair_is_a_triple() -> None:
    text = "Brazil pressed Venezuela and Guyana to settle the border quarrel."
    assert frozenset(["BRA", "VEN", "GUY"]) in _keys(text, "triple")


def test_every_feature_is_known_and_finite() -> None:
    text = (
        'Mexico criticised Spain. "We expected more from Madrid," Mexican Foreign Minister Ana Ruiz said. '
        "Spain, which Portugal backs, rejected the claim. Brazil urged Mexico and Spain to talk."
    )
    found = _candidates(text)
    assert {k for k, _, _ in found} <= set(KINDS)
    for _, _, c in found:
        assert set(c.features) <= FEATURES
        assert all(math.isfinite(v) for v in c.features.values())


@pytest.mark.parametrize(
    ("text", "second_mentions"),
    [
        (  # "Moldovan Prime Minister Dorin Recean": a state, a title and a name
            "Moldovan Prime Minister Dorin Recean visited Kyiv on Monday. "
            "Recean thanked Ukraine for its help with the power grid.",
            [("Recean", "MDA"), ("Ukraine", "UKR")],
        ),
        (  # debates and live blogs introduce delegates without a title
            "Russia's Vassily Nebenzia rejected the account. Nebenzia blamed Britain for the war.",
            [("Nebenzia", "RUS"), ("Britain", "GBR")],
        ),
    ],
)
def test_a_learnt_person_stands_for_the_state_later(
    text: str, second_mentions: list[tuple[str, str]]
) -> None:
    second = list(walk(text, load_gazetteer(None)))[1]
    assert [(text[m.start : m.end], m.actor) for m in second.mentions] == second_mentions


def test_a_possessive_without_a_verb_after_the_name_teaches_nothing() -> None:
    text = "Russia's Black Sea Fleet is in port. Black Sea Fleet ships left Turkey."
    second = list(walk(text, load_gazetteer(None)))[1]
    assert {m.actor for m in second.mentions} == {"TUR"}


def test_a_researcher_teaches_nothing() -> None:
    text = "Chen Yi-ling, a researcher at a Taipei think tank, spoke. Chen said Japan was worried."
    second = list(walk(text, load_gazetteer(None)))[1]
    assert {m.actor for m in second.mentions} == {"JPN"}


def test_the_model_file_matches_the_features_and_says_how_it_did() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data["weights"]) == FEATURES  # retrain after adding or renaming a feature
    assert 0.0 < data["threshold"] < 1.0
    assert not any(quality.is_blind(name) for name in data["trained_on"])  # never trained on a blind folder
    assert 0.0 < data["held_out_pooled"]["recall"] <= 1.0


def test_probability_follows_the_weights() -> None:
    model = PairModel({"bias": -1.0, "cue_between": 3.0}, 0.5)
    assert model.probability({"bias": 1.0}) == pytest.approx(1 / (1 + math.e))
    assert model.probability({"bias": 1.0, "cue_between": 1.0}) > 0.85
    assert model.probability({"bias": 100.0}) == 0.0


def test_without_a_model_file_the_rules_decide(tmp_path: Path) -> None:
    assert load_model(tmp_path / "none.json") is None
    rules = extract("Russia condemned Israel on Friday.", article_id="a", use_model=False).document
    assert [(s.source, s.relation, s.target) for s in rules.statements] == [("RUS", "condemns", "ISR")]


def test_a_model_find_is_never_high_and_gets_a_relation(monkeypatch: pytest.MonkeyPatch) -> None:
    # a model that keeps every candidate: the pipeline's handling, whatever the trained weights are
    monkeypatch.setattr(pipeline, "load_model", lambda: PairModel({"bias": 1.0}, 0.0))
    text = "Norway accused Russia of cutting a subsea cable on Friday. Moscow denies any involvement."
    statements = extract(text, article_id="a").document.statements
    assert ("NOR", "accuses", "RUS", "high") in {
        (s.source, s.relation, s.target, getattr(s, "confidence", None)) for s in statements
    }
    reply = [s for s in statements if s.evidence[0].quote == "Moscow denies any involvement."]
    assert [(s.source, s.target) for s in reply] == [("RUS", "NOR")]
    assert getattr(reply[0], "confidence", None) in ("medium", "low")
    assert reply[0].relation
    assert reply[0].category != "neutral"


def test_category_model_reads_the_sentence() -> None:
    model = load_category_model()
    assert model is not None
    text = "Turkish jets bombed positions in northern Iraq, killing several fighters."
    category, p = model.predict(category_features(text, 0, len(text)))
    assert category in ("material_conflict",)
    assert 1 / len(CATEGORIES) < p <= 1.0


def test_a_question_asserts_nothing_even_to_the_model() -> None:
    assert extract("Why is Brazil reluctant to help Argentina?", article_id="q").document.statements == []


def test_a_draft_by_hand_quotes_exactly_what_was_picked() -> None:
    from mapviewer.extract.by_hand import UNNAMED, actors_named, draft_by_hand

    text = "😀 Intro.\n\n  Kenya and Uganda agreed to share patrol data.  \n"
    start, end = text.index("  Kenya"), text.index("data.") + len("data.  ")
    named = [a.id for a in actors_named(text, start, end)]
    assert named == ["KEN", "UGA"]
    st = draft_by_hand(text, start, end, statement_id="h1", article_id="a", actors=named)
    ev = st.evidence[0]
    assert ev.quote == "Kenya and Uganda agreed to share patrol data."
    assert text[ev.start : ev.end] == ev.quote  # white space trimmed, offsets exact
    assert (st.source, st.target, st.relation) == ("KEN", "UGA", UNNAMED)
    with pytest.raises(ValueError, match="empty"):
        draft_by_hand(text, 0, 0, statement_id="h2", article_id="a", actors=named)

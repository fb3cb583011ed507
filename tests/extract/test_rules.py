"""The generalisation rules of November 2025, each by a made-up example (none is from the set)."""

from __future__ import annotations

from mapviewer.extract import extract
from mapviewer.model.types import Statement


def _sts(text: str) -> list[Statement]:
    return extract(text, article_id="t", use_model=False).document.statements  # the rules alone


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(s.source, s.target) for s in _sts(text)}


def test_coordinated_verb_shares_the_subject() -> None:
    text = "Brazil thanked Chile for its help and called on Peru to reopen the border."
    assert _pairs(text) == {("BRA", "CHL"), ("BRA", "PER")}


def test_a_noun_target_is_not_a_cue() -> None:
    assert _pairs("Russia said its forces struck Ukraine and that no targets on Polish soil were hit.") == {
        ("RUS", "UKR")
    }


def test_agent_of_a_condemned_act_is_the_target() -> None:
    text = "Finland condemned what it called a violation of Estonian airspace by Russian jets."
    assert _pairs(text) == {("FIN", "RUS"), ("RUS", "EST")}
    (violation,) = [s for s in _sts(text) if s.source == "RUS"]
    assert violation.evidence[0].attributed_to == "Finland"
    assert violation.evidence[0].hedge == "alleged"


def test_proposal_to_two_actors_is_one_statement() -> None:
    (st,) = _sts("Egypt presented a new ceasefire proposal to Israel and Hamas.")
    assert (st.source, st.target, getattr(st, "also_concerns", None)) == ("EGY", "ISR", ["HAMAS"])


def test_rejecting_the_accusation_answers_the_accuser() -> None:
    text = "Peru accused Chile of spying on its navy.\n\nSantiago rejected the accusation."
    assert _pairs(text) == {("PER", "CHL"), ("CHL", "PER")}


def test_similar_statements_copy_the_last_relation() -> None:
    text = "Norway condemned Iran's execution of protesters. Sweden and Denmark issued similar statements."
    assert _pairs(text) == {("NOR", "IRN"), ("SWE", "IRN"), ("DNK", "IRN")}


def test_a_route_is_not_a_party() -> None:
    assert _pairs("Qatar said it would send aid to Gaza through Egypt and thanked Jordan.") == {
        ("QAT", "JOR")
    }


def test_it_after_that_is_the_subject() -> None:
    assert _pairs("France announced that it would deploy troops to Estonia.") == {("FRA", "EST")}


def test_passive_with_agent_after_target() -> None:
    (st,) = _sts("Thousands of shells were shipped to Russia by North Korea.")
    assert (st.source, st.target) == ("PRK", "RUS")


def test_trade_restrictions_and_ties() -> None:
    sts = _sts("Canada imposed tariffs on Chinese steel. Ecuador cut diplomatic ties with Mexico.")
    assert {(s.source, s.target, s.category) for s in sts} == {
        ("CAN", "CHN", "material_conflict"),
        ("ECU", "MEX", "material_conflict"),
    }


def test_speaker_of_an_inverted_report_is_a_name() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez, speaking in Madrid, said Spain was ready to send aid. "
        "He also criticised Israel for what he called its disproportionate attack on Lebanon."
    )
    (st,) = [s for s in _sts(text) if (s.source, s.target) == ("ISR", "LBN")]
    assert st.evidence[0].attributed_to == "Spanish Prime Minister Pedro Sanchez"

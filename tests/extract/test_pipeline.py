"""The extractor end to end: the seed article, the rules by example, and arbitrary text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapviewer.extract import DraftMap, extract
from mapviewer.extract.pair_model import PairModel
from mapviewer.model.types import Statement

SEED = Path(__file__).resolve().parents[2] / "data" / "articles" / "vijesti-763083.txt"


@pytest.fixture(scope="module")
def seed() -> DraftMap:
    return extract(SEED.read_text(encoding="utf-8"), article_id="vijesti-763083", published="2025-06")


def _find(draft: DraftMap, source: str, target: str, word: str = "") -> list[Statement]:
    return [
        s
        for s in draft.document.statements
        if {s.source, s.target} == {source, target} and word in s.relation
    ]


def _quotes_exact(draft: DraftMap) -> None:
    for s in draft.document.statements:
        for e in s.evidence:
            assert e.quote is not None
            assert e.start is not None
            assert e.end is not None
            assert draft.text[e.start : e.end] == e.quote


def test_seed_quotes_are_exact(seed: DraftMap) -> None:
    _quotes_exact(seed)


def test_seed_russia_condemns_israel(seed: DraftMap) -> None:
    (st,) = _find(seed, "RUS", "ISR", "condemns")
    assert (st.source, st.target, st.category) == ("RUS", "ISR", "verbal_conflict")
    kremlin = [e for e in st.evidence if "Kremlin website" in (e.attributed_to or "")]
    assert kremlin, "the Kremlin website statement is attributed"


def test_seed_iran_supplies_drones_to_russia(seed: DraftMap) -> None:
    (st,) = _find(seed, "IRN", "RUS", "supplies")
    assert (st.source, st.target, st.category) == ("IRN", "RUS", "material_cooperation")
    assert st.evidence[0].hedge == "alleged"
    assert st.evidence[0].attributed_to == "Western allies"


def test_seed_russia_pays_gold(seed: DraftMap) -> None:
    (st,) = _find(seed, "RUS", "IRN", "pays")
    assert st.source == "RUS"
    assert st.evidence[0].hedge == "believed"
    assert st.evidence[0].attributed_to == "media reports"
    assert "gold" in (st.evidence[0].quote or "")


def test_seed_partnership_treaty_is_mutual(seed: DraftMap) -> None:
    (st,) = _find(seed, "IRN", "RUS", "treaty")
    assert st.mutual
    assert len(st.evidence) == 2


def test_seed_russia_mediates_between_us_and_iran(seed: DraftMap) -> None:
    sts = [s for s in _find(seed, "RUS", "USA", "mediat") if getattr(s, "also_concerns", None)]
    assert sts
    assert sts[0].source == "RUS"
    assert sts[0].also_concerns == ["IRN"]
    assert seed.confidence(sts[0].id) == "low"  # a headline


def test_seed_kyiv_strikes(seed: DraftMap) -> None:
    sts = [s for s in _find(seed, "RUS", "UKR", "attacks") if s.source == "RUS"]
    assert any("Kiev" in (e.quote or "") for s in sts for e in s.evidence)
    assert sts[0].category == "material_conflict"


def test_seed_drops_bystanders_and_reporters(seed: DraftMap) -> None:
    assert not _find(seed, "RUS", "ISR", "provides")  # "who left Russia ... lives in Israel"
    assert "GBR" not in {a.id for a in seed.document.actors}  # "The British daily The Guardian"


def test_seed_people_map_to_their_state(seed: DraftMap) -> None:
    putin = seed.document.actor("putin")
    assert (putin.kind, putin.affiliation) == ("person", "RUS")


def _one(text: str) -> list[Statement]:
    return extract(text, article_id="t").document.statements


def test_coordinated_subjects_are_one_mutual_statement() -> None:
    (st,) = _one("Russia and Iran signed a treaty on Friday.")
    assert st.mutual
    assert {st.source, st.target} == {"RUS", "IRN"}


def test_hyphenated_coordination_never_pairs_itself() -> None:
    sts = _one("US-Israel strikes on Iran continued overnight.")
    assert {(s.source, s.target) for s in sts} == {("USA", "IRN"), ("ISR", "IRN")}


def test_passive_voice_reverses_direction() -> None:
    (st,) = _one("Ukraine was attacked by Russia on Tuesday.")
    assert (st.source, st.target) == ("RUS", "UKR")


def test_possessive_noun_cue() -> None:
    pairs = {(s.source, s.target) for s in _one("China condemned Japan's attack on the Philippines.")}
    assert pairs == {("CHN", "JPN"), ("JPN", "PHL")}


def test_a_live_page_title_asserts_nothing() -> None:
    assert _one("India-Maldives talks - live updates") == []
    assert _one("Why is Brazil reluctant to help Argentina?") == []


def test_no_cue_no_statement() -> None:
    assert _one("Russia and Iran are large countries near Turkey.") == []


def test_mediation_is_three_actors() -> None:
    (st,) = _one("Qatar offered to act as a mediator between Israel and Hamas.")
    assert (st.source, st.target, st.also_concerns) == ("QAT", "ISR", ["HAMAS"])


@pytest.mark.parametrize(
    ("sentence", "mediators", "parties"),
    [
        ("Saudi Arabia and Iran restored ties in a deal mediated by Beijing.", ["CHN"], {"SAU", "IRN"}),
        (
            "Russia and Ukraine swapped prisoners in a deal brokered by the UAE and Turkey.",
            ["ARE", "TUR"],
            {"RUS", "UKR"},
        ),
        ("Syrian and Israeli officials held talks under American auspices.", ["USA"], {"SYR", "ISR"}),
        ("Egypt and Sudan signed a China-brokered deal.", ["CHN"], {"EGY", "SDN"}),
        (
            "Rwanda and Burundi reopened the border after quiet mediation by Tanzania.",
            ["TZA"],
            {"RWA", "BDI"},
        ),
    ],
)
def test_a_deal_mediated_by_z_makes_z_the_mediator_not_a_party(
    sentence: str, mediators: list[str], parties: set[str]
) -> None:
    statements = _one(sentence)
    found = [
        (s.source, {s.target, *s.also_concerns}) for s in statements if getattr(s, "also_concerns", None)
    ]
    assert found == [(z, parties) for z in mediators]
    assert not any(
        {s.source, s.target} & set(mediators) and not getattr(s, "also_concerns", None) for s in statements
    )


def test_a_kept_triple_is_not_merged_into_its_pair() -> None:
    """When the model keeps both "US-Korea" and "US-Korea, also Japan" in one sentence, they are
    two statements: the third actor is not dropped by merging the triple into the pair."""
    keep_all = PairModel({"bias": 10.0}, 0.5)
    text = "The United States urged Seoul and Tokyo to settle the dispute."
    draft = extract(text, article_id="a", pair_model=keep_all)
    statements = draft.document.statements
    sets = [(s.source, s.target, tuple(getattr(s, "also_concerns", None) or ())) for s in statements]
    assert ("USA", "KOR", ("JPN",)) in sets
    assert ("USA", "KOR", ()) in sets
    assert all(len(s.evidence) == 1 for s in draft.document.statements)


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Iran reportedly supplied drones to Russia.", "reported"),
        ("Iran allegedly supplied drones to Russia.", "alleged"),
        ("Iran is believed to have supplied drones to Russia.", "believed"),
        ("Iran is expected to supply drones to Russia.", "expected"),
        ("Iran is unlikely to supply drones to Russia.", "unlikely"),
        ("Iran could supply drones to Russia.", "possible"),
        ("Iran supplied drones to Russia.", None),
    ],
)
def test_hedges(sentence: str, hedge: str | None) -> None:
    (st,) = _one(sentence)
    assert st.evidence[0].hedge == hedge


def test_attribution_and_carried_speaker() -> None:
    text = (
        'Analyst Jane Roe said Russia supplied weapons to Iran. "Moscow also condemned Israel," '
        "Roe added.\n\nAccording to the report, China backed Pakistan."
    )
    sts = extract(text, article_id="t").document.statements
    by_pair = {(s.source, s.target): s.evidence[0].attributed_to for s in sts}
    assert by_pair[("RUS", "IRN")] == "Analyst Jane Roe"
    assert by_pair[("RUS", "ISR")] == "Roe"
    assert by_pair[("CHN", "PAK")] == "the report"


def test_he_is_the_last_named_speaker() -> None:
    text = "Vladimir Putin spoke on Monday.\n\nHe condemned Israel."
    (st,) = extract(text, article_id="t").document.statements
    assert (st.source, st.target, st.evidence[0].speaker) == ("RUS", "ISR", "putin")


def test_the_two_countries() -> None:
    text = "India struck Pakistan. Later the two countries agreed to a ceasefire."
    sts = _one(text)
    assert any(s.mutual and {s.source, s.target} == {"IND", "PAK"} for s in sts)


def test_office_holders_follow_the_date() -> None:
    text = "Fumio Kishida condemned China."
    assert _one(text)[0].source == "JPN"
    later = extract(text, article_id="t", published="2025-06-01").document.statements
    assert later == []  # Kishida left office in 2024


_TEXT = st.lists(
    st.sampled_from(
        [*"abc XYZ.,;:!?\"'“”()-\n\t", "Russia ", "Iran ", " and ", "condemned ", "the US",
         "Kiev", " by ", "attack on ", "between ", "Putin ", "He ", "reportedly ", "é", "😀",
         "the two countries ", "\r\n", "according to ", " said", "mediator ", "'s ", "which "]
    ),
    max_size=80,
).map("".join)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_arbitrary_text_gives_exact_quotes(text: str) -> None:
    draft = extract(text, article_id="h")
    _quotes_exact(draft)
    for s in draft.document.statements:
        for e in s.evidence:
            assert e.start is not None
            assert e.end is not None
            assert 0 <= e.start < e.end <= len(text)
        assert s.source != s.target


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_does_not_crash(text: str) -> None:
    _quotes_exact(extract(text, article_id="h"))

"""The rules of the third round (constructions and lexicon), each by a made-up example."""

from __future__ import annotations

import pytest

from mapviewer.extract import extract
from mapviewer.model.types import Statement


def _sts(text: str) -> list[Statement]:
    return extract(text, article_id="t", use_model=False).document.statements  # the rules alone


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(s.source, s.target) for s in _sts(text)}


def _cat(text: str) -> dict[tuple[str, str], str]:
    return {(s.source, s.target): s.category for s in _sts(text)}


@pytest.mark.parametrize(
    ("text", "pair", "category"),
    [
        ("Chile deplored Peru's decision.", ("CHL", "PER"), "verbal_conflict"),
        ("Ghana lashed out at Togo over the border closure.", ("GHA", "TGO"), "verbal_conflict"),
        ("Norway voiced concern over Sweden's new law.", ("NOR", "SWE"), "verbal_conflict"),
        ("Kenya rebuffed Uganda's offer.", ("KEN", "UGA"), "verbal_conflict"),
        ("Spain lodged a formal protest with Morocco.", ("ESP", "MAR"), "verbal_conflict"),
        ("Serbia vowed to retaliate against Croatia.", ("SRB", "HRV"), "verbal_conflict"),
        ("Bolivia sued Chile at the world court.", ("BOL", "CHL"), "verbal_conflict"),
        ("Austria commended Slovenia for its restraint.", ("AUT", "SVN"), "verbal_cooperation"),
        ("Italy expressed solidarity with Greece.", ("ITA", "GRC"), "verbal_cooperation"),
        ("Japan invited India to join the talks.", ("JPN", "IND"), "verbal_cooperation"),
        ("Qatar consulted with Oman on the crisis.", ("QAT", "OMN"), "verbal_cooperation"),
        ("Brazil sold fighter jets to Argentina.", ("BRA", "ARG"), "material_cooperation"),
        ("Laos freed 12 detainees from Thailand.", ("LAO", "THA"), "material_cooperation"),
        ("Peru funds Ecuador through a new bank.", ("PER", "ECU"), "material_cooperation"),
        ("Latvia closed its border with Belarus.", ("LVA", "BLR"), "material_conflict"),
        ("Canada froze the assets of Venezuelan officials.", ("CAN", "VEN"), "material_conflict"),
        ("Armenia accused Azerbaijan of massing troops near the border.", ("ARM", "AZE"), "verbal_conflict"),
        ("Sudan shot down a drone from Chad.", ("SDN", "TCD"), "material_conflict"),
        ("Egypt helps Libya rebuild its army.", ("EGY", "LBY"), "material_cooperation"),
        ("Finland supported the territorial integrity of Moldova.", ("FIN", "MDA"), "verbal_cooperation"),
    ],
)
def test_the_lexicon_covers_the_quadrants(text: str, pair: tuple[str, str], category: str) -> None:
    assert _cat(text).get(pair) == category


def test_mutual_accusations_and_fire() -> None:
    (st,) = _sts("Ethiopia and Eritrea traded accusations on Monday.")
    assert st.mutual
    assert st.category == "verbal_conflict"
    (st,) = _sts("India and Pakistan exchanged fire along the border.")
    assert st.mutual
    assert st.category == "material_conflict"


def test_actor_inside_the_cue_is_the_target() -> None:
    assert _pairs("Canberra still restricts Chinese investment in ports.") == {("AUS", "CHN")}


def test_demonym_inside_the_cue_is_the_source_when_no_subject_precedes() -> None:
    assert ("PRK", "RUS") in _pairs("Sending 3,000 more North Korean troops to Russia broke the rules.")


def test_directed_cue_before_between_targets_both() -> None:
    pairs = _pairs("Canada condemned the arms transfers between Iran and Venezuela.")
    assert {("CAN", "IRN"), ("CAN", "VEN")} <= pairs


def test_target_list_runs_on_over_and() -> None:
    text = "Britain imposed sanctions on four Iranian banks and two Syrian officials."
    assert _pairs(text) == {("GBR", "IRN"), ("GBR", "SYR")}


def test_coordinated_targets_of_a_verbal_cue() -> None:
    assert _pairs("Mexico condemned Guatemala and Honduras.") == {("MEX", "GTM"), ("MEX", "HND")}


def test_possessive_role_noun() -> None:
    assert _pairs("Serbia is Russia's closest ally in the Balkans.") == {("SRB", "RUS")}
    text = "Vietnam, Laos's main trading partner, has said little."
    assert _pairs(text) == {("VNM", "LAO")}


def test_a_verb_wins_over_a_role_noun_for_the_same_pair() -> None:
    (st,) = _sts("Iran, Syria's closest ally, reportedly sent weapons to Syria.")
    assert st.relation == "sends aid to"
    assert st.evidence[0].hedge == "reported"


def test_appeal_infinitive_is_a_demand_of_the_appealer() -> None:
    text = "Poland urged the European Union to impose sanctions on Belarusian officials."
    cats = _cat(text)
    assert cats[("POL", "EU")] == "verbal_cooperation"
    assert cats[("POL", "BLR")] == "verbal_conflict"
    assert ("EU", "BLR") not in cats


def test_urging_to_withdraw_is_a_demand() -> None:
    assert _cat("Ghana urged Togo to withdraw its troops.") == {("GHA", "TGO"): "verbal_conflict"}


def test_a_proposed_truce_does_not_join_the_proposers() -> None:
    assert _pairs("Qatar and Egypt proposed a three-day truce.") == set()
    assert len(_sts("Qatar and Egypt agreed a truce.")) == 1


def test_brokers_are_not_the_two_sides() -> None:
    text = "Chad accused Niger of shelling. Nigeria and Ghana brokered talks between the two sides."
    assert ("NGA", "GHA") not in _pairs(text)
    assert ("GHA", "NGA") not in _pairs(text)


def test_questions_assert_nothing() -> None:
    assert _pairs("Why is Brazil reluctant to help Argentina?") == set()


def test_reluctance_is_an_unlikely_hedge() -> None:
    (st,) = _sts("Brazil has been reluctant to offer aid to Argentina.")
    assert st.evidence[0].hedge == "unlikely"


def test_ambassador_to_an_organisation_is_not_a_party() -> None:
    text = "Chile's ambassador to the UN, Ana Pérez, condemned Peru."
    assert _pairs(text) == {("CHL", "PER")}


def test_a_venue_is_not_a_party() -> None:
    assert _pairs("Chad and Sudan traded accusations at the UN Security Council.") == {("TCD", "SDN")}


def test_a_dateline_is_not_a_party() -> None:
    assert _pairs("Nairobi, 3 March — Somalia accused Ethiopia of meddling.") == {("SOM", "ETH")}


def test_a_surname_is_not_an_organisation() -> None:
    text = "Foreign Minister Thérèse Maria Wagner accused Rwanda of lying."
    assert ("RWA", "WAGNER") not in _pairs(text)
    assert ("WAGNER", "RWA") not in _pairs(text)


def test_a_lone_surname_of_a_leader_only_when_the_name_ends() -> None:
    assert _pairs("Kim held talks with Putin on Friday.") == {("PRK", "RUS")}
    assert ("PRK", "RUS") not in _pairs("Kim Min-seok held talks with Putin on Friday.")


def test_she_after_an_unnamed_titled_official() -> None:
    text = "Congolese Foreign Minister Ana Mbeki accused Rwanda of lying. She then condemned Uganda."
    assert ("COD", "UGA") in _pairs(text)


def test_its_office_is_the_last_subject() -> None:
    text = "Burundi warned of a regional war. Its foreign minister accused Rwanda of planning an attack."
    assert ("BDI", "RWA") in _pairs(text)


def test_the_army_is_the_state_it_was_last_named_with() -> None:
    text = "Mali's army retook the town. Turkey has supplied drones to the army."
    assert ("TUR", "MLI") in _pairs(text)


def test_its_ally_is_the_subjects_last_partner() -> None:
    text = (
        "Shells were shipped to Russia by North Korea, officials in Seoul said. "
        "Moscow is suspected of providing its ally with oil."
    )
    assert ("RUS", "PRK") in _pairs(text)


def test_rejected_the_accusation_answers_the_accuser() -> None:
    text = "Chile accused Peru of spying and asked the UN to act. Peru rejected the accusation."
    sts = [s for s in _sts(text) if s.relation == "rejects"]
    assert [(s.source, s.target) for s in sts] == [("PER", "CHL")]


def test_echoed_calls_repeat_the_appeal() -> None:
    text = (
        "France said it supported the sovereignty of Mali and urged Russia to withdraw its troops. "
        "Italy echoed those calls."
    )
    assert ("ITA", "RUS") in _pairs(text)


def test_they_after_where_is_the_subject() -> None:
    text = "Chadian troops were deployed to Sudan's Darfur region, where they fought against Libyan forces."
    assert ("TCD", "LBY") in _pairs(text)

"""The gazetteer covers every UN member and observer, the main blocs, and the forms news uses."""

from __future__ import annotations

import json

import pytest

from mapviewer.extract.gazetteer import RESOURCES, load_gazetteer


def _actor_of(form: str, date: str | None = None) -> str | None:
    hits = list(load_gazetteer(date).find(f"x {form} x"))
    assert len(hits) == 1, (form, hits)
    return hits[0][2].actor


def test_every_un_member_and_observer_is_a_state() -> None:
    members = json.loads((RESOURCES / "un_members.json").read_text(encoding="utf-8"))
    assert len(members["members"]) == 193
    g = load_gazetteer()
    for iso3 in members["members"] + members["observers"]:
        assert g.entries[iso3].kind == "state"
        assert g.actor(iso3).iso3 == iso3


@pytest.mark.parametrize(
    ("form", "actor"),
    [
        ("US", "USA"), ("U.S.", "USA"), ("the United States", "USA"), ("American", "USA"),
        ("Washington", "USA"), ("the White House", "USA"), ("Iranian", "IRN"), ("Tehran", "IRN"),
        ("the Islamic Republic", "IRN"), ("British", "GBR"), ("Moscow", "RUS"),
        ("the Kremlin", "RUS"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Pezizian", "IRN"),
        ("Masoud Pezeshkian", "IRN"), ("EU", "EU"), ("NATO", "NATO"), ("G7", "G7"),
        ("UN", "UN"), ("IAEA", "IAEA"), ("the West", "WEST"), ("Vatican", "VAT"),
        ("Palestinian", "PSE"), ("Ivory Coast", "CIV"), ("Germany", "DEU"),
    ],
)  # fmt: skip
def test_forms(form: str, actor: str) -> None:
    assert _actor_of(form) == actor


def test_case_matters_and_not_actors_are_blocked() -> None:
    g = load_gazetteer()
    assert list(g.find("let us go")) == []
    [(_, _, form)] = list(g.find("the UN Charter"))
    assert form.actor is None


def test_people_follow_their_terms() -> None:
    assert _actor_of("Kishida", "2024-06-17") == "JPN"
    assert list(load_gazetteer("2025-06").find("x Kishida x")) == []
    assert load_gazetteer("2019").entries["trump"].kind == "person"
    assert "biden" not in load_gazetteer("2025-06-01").entries


def test_a_place_named_after_the_west_is_not_the_west() -> None:
    g = load_gazetteer()
    for text in ("settlers in the West Bank", "The West Bank is", "the West African bloc"):
        assert [f.actor for _, _, f in g.find(text)] == [None], text
    assert [f.actor for _, _, f in g.find("the West and Russia")] == ["WEST", "RUS"]


def test_a_form_inside_an_all_capital_dateline_is_not_a_mention() -> None:
    g = load_gazetteer()
    assert [f.actor for _, _, f in g.find("PORT-AU-PRINCE - Taiwan pledged aid")] == ["TWN"]
    assert [f.actor for _, _, f in g.find("US-China talks and EU-US trade")] == ["USA", "CHN", "EU", "USA"]


def test_a_ruling_group_speaks_for_its_state_from_the_day_it_rules() -> None:
    assert _actor_of("the Taliban", "2025-03-01") == "AFG"
    assert _actor_of("Taliban", None) == "AFG"
    assert _actor_of("the Taliban", "2019-05-01") == "TALIBAN"


def test_import_does_not_load_country_data() -> None:
    import subprocess
    import sys

    code = (
        "import sys, mapviewer.extract, mapviewer.commands.extract; "
        "print('countryinfo' in sys.modules, 'PySide6' in sys.modules, 'pysbd' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]


def test_partially_recognised_states_are_known() -> None:
    from mapviewer.extract import extract

    text = "Pristina accused Belgrade of sending the attackers. Taiwan condemned China for the drills."
    found = {(s.source, s.target) for s in extract(text, article_id="x").document.statements}
    assert ("XKX", "SRB") in found
    assert ("TWN", "CHN") in found


def test_associated_states_and_the_pacific_islands_forum_are_known() -> None:
    from mapviewer.extract import extract

    text = "The Cook Islands signed a partnership with China. Niue asked the Pacific Islands Forum for help."
    found = {frozenset([s.source, s.target]) for s in extract(text, article_id="x").document.statements}
    assert frozenset(["COK", "CHN"]) in found
    assert frozenset(["NIU", "PIF"]) in found


@pytest.mark.parametrize(
    ("form", "actor"),
    [
        ("Kyrgyz", "KGZ"), ("Tajik", "TJK"), ("Uzbek", "UZB"), ("Kazakh", "KAZ"), ("Maldivian", "MDV"),
        ("Nepali", "NPL"), ("Ecuadorian", "ECU"), ("Argentine", "ARG"), ("Icelandic", "ISL"),
        ("Slovenian", "SVN"), ("Bosnian", "BIH"), ("Azeri", "AZE"), ("Cape Verdean", "CPV"),
        ("Greenlandic", "GRL"), ("Nuuk", "GRL"), ("Faroese", "FRO"), ("World Bank", "WORLD_BANK"),
        ("Organisation of Islamic Cooperation", "OIC"),
    ],
)  # fmt: skip
def test_forms_news_uses_that_the_libraries_lack(form: str, actor: str) -> None:
    assert _actor_of(form) == actor

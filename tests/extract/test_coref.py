"""Coreference by the common nouns actors answer to: "the court", "the kingdom", "the North"."""

from __future__ import annotations

import pytest

from mapviewer.extract.gazetteer import load_gazetteer
from mapviewer.extract.reading import walk


def _mentions(text: str) -> list[list[tuple[str, str]]]:
    return [
        [(text[m.start : m.end], m.actor) for m in step.mentions] for step in walk(text, load_gazetteer(None))
    ]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "The International Court of Justice heard Gambia. The EU spoke. The court ruled against Myanmar.",
            [("The court", "ICJ"), ("Myanmar", "MMR")],
        ),
        (
            "The IAEA and the EU met. Iran accused the agency of bias.",
            [("Iran", "IRN"), ("the agency", "IAEA")],
        ),
        (
            "Saudi Arabia met Iran and Qatar. The kingdom accused Tehran.",
            [("The kingdom", "SAU"), ("Tehran", "IRN")],
        ),
        (
            "North Korea fired missiles. Seoul offered talks the North has not answered.",
            [("Seoul", "KOR"), ("the North", "PRK")],
        ),
        (
            "The EU and Mercosur signed a deal. It cuts tariffs between the two blocs.",
            [("the two blocs", "EU"), ("the two blocs", "MERCOSUR")],
        ),
        ("UNHCR appealed to the United States.", [("UNHCR", "UN"), ("United States", "USA")]),
    ],
)
def test_a_noun_stands_for_the_last_actor_that_answers_to_it(text: str, last: list[tuple[str, str]]) -> None:
    assert _mentions(text)[-1] == last


def test_a_noun_before_a_name_or_with_no_such_actor_named_is_nothing() -> None:
    assert _mentions("Norway protested. The North Sea is cold.")[-1] == []
    assert _mentions("Iran protested. The court ruled.")[-1] == []
    assert _mentions("The UN met. The Council of Europe spoke.")[-1] == []


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Ukraine accused Russia of striking a hospital. Russia's envoy rejected the account.",
            [("Russia", "RUS"), ("account", "UKR")],
        ),
        (
            "The UN said Myanmar committed genocide. Myanmar has always denied it.",
            [("Myanmar", "MMR"), ("it", "UN")],
        ),
        ("China accused Australia of spying. Canberra hit back.", [("Canberra", "AUS"), ("hit back", "CHN")]),
        (
            "The US proposed buying Greenland. Denmark rejected the idea.",
            [("Denmark", "DNK"), ("idea", "USA")],
        ),
    ],
)
def test_a_denial_answers_the_last_accuser(text: str, last: list[tuple[str, str]]) -> None:
    assert _mentions(text)[-1] == last


def test_a_speaker_who_reports_on_the_two_countries_is_one_of_them() -> None:
    text = (
        "Nigeria and Niger signed a border pact. Kenya sent aid to Libya. "
        "Nigerian Foreign Minister Yusuf Tuggar said the two countries had agreed to joint patrols."
    )
    last = _mentions(text)[-1]
    assert {actor for phrase, actor in last if phrase == "the two countries"} == {"NGA", "NER"}

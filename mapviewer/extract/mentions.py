"""Actor mentions in one sentence, with reporters, bystanders and places dropped, grouped by
coordination.

A gazetteer hit is not yet an actor taking part in a relation. "The British daily The Guardian"
names an outlet, "who left Russia" a person's biography, "in Moscow" a place, "according to
Western officials" a source. Those are dropped here. Mentions joined by "and", commas or a
hyphen ("US-Israel strikes", "Mali, Niger and Burkina Faso") form one group: a group acts
together and never forms a pair with itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapviewer.extract.gazetteer import Gazetteer, How
from mapviewer.extract.sentences import Sentence

_TITLE = (
    r"(?:[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|"
    r"[Ss]ecretary of [Ss]tate|[Ss]ecretary|[Cc]hancellor|[Ll]eader|[Ll]eadership|[Kk]ing|"
    r"[Ee]mir|[Cc]rown [Pp]rince|[Ss]upreme [Ll]eader|[Aa]yatollah|[Dd]irector [Gg]eneral|"
    r"[Ss]ecretary[- ][Gg]eneral|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Aa]mbassador|"
    r"[Gg]overnment|[Pp]arliament|[Oo]fficials?|"
    r"[Ff]oreign [Mm]inistry|[Dd]efen[cs]e [Mm]inistry|[Mm]inistry|[Pp]residency|[Jj]unta|"
    r"[Ss]heikh|[Mm]r|[Mm]s|[Mm]rs)\.?"
)
#: Title words that may stand between a country and a person's name ("US President Donald Trump").
_BETWEEN_SAME = re.compile(rf"^\s*(?:{_TITLE}\s*)*(?:'s\s*)?$")
_TRAILING_TITLE = re.compile(rf"(?:\s+{_TITLE})+")
_AND = re.compile(r"^\s*(?:,?\s*(?:and|or|as well as)\s+|&\s*|[-–/])(?:both\s+|the\s+)?$")
_COMMA = re.compile(r"^\s*,\s*(?:the\s+)?$")
_OUTLET = re.compile(
    r"^\s+(?:daily|newspaper|broadcaster|news agency|agency|outlet|magazine|weekly|television|"
    r"TV|channel|radio|website|media|tabloid|state media|state television|public broadcaster)\b"
    r"|^\s+(?:[A-Z][\w&]*\s+){0,2}(?:News|Times|Post|Herald|Journal|Telegraph|Guardian|Agency)\b"
)
_BIOGRAPHY = re.compile(
    r"\bwho\b[^,.;]*?\b(?:left|fled|lives?|lived|living|moved|emigrated|was born|grew up|"
    r"studied|worked)\b[^,.;]*"
)
_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.I)
_ETHNIC_AFTER = re.compile(
    r"[- ](?:majority|minority|minorities|speaking|speakers|populated|dominated)\b"
    # "Turkish Cypriot leader": the community, not Turkey
    r"|\s+(?:Cypriots?|Serbs?|Croats?|Kurds?|Tatars?|Uyghurs?|Rohingya|Pashtuns?)\b"
)
_COMMUNITY_BEFORE = re.compile(r"\b(?:Turkish|Bosnian|Kosovo|Kurdish)\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$")
#: "leaders in Addis Ababa, Cairo and Port Sudan": people in a seat of power speak for its state.
_PEOPLE_IN_BEFORE = re.compile(
    r"\b(?:leaders|officials|authorities|governments?|counterparts|ministers?|diplomats)\s+in\s+"
    r"(?:(?:[A-Z][\w'’-]*\s*)+,\s*)*(?:(?:[A-Z][\w'’-]*\s*)+\s+and\s+)?$"
)
_ROUTE_BEFORE = re.compile(r"\b(?:through|via|across)\s+(?:the\s+)?$")
_SITE_BEFORE = re.compile(r"\b(?:based|located|headquartered|born|resides|residing) in\s+(?:the\s+)?$")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b[^,.;\"“”]*")
#: "United Nations, 20 February — ": a dateline names the place of writing, not an actor.
_DATELINE = re.compile(r"^[A-Z][^—–.,\n]{0,40},\s+\d{1,2}\s+[A-Z][a-z]+\s*[—–]|^[A-Z][A-Z .,]{2,40}\s+[—–(]")
#: "Rwanda's ambassador to the UN": the mission's host, not a party.
_POST_BEFORE = re.compile(
    r"\b(?:ambassador|envoy|representative|delegate|delegation|mission|permanent representative|"
    r"observer)s?\s+(?:to|at)\s+(?:the\s+)?$"
)
#: "a China-brokered deal": the one hyphenated modifier that leaves the actor a party (the mediator).
MEDIATED = r"(?:brokered|mediated|sponsored|hosted)"
_VENUE_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$")
#: "Thérèse Kayikwamba Wagner": a name right after another capitalised name word is a surname.
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“—–]\s)(?<!^)\b(?-i:[A-Z][a-zà-ÿ]+)\s$")
TITLE_WORDS = frozenset(
    [
        "President",
        "Minister",
        "Secretary",
        "Chancellor",
        "Leader",
        "King",
        "Emir",
        "Prince",
        "Ayatollah",
        "General",
        "Envoy",
        "Ambassador",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Sheikh",
        "Mr",
        "Ms",
        "Mrs",
        "Dr",
        "Gen",
        "Col",
        "Admiral",
        "Pope",
        "Premier",
        "Governor",
        "Senator",
        "Representative",
        "Commissioner",
        "Director",
        "Chief",
        "Foreign",
        "Defence",
        "Defense",
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "With",
        "From",
        "And",
        "But",
        "Or",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "Its",
        "Their",
        "His",
        "Her",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
#: Title words after which the mention is a person speaking for the actor ("Congolese Foreign Minister").
_PERSON_TITLE = re.compile(
    r"(?i:president|minister|secretary|chancellor|leader|king|emir|prince|ayatollah|envoy|"
    r"ambassador|spokes\w+|sheikh)\.?$"
)


_PRONOUNS = frozenset({"it", "they", "He", "She", "he", "she"})


@dataclass
class Mention:
    """An actor named in a sentence. ``group`` numbers coordinated mentions together."""

    start: int
    end: int
    actor: str
    how: How
    person: str | None = None
    group: int = 0
    coref: bool = False
    office: bool = False  # a titled office holder, unnamed in the gazetteer ("Its foreign minister")


def _drop_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans whose mentions are not actors: biography clauses and "according to" sources."""
    spans = [(m.start(), m.end()) for m in _BIOGRAPHY.finditer(text, lo, hi)]
    spans += [(m.start(), m.end()) for m in _ACCORDING.finditer(text, lo, hi)]
    return spans


def _is_bystander(text: str, m: Mention, line_start: int, org: bool = False) -> bool:
    after = text[m.end : m.end + 40]
    before = text[max(line_start, m.start - 20) : m.start]
    if m.how == "demonym" and _OUTLET.match(after):
        return True  # "The British daily The Guardian"
    if re.match(rf"-(?!{MEDIATED}\b)[a-z]", after):
        return True  # "Pakistan-administered Kashmir"; not the mediator of "a China-brokered deal"
    if m.how == "demonym" and (_ETHNIC_BEFORE.search(before) or _ETHNIC_AFTER.match(after)):
        return True  # "ethnic Albanian mayors", "Serb-majority towns": a people, not a state
    if m.how == "demonym" and _COMMUNITY_BEFORE.search(before):
        return True  # "Turkish Cypriot leaders", "Bosnian Serb": a community, not the state
    if _SITE_BEFORE.search(before):
        return True  # "a researcher based in Singapore"
    if _ROUTE_BEFORE.search(before):
        return True  # "send aid to Gaza through Egypt": a route, not a party
    if org and _VENUE_BEFORE.search(before):
        return True  # "traded accusations at the UN Security Council": a venue
    if _POST_BEFORE.search(before):
        return True  # "Rwanda's ambassador to the UN"
    name_word = _NAME_WORD_BEFORE.search(text, max(line_start, m.start - 25), m.start)
    if m.how in ("name", "demonym") and name_word and name_word.group().strip() not in TITLE_WORDS:
        return True  # "Thérèse Kayikwamba Wagner": the last word of a person's name
    if _PEOPLE_IN_BEFORE.search(before):
        return False  # "officials in Washington": the government there, not a place
    return m.how == "metonym" and bool(_PLACE_BEFORE.search(before))  # "talks in Cairo"


def find_mentions(text: str, sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """Actor mentions in ``sentence`` that can take part in a relation, grouped by coordination."""
    raw = [
        Mention(s, e, f.actor, f.how, f.person)
        for s, e, f in gazetteer.find(text, sentence.start, sentence.end)
        if f.actor is not None
    ]
    drops = _drop_spans(text, sentence.start, sentence.end)
    dateline = _DATELINE.match(sentence.text)
    if dateline:
        drops.append((sentence.start, sentence.start + dateline.end()))
    kept = [
        m
        for m in raw
        if not any(a <= m.start < b for a, b in drops)
        and not _is_bystander(text, m, sentence.start, gazetteer.entries[m.actor].kind != "state")
    ]
    merged: list[Mention] = []
    for m in kept:
        prev = merged[-1] if merged else None
        if prev is not None and prev.actor == m.actor and _BETWEEN_SAME.match(text[prev.end : m.start]):
            prev.end = m.end  # "US President Donald Trump" is one mention
            prev.person = prev.person or m.person
            continue
        merged.append(m)
    for m in merged:  # "the Iranian president": the title belongs to the mention
        t = _TRAILING_TITLE.match(text, m.end, sentence.end)
        if t:
            m.end = t.end()
            m.office = m.person is None and _PERSON_TITLE.search(t.group()) is not None
    return group_mentions(text, merged)


def group_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Number coordinated mentions with the same ``group``; others get their own.

    "A and B", "A-B" and "A, B and C" are coordinated; "A, B" alone is not (an apposition or a
    new clause), so a comma joins only when an "and" follows in the same run.
    """
    links: list[str] = []  # between mention i-1 and i: "and", "comma", "same" or ""
    for i in range(1, len(mentions)):
        prev, m = mentions[i - 1], mentions[i]
        gap = text[prev.end : m.start]
        if m.start < prev.end:
            links.append("same")
        elif text[m.start : m.end] in _PRONOUNS:
            links.append("")  # "..., and it delivered": a new clause, not a list
        elif _AND.match(gap):
            links.append("and")
        elif _COMMA.match(gap):
            links.append("comma")
        else:
            links.append("")
    for i in range(len(links) - 1, -1, -1):  # a comma joins only if an "and" closes the list
        if links[i] == "comma" and not (i + 1 < len(links) and links[i + 1] in ("and", "list")):
            links[i] = ""
        elif links[i] == "comma":
            links[i] = "list"
    group = 0
    for i, m in enumerate(mentions):
        if i and not links[i - 1]:
            group += 1
        m.group = group
    return mentions


def groups(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions split into their coordination groups, in order."""
    out: list[list[Mention]] = []
    for m in mentions:
        if out and out[-1][0].group == m.group:
            out[-1].append(m)
        else:
            out.append([m])
    return out

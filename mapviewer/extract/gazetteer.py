"""The gazetteer: every name, demonym, seat of power and office holder that points at an actor.

Built at first use (never at import, so the app starts fast) from well-kept data plus a curated
overlay in ``resources/gazetteer/``:

* pycountry: ISO 3166 codes and official names;
* countryinfo: alternative spellings, demonym and capital per country;
* ``un_members.json``: which states count (the 193 UN members and the 2 observer states);
* ``states.json``: labels, the short forms news uses, seats of power ("the Kremlin");
* ``organizations.json``: blocs, organisations and groups, and phrases that are not actors;
* ``people.json``: office holders with terms, so "Putin" means Russia.

Forms are matched case-sensitively (so "US" is not "us") by one trie-shaped regular expression.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from mapviewer.model.types import Actor, ActorKind

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "gazetteer"

_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
#: Inside an all-capital hyphenated word: capitals and a hyphen before, a hyphen and capitals after.
_CAPS_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,}-$")
_CAPS_AFTER = re.compile(r"-[A-Z]{2,}(?![\w-])")

How = Literal["name", "demonym", "metonym", "person", "none"]


@dataclass(frozen=True)
class Entry:
    """An actor the gazetteer knows: a state, an organisation, a group or a person."""

    id: str
    label: str
    kind: ActorKind
    iso3: str | None = None
    affiliation: str | None = None
    role: str | None = None
    #: common nouns the text uses for it once named ("the court", "the watchdog", "the kingdom")
    nouns: tuple[str, ...] = ()

    def to_actor(self, aliases: list[str] | None = None) -> Actor:
        """The map-format actor for this entry."""
        return Actor(
            id=self.id,
            label=self.label,
            kind=self.kind,
            iso3=self.iso3,
            aliases=aliases or [],
            affiliation=self.affiliation,
            role=self.role,
        )


@dataclass(frozen=True)
class Form:
    """What one surface form means: the actor it stands for and, for a person, who."""

    actor: str | None  # None: a phrase that is not an actor ("UN Charter", "Middle East")
    how: How
    person: str | None = None


@dataclass
class Gazetteer:
    """Entries by id, surface forms, and the compiled matcher."""

    entries: dict[str, Entry]
    forms: dict[str, Form]
    pattern: re.Pattern[str] = field(init=False)
    #: noun -> the actors it may stand for ("court" -> ICJ, ICC), from the entries' ``nouns``
    by_noun: dict[str, set[str]] = field(init=False)
    noun_pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        self.pattern = re.compile(r"(?<![\w'’])(?:" + _trie_regex(list(self.forms)) + r")(?!\w)")
        self.by_noun = {}
        for e in self.entries.values():
            for noun in e.nouns:
                self.by_noun.setdefault(noun, set()).add(e.id)
        nouns = "|".join(map(re.escape, sorted(self.by_noun, key=len, reverse=True)))
        # "the court ruled", "the kingdom's envoy"; not "the Council of Europe", "the North Sea"
        self.noun_pattern = re.compile(
            rf"\b[Tt]he (?P<noun>{nouns or '(?!)'})\b(?!\s+(?:of|on|for)\s+(?:the\s+)?[A-Z])(?!\s+[A-Z])"
        )

    def find(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[int, int, Form]]:
        """Every longest form in ``text[lo:hi]``, left to right, with its meaning."""
        for m in self.pattern.finditer(text, lo, len(text) if hi is None else hi):
            form = self.forms[m.group()]
            if form.how == "person" and " " not in m.group() and _NAME_GOES_ON.match(text, m.end()):
                continue  # "Kim Min-seok" is not Kim Jong Un: a surname alone must end the name
            if _CAPS_AFTER.match(text, m.end()) and _CAPS_BEFORE.search(
                text, max(0, m.start() - 60), m.start()
            ):
                continue  # the "AU" in a dateline's "PORT-AU-PRINCE"
            yield m.start(), m.end(), form

    def actor(self, actor_id: str) -> Actor:
        """The map-format actor for an id (KeyError if unknown)."""
        return self.entries[actor_id].to_actor()


def _trie_regex(words: list[str]) -> str:
    """One regular expression matching the longest of ``words``, shaped as a trie for speed."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _load(name: str) -> Any:
    return json.loads((RESOURCES / name).read_text(encoding="utf-8"))


def _variants(form: str) -> list[str]:
    """A form and its sentence-initial spelling ("the Kremlin" -> "The Kremlin")."""
    if form.startswith("the "):
        return [form, "The " + form[4:]]
    return [form]


def _plural(demonym: str) -> list[str]:
    if demonym.endswith(("s", "sh", "ch", "ese", "z", "x")):
        return [demonym]
    return [demonym, demonym + "s"]


def _in_office(terms: list[dict[str, Any]], date: str | None) -> dict[str, Any] | None:
    """The term covering ``date`` (ISO, any precision), or the latest term when no date is known."""
    if date is None:
        return max(terms, key=lambda t: t["from"] or "")
    for t in terms:
        start, end = t["from"] or "0000", t["to"] or "9999"
        if start[: len(date)] <= date <= end[: len(date)]:
            return t
    return None


def _state_forms(
    iso3: str, info: dict[str, Any], overlay: dict[str, Any], drop: set[str]
) -> list[tuple[str, How]]:
    import pycountry

    forms: list[tuple[str, How]] = [(n, "name") for n in overlay.get("names", [])]
    forms += [(d, "demonym") for d in overlay.get("demonyms", [])]
    forms += [(m, "metonym") for m in overlay.get("metonyms", [])]
    country = pycountry.countries.get(alpha_3=iso3)
    names = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
    names += [info.get("name"), *list(info.get("altSpellings", []))]
    for n in names:
        if n and "," not in n and "(" not in n and not (n.isupper() and len(n) <= 3):
            forms.append((n, "name"))
    if info.get("demonym") and info["demonym"] not in drop:
        forms += [(d, "demonym") for d in _plural(info["demonym"])]
    if info.get("capital") and info["capital"] not in drop:
        forms.append((info["capital"], "metonym"))
    return forms


@lru_cache(maxsize=8)
def load_gazetteer(date: str | None = None) -> Gazetteer:
    """The gazetteer for articles of ``date`` (office holders in office then; all if None).

    Cached per date. Loading reads countryinfo's data, so it is done only when extraction runs.
    """
    from countryinfo import CountryInfo

    by_iso: dict[str, dict[str, Any]] = {
        c["ISO"]["alpha3"]: dict(c) for c in CountryInfo.all().values() if c.get("ISO")
    }
    members = _load("un_members.json")
    curated = _load("states.json")
    orgs = _load("organizations.json")
    people = _load("people.json")
    drop = set(curated["drop"])

    entries: dict[str, Entry] = {}
    generated: dict[str, set[str]] = {}  # form -> actors, from pycountry/countryinfo
    chosen: dict[str, Form] = {}  # curated forms win over generated ones
    curated_keys: set[str] = set()
    others = [
        *members.get("partially_recognised", []),
        *members.get("associated_states", []),
        *members.get("self_governing_territories", []),
    ]
    for iso3 in members["members"] + members["observers"] + others:
        info: dict[str, Any] = by_iso.get(iso3, {})
        overlay = curated["states"].get(iso3, {})
        label = overlay.get("label") or info.get("name") or iso3
        entries[iso3] = Entry(iso3, label, "state", iso3=iso3, nouns=tuple(overlay.get("nouns", [])))
        curated_forms = set(overlay.get("names", []) + overlay.get("demonyms", []))
        curated_forms |= set(overlay.get("metonyms", []))
        for form, how in _state_forms(iso3, info, overlay, drop):
            for v in _variants(form):
                if form in curated_forms:
                    chosen[v] = Form(iso3, how)
                    curated_keys.add(v)
                else:
                    generated.setdefault(v, set()).add(iso3)
                    if v not in curated_keys:
                        chosen[v] = Form(iso3, how)
    for v, owners in generated.items():
        if len(owners) > 1 and v not in curated_keys:
            chosen.pop(v, None)  # ambiguous ("Korean", "Congo") and no curated owner
    for org in orgs["organizations"]:
        entries[org["id"]] = Entry(org["id"], org["label"], org["kind"], nouns=tuple(org.get("nouns", [])))
        # a group that governs a state ("the Taliban" since August 2021) speaks for that state
        governs = org.get("governs")
        ruling = governs is not None and (date is None or governs["from"][: len(date)] <= date)
        for n in org["names"]:
            for v in _variants(n):
                chosen[v] = Form(governs["actor"], "metonym") if ruling else Form(org["id"], "name")
        for d in org.get("demonyms", []):
            chosen[d] = Form(org["id"], "demonym")
    for p in people["people"]:
        term = _in_office(p["terms"], date)
        if term is None:
            continue
        entries[p["id"]] = Entry(
            p["id"], p["label"], "person", affiliation=p["affiliation"], role=term["role"]
        )
        for n in p["names"]:
            chosen[n] = Form(p["affiliation"], "person", p["id"])
    for phrase in orgs["not_actors"]:
        # "the West Bank" must outrun "the West", which would match from "the" on
        articled = [phrase, f"the {phrase}"] if phrase[:1].isupper() else [phrase]
        for v in [v for a in articled for v in _variants(a)]:
            chosen[v] = Form(None, "none")
    return Gazetteer(entries, chosen)

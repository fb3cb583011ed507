"""Office holders the gazetteer does not know, learnt from the article itself.

News introduces a person once with their state and title ("Kosovo's Prime Minister Albin Kurti",
"Serbian President Aleksandar Vucic", "Thai Foreign Minister Maris Sangiampongsa") and then uses
the surname alone ("Kurti told reporters"). The gazetteer cannot list every minister of every
state, so the first form teaches the rest of the article that the name (and its last word) stands
for that state. Only a state or organisation mention followed by a title and a capitalised name
teaches anything: a researcher or a reporter ("Chen Yi-ling, a researcher at ...") never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mapviewer.extract.gazetteer import Gazetteer
from mapviewer.extract.mentions import TITLE_WORDS, Mention, group_mentions
from mapviewer.extract.sentences import Sentence

_TITLES = (
    r"(?:[Pp]resident|[Pp]rime [Mm]inister|[Dd]eputy [Pp]rime [Mm]inister|(?:[Dd]eputy |[Vv]ice )?"
    r"[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|[Ii]nterior [Mm]inister|[Ff]inance [Mm]inister|"
    r"[Tt]rade [Mm]inister|[Ee]nergy [Mm]inister|[Aa]griculture [Mm]inister|[Ee]conomy [Mm]inister|"
    r"[Mm]inister|[Ss]ecretary of [Ss]tate|(?:[Ff]oreign |[Dd]efen[cs]e )?[Ss]ecretary|[Cc]hancellor|"
    r"[Vv]ice[- ][Pp]resident|[Kk]ing|[Ee]mir|[Cc]rown [Pp]rince|[Ss]pokes(?:man|woman|person)|"
    r"[Ee]nvoy|[Aa]mbassador|[Cc]ommissioner|[Hh]igh [Rr]epresentative|[Gg]eneral|[Aa]dmiral|"
    r"[Ss]ecretary[- ][Gg]eneral|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Cc]hief)"
)
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)*)"
_PARTICLE = r"(?:(?:al|el|bin|ibn|de|da|van|von|der|le)[- ])"
#: After a state mention: ["'s"] [ministry words] title name ("Kosovo's Prime Minister Albin Kurti").
_INTRODUCED = re.compile(
    rf"(?:['’]s)?(?P<titles>(?:\s+(?:[\w-]+\s+){{0,3}}?{_TITLES})*)\.?,?\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{1,3}})"
)
_ENDS_WITH_TITLE = re.compile(rf"{_TITLES}\.?$")
#: "Russia's Vassily Nebenzia rejected ...": a possessive state, a full name and then a verb or a
#: comma, the way debates and live blogs introduce delegates without a title.
_POSSESSIVE_NAME = re.compile(
    rf"['’]s\s+{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{1,3}}"
    r"(?=,|\s+(?:[a-z]+ed|said|says|told|tells|spoke|wrote|met|gave|sent|held|struck|called|urged|"
    r"warned|accused|rejected|insisted|argued|added|replied|answered|asked|noted)\b)"
)
#: Words that may follow a title without being a name ("Minister on", "President Trump Said"): the
#: title, article, preposition and date words of ``mentions`` and a few more.
_NOT_NAMES = TITLE_WORDS | frozenset(["This", "That", "And", "But", "Said", "Says"])


@dataclass
class LocalPeople:
    """Names learnt from the article, each standing for the actor it was introduced with."""

    names: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def learn(self, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> None:
        """Learn "<state> <title> <Name Surname>" after each state or organisation mention."""
        for m in mentions:
            if m.coref or m.person is not None or gazetteer.entries[m.actor].kind == "person":
                continue
            found = _INTRODUCED.match(text, m.end)
            if found is None:
                continue
            titled = found.group("titles") or _ENDS_WITH_TITLE.search(text, m.start, m.end)
            if not (titled or _POSSESSIVE_NAME.match(text, m.end)):
                continue
            name = found.group("name")
            words = name.split()
            if words[0] in _NOT_NAMES or any(f.actor for _, _, f in gazetteer.find(name)):
                continue
            for form in (name, words[-1]):
                if form not in self.names and form not in _NOT_NAMES:
                    self.names[form] = m.actor
                    self._pattern = None

    def find(self, text: str, s: Sentence, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` plus a mention for each learnt name in the sentence, regrouped.

        A name right after the mention that introduced it ("Serbian President Aleksandar Vucic")
        is folded into that mention instead."""
        if not self.names:
            return mentions
        if self._pattern is None:
            ordered = sorted(self.names, key=len, reverse=True)
            self._pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b(?!['’]?[A-Za-z])")
        added = False
        out = list(mentions)
        for hit in self._pattern.finditer(text, s.start, s.end):
            actor = self.names[hit.group()]
            if any(m.start < hit.end() and hit.start() < m.end for m in out):
                continue
            before = next((m for m in reversed(out) if m.end <= hit.start()), None)
            intro = _INTRODUCED.match(text, before.end) if before is not None else None
            if (
                before is not None
                and before.actor == actor
                and intro is not None
                and intro.end() >= hit.end()
            ):
                before.end = hit.end()
                before.office = True
                continue
            out.append(Mention(hit.start(), hit.end(), actor, "person", office=True))
            added = True
        if not added:
            return out
        return group_mentions(text, sorted(out, key=lambda m: m.start))

    def actor_of(self, name: str) -> str | None:
        """The actor a learnt name in a speaker's description stands for ("Kurti", "Mr Kurti")."""
        for form, actor in self.names.items():
            if re.search(rf"\b{re.escape(form)}\b", name):
                return actor
        return None

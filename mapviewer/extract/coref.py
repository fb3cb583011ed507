"""Light coreference: "the two countries", "the bloc", "its strategic partner", "He", "rejected
the accusation", "said that it would".

News writing names an actor once and then refers back to it. We resolve only a few expressions,
each to the most recent actors named before it, and mark the resulting mentions ``coref`` so the
statements built on them get a lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mapviewer.extract.gazetteer import Gazetteer
from mapviewer.extract.mentions import Mention, group_mentions
from mapviewer.extract.sentences import Sentence

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
_MANY = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]ll|[Aa]ll the) (two|three|four|five) "
    r"(?:[A-Z][a-z]+ |former |old |nuclear(?:-armed)? )?"
    r"(?:countries|nations|states|sides|leaders|governments|neighbours|neighbors|presidents|capitals|powers|"
    r"parties|delegations|allies|rivals|adversaries|blocs|organi[sz]ations)|"
    r"[Bb]oth (?:countries|nations|sides|leaders|governments|states|capitals|parties|neighbours|"
    r"neighbors))\b"
)
_ORG = re.compile(
    r"\b[Tt]he (?:bloc|alliance|organi[sz]ation|agency|union|[Cc]ommission)\b(?!\s+(?:of|on|for)\b)"
)
_PARTNER = re.compile(
    r"\b(?:its|their) (?:strategic |close |closest |main |key |long-time |traditional |regional |"
    r"larger |smaller |southern |northern |eastern |western )?"
    r"(?:ally|allies|partner|partners|patron|neighbou?r)\b(?!\s*,?\s*[A-Z])"
)
#: "It signed a pact with ...": a sentence-initial pronoun that acts (not "It is", "It has been").
_IT_ACTS = re.compile(
    r"^(?:It|They)\s+(?:(?:\w+ly|also|then|later|again|now)\s+)?(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?!been\b))?"
    r"(?=(?!(?:seemed|appeared|remained|needed|mattered)\b)\w+ed\b|(?:signed|sent|met|took|gave|"
    r"made|held|struck|sought|brought|built|withdrew|threw|told|won|lost|left|began|cut|"
    r"froze|broke|shot|hit|kept|paid|sold|bought|fought|led|drew|spent|warned|pledged)\b)(?!\w+ed\s+to\b)"
)
_HE = re.compile(r"^(?:He|She)\b")
_BROKERED = re.compile(r"\b(?:broker|mediat|facilitat|host)\w*\b[^,;]{0,30}\bbetween\s+$")
#: "Its foreign minister accused ...": the office of the last sentence's subject.
_ITS_OFFICE = re.compile(
    r"^(?:Its|Their) (?:[\w-]+ ){0,2}?(?:minister|ministry|embassy|ambassador|envoy|president|leader|"
    r"government|army|military|forces|navy|spokes(?:man|woman|person)|officials?|representative|"
    r"delegation|cabinet|parliament|prime minister|foreign ministry|state media)\b"
)
#: "the army" after "Sudan's army": an institution named with its state earlier in the text.
_INSTITUTIONS = r"army|military|armed forces|junta|regime|navy|coast guard|air force"
_INSTITUTION_OF = re.compile(rf"(?:['’]s)?(?:\s+[\w-]+)?\s+(?P<inst>{_INSTITUTIONS})\b")
_THE_INSTITUTION = re.compile(rf"\b[Tt]he (?P<inst>{_INSTITUTIONS})\b(?!['’]s\s+\w+\s+of)")
_IT = re.compile(
    r",\s+and\s+(?:it|they)\b|\b(?:that|as|because|after|while|when|if|where|until)\s+(?:it|they)\b(?=\s+"
    r"(?:would|will|had|has|have|was|were|is|are|could|can|should|must|might|may|did|does|do|\w+ed|"
    r"fought|sent|met|took|gave|made|held|won|lost|left|struck|began|sought|brought|built|"
    r"shot|hit|went|came|kept|ran|fled|told|saw|found|spent|paid|sold|bought)\b)"
)
#: A reply to what the last other actor said: "Beijing rejected the accusation".
_REPLY = re.compile(
    r"\b(?:reject|den(?:y|ie)|dismiss|refut|brush|respond|react|hit back|retort)\w*\s+(?:to\s+)?"
    r"(?:(?:the|these|those|such|all|any|its|their|this|that)\s+)?(?:\w+\s+)?"
    r"(?P<np>accusations?|allegations?|charges?|claims?|criticism|protests?|demands?|ultimatum|account|"
    r"reports?|findings|assertions?|remarks|comments|version|suggestions?|proposals?|offer|request|idea|"
    r"(?:it|this|that|them)(?=\s*[.,;]))\b"
    r"|\b(?P<back>(?:hit|hits|struck|fired|fires|shot) back)\b(?=\s*[.,;])"
)
_PROPOSAL = re.compile(r"suggestions?|proposals?|offer|request|idea")
#: "... said (on Monday) (that) the two countries": the speaker's state is one of them.
_REPORTED = re.compile(
    r"\b(?:said|says|told\s+\w+|added|announced|confirmed|insisted|stressed)(?:\s+(?!the\b)\w+){0,3}?"
    r"\s+(?:that\s+)?$"
)
_STATES = ("countries", "nations", "states", "governments", "neighbours", "neighbors", "powers")


@dataclass
class Context:
    """What earlier sentences named: actors (most recent last) and the last person."""

    recent: list[str] = field(default_factory=list)
    last_person: str | None = None
    last_person_actor: str | None = None
    last_subject: str | None = None
    #: how often each actor has been named so far in the text
    counts: dict[str, int] = field(default_factory=dict)
    #: (source, target) of earlier relations, most recent last: "its ally", "rejected the charge".
    relations: list[tuple[str, str]] = field(default_factory=list)
    #: institution word -> the actor it was last named with ("Sudan's army").
    institutions: dict[str, str] = field(default_factory=dict)

    def partner_of(self, actor: str) -> str | None:
        """The actor most recently related to ``actor``, if any."""
        for a, b in reversed(self.relations):
            if actor in (a, b) and a != b:
                return b if a == actor else a
        return None

    def accuser_of(self, actor: str) -> str | None:
        """The source of the most recent relation aimed at ``actor``."""
        for a, b in reversed(self.relations):
            if b == actor and a != actor:
                return a
        return None

    def proposer_besides(self, actor: str) -> str | None:
        """The source of the most recent relation whose source is not ``actor``."""
        for a, b in reversed(self.relations):
            if a != actor and a != b:
                return a
        return None

    def note_relations(self, pairs: list[tuple[str, str]]) -> None:
        """Remember the relations a sentence stated."""
        self.relations += pairs
        del self.relations[:-30]

    def salient(
        self,
        n: int,
        *,
        exclude: set[str] | frozenset[str] = frozenset(),
        only: set[str] | None = None,
    ) -> list[str]:
        """What "the two countries" or "both sides" refers back to when the sentence itself does not
        name them: the ``n`` actors named most often in the text so far (each of the last 30
        mentions counts once more, plus up to once again the later it is), in order of mention."""
        score: dict[str, float] = {}
        first: dict[str, int] = {}
        k = len(self.recent)
        for i, a in enumerate(self.recent):
            if a in exclude or (only is not None and a not in only):
                continue
            score[a] = score.get(a, float(self.counts.get(a, 0))) + 1.0 + i / k
            first.setdefault(a, i)
        best = sorted(score, key=lambda a: (-score[a], -first[a]))[:n]
        return sorted(best, key=lambda a: first[a])

    def last(
        self,
        n: int,
        *,
        exclude: set[str] | frozenset[str] = frozenset(),
        only: set[str] | None = None,
    ) -> list[str]:
        """The ``n`` most recently named distinct actors (of ``only``, if given), oldest first."""
        out: list[str] = []
        for a in reversed(self.recent):
            if a not in out and a not in exclude and (only is None or a in only):
                out.append(a)
                if len(out) == n:
                    break
        return list(reversed(out))

    def update(self, mentions: list[Mention]) -> None:
        """Remember what a sentence named."""
        for m in mentions:
            self.recent.append(m.actor)
            if not m.coref:
                self.counts[m.actor] = self.counts.get(m.actor, 0) + 1
            if m.person is not None or m.office:
                self.last_person, self.last_person_actor = m.person, m.actor
        if mentions:
            self.last_subject = mentions[0].actor
        del self.recent[:-30]


def resolve(
    text: str,
    sentence: Sentence,
    mentions: list[Mention],
    context: Context,
    gazetteer: Gazetteer,
) -> list[Mention]:
    """``mentions`` plus one mention per resolved referring expression, regrouped."""
    extra: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]

    def upto(pos: int) -> Context:
        """The context at ``pos``: earlier sentences and this one up to there."""
        here = Context(list(context.recent), context.last_person, context.last_person_actor)
        here.counts = context.counts
        here.relations = context.relations
        here.update([m for m in mentions if m.end <= pos])
        return here

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for m in _MANY.finditer(text, sentence.start, sentence.end):
        n = _NUMBERS.get(m.group(1) or "two", 2)
        states = {a for a, e in gazetteer.entries.items() if e.kind == "state"}
        only = states if re.search(r"(?:" + "|".join(_STATES) + r"|capitals)$", m.group()) else None
        if re.search(r"(?:blocs|organi[sz]ations)$", m.group()):
            only = {a for a, e in gazetteer.entries.items() if e.kind == "organization"}
        # "X and Y brokered talks between the two sides": the sides are not the brokers
        between = _BROKERED.search(text, sentence.start, m.start()) is not None
        named = {x.actor for x in mentions if x.end <= m.start() and (only is None or x.actor in only)}
        # "X urged both sides": X is not a side; "the deal was reached between the two countries": it may be
        others = set() if re.search(r"\bbetween\s+$", text[sentence.start : m.start()]) else named
        reported = _REPORTED.search(text, sentence.start, m.start()) is not None
        if between:
            actors = context.last(n, exclude=named, only=only)
        elif len(named) >= n or not others:  # "X met Y; the two leaders ...": the last ones named
            actors = upto(m.start()).last(n, only=only)
        elif reported and len(named) < n:  # "Nigeria's minister said the two countries ...": one side
            partners = [p for a in named if (p := context.partner_of(a)) is not None and p not in named]
            rest = partners[: n - len(named)] or context.salient(n - len(named), exclude=named, only=only)
            actors = [*sorted(named), *rest]
        else:  # "Z urged both sides to ...": the pair the text has been about, Z excepted
            actors = context.salient(n, exclude=others, only=only)
        if len(actors) == n and free(m.start(), m.end()):
            extra += [Mention(m.start(), m.end(), a, "name", coref=True) for a in actors]
    for m in gazetteer.noun_pattern.finditer(text, sentence.start, sentence.end):
        # "the court" after "the International Court of Justice": the last actor that answers to it
        answers = gazetteer.by_noun[m.group("noun")]
        found = [a for a in reversed(upto(m.start()).recent) if a in answers]
        if not found:  # named long ago: only if the text has named just one actor that answers to it
            earlier = [a for a in context.counts if a in answers]
            found = earlier if len(earlier) == 1 else []
        if found and free(m.start(), m.end()):
            extra.append(Mention(m.start(), m.end(), found[0], "name", coref=True))
            taken.append((m.start(), m.end()))
    for m in _ORG.finditer(text, sentence.start, sentence.end):
        recent = upto(m.start()).recent
        orgs = [a for a in reversed(recent) if gazetteer.entries[a].kind == "organization"]
        if orgs and free(m.start(), m.end()):
            extra.append(Mention(m.start(), m.end(), orgs[0], "name", coref=True))
    subject = mentions[0].actor if mentions else None
    for m in _PARTNER.finditer(text, sentence.start, sentence.end):
        exclude = {subject} if subject else set()
        partner = context.partner_of(subject) if subject else None
        found = [partner] if partner else upto(m.start()).last(1, exclude=exclude)
        if found and free(m.start(), m.end()):
            extra.append(Mention(m.start(), m.end(), found[0], "name", coref=True))
    for m in _REPLY.finditer(text, sentence.start, sentence.end):
        part = "np" if m.group("np") else "back"  # "Canberra hit back." stands for the reply's target
        np_start, np_end = m.start(part), m.end(part)
        named_after = any(x.start >= np_end and x.start - np_end < 12 for x in mentions)
        accuser = context.accuser_of(subject) if subject else None
        if accuser is None and subject is not None and _PROPOSAL.fullmatch(m.group(part)):
            accuser = context.proposer_besides(subject)  # "rejected the idea": whoever proposed last
        if accuser is None and context.last_person_actor not in (None, subject):
            accuser = context.last_person_actor  # "rejected the account": the last one who spoke
        found = [accuser] if accuser else upto(m.start()).last(1, exclude={subject} if subject else set())
        if found and subject is not None and not named_after and free(np_start, np_end):
            extra.append(Mention(np_start, np_end, found[0], "name", coref=True))
    for m in _IT.finditer(text, sentence.start, sentence.end):
        it = m.end() - (4 if m.group().endswith("they") else 2)
        if subject is not None and free(it, m.end()):
            extra.append(Mention(it, m.end(), subject, "name", coref=True))
    its = _ITS_OFFICE.match(sentence.text)
    if its and context.last_subject is not None and free(sentence.start, sentence.start + its.end()):
        extra.append(
            Mention(sentence.start, sentence.start + its.end(), context.last_subject, "name", coref=True)
        )
    for m in _THE_INSTITUTION.finditer(text, sentence.start, sentence.end):
        owner = context.institutions.get(m.group("inst"))
        if owner is not None and free(m.start(), m.end()):
            extra.append(Mention(m.start(), m.end(), owner, "name", coref=True))
    for x in mentions:
        inst = _INSTITUTION_OF.match(text, x.end, sentence.end)
        if inst and not x.coref:
            context.institutions[inst.group("inst")] = x.actor
    it_acts = _IT_ACTS.match(sentence.text)
    if it_acts and context.last_subject is not None and free(sentence.start, sentence.start + 4):
        word = sentence.text.split(None, 1)[0]
        extra.append(
            Mention(sentence.start, sentence.start + len(word), context.last_subject, "name", coref=True)
        )
    he = _HE.match(sentence.text)
    if he and context.last_person_actor is not None:
        extra.append(
            Mention(
                sentence.start,
                sentence.start + he.end(),
                context.last_person_actor,
                "person",
                context.last_person,
                coref=True,
            )
        )
    if not extra:
        return mentions
    return group_mentions(text, sorted(mentions + extra, key=lambda x: (x.start, x.end)))

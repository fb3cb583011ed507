"""Pairs per sentence: which actor does what to whom, from mentions and relation cues.

For each cue we look left for the source and right for the target, within the sentence, with a
few rules that matter in news prose:

* coordinated actors ("Mali, Niger and Burkina Faso") act together and never pair with each
  other; a symmetric cue after a group ("India and Pakistan agreed") is one mutual statement;
* "between X and Y" after a symmetric cue is mutual; after a mediation cue it is three actors;
* passive voice ("was attacked by X") and "... by X" after the target reverse the direction;
  after a verbal cue ("condemned the violation of Polish airspace by Russian drones") the agent
  is the target;
* a verb coordinated with an earlier one ("condemned China and reaffirmed ...") shares its
  subject, so its source is the clause subject, not the nearest actor;
* a noun "target" ("no targets on Polish territory") is not a cue;
* a parenthetical (", which backs Hamas,") is skipped when looking for the subject;
* a target is never looked for across a comma, and noun cues ("strikes on") need it at once;
* a target list runs on over "and" ("sanctions on Russian firms and two North Korean officials");
* a cue that swallowed an actor ("restricts Chinese investment") takes it as the target when
  none follows;
* a directed cue before "between X and Y" ("condemned the transfers between X and Y") has both
  as targets; the noun after it may pair X and Y;
* a role noun after a possessive ("Egypt is Sudan's closest ally", "China, North Korea's main
  trading partner,") has the possessor as target and the actor before it as source;
* an act in an appeal's infinitive ("urged the council to impose sanctions on Rwanda", "urged
  Washington not to ease sanctions on Iran") is a demand of the appealer; a symmetric one ("urged
  the two countries to return to the negotiating table") is not stated at all;
* a target is never looked for beyond "... and said" (a new clause);
* a symmetric noun that is proposed or brokered ("proposed a truce") does not join its subjects;
* role nouns ("ally", "partner") come after every other cue, so a verb wins for their pair;
* a deal or talks "mediated by Z", "brokered by Z", "under Z's auspices", "after mediation by Z" or
  "Z-brokered" make Z the mediator between the coordinated parties (three actors), never a party;
* a cooperative appeal to a referring phrase for several actors ("urged both sides to ...")
  is one statement about all of them (``also``), like a proposal "to X and Y".

One statement per actor set per sentence: the first cue that joins them wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mapviewer.extract.cues import Cue, cue_of, matches_in
from mapviewer.extract.mentions import MEDIATED, Mention, groups
from mapviewer.extract.sentences import Sentence

_PAREN = re.compile(
    r",\s*(?:which|who|whose|where|while)\b[^,;]*,|,\s*(?:[A-Z][\w]*['’]s|its|their)\s[^,;]{0,40},"
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$")
_BY = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?by\s+(?:the\s+)?$")
_COORD_VERB = re.compile(
    r"(?:^|[^,;])\s+and\s+(?:also\s+|then\s+|later\s+|\w+ly\s+)?"
    r"(?:(?:has|have|had|will|would)\s+(?:also\s+|since\s+|\w+ly\s+)?)?$"
)
#: ", defying the Commission": a participle after a comma acts for the clause's subject
_PARTICIPLE = re.compile(r",\s+(?:\w+ly\s+)?$")
#: "... and said Y": a new clause with its own speech verb; a target never lies beyond it.
_NEW_CLAUSE = re.compile(r"\b(?:and|but)\s+(?:\w+\s+)?(?:said|says|added|told|insisted|argued)\b")
#: "urged X not to ease sanctions on Y": the appeal is against the act.
_NOT_TO = re.compile(r"\bnot\s+to\s+(?:[\w-]+\s+){0,2}$")
_NOUN_BEFORE = re.compile(
    r"\b(?:no|the|a|an|any|military|civilian|legitimate|key|new|possible|its|their)\s+$", re.I
)
_OF = re.compile(r"\bof\b")
#: A group right after a preposition is an object ("a proposal to Israel and Hamas"), not a subject.
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|between|on|against|of|from|for|by|at|into|over)\s+(?:the\s+|both\s+)?$"
)
#: "reaffirmed that ...": a cue in a complement clause takes no source from the main clause.
_THAT = re.compile(r"(?<=[a-z]) that\s")
_POSSESSIVE_TARGET = re.compile(r"\s+(?:its|their)\b")
_BETWEEN = re.compile(r"\s*(?:\w+\s+){0,3}?between\b")
_EACH_OTHER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:each other|one another)\b")
_TIGHT_GAP = 10
#: "Why is Russia hesitant to help Iran?" and a live page's title ("India-Maldives talks - live
#: updates") assert nothing.
NO_CLAIM = re.compile(
    r"^(?:Why|What|Who|How|When|Where|Which|Will|Would|Can|Could|Should|Is|Are|Does|Do|Did|Has|Have)"
    r"\b[^\"“”]*\?$|\s[-–—]\s+(?:live updates|live blog|live|as it happened)$"
)
#: Words between two target groups that keep a list going: "Russian firms and two North Korean".
_LIST_GAP = re.compile(
    r"^(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|to|said|says)\b)[a-z][\w-]*(?<!ed)){0,3}"
    r"\s*(?:,\s*|\s+)(?:and|or|as well as)\s+(?:(?!(?:is|are|was|were|has|have|had|will|"
    r"would|to|said|says)\b)[\w-]+(?<!ed)\s+){0,2}(?:the\s+)?$"
)
#: "... Sudan's closest ally": the possessor right before a role noun.
_POSSESSOR = re.compile(
    r"^(?:\s+(?:army|government|military|regime|leadership|junta|forces|people))?['’]s?\s+$"
)
_POSS_LINK = re.compile(
    r"^\s*(?:,\s*(?:the\s+)?|\s+(?:is|was|are|were|remains|remained|has\s+(?:long\s+)?been|"
    r"had\s+(?:long\s+)?been|(?:has|have|had)\s+(?:also\s+|long\s+)?become|became|becomes|as|and)\s+"
    r"(?:(?:now|still|also|long|the|a|an|one\s+of)\s+)*)$"
)
_APPEAL = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"appeal(?:s|ed|ing)?\s+to|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing))\s+[^,;]{1,60}?"
    r"\bto\s+(?:[\w-]+\s+){0,2}$"
)
_PROPOSED = re.compile(
    r"\b(?:propos(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
    r"push(?:es|ed|ing)?\s+for|broker(?:s|ed|ing)?|mediat(?:e|es|ed|ing)|seek(?:s|ing)?|sought|"
    r"offer(?:s|ed|ing)?)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}$"
)


#: Before the mediator: "a swap mediated by", "talks under the auspices of", "after quiet mediation by".
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:(?:mediated|brokered|hosted|facilitated|sponsored|arranged)\s+by|under\s+the\s+auspices\s+of|"
    r"(?:mediation|good\s+offices)\s+(?:by|of))\s+(?:the\s+)?$"
)
#: After the mediator: "under American auspices", "a China-brokered deal".
_MEDIATOR_AFTER = re.compile(rf"^(?:['’]s)?(?:\s+auspices\b|-{MEDIATED}\b)")
_UNDER = re.compile(r"\bunder\s+(?:the\s+)?$")
_MEDIATION = Cue("", "mediates between", "verbal_cooperation", frozenset(["med"]))


@dataclass
class Pair:
    """A draft relation found in one sentence."""

    source: Mention
    target: Mention
    cue: Cue
    cue_start: int
    cue_end: int
    mutual: bool = False
    also: list[Mention] = field(default_factory=list)

    @property
    def key(self) -> frozenset[str]:
        """The actor set, for one statement per set per sentence."""
        return frozenset([self.source.actor, self.target.actor, *(m.actor for m in self.also)])

    @property
    def coref(self) -> bool:
        """True when an actor came from coreference rather than a name."""
        return any(m.coref for m in [self.source, self.target, *self.also])


def _paren_spans(text: str, s: Sentence) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PAREN.finditer(text, s.start, s.end)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    for a, b in spans:
        if a <= pos < b:
            return (a, b)
    return None


def _left_group(
    text: str, gs: list[list[Mention]], cue_start: int, spans: list[tuple[int, int]], subj: bool
) -> list[Mention] | None:
    """The source group: nearest before the cue (or the clause subject), skipping parentheticals."""
    cue_span = _inside(cue_start, spans)
    clause_start = max(text.rfind(";", 0, cue_start), text.rfind(" but ", 0, cue_start))
    if not subj:
        thats = [m.end() - 1 for m in _THAT.finditer(text, clause_start + 1, cue_start)]
        clause_start = max([clause_start, *thats])
    if subj:  # the subject of the clause the cue is in: the first group after the last comma
        comma = text.rfind(",", clause_start + 1, cue_start)
        after = [g for g in gs if comma < g[0].start and g[-1].end <= cue_start]
        if comma >= 0 and after and _inside(after[0][0].start, spans) in (None, cue_span):
            return after[0]
    candidates = [
        g
        for g in gs
        if g[-1].end <= cue_start
        and g[0].start > clause_start
        and (_inside(g[0].start, spans) in (None, cue_span))
    ]
    if not candidates:
        return None
    return candidates[0] if subj else candidates[-1]


def _right_group(
    text: str, gs: list[list[Mention]], cue: Cue, cue_end: int, spans: list[tuple[int, int]]
) -> list[Mention] | None:
    """The target group: the first after the cue, in the same comma-free stretch."""
    cue_span = _inside(cue_end - 1, spans)
    for g in gs:
        if g[0].start < cue_end:
            continue
        gap = text[cue_end : g[0].start]
        if ";" in gap or " but " in gap or ("," in gap and "far" not in cue.flags) or _NEW_CLAUSE.search(gap):
            return None
        if "tight" in cue.flags and len(gap) > _TIGHT_GAP:
            return None
        if cue_span is None and _inside(g[0].start, spans) is not None:
            continue
        return g
    return None


def _pairs_for_cue(
    text: str, s: Sentence, gs: list[list[Mention]], m: re.Match[str], spans: list[tuple[int, int]]
) -> list[Pair]:
    cue = cue_of(m)
    start, end = m.start(), m.end()
    if cue.relation == "targets" and (
        _NOUN_BEFORE.search(text[max(s.start, start - 20) : start]) or text.startswith(" on", end)
    ):
        return []  # "no targets on Polish territory": a noun
    if "poss" in cue.flags:
        return _possessive_pairs(text, s, gs, cue, start, end)
    appeal = _APPEAL.search(text, s.start, start)
    if appeal and "sym" in cue.flags:
        return []  # "urged the two countries to return to the negotiating table": only urged
    negated = appeal is not None and _NOT_TO.search(text, s.start, start) is not None
    if appeal and (cue.category in ("material_conflict", "verbal_conflict") or negated):
        appealer = _left_group(text, gs, appeal.start(), spans, False)
        right = _right_group(text, gs, cue, end, spans)
        if appealer is not None and right is not None:
            demand = Cue(cue.pattern, "calls for action against", "verbal_conflict", cue.flags)
            return [Pair(a, b, demand, start, end) for a in appealer for b in right if a.actor != b.actor]
    sym = "sym" in cue.flags
    coordinated = m.group()[:1].islower() and _COORD_VERB.search(text[s.start : start]) is not None
    participle = m.group().endswith("ing") and _PARTICIPLE.search(text[s.start : start]) is not None
    left = _left_group(text, gs, start, spans, "subj" in cue.flags or coordinated or participle)
    if "med" in cue.flags:
        right = _right_group(text, gs, cue, end, spans)
        if left is None or right is None:
            return []
        if _BETWEEN.match(text, end):
            right = right[:2]  # "talks between X and Y, and Z warned ...": Z is not a party
        return [Pair(left[0], right[0], cue, start, end, also=right[1:])]
    between = _BETWEEN.match(text, end)
    if between:
        right = _right_group(text, gs, cue, between.end(), spans)
        if right is not None and len(right) >= 2:
            if left is not None and not sym and cue.category.startswith("verbal"):
                # "condemned the arms transfers between X and Y": both are targets
                return [Pair(a, b, cue, start, end) for a in left for b in right if a.actor != b.actor]
            return [Pair(right[0], right[1], cue, start, end, mutual=sym)]
    right = _right_group(text, gs, cue, end, spans)
    if right is None:  # "restricts Chinese investment": the actor is inside the cue
        inner = [g for g in gs if g[0].start > start and g[-1].end <= end]
        if inner and all(x.actor not in {y.actor for y in left or []} for x in inner[0]):
            right = inner[0]
    elif left is None:  # "sent North Korean troops to Russia": the cue names the source
        inner = [g for g in gs if g[0].start > start and g[-1].end <= end and g[0].how == "demonym"]
        if inner:
            left = inner[0]
    if right is not None:
        right = _extend_list(text, gs, right)
    joint = (
        left is not None
        and len(left) >= 2
        and right is None
        and not _OBJECT_BEFORE.search(text[s.start : left[0].start])
        and not _PROPOSED.search(text, left[-1].end, start)
    )
    if joint and (sym or _EACH_OTHER.match(text, end)):  # "India and Pakistan agreed"
        assert left is not None
        return [Pair(left[0], left[1], cue, start, end, mutual=True)]
    if left is None and right is not None and _PASSIVE.search(text, s.start, start):
        later = [g for g in gs if g[0].start >= right[-1].end]
        if later and _BY.match(text[right[-1].end : later[0][0].start]):
            left = later[0]  # "shells were shipped to Russia by North Korea"
    elif left is not None and right is not None:
        later = [g for g in gs if g[0].start >= right[-1].end]
        after = _BY.match(text[right[-1].end : later[0][0].start]) if later else None
        verbal = cue.category in ("verbal_cooperation", "verbal_conflict")
        if after and later and verbal and _OF.search(text, end, right[0].start):
            right = later[0]  # "condemned the violation of Polish airspace by Russian drones"
        elif after and later:
            left, right = later[0], right  # "violation of Polish airspace by Russian drones"
        elif _PASSIVE.search(text, s.start, start) and text[end : right[0].start].strip() == "by":
            left, right = right, left  # "was attacked by X"
    if right is None and left is not None and _POSSESSIVE_TARGET.match(text, end):
        subject = gs[0] if gs else None
        if subject is not None and subject is not left:
            right = subject  # "Israeli strikes on its nuclear sites": its = the subject
    if left is None or right is None:
        return []
    one_phrase = (
        len(right) >= 2 and all(x.coref for x in right) and len({(x.start, x.end) for x in right}) == 1
    )
    if one_phrase and cue.category == "verbal_cooperation" and not sym:
        # "urged both sides to ...": one appeal to the parties together, as for a proposal "to X and Y"
        return [
            Pair(a, right[0], cue, start, end, also=[x for x in right[1:] if x.actor != a.actor])
            for a in left
        ]
    out = []
    for a in left:
        for b in right:
            if a.actor != b.actor:
                out.append(Pair(a, b, cue, start, end, mutual=sym))
    return out


def _extend_list(text: str, gs: list[list[Mention]], right: list[Mention]) -> list[Mention]:
    """The target group plus groups listed after it ("X firms and two Y officials")."""
    out = list(right)
    later = [g for g in gs if g[0].start >= right[-1].end]
    for g in later:
        if not _LIST_GAP.match(text[out[-1].end : g[0].start]):
            break
        out += g
    return out


def _possessive_pairs(
    text: str, s: Sentence, gs: list[list[Mention]], cue: Cue, start: int, end: int
) -> list[Pair]:
    """ "Egypt is Sudan's closest ally" / "China, North Korea's main partner, ...": source, possessor."""
    before = [g for g in gs if g[-1].end <= start]
    if before and _POSSESSOR.match(text[before[-1][-1].end : start]):
        target = before[-1]
        if len(before) >= 2 and _POSS_LINK.match(text[before[-2][-1].end : target[0].start]):
            return [Pair(a, b, cue, start, end) for a in before[-2] for b in target if a.actor != b.actor]
        return []
    return []


def _mediated(text: str, s: Sentence, gs: list[list[Mention]]) -> tuple[list[Pair], list[Mention]]:
    """ "Russia and Ukraine swapped prisoners in a deal mediated by the UAE and Turkey": one
    statement per mediator about the coordinated parties (the first other group of two or more),
    and the mediators, who are no party to the sentence's other cues."""
    for i, g in enumerate(gs):
        before = _MEDIATOR_BEFORE.search(text, s.start, g[0].start)
        after = _MEDIATOR_AFTER.match(text[g[-1].end : s.end])
        if after and "auspices" in after.group() and not _UNDER.search(text, s.start, g[0].start):
            after = None
        hit = before or after
        if hit is None:
            continue
        parties = next((p for p in gs[:i] + gs[i + 1 :] if len({x.actor for x in p}) >= 2), None)
        mediators = [x for x in g if parties is None or x.actor not in {p.actor for p in parties}]
        if parties is None:  # "a UN-brokered ceasefire with the Polisario": still no party
            return [], mediators if re.search(r"broker|mediat|auspices", hit.group()) else []
        at = before.start() if before else g[-1].end
        return [Pair(z, parties[0], _MEDIATION, at, at, also=parties[1:2]) for z in mediators], mediators
    return [], []


def find_pairs(text: str, s: Sentence, mentions: list[Mention]) -> list[Pair]:
    """Every draft relation in sentence ``s``: one per actor set, first cue first."""
    if len({m.actor for m in mentions}) < 2 or NO_CLAIM.search(s.text):
        return []
    gs = groups(mentions)
    spans = _paren_spans(text, s)
    out: list[Pair] = []
    seen: set[frozenset[str]] = set()
    mediated, mediators = _mediated(text, s, gs)
    for pair in mediated:
        seen.add(pair.key)
        out.append(pair)
    if mediators:  # the mediators are no party to the other cues: "Egypt and Sudan signed a deal"
        gone = {id(m) for m in mediators}
        gs = [kept for g in gs if (kept := [m for m in g if id(m) not in gone])]
    matches = list(matches_in(text, s.start, s.end))
    matches.sort(key=lambda m: "poss" in cue_of(m).flags)  # stable: role nouns last
    for m in matches:
        if any(x.start <= m.start() < x.end for x in mentions):
            continue  # a cue word inside a name ("Alliance of Sahel States")
        for pair in _pairs_for_cue(text, s, gs, m, spans):
            if pair.key not in seen:
                seen.add(pair.key)
                out.append(pair)
    return out

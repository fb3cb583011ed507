"""Candidate actor pairs in one sentence, each with the features the pair model scores.

The rules (``relations``) only join two actors when a cue from the lexicon sits between them in
a shape they know, and most of what they miss on unseen news is a verb or a construction nobody
wrote down. So every sentence also offers, as candidates, each other actor set it could be
about:

* ``rule``: a pair the rules found (it carries their cue, direction and relation);
* ``cooccur``: two actors named in the sentence that the rules did not join;
* ``speaker``: the state of the person quoted (inside a quotation, or "..., Kurti said") with
  an actor the quote names ("Belgrade must hand them over");
* ``followup``: a sentence that names one actor only, with that actor's usual partner ("Moscow
  denies any involvement" after "Norway accused Russia ...");
* ``quoted``: a quotation that names no actor, its speaker's state with that state's usual
  partner ('"We will not kneel," he wrote');
* ``topic``: an actor of a sentence that names at most two, with the actor the article is most
  about so far ("China is the largest lender" in a piece on Sri Lanka's debt).

Each candidate gets the features of ``candidate_features``; ``pair_model`` turns them into a
probability, and ``draft_relation`` names the relation of a candidate the rules did not make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mapviewer.extract.candidate_features import (
    QUOTE_MARK,
    candidate_features,
    cue_spans,
    group_features,
    sentence_features,
)
from mapviewer.extract.coref import Context
from mapviewer.extract.gazetteer import Gazetteer
from mapviewer.extract.mentions import Mention, groups
from mapviewer.extract.relations import NO_CLAIM, Pair
from mapviewer.extract.sentences import Sentence

#: A speaker that is a news outlet ("the British daily The Guardian") speaks for no state.
_OUTLET_WORDS = re.compile(
    r"\b(?:daily|newspaper|agency|broadcaster|magazine|outlet|website|media|television|TV|radio|"
    r"channel|news|tabloid|weekly|reporters?|correspondents?|journalists?|analysts?|researchers?|"
    r"experts?|think tank|institute|university)\b",
    re.I,
)


@dataclass
class Candidate:
    """One actor set a sentence may state a relation about, and why it was offered."""

    kind: str
    source: Mention
    target: Mention
    pair: Pair | None = None  # the rules' pair, for kind "rule"
    also: list[Mention] = field(default_factory=list)  # kind "triple": the rest of the group
    features: dict[str, float] = field(default_factory=dict)

    key: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        if self.pair is not None:
            self.key = self.pair.key
        else:
            self.key = frozenset([self.source.actor, self.target.actor, *(m.actor for m in self.also)])


@dataclass
class Surroundings:
    """What the candidates of a sentence may look at beyond the sentence itself."""

    context: Context
    in_quote: bool
    speaker_actor: str | None
    index: int  # sentence number in the text
    previous_actors: list[str]


def speaker_actor(name: str | None, person: str | None, gazetteer: Gazetteer) -> str | None:
    """The actor a speaker stands for: a person's state, or the actor named in the speaker."""
    if person is not None and person in gazetteer.entries:
        return gazetteer.entries[person].affiliation or person
    if name and not _OUTLET_WORDS.search(name):
        for _, _, form in gazetteer.find(name):
            if form.actor is not None:
                return form.actor
    return None


def implicit(s: Sentence, actor: str) -> Mention:
    """A mention of an actor the sentence does not name (a speaker, a partner, the topic): empty,
    at the sentence start, marked as coreference."""
    return Mention(s.start, s.start, actor, "none", coref=True)


def is_implicit(m: Mention) -> bool:
    """Whether ``m`` was made by ``implicit``."""
    return m.coref and m.start == m.end


def _partners(context: Context, actor: str) -> list[str]:
    """The two actors ``actor`` was most often related to so far (recent relations weigh more)."""
    score: dict[str, float] = {}
    n = len(context.relations)
    for i, (a, b) in enumerate(context.relations):
        if actor in (a, b) and a != b:
            other = b if a == actor else a
            score[other] = score.get(other, 0.0) + 1.0 + i / n
    return sorted(score, key=lambda x: -score[x])[:2]


def candidates(
    text: str,
    s: Sentence,
    mentions: list[Mention],
    rules: list[Pair],
    around: Surroundings,
) -> list[Candidate]:
    """Every actor set the sentence may be about (one candidate per set), with features."""
    out: list[Candidate] = []
    seen: set[frozenset[str]] = set()
    if NO_CLAIM.search(s.text):
        return out  # "Why is Brazil reluctant to help Argentina?" asserts nothing

    def offer(c: Candidate) -> None:
        if c.key not in seen and len(c.key) >= 2:
            seen.add(c.key)
            out.append(c)

    for p in rules:
        offer(Candidate("rule", p.source, p.target, p))
    for i, a in enumerate(mentions):
        for b in mentions[i + 1 :]:
            if a.actor != b.actor:
                offer(Candidate("cooccur", a, b))
    actors = {m.actor for m in mentions}
    named = [m for m in mentions if not m.coref]
    speaker = around.speaker_actor
    if speaker is not None and speaker not in actors and named:
        for m in named:
            offer(Candidate("speaker", implicit(s, speaker), m))
    for group in groups(mentions):
        members = sorted({m.actor for m in group})
        if 2 <= len(members) <= 3:
            for x in mentions:
                if x.actor not in members:
                    offer(
                        Candidate(
                            "triple", x, group[0], also=[m for m in group[1:] if m.actor != group[0].actor]
                        )
                    )
    if len(actors) == 1 and mentions:
        only = mentions[0]
        for rank, partner in enumerate(_partners(around.context, only.actor)):
            c = Candidate("followup", only, implicit(s, partner))
            c.features["followup_second"] = float(rank)
            offer(c)
    topic = around.context.salient(1, exclude=actors)
    if topic and len(actors) <= 2:
        # "China is the largest bilateral lender" in an article about Sri Lanka's debt
        for m in named:
            offer(Candidate("topic", m, implicit(s, topic[0])))
    if not actors and speaker is not None and QUOTE_MARK.search(s.text):
        # '"We will not kneel," he wrote': a quotation naming nobody, about the speaker's quarrel
        for rank, partner in enumerate(_partners(around.context, speaker)):
            c = Candidate("quoted", implicit(s, speaker), implicit(s, partner))
            c.features["followup_second"] = float(rank)
            offer(c)
    if not out:
        return out
    # the lexicon is the costly part: read only where two actors are named (as the rules do)
    cues = cue_spans(text, s) if len(actors) >= 2 else []
    shared = sentence_features(text, s, mentions, rules, cues, around)
    context = (
        {a for p in rules for a in p.key},
        {frozenset(r) for r in around.context.relations},
        set(around.context.salient(3)),
        set(around.previous_actors),
    )
    for c in out:
        c.features = {**candidate_features(text, s, c, shared, context, cues), **c.features}
    group_features(out, mentions, rules)
    return out

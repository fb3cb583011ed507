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

Each candidate gets plain, general features (no words of the training texts): its kind, the
distance between the mentions, what stands between them (a lexicon cue, a relation verb, a
preposition, a relative clause), what kinds of mention they are, and where the sentence is.
``pair_model`` turns them into a probability.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from mapviewer.extract.category_model import category_features, load_category_model, verb_forms
from mapviewer.extract.coref import Context
from mapviewer.extract.cue_types import Cue
from mapviewer.extract.cues import cue_of, matches_in
from mapviewer.extract.gazetteer import Gazetteer
from mapviewer.extract.mentions import Mention, groups
from mapviewer.extract.parse_stage import third_person
from mapviewer.extract.relations import QUESTION, Pair
from mapviewer.extract.sentences import Sentence

#: Verb stems that relate two parties, in the four CAMEO quadrants; matched with any ending.
_RELATION_STEMS = [
    "accus",
    "attack",
    "back",
    "ban",
    "blam",
    "block",
    "boycott",
    "call",
    "cancel",
    "clash",
    "condemn",
    "confront",
    "criticis",
    "criticiz",
    "cut",
    "defend",
    "demand",
    "deni",
    "deny",
    "deploy",
    "detain",
    "discuss",
    "dismiss",
    "engag",
    "expel",
    "fight",
    "fir",
    "freez",
    "help",
    "host",
    "invad",
    "invit",
    "join",
    "meet",
    "met",
    "negotiat",
    "oppos",
    "pledg",
    "press",
    "pressur",
    "prais",
    "protest",
    "recall",
    "reject",
    "respond",
    "retaliat",
    "sanction",
    "seiz",
    "sell",
    "send",
    "sent",
    "ship",
    "sign",
    "spok",
    "spoke",
    "struck",
    "strik",
    "summon",
    "support",
    "supply",
    "suspend",
    "talk",
    "target",
    "threat",
    "train",
    "urg",
    "visit",
    "warn",
    "welcom",
    "withdr",
]
_RELATION_WORD = re.compile(r"\b(?:" + "|".join(_RELATION_STEMS) + r")\w*", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|according to|added|stated|wrote|insisted|argued|noted)\b", re.I
)
#: A speaker that is a news outlet ("the British daily The Guardian") speaks for no state.
_OUTLET_WORDS = re.compile(
    r"\b(?:daily|newspaper|agency|broadcaster|magazine|outlet|website|media|television|TV|radio|"
    r"channel|news|tabloid|weekly|reporters?|correspondents?|journalists?|analysts?|researchers?|"
    r"experts?|think tank|institute|university)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:who|which|whose|whom|where)\b")
_NEGATION = re.compile(r"\b(?:not|never|no|n't|neither|nor)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")
_PREPS = ("with", "to", "against", "on", "from", "by", "between", "of", "for", "in", "over", "at")
_PREP_BEFORE = re.compile(r"\b(" + "|".join(_PREPS) + r")\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|which|who|as|after|before|when|where|although)\b|\b(?:but|while|whereas)\b"
)
_POSSESSIVE = re.compile(r"['’]s?\b")
_QUOTE_MARK = re.compile(r"[\"“”]")
_SECOND_PERSON = re.compile(r"\b(?:we|our|us|I|my)\b")
_APPEAL = re.compile(r"(?:appeals|urges|calls|presses|asks|mediates|brokers|offers|hosts|invites|proposes)\b")
KINDS = ("rule", "cooccur", "triple", "speaker", "followup", "quoted", "topic")
_B_PREPS = ("with", "to", "against", "on", "from", "by", "between", "in", "at")
_SIDE = ("person", "demonym", "metonym", "coref", "possessive", "after_prep")


_COOCCUR_CROSSED = (
    "cue_between",
    "verb_between",
    "gap_far",
    "clause_break",
    "only_two",
    "a_opens",
    "b_after_prep",
)


_RULE_CROSSED = (
    "relative_clause",
    "clause_break",
    "gap_far",
    "a_coref",
    "b_coref",
    "headline",
    "reporting_between",
    "n_actors",
    "paren_between",
    "in_quote",
)


def _words(names: str) -> list[str]:
    return names.split()


#: Every feature name a candidate can have: the model file must use these and only these.
FEATURES = frozenset(
    [
        "bias",
        *(f"kind_{k}" for k in KINDS),
        *(f"{side}_{name}" for side in "ab" for name in _SIDE),
        *(f"b_after_{p}" for p in _B_PREPS),
        *_words("n_actors many_actors only_two three_actors gap_log gap_far adjacent cue_between"),
        *_words("cue_in_sentence verb_between verb_in_sentence between_word relative_clause negation"),
        *_words("clause_break reporting_between quote_between comma_between paren_between same_group"),
        *_words("rules_in_sentence rules_joined_one a_opens headline caption in_quote first_person"),
        *_words("reporting lede sentence_log related_before both_salient in_previous followup_second"),
        *(f"co_{name}" for name in _COOCCUR_CROSSED),
        *(f"ru_{name}" for name in _RULE_CROSSED),
        *_words("rule_to_group appeal_to_group triple_ruled triple_appeal"),
    ]
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


def _partners(context: Context, actor: str) -> list[str]:
    """The two actors ``actor`` was most often related to so far (recent relations weigh more)."""
    score: dict[str, float] = {}
    n = len(context.relations)
    for i, (a, b) in enumerate(context.relations):
        if actor in (a, b) and a != b:
            other = b if a == actor else a
            score[other] = score.get(other, 0.0) + 1.0 + i / n
    return sorted(score, key=lambda x: -score[x])[:2]


def _cue_spans(text: str, s: Sentence) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches_in(text, s.start, s.end)]


def _sentence_features(
    text: str,
    s: Sentence,
    mentions: list[Mention],
    rules: list[Pair],
    cues: list[tuple[int, int]],
    around: Surroundings,
) -> dict[str, float]:
    """The features every candidate of a sentence shares (computed once per sentence)."""
    actors = {m.actor for m in mentions}
    return {
        "bias": 1.0,
        "n_actors": min(len(actors), 6) / 6,
        "many_actors": float(len(actors) >= 4),
        "only_two": float(len(actors) == 2),
        "cue_in_sentence": float(bool(cues)),
        "verb_in_sentence": float(bool(_RELATION_WORD.search(s.text))),
        "rules_in_sentence": float(bool(rules)),
        "headline": float(s.kind == "headline"),
        "caption": float(s.kind == "caption"),
        "in_quote": float(around.in_quote),
        "first_person": float(bool(_SECOND_PERSON.search(s.text))),
        "reporting": float(bool(_REPORTING.search(s.text))),
        "lede": float(around.index <= 2),
        "sentence_log": math.log1p(len(_WORD.findall(s.text))) / 4,
    }


def _features(
    text: str,
    s: Sentence,
    c: Candidate,
    shared: dict[str, float],
    context: tuple[set[str], set[frozenset[str]], set[str], set[str]],
    cues: list[tuple[int, int]],
) -> dict[str, float]:
    """The candidate's own features, on top of the sentence's ``shared`` ones."""
    joined, related, top, previous = context
    first, second = sorted([c.source, c.target], key=lambda m: m.start)
    synthetic = c.kind in ("speaker", "followup", "quoted", "topic")
    lo, hi = (s.start, s.end) if synthetic else (first.end, second.start)
    gap = text[lo:hi] if hi > lo and not synthetic else ""
    words = len(_WORD.findall(gap))
    f = dict(shared)
    f[f"kind_{c.kind}"] = 1.0
    f["gap_log"] = math.log1p(words)
    f["gap_far"] = float(words > 15)
    f["adjacent"] = float(not synthetic and words <= 1)
    f["cue_between"] = float(not synthetic and any(lo <= a and b <= hi for a, b in cues))
    f["verb_between"] = float(bool(_RELATION_WORD.search(s.text if synthetic else gap)))
    f["between_word"] = float(" between " in f" {gap} ")
    f["relative_clause"] = float(bool(_RELATIVE.search(gap)))
    f["negation"] = float(bool(_NEGATION.search(s.text if synthetic else gap)))
    f["clause_break"] = float(bool(_CLAUSE_BREAK.search(gap)))
    f["reporting_between"] = float(bool(_REPORTING.search(gap)))
    f["quote_between"] = float(bool(_QUOTE_MARK.search(gap)))
    f["three_actors"] = float(len(c.key) == 3)
    f["comma_between"] = min(gap.count(","), 3) / 3
    f["paren_between"] = float("(" in gap or "—" in gap or "–" in gap)
    f["same_group"] = float(not synthetic and first.group == second.group)
    f["rules_joined_one"] = float(c.kind != "rule" and bool(joined & c.key))
    for m, side in ((first, "a"), (second, "b")):
        f[f"{side}_person"] = float(m.person is not None or m.office)
        f[f"{side}_demonym"] = float(m.how == "demonym")
        f[f"{side}_metonym"] = float(m.how == "metonym")
        f[f"{side}_coref"] = float(m.coref)
        f[f"{side}_possessive"] = float(m.end > m.start and bool(_POSSESSIVE.match(text, m.end)))
        before = _PREP_BEFORE.search(text, max(s.start, m.start - 14), m.start)
        prep = before.group(1).lower() if before else ""
        f[f"{side}_after_prep"] = float(bool(prep))
        if side == "b" and prep in _B_PREPS:
            f[f"b_after_{prep}"] = 1.0
    f["a_opens"] = float(len(_WORD.findall(text[s.start : first.start])) <= 3)
    f["related_before"] = float(c.key in related)
    f["both_salient"] = float(len(c.key) == 2 and c.key <= top)
    f["in_previous"] = float(bool(c.key & previous))
    if c.kind == "cooccur":  # what makes two named actors a statement differs from the rules' pairs
        for name in _COOCCUR_CROSSED:
            f["co_" + name] = f[name]
    if c.kind == "rule":  # where the rules go wrong: across clauses, far apart, through coreference
        for name in _RULE_CROSSED:
            f["ru_" + name] = f.get(name, 0.0)
    return f


def _group_features(out: list[Candidate], mentions: list[Mention], rules: list[Pair]) -> None:
    """An appeal to a coordinated pair ("urged Athens and Ankara to talk") is one statement about
    three actors, not two pairs: tell the model where the rules paired an actor with a member of
    a coordinated group, and whether by an appeal."""
    size: dict[int, int] = {}
    for g in groups(mentions):
        size[g[0].group] = len({m.actor for m in g})
    for c in out:
        if c.kind == "rule" and c.pair is not None and not c.pair.also:
            grouped = size.get(c.pair.target.group, 1) >= 2
            c.features["rule_to_group"] = float(grouped)
            c.features["appeal_to_group"] = float(grouped and bool(_APPEAL.match(c.pair.cue.relation)))
        elif c.kind == "triple":
            ruled = [p for p in rules if p.source.actor == c.source.actor and p.target.actor in c.key]
            c.features["triple_ruled"] = float(bool(ruled))
            c.features["triple_appeal"] = float(any(_APPEAL.match(p.cue.relation) for p in ruled))


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
    if QUESTION.match(s.text):
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
        here = Mention(s.start, s.start, speaker, "none", coref=True)
        for m in named:
            offer(Candidate("speaker", here, m))
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
            c = Candidate("followup", only, Mention(s.start, s.start, partner, "none", coref=True))
            c.features["followup_second"] = float(rank)
            offer(c)
    topic = around.context.salient(1, exclude=actors)
    if topic and len(actors) <= 2:
        # "China is the largest bilateral lender" in an article about Sri Lanka's debt
        there = Mention(s.start, s.start, topic[0], "none", coref=True)
        for m in named:
            offer(Candidate("topic", m, there))
    if not actors and speaker is not None and _QUOTE_MARK.search(s.text):
        # '"We will not kneel," he wrote': a quotation naming nobody, about the speaker's quarrel
        here = Mention(s.start, s.start, speaker, "none", coref=True)
        for rank, partner in enumerate(_partners(around.context, speaker)):
            c = Candidate("quoted", here, Mention(s.start, s.start, partner, "none", coref=True))
            c.features["followup_second"] = float(rank)
            offer(c)
    if not out:
        return out
    # the lexicon is the costly part: read only where two actors are named (as the rules do)
    cues = _cue_spans(text, s) if len(actors) >= 2 else []
    shared = _sentence_features(text, s, mentions, rules, cues, around)
    context = (
        {a for p in rules for a in p.key},
        {frozenset(r) for r in around.context.relations},
        set(around.context.salient(3)),
        set(around.previous_actors),
    )
    for c in out:
        c.features = {**_features(text, s, c, shared, context, cues), **c.features}
    _group_features(out, mentions, rules)
    return out


def cue_near(text: str, s: Sentence, at: int) -> tuple[Cue, int, int] | None:
    """The lexicon cue in the sentence nearest to ``at``, for a candidate the rules did not make."""
    best = None
    for m in matches_in(text, s.start, s.end):
        d = abs(m.start() - at)
        if best is None or d < best[0]:
            best = (d, cue_of(m), m.start(), m.end())
    return None if best is None else best[1:]


#: The relation of a model-found pair when neither a cue nor a known verb of its category is there.
_GENERIC = {
    "verbal_cooperation": "speaks in support of",
    "material_cooperation": "cooperates with",
    "verbal_conflict": "criticises",
    "material_conflict": "acts against",
    "neutral": "is linked with",
}
_VERB = re.compile(r"\b[a-z]+\b")


def _relation(text: str, s: Sentence, at: int) -> tuple[Cue, int, int]:
    """Relation and category for a model-found pair: the category model picks the category (the
    nearest lexicon cue when there is no model); the nearest cue or verb of that category names
    it, else a generic phrase."""
    near = cue_near(text, s, at)
    model = load_category_model()
    if model is None:
        if near is not None:
            return near
        return Cue("", _GENERIC["neutral"], "neutral"), at, at
    category, _ = model.predict(category_features(text, s.start, s.end, at))
    if near is not None and near[0].category == category:
        return near
    forms = verb_forms()
    verbs = [
        (abs(m.start() - at), m)
        for m in _VERB.finditer(text, s.start, s.end)
        if m.group() in forms and forms[m.group()][1] == category
    ]
    if verbs:
        m = min(verbs, key=lambda t: t[0])[1]
        return Cue("", third_person(forms[m.group()][0]), category), m.start(), m.end()
    return Cue("", _GENERIC[category], category), at, at


def pair_of(text: str, s: Sentence, c: Candidate) -> Pair:
    """A draft pair for a candidate the rules did not make: relation and category from
    ``_relation``, the subject-like mention as the source."""
    if c.pair is not None:
        return c.pair
    first, second = sorted([c.source, c.target], key=lambda m: m.start)
    if c.kind in ("speaker", "followup", "quoted", "topic", "triple"):
        first, second = c.source, c.target  # the speaker, the named one, or the one outside the group acts
    elif _PREP_BEFORE.search(text, max(s.start, first.start - 14), first.start):
        first, second = second, first  # "with Moscow, Beijing ...": the later mention acts
    at = second.start if second.end > second.start else s.start
    cue, lo, hi = _relation(text, s, at)
    mutual = c.kind == "cooccur" and ("sym" in cue.flags or first.group == second.group)
    return Pair(first, second, cue, lo, hi, mutual=mutual, also=list(c.also))

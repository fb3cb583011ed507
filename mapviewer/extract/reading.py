"""Reading an article sentence by sentence: mentions, the rules' pairs, the speaker and every
candidate actor set, with what earlier sentences established (``Context``, the last speaker,
office holders the article introduced).

``walk`` is shared by extraction (``pipeline``) and training (``tools/train_pair_model.py``):
nothing in it depends on the pair model, so both see the same candidates and features.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mapviewer.extract.attribution import Speakers, note_speaker, speaker_in
from mapviewer.extract.candidates import Candidate, Surroundings, candidates, speaker_actor
from mapviewer.extract.coref import Context, resolve
from mapviewer.extract.gazetteer import Gazetteer
from mapviewer.extract.mentions import Mention, find_mentions
from mapviewer.extract.people import LocalPeople
from mapviewer.extract.relations import Pair, find_pairs
from mapviewer.extract.sentences import Sentence, split_sentences

_QUOTES = re.compile(r"[\"“”]")
#: "Jordan and the UAE issued similar statements": the last sentence's relation, new sources.
_SIMILAR = re.compile(
    r"\b(?:issued|made|released|published|voiced|expressed|struck) (?:similar|identical|the same)"
    r" (?:statements?|calls|remarks|warnings|condemnations?|criticism|concerns?|positions?|tone)\b"
    r"|\bfollowed suit\b|\bdid (?:the same|likewise)\b"
    r"|\bechoed (?:the|those|these|that|this|similar|its|their) (?:\w+ )?(?:calls?|statements?|"
    r"concerns?|criticism|condemnations?|remarks|warnings?|views?|positions?)\b"
)


#: What an echo repeats: "echoed those calls" repeats an appeal or a demand, not a statement of support.
_ECHOED = (
    (re.compile(r"\bcalls?\b"), ("appeals to", "demands", "calls for action against")),
    (re.compile(r"\bcondemnations?\b|\bcriticism\b"), ("condemns", "criticises")),
    (re.compile(r"\bwarnings?\b"), ("warns",)),
)


def _similar_pairs(text: str, s: Sentence, mentions: list[Mention], last: list[Pair]) -> list[Pair]:
    """Pairs for "X and Y issued similar statements": the last sentence's relation (the first, or
    the last of the kind the echo names: "echoed those calls")."""
    m = _SIMILAR.search(text, s.start, s.end)
    if m is None or not last:
        return []
    sources = [x for x in mentions if x.end <= m.start() and x.group == mentions[0].group]
    model = last[0]
    for words, relations in _ECHOED:
        if words.search(m.group()):
            model = next((p for p in reversed(last) if p.cue.relation in relations), model)
    target = Mention(m.start(), m.end(), model.target.actor, "name", coref=True)
    return [
        Pair(x, target, model.cue, m.start(), m.end(), mutual=model.mutual)
        for x in sources
        if x.actor != model.target.actor
    ]


@dataclass
class Step:
    """One sentence as the extractor sees it: mentions, the rules' pairs and every candidate."""

    sentence: Sentence
    mentions: list[Mention]
    rules: list[Pair]
    candidates: list[Candidate]
    in_quote: bool


def walk(
    text: str, gazetteer: Gazetteer, speakers: Speakers | None = None, *, with_candidates: bool = True
) -> Iterator[Step]:
    """Each sentence of ``text`` with its mentions, rule pairs and candidates, in order.

    What a sentence contributes to the context (its actors, the rules' relations, its speaker) is
    noted after the caller has handled it, so ``speakers`` is the state before the sentence.
    Nothing here depends on the pair model, so training and extraction see the same features."""
    context = Context()
    speakers = speakers if speakers is not None else Speakers()
    seen_texts: set[str] = set()
    open_quote = False
    paragraph = 0
    last_pairs: list[Pair] = []
    previous: list[str] = []
    people = LocalPeople()
    for index, s in enumerate(split_sentences(text)):
        if s.paragraph != paragraph:
            paragraph, open_quote = s.paragraph, False
        starts_in_quote = open_quote or s.text[:1] in '"“'
        open_quote ^= len(_QUOTES.findall(s.text)) % 2 == 1
        if s.text in seen_texts:  # a repeated caption adds nothing
            continue
        seen_texts.add(s.text)
        named_here = find_mentions(text, s, gazetteer)
        people.learn(text, named_here, gazetteer)
        mentions = resolve(text, s, people.find(text, s, named_here), context, gazetteer)
        pairs = find_pairs(text, s, mentions) or _similar_pairs(text, s, mentions, last_pairs)
        last_pairs = pairs
        who = _speaker_here(s, gazetteer, speakers, people, context, starts_in_quote)
        around = Surroundings(context, starts_in_quote, who, index, previous)
        offered = candidates(text, s, mentions, pairs, around) if with_candidates else []
        yield Step(s, mentions, pairs, offered, starts_in_quote)
        context.note_relations([(p.source.actor, p.target.actor) for p in pairs])
        _note_person(text, mentions, speakers)
        note_speaker(s.text, gazetteer, speakers)
        context.update(mentions)
        previous = [m.actor for m in mentions]


def _speaker_here(
    s: Sentence,
    gazetteer: Gazetteer,
    speakers: Speakers,
    people: LocalPeople,
    context: Context,
    in_quote: bool,
) -> str | None:
    """The actor speaking in sentence ``s``: the speaker it names ("..., Kurti said"), else the last
    speaker when a quotation runs on, by the gazetteer or the office holders the article taught;
    else, for a quotation nobody is named for, the last person named."""
    named = speaker_in(s.text, gazetteer)
    if named is None and in_quote and speakers.name:
        named = (speakers.name, speakers.person)
    who = speaker_actor(*named, gazetteer) if named else None
    if who is None and named:
        who = people.actor_of(named[0])
    if who is None and named is None and s.kind == "body" and _QUOTES.search(s.text):
        who = context.last_person_actor
    return who


def _note_person(text: str, mentions: list[Mention], speakers: Speakers) -> None:
    """A person named in a sentence is who a later "he said" means, unless the sentence names a
    speaker of its own (``note_speaker`` runs next and wins)."""
    named = [m for m in mentions if (m.person is not None or m.office) and not m.coref]
    if named:
        last = named[-1]
        speakers.name, speakers.person = text[last.start : last.end], last.person

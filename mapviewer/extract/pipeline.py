"""Article text to a draft map: ``reading.walk`` gives each sentence's candidates, the pair model
keeps the likely ones (the rules' pairs alone when it is off), then hedge, attribution and
confidence are added and repeated statements grouped.

The draft is an ordinary ``MapDocument`` (the article inline in ``articles[0].text``) whose
statements carry two extension fields: ``confidence`` ("high", "medium", "low") on each statement
and its evidence, and ``also_concerns`` (actor ids) on a statement about three actors. Every
quote is a whole sentence, cut from the text at offsets that ``split_sentences`` has checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from mapviewer.extract import parse_stage
from mapviewer.extract.attribution import ARTICLE, Speakers, attribute
from mapviewer.extract.cues import LEXICON
from mapviewer.extract.draft_relation import pair_of
from mapviewer.extract.gazetteer import Gazetteer, load_gazetteer
from mapviewer.extract.hedging import hedge_for, hedges_in
from mapviewer.extract.mentions import Mention
from mapviewer.extract.pair_model import PairModel, load_model
from mapviewer.extract.reading import Step, walk
from mapviewer.extract.relations import Pair
from mapviewer.extract.sentences import Sentence
from mapviewer.model.provenance import sha256_of
from mapviewer.model.types import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Actor,
    Article,
    Evidence,
    MapDocument,
    Statement,
)

Tier = Literal["high", "medium", "low"]
TIERS: tuple[Tier, ...] = ("high", "medium", "low")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
#: Whether ``extract(use_parser=None)`` runs the parse stage (when installed). Off: it is 3.4x pysbd
#: against the 3x speed goal (see ``bench/extract_speed.py``); pass ``use_parser=True`` to run it.
USE_PARSER_BY_DEFAULT = False
#: A pair the model finds (not the rules) is "medium" at this probability or above, else "low".
_SURE = 0.75


@dataclass
class DraftMap:
    """A draft map and the text it was extracted from (also stored inline in the document)."""

    document: MapDocument
    text: str
    #: how each draft statement was found, for the review screen: "the rules", "the pair model
    #: (62%)" or "the parse stage" (not part of the map: it says nothing once a draft is accepted)
    found_by: dict[str, str] = field(default_factory=dict)

    def confidence(self, statement_id: str) -> Tier:
        """The confidence tier of one draft statement."""
        value = getattr(self.document.statement(statement_id), "confidence", "low")
        return value if value in TIERS else "low"


@dataclass
class _Found:
    """One piece of evidence for a draft statement, before statements are grouped."""

    pair: Pair
    sentence: Sentence
    hedge: str | None
    attributed_to: str
    speaker: str | None
    tier: Tier
    forms: dict[str, set[str]] = field(default_factory=dict)
    how: str = "the rules"


def _tier(sentence: Sentence, pair: Pair, hedge: str | None) -> Tier:
    """Headlines and captions are low; each of coreference and hedging lowers a tier."""
    if sentence.kind != "body":
        return "low"
    doubts = int(pair.coref) + int(hedge is not None)
    return TIERS[min(doubts, 2)]


def _parsed_pairs(text: str, s: Sentence, mentions: list[Mention], rules: list[Pair]) -> list[Pair]:
    """The parse stage's pairs for actor pairs the rules did not join in this sentence."""
    joined = [p.key for p in rules]
    open_pairs = [(a, b) for a in mentions for b in mentions if a.start < b.start and a.actor != b.actor]
    if not any(not any({a.actor, b.actor} <= key for key in joined) for a, b in open_pairs):
        return []  # nothing left to join: no parse needed
    read = [(p.cue_start, p.cue_end) for p in rules]  # cue words the rules have already read
    out = []
    for p in parse_stage.parse_pairs(text, s, mentions):
        if any(a < p.cue_end and p.cue_start < b for a, b in read):
            continue
        if not any({p.source.actor, p.target.actor} <= key for key in joined):
            joined.append(p.key)
            out.append(p)
    return out


def _chosen(text: str, step: Step, model: PairModel | None) -> list[tuple[Pair, float]]:
    """The pairs a sentence states, with the model's probability (1.0 for the rules alone)."""
    if model is None:
        return [(p, 1.0) for p in step.rules]
    kept = [(c, p) for c in step.candidates if (p := model.probability(c.features)) >= model.threshold]
    return [(c.pair if c.pair is not None else pair_of(text, step.sentence, c), p) for c, p in kept]


def _how(n: int, pair: Pair, step: Step, chosen: list[tuple[Pair, float]], n_pairs: int) -> str:
    """How the ``n``-th pair of a sentence was found, in words for the review screen."""
    if n >= n_pairs:
        return "the parse stage"
    if pair in step.rules:
        return "the rules"
    return f"the pair model ({chosen[n][1]:.0%} sure)"


def _sentences_found(
    text: str,
    gazetteer: Gazetteer,
    use_parser: bool = False,
    use_model: bool = True,
    pair_model: PairModel | None = None,
) -> list[_Found]:
    found: list[_Found] = []
    speakers = Speakers()
    model = (pair_model or load_model()) if use_model else None
    for step in walk(text, gazetteer, speakers, with_candidates=model is not None):
        s = step.sentence
        chosen = _chosen(text, step, model)
        pairs = [p for p, _ in chosen]
        parsed = _parsed_pairs(text, s, step.mentions, pairs) if use_parser else []
        hedges = hedges_in(s.text) if pairs or parsed else []
        for n, pair in enumerate([*pairs, *parsed]):
            at = pair.cue_start - s.start
            hedge = hedge_for(s.text, at, hedges)
            attr = attribute(s.text, at, gazetteer, speakers, in_quote=step.in_quote)
            speaker = attr.speaker
            if speaker is None and attr.attributed_to == ARTICLE:
                speaker = pair.source.person
            forms: dict[str, set[str]] = {}
            for m in [pair.source, pair.target, *pair.also]:
                if not m.coref:
                    forms.setdefault(m.actor, set()).add(text[m.start : m.end])
            tier = _tier(s, pair, hedge)
            if n >= len(pairs):  # never high: medium for a lexicon cue, low for a verb-class guess
                floor = 1 if pair.cue in LEXICON else 2
                tier = TIERS[max(TIERS.index(tier), floor)]
            elif pair not in step.rules:  # the model's own find: medium if it is sure, else low
                floor = 1 if chosen[n][1] >= _SURE else 2
                tier = TIERS[max(TIERS.index(tier), floor)]
            how = _how(n, pair, step, chosen, len(pairs))
            found.append(_Found(pair, s, hedge, attr.attributed_to, speaker, tier, forms, how))
    return found


def _actors(found: list[_Found], gazetteer: Gazetteer) -> list[Actor]:
    ids: list[str] = []
    aliases: dict[str, set[str]] = {}
    for f in found:
        for a in [f.pair.source.actor, f.pair.target.actor, *(m.actor for m in f.pair.also)]:
            if a not in ids:
                ids.append(a)
        for a, forms in f.forms.items():
            aliases.setdefault(a, set()).update(forms)
    for f in found:
        if f.speaker is not None and f.speaker not in ids:
            ids.append(f.speaker)
            affiliation = gazetteer.entries[f.speaker].affiliation
            if affiliation is not None and affiliation not in ids:
                ids.append(affiliation)
    actors = []
    for a in ids:
        entry = gazetteer.entries[a]
        seen = sorted(x for x in aliases.get(a, set()) if x != entry.label)
        actors.append(entry.to_actor(seen[:8]))
    return actors


def extract(
    text: str,
    *,
    article_id: str,
    title: str = "",
    publisher: str = "",
    url: str | None = None,
    published: str | None = None,
    use_parser: bool | None = None,
    use_model: bool = True,
    pair_model: PairModel | None = None,
) -> DraftMap:
    """Extract a draft map from an article's text.

    ``published`` (ISO date, any precision) picks the office holders in office then.
    ``use_parser`` switches the optional parse stage (``parse_stage``) on or off; None (the
    default) means ``USE_PARSER_BY_DEFAULT``. The stage runs only if spaCy and its packaged
    model import; otherwise the rules run alone, whatever ``use_parser`` says.
    ``use_model`` lets the pair model (``pair_model``) choose among every candidate actor set of
    a sentence, the rules' pairs included; off, the rules' pairs are taken as they are.
    ``pair_model`` replaces the shipped model (cross-validation fits one per held-out folder).

    >>> draft = extract("Russia condemned Israel on Friday.", article_id="a1")
    >>> s = draft.document.statements[0]
    >>> (s.source, s.relation, s.target, draft.confidence(s.id))
    ('RUS', 'condemns', 'ISR', 'high')
    """
    date = _DATE.match(published or "")
    gazetteer = load_gazetteer(date.group() if date else None)
    if use_parser is None:
        use_parser = USE_PARSER_BY_DEFAULT
    found = _sentences_found(text, gazetteer, use_parser and parse_stage.available(), use_model, pair_model)
    statements: list[Statement] = []
    by_key: dict[tuple[str, str, str, str, frozenset[str]], Statement] = {}
    found_by: dict[str, str] = {}
    for f in found:
        p = f.pair
        also = [m.actor for m in p.also]
        # the third actors are part of the key: a mediation between X and Y is not "X and Y"
        key = (p.source.actor, p.target.actor, p.cue.relation, p.cue.category, frozenset(also))
        evidence = Evidence(
            article=article_id,
            quote=f.sentence.text,
            start=f.sentence.start,
            end=f.sentence.end,
            attributed_to=f.attributed_to,
            speaker=f.speaker,
            hedge=f.hedge,
            confidence=f.tier,
        )
        st = by_key.get(key)
        if st is None:
            st = _new_statement(f"s{len(statements) + 1}", p, f.tier, also, gazetteer)
            st.evidence = [evidence]
            statements.append(st)
            by_key[key] = st
            found_by[st.id] = f.how
        else:
            st.evidence.append(evidence)
            if TIERS.index(f.tier) < TIERS.index(getattr(st, "confidence", "low")):
                st.confidence = f.tier  # type: ignore[attr-defined]
    article = Article(
        id=article_id,
        title=title,
        publisher=publisher,
        url=url,
        published=published,
        text=text,
        sha256=sha256_of(text),
    )
    doc = MapDocument(
        format=FORMAT_NAME,
        version=FORMAT_VERSION,
        title=title or article_id,
        articles=[article],
        actors=_actors(found, gazetteer),
        statements=statements,
    )
    return DraftMap(doc, text, found_by)


def _new_statement(sid: str, p: Pair, tier: Tier, also: list[str], gazetteer: Gazetteer) -> Statement:
    src = gazetteer.entries[p.source.actor].label
    tgt = gazetteer.entries[p.target.actor].label
    summary = f"{src} {p.cue.relation} {tgt}"
    extra: dict[str, object] = {}
    if also:
        labels = ", ".join(gazetteer.entries[a].label for a in also)
        summary += f" (also concerns {labels})"
        extra["also_concerns"] = also
    placeholder = Evidence(article="-")
    return Statement(
        id=sid,
        source=p.source.actor,
        target=p.target.actor,
        relation=p.cue.relation,
        category=p.cue.category,
        summary=summary,
        evidence=[placeholder],
        mutual=p.mutual,
        confidence=tier,
        **extra,
    )

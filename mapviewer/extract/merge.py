"""Merging accepted draft statements into an open map, without duplicating what it already has.

A statement that repeats one already on the map (same source, target, relation and category)
becomes extra evidence on it, so the map keeps one edge per claim with all its quotes. New
statements get ids that do not collide with the map's. The result is checked for broken
references before it is returned.
"""

from __future__ import annotations

import re

from mapviewer.model.errors import MapSchemaError, Problem
from mapviewer.model.references import check_references
from mapviewer.model.types import Actor, Article, Evidence, MapDocument, Statement

_NUMBERED = re.compile(r"^s(\d+)$")


def _key(st: Statement) -> tuple[str, str, str, str]:
    return (st.source, st.target, st.relation.strip().lower(), st.category)


def _evidence_key(ev: Evidence) -> tuple[str, int | None, int | None, str | None]:
    return (ev.article, ev.start, ev.end, ev.quote)


def _merge_actor(existing: Actor, new: Actor) -> None:
    """Keep the map's actor; add aliases it lacks and fill fields it leaves empty."""
    for alias in new.aliases:
        if alias not in existing.aliases and alias != existing.label:
            existing.aliases = [*existing.aliases, alias]
    for name in ("iso3", "affiliation", "role"):
        if getattr(existing, name) is None and getattr(new, name) is not None:
            setattr(existing, name, getattr(new, name))


def merge_drafts(
    target: MapDocument, accepted: list[Statement], actors: list[Actor], article: Article
) -> MapDocument:
    """A copy of ``target`` with ``article``, ``actors`` and the ``accepted`` statements merged in.

    Actors merge by id. A statement equal to an existing one in source, target, relation and
    category adds its evidence there (evidence already present is not added twice). Other
    statements are appended under fresh ids. Raises ``MapSchemaError`` if the result would
    refer to an actor or article that neither side supplies.

    >>> from mapviewer.model.types import Evidence
    >>> doc = MapDocument(format="mapviewer-map", version=1)
    >>> a = Article(id="a1", text="Russia condemns Israel.")
    >>> ev = Evidence(article="a1", quote="Russia condemns Israel.", start=0, end=23)
    >>> st = Statement(id="s1", source="RUS", target="ISR", relation="condemns",
    ...                category="verbal_conflict", evidence=[ev])
    >>> people = [Actor(id="RUS", label="Russia", kind="state"),
    ...           Actor(id="ISR", label="Israel", kind="state")]
    >>> once = merge_drafts(doc, [st], people, a)
    >>> twice = merge_drafts(once, [st], people, a)
    >>> len(twice.statements), len(twice.statements[0].evidence)
    (1, 1)
    """
    doc = target.model_copy(deep=True)
    if all(a.id != article.id for a in doc.articles):
        doc.articles = [*doc.articles, article.model_copy(deep=True)]
    by_id = {a.id: a for a in doc.actors}
    for actor in actors:
        if actor.id in by_id:
            _merge_actor(by_id[actor.id], actor)
        else:
            copy = actor.model_copy(deep=True)
            by_id[actor.id] = copy
            doc.actors = [*doc.actors, copy]
    taken = {s.id for s in doc.statements}
    next_number = 1 + max(
        (int(m.group(1)) for s in doc.statements if (m := _NUMBERED.match(s.id))), default=0
    )
    by_key = {_key(s): s for s in doc.statements}
    added: list[Statement] = []
    for draft in accepted:
        existing = by_key.get(_key(draft))
        if existing is not None:
            have = {_evidence_key(e) for e in existing.evidence}
            new = [e.model_copy(deep=True) for e in draft.evidence if _evidence_key(e) not in have]
            if new:
                existing.evidence = [*existing.evidence, *new]
            if draft.mutual and not existing.mutual:
                existing.mutual = True
            continue
        st = draft.model_copy(deep=True)
        if st.id in taken:
            while f"s{next_number}" in taken:
                next_number += 1
            st.id = f"s{next_number}"
        taken.add(st.id)
        by_key[_key(st)] = st
        added.append(st)
    doc.statements = [*doc.statements, *added]
    problems: list[Problem] = check_references(doc)
    if problems:
        raise MapSchemaError(None, problems)
    return doc

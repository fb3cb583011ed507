"""Cross-references inside a map: unique ids, and every id that a field names must exist."""

from __future__ import annotations

from mapviewer.model.errors import Problem
from mapviewer.model.types import MapDocument


def _duplicates(ids: list[str], where: str) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for i, item_id in enumerate(ids):
        if item_id in seen:
            problems.append(Problem(f"{where}[{i}].id", f'duplicate id "{item_id}"'))
        seen.add(item_id)
    return problems


def check_references(doc: MapDocument) -> list[Problem]:
    """Every broken id in ``doc``, each with the path of the field that names it.

    >>> from mapviewer.model.types import MapDocument
    >>> doc = MapDocument.model_validate({"format": "mapviewer-map", "version": 1,
    ...     "story": ["s9"]})
    >>> [str(p) for p in check_references(doc)]
    ['story[0]: unknown statement "s9"']
    """
    problems = _duplicates([a.id for a in doc.articles], "articles")
    problems += _duplicates([a.id for a in doc.actors], "actors")
    problems += _duplicates([s.id for s in doc.statements], "statements")
    actors = {a.id for a in doc.actors}
    articles = {a.id for a in doc.articles}
    statements = {s.id for s in doc.statements}

    for i, actor in enumerate(doc.actors):
        if actor.affiliation is not None and actor.affiliation not in actors:
            problems.append(Problem(f"actors[{i}].affiliation", f'unknown actor "{actor.affiliation}"'))
    for i, st in enumerate(doc.statements):
        for field in ("source", "target"):
            value = getattr(st, field)
            if value not in actors:
                problems.append(Problem(f"statements[{i}].{field}", f'unknown actor "{value}"', st.id))
        for j, ev in enumerate(st.evidence):
            place = f"statements[{i}].evidence[{j}]"
            if ev.article not in articles:
                problems.append(Problem(f"{place}.article", f'unknown article "{ev.article}"', st.id))
            if ev.speaker is not None and ev.speaker not in actors:
                problems.append(Problem(f"{place}.speaker", f'unknown actor "{ev.speaker}"', st.id))
    for i, sid in enumerate(doc.story):
        if sid not in statements:
            problems.append(Problem(f"story[{i}]", f'unknown statement "{sid}"'))
    for actor_id in doc.positions:
        if actor_id not in actors:
            problems.append(Problem(f"positions.{actor_id}", f'unknown actor "{actor_id}"'))
    return problems

"""Graph queries on a map, through networkx.

A map is a ``networkx.MultiDiGraph``: one node per actor, one keyed edge per statement, so
several statements between a pair (in either direction) stay separate.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from mapviewer.model.types import MapDocument, Statement


def to_graph(doc: MapDocument) -> nx.MultiDiGraph:
    """The map as a MultiDiGraph whose edge keys are statement ids.

    >>> from mapviewer.model.types import MapDocument
    >>> doc = MapDocument.model_validate({"format": "mapviewer-map", "version": 1,
    ...   "articles": [{"id": "a", "text": "xx"}],
    ...   "actors": [{"id": "R", "label": "Russia", "kind": "state"},
    ...              {"id": "I", "label": "Iran", "kind": "state"}],
    ...   "statements": [{"id": "s1", "source": "R", "target": "I", "relation": "backs",
    ...     "category": "verbal_cooperation",
    ...     "evidence": [{"article": "a", "quote": "xx", "start": 0, "end": 2}]}]})
    >>> g = to_graph(doc)
    >>> list(g.edges(keys=True))
    [('R', 'I', 's1')]
    """
    g: nx.MultiDiGraph = nx.MultiDiGraph(title=doc.title)
    for actor in doc.actors:
        g.add_node(actor.id, label=actor.label, kind=actor.kind)
    for st in doc.statements:
        g.add_edge(
            st.source,
            st.target,
            key=st.id,
            relation=st.relation,
            category=st.category,
        )
    return g


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The unordered pair of two actor ids, in a fixed order, so ``A->B`` and ``B->A`` share it."""
    return (a, b) if a <= b else (b, a)


def statements_by_pair(doc: MapDocument) -> dict[tuple[str, str], list[Statement]]:
    """Statements grouped by unordered actor pair, in file order within each pair.

    The map draws one bundle per pair; this is that grouping.
    """
    pairs: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for st in doc.statements:
        pairs[pair_key(st.source, st.target)].append(st)
    return dict(pairs)


def statements_of(doc: MapDocument, actor_id: str) -> list[Statement]:
    """Every statement in which the actor is the source or the target, in file order."""
    return [s for s in doc.statements if actor_id in (s.source, s.target)]


def neighbours(doc: MapDocument, actor_id: str) -> set[str]:
    """The actors joined to ``actor_id`` by at least one statement, in either direction."""
    g = to_graph(doc)
    if actor_id not in g:
        return set()
    return set(g.successors(actor_id)) | set(g.predecessors(actor_id))


def degree(doc: MapDocument) -> dict[str, int]:
    """The number of statements each actor takes part in (0 for actors with none)."""
    counts = {a.id: 0 for a in doc.actors}
    for s in doc.statements:
        counts[s.source] = counts.get(s.source, 0) + 1
        if s.target != s.source:
            counts[s.target] = counts.get(s.target, 0) + 1
    return counts

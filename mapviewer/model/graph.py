"""Graph queries on a map, through networkx.

A map is a ``networkx.MultiDiGraph``: one node per actor, one keyed edge per statement, so
several statements between a pair (in either direction) stay separate.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from mapviewer.model.types import MapDocument, Statement

if TYPE_CHECKING:
    import networkx as nx


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
    import networkx as nx  # about 0.1 s to import: only when a graph is wanted

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
    return neighbour_map(doc).get(actor_id, set())


def neighbour_map(doc: MapDocument) -> dict[str, set[str]]:
    """For every actor in a statement, the actors it is joined to (one pass, no graph needed).

    >>> from mapviewer.model.types import MapDocument
    >>> doc = MapDocument.model_validate({"format": "mapviewer-map", "version": 1,
    ...   "articles": [{"id": "a", "text": "xx"}],
    ...   "actors": [{"id": k, "label": k, "kind": "state"} for k in "ABC"],
    ...   "statements": [{"id": "s1", "source": "A", "target": "B", "relation": "r",
    ...     "category": "neutral", "evidence": [{"article": "a"}]}]})
    >>> neighbour_map(doc)["B"]
    {'A'}
    """
    out: dict[str, set[str]] = defaultdict(set)
    for s in doc.statements:
        out[s.source].add(s.target)
        out[s.target].add(s.source)
    return dict(out)


def degree(doc: MapDocument) -> dict[str, int]:
    """The number of statements each actor takes part in (0 for actors with none)."""
    counts = {a.id: 0 for a in doc.actors}
    for s in doc.statements:
        counts[s.source] = counts.get(s.source, 0) + 1
        if s.target != s.source:
            counts[s.target] = counts.get(s.target, 0) + 1
    return counts

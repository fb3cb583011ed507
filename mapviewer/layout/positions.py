"""Where actors sit on the map: the positions the user placed, and a seeded force layout for the rest."""

from __future__ import annotations

import math

from mapviewer.model.graph import to_graph
from mapviewer.model.types import MapDocument

Point = tuple[float, float]

#: Scene units per unit of networkx's layout box.
SCALE = 420.0


def drawn_actors(doc: MapDocument) -> list[str]:
    """The actors the map draws: every actor in a statement, plus states, organisations and groups.

    People who only speak or hold an office (no statement of their own) would be isolated dots, so
    they appear in the panels instead.
    """
    in_statements = {s.source for s in doc.statements} | {s.target for s in doc.statements}
    return [a.id for a in doc.actors if a.id in in_statements or a.kind != "person"]


def layout_positions(doc: MapDocument, *, seed: int = 7, scale: float = SCALE) -> dict[str, Point]:
    """A position for every drawn actor. Placed positions are kept; the rest are laid out around them.

    >>> from mapviewer.model.types import MapDocument
    >>> doc = MapDocument.model_validate({"format": "mapviewer-map", "version": 1,
    ...   "actors": [{"id": "A", "label": "A", "kind": "state"},
    ...              {"id": "B", "label": "B", "kind": "state"}],
    ...   "positions": {"A": [10, 20]}})
    >>> pos = layout_positions(doc, seed=1)
    >>> pos["A"], sorted(pos)
    ((10.0, 20.0), ['A', 'B'])
    """
    ids = drawn_actors(doc)
    placed = {a: (float(p[0]), float(p[1])) for a, p in doc.positions.items() if a in set(ids)}
    missing = [a for a in ids if a not in placed]
    if not missing:
        return placed
    import networkx as nx  # heavy only in the layout itself

    graph = nx.Graph(to_graph(doc).subgraph(ids))
    graph.add_nodes_from(ids)
    if not placed:
        if len(ids) == 1:
            return {ids[0]: (0.0, 0.0)}
        k = 1.8 / math.sqrt(len(ids))
        raw = nx.spring_layout(graph, seed=seed, k=k, iterations=100)
        # Keep the spacing between actors about constant as maps grow: area grows with the count.
        spread = scale * max(1.0, math.sqrt(len(ids) / 25))
        return {a: (float(raw[a][0]) * spread, float(raw[a][1]) * spread) for a in ids}
    start = {a: (p[0] / scale, p[1] / scale) for a, p in placed.items()}
    raw = nx.spring_layout(graph, pos=start or None, fixed=list(placed) or None, seed=seed, iterations=100)
    out = dict(placed)
    for a in missing:
        out[a] = (float(raw[a][0]) * scale, float(raw[a][1]) * scale)
    return out

"""What every exporter needs: flat rows for actors and statements, typed attribute columns, the
articles to embed for a lossless round trip, and positions and colours for nodes that have none.

The flat rows name their fields as the importers read them back (``relation``, ``quote``,
``source_url``...), and carry the full evidence as JSON, so map -> GraphML/GEXF -> map keeps
every quote with its offsets.
"""

from __future__ import annotations

import json
import math
from typing import Any

from mapviewer.model.types import Actor, MapDocument, Statement

KIND_COLORS = {
    "state": "#4e79a7",
    "person": "#f28e2b",
    "organization": "#59a14f",
    "group": "#e15759",
}
#: Columns the exporters write for every node and edge; extra attributes never take these names.
NODE_FIELDS = ("label", "kind", "iso3", "aliases", "affiliation", "role", "color", "x", "y")
EDGE_FIELDS = (
    "relation", "category", "summary", "date", "mutual", "quote", "source_url", "outlet",
    "article", "attributed_to", "hedge", "evidence",
)  # fmt: skip


def _scalar(value: Any) -> Any:
    """A value a GraphML/GEXF cell can hold: lists and objects become JSON text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _attr_name(name: str, reserved: tuple[str, ...]) -> str:
    return f"attributes.{name}" if name.lower() in reserved or name.lower() == "id" else name


def positions(doc: MapDocument) -> dict[str, tuple[float, float]]:
    """Every actor's position: the placed ones as they are, the rest on a circle around them."""
    out = {k: (float(v[0]), float(v[1])) for k, v in doc.positions.items()}
    missing = [a.id for a in doc.actors if a.id not in out]
    radius = 60.0 * max(3, len(missing)) / math.pi
    for i, actor_id in enumerate(missing):
        angle = 2 * math.pi * i / len(missing)
        out[actor_id] = (round(radius * math.cos(angle), 2), round(radius * math.sin(angle), 2))
    return out


def color_of(actor: Actor) -> str:
    """The actor's colour extension, or a colour by kind."""
    color = getattr(actor, "color", None)
    if isinstance(color, str) and len(color) == 7 and color.startswith("#"):
        return color.lower()
    return KIND_COLORS.get(actor.kind, "#999999")


def actor_row(actor: Actor, position: tuple[float, float]) -> dict[str, Any]:
    """One node's values, named as the importers read them."""
    row: dict[str, Any] = {
        "label": actor.label,
        "kind": actor.kind,
        "iso3": actor.iso3,
        "aliases": json.dumps(actor.aliases, ensure_ascii=False) if actor.aliases else None,
        "affiliation": actor.affiliation,
        "role": actor.role,
        "color": color_of(actor),
        "x": position[0],
        "y": position[1],
    }
    attributes = getattr(actor, "attributes", None)
    if isinstance(attributes, dict):
        for key, value in attributes.items():
            row[_attr_name(str(key), NODE_FIELDS)] = _scalar(value)
    return {k: v for k, v in row.items() if v is not None}


def statement_row(st: Statement, doc: MapDocument) -> dict[str, Any]:
    """One edge's values: the statement, its first evidence flat, and all evidence as JSON."""
    first = st.evidence[0]
    try:
        article = doc.article(first.article)
    except KeyError:
        article = None
    row: dict[str, Any] = {
        "relation": st.relation,
        "category": st.category,
        "summary": st.summary or None,
        "date": st.date,
        "mutual": st.mutual,
        "quote": first.quote,
        "source_url": article.url if article else None,
        "outlet": (article.publisher or None) if article else None,
        "article": first.article,
        "attributed_to": first.attributed_to,
        "hedge": first.hedge,
        "evidence": json.dumps(
            [e.model_dump(mode="json", exclude_none=True) for e in st.evidence], ensure_ascii=False
        ),
    }
    attributes = getattr(st, "attributes", None)
    if isinstance(attributes, dict):
        for key, value in attributes.items():
            row[_attr_name(str(key), EDGE_FIELDS)] = _scalar(value)
    return {k: v for k, v in row.items() if v is not None}


def articles_payload(doc: MapDocument, texts: dict[str, str] | None = None) -> str:
    """The articles as JSON; with ``texts``, each article's text is embedded (no ``text_path``)."""
    items = []
    for article in doc.articles:
        raw = article.model_dump(mode="json", exclude_none=True)
        if texts and article.id in texts and article.text is None:
            raw.pop("text_path", None)
            raw["text"] = texts[article.id]
        items.append(raw)
    return json.dumps(items, ensure_ascii=False)


def column_types(rows: list[dict[str, Any]]) -> dict[str, str]:
    """``{column: "boolean" | "int" | "double" | "string"}``, one type that fits every value."""
    seen: dict[str, set[type]] = {}
    for row in rows:
        for key, value in row.items():
            seen.setdefault(key, set()).add(type(value))
    out = {}
    for key, types in seen.items():
        if types == {bool}:
            out[key] = "boolean"
        elif types == {int}:
            out[key] = "int"
        elif types <= {int, float}:
            out[key] = "double"
        else:
            out[key] = "string"
    return out


def cell_text(value: Any) -> str:
    """A value as XML attribute or CSV cell text (``true``/``false`` for booleans)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

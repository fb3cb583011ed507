"""Write a map as CSV (one row per statement, with the evidence columns) and as node-link JSON
(D3 and networkx ``node_link_graph(data, edges="links")`` read it).

CSV cells that a spreadsheet would run as a formula (``=``, ``+``, ``@``, ``-`` before a letter) get
a leading apostrophe, so a hostile quote cannot turn into a formula when the file is opened.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from mapviewer.formats.export_common import color_of, positions
from mapviewer.model.types import MapDocument

CSV_COLUMNS = (
    "id", "source", "source_label", "target", "target_label", "relation", "category", "date",
    "summary", "mutual", "quote", "start", "end", "article", "article_title", "source_url",
    "outlet", "published", "attributed_to", "speaker", "hedge", "evidence_count",
)  # fmt: skip


def _safe_cell(value: Any) -> str:
    if value is None:
        return ""
    text = "true" if value is True else "false" if value is False else str(value)
    if text[:1] in ("=", "+", "@", "\t", "\r") or (text[:1] == "-" and not _numeric(text)):
        return "'" + text
    return text


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_text(doc: MapDocument) -> str:
    """The statements as CSV: statement fields, the first evidence, then extra attributes.

    >>> from mapviewer.model.types import MapDocument
    >>> csv_text(MapDocument(format="mapviewer-map", version=1)).split(",")[:3]
    ['id', 'source', 'source_label']
    """
    labels = {a.id: a.label for a in doc.actors}
    articles = {a.id: a for a in doc.articles}
    extra: list[str] = []
    rows = []
    for st in doc.statements:
        ev = st.evidence[0]
        article = articles.get(ev.article)
        row: dict[str, Any] = {
            "id": st.id, "source": st.source, "source_label": labels.get(st.source),
            "target": st.target, "target_label": labels.get(st.target),
            "relation": st.relation, "category": st.category, "date": st.date,
            "summary": st.summary, "mutual": st.mutual, "quote": ev.quote, "start": ev.start,
            "end": ev.end, "article": ev.article,
            "article_title": article.title if article else None,
            "source_url": article.url if article else None,
            "outlet": article.publisher if article else None,
            "published": article.published if article else None,
            "attributed_to": ev.attributed_to, "speaker": ev.speaker, "hedge": ev.hedge,
            "evidence_count": len(st.evidence),
        }  # fmt: skip
        attributes = getattr(st, "attributes", None)
        if isinstance(attributes, dict):
            for key, value in attributes.items():
                name = f"attributes.{key}" if key in CSV_COLUMNS else str(key)
                if name not in extra:
                    extra.append(name)
                row[name] = json.dumps(value) if isinstance(value, dict | list) else value
        rows.append(row)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    header = [*CSV_COLUMNS, *extra]
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe_cell(row.get(name)) for name in header])
    return buffer.getvalue()


def node_link_data(doc: MapDocument, texts: dict[str, str] | None = None) -> dict[str, Any]:
    """The map as a node-link dict (``links``), with every actor and statement field.

    >>> from mapviewer.model.types import MapDocument
    >>> sorted(node_link_data(MapDocument(format="mapviewer-map", version=1)))
    ['directed', 'graph', 'links', 'multigraph', 'nodes']
    """
    where = positions(doc)
    articles = []
    for article in doc.articles:
        raw = article.model_dump(mode="json", exclude_none=True)
        if texts and article.id in texts and article.text is None:
            raw.pop("text_path", None)
            raw["text"] = texts[article.id]
        articles.append(raw)
    nodes = []
    for actor in doc.actors:
        raw = actor.model_dump(mode="json", exclude_none=True)
        if not raw.get("aliases"):
            raw.pop("aliases", None)
        raw["color"] = color_of(actor)
        raw["x"], raw["y"] = where[actor.id]
        nodes.append(raw)
    links = [st.model_dump(mode="json", exclude_none=True) for st in doc.statements]
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"title": doc.title, "mapviewer_articles": articles, "story": list(doc.story)},
        "nodes": nodes,
        "links": links,
    }


def json_text(doc: MapDocument, texts: dict[str, str] | None = None) -> str:
    """``node_link_data`` as indented JSON text."""
    return json.dumps(node_link_data(doc, texts), indent=2, ensure_ascii=False) + "\n"

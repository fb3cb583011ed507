"""Read GraphML from networkx, igraph, Gephi, yEd and Cytoscape.

Tags are matched by local name, so a file with no namespace declaration (some Cytoscape versions)
or a wrong one reads the same. Keys may come after the graph or not be declared at all (taken with a
warning). yEd's ``y:`` graphics (label, fill colour, geometry) become the actor's label, colour and
position. An edge that names an undeclared node is skipped and reported, never turned into an
invented node as networkx does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mapviewer.formats.builder import DocumentBuilder, parse_color, to_float
from mapviewer.formats.graphattrs import edge_fields, graph_fields, node_fields
from mapviewer.formats.report import DEFAULT_LIMITS, ImportReport, Limits, Progress, check_size
from mapviewer.formats.xmlsafe import XmlDocument, local, parse_xml
from mapviewer.model.types import MapDocument


@dataclass
class _Key:
    id: str
    domain: str
    name: str
    type: str
    yfiles: str
    default: str | None


def _keys(doc: XmlDocument, builder: DocumentBuilder) -> dict[str, _Key]:
    keys: dict[str, _Key] = {}
    for el in doc.root.iter():
        if local(el.tag) != "key":
            continue
        key_id = el.get("id", "")
        attrs = {local(k): v for k, v in el.attrib.items()}
        default = next((d.text or "" for d in el if local(d.tag) == "default"), None)
        keys[key_id] = _Key(
            key_id,
            attrs.get("for", "all"),
            attrs.get("attr.name") or attrs.get("name") or key_id,
            attrs.get("attr.type", "string"),
            attrs.get("yfiles.type", ""),
            default,
        )
    return keys


def _typed(text: str, key: _Key | None, builder: DocumentBuilder, place: str) -> Any:
    kind = key.type if key else "string"
    try:
        if kind in ("int", "long"):
            return int(text.strip())
        if kind in ("float", "double"):
            number = to_float(text)
            if number is None:
                raise ValueError(text)
            return number
        if kind == "boolean":
            lowered = text.strip().lower()
            if lowered in ("true", "1", "false", "0"):
                return lowered in ("true", "1")
            raise ValueError(text)
    except ValueError:
        builder.report.warn(f"{place}: {text[:30]!r} is not a {kind}; kept as text")
    return text


def _yfiles(data: ET.Element, out: dict[str, Any], builder: DocumentBuilder) -> None:
    """Label, fill colour and geometry from yEd's node or edge graphics."""
    for el in data.iter():
        name = local(el.tag)
        if name in ("NodeLabel", "EdgeLabel") and (el.text or "").strip() and "label" not in out:
            out["label"] = (el.text or "").strip()
            builder.report.map(f"yEd {name} -> {'actor label' if name == 'NodeLabel' else 'relation'}")
        elif name == "Fill" and "color" not in out and parse_color(el.get("color", "")):
            out["color"] = el.get("color")
            builder.report.map("yEd Fill color -> actor color")
        elif name == "Geometry" and "x" not in out:
            x, y = to_float(el.get("x")), to_float(el.get("y"))
            w, h = to_float(el.get("width")) or 0.0, to_float(el.get("height")) or 0.0
            if x is not None and y is not None:
                out["x"], out["y"] = x + w / 2, y + h / 2  # yEd gives the top-left corner
                builder.report.map("yEd Geometry -> position (the node's centre)")


def _data(
    el: ET.Element, domain: str, keys: dict[str, _Key], builder: DocumentBuilder, doc: XmlDocument
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for data in el:
        if local(data.tag) != "data":
            continue
        key_id = data.get("key", "")
        key = keys.get(key_id)
        if key is None and key_id not in builder.undeclared:
            builder.undeclared.add(key_id)
            builder.report.warn(f"undeclared key '{key_id}' (first at {doc.place(data)}) read as text")
        if len(data):
            _yfiles(data, out, builder)
            continue
        name = key.name if key else key_id
        out[name] = _typed(data.text or "", key, builder, doc.place(data))
    for key in keys.values():
        if key.default is not None and key.domain in (domain, "all") and key.name not in out:
            out[key.name] = _typed(key.default, key, builder, "a key's default")
    return out


def read_graphml(
    data: bytes,
    *,
    file: str | Path = "<memory>",
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[MapDocument, ImportReport]:
    """Read a GraphML file into a map.

    Parameters
    ----------
    data
        The file's bytes.
    file
        The file's name or path, used in messages and for the article that stands for the file.
    progress
        Optional ``progress(done, total)``; return False to cancel.
    limits
        Size limits.

    Returns
    -------
    (MapDocument, ImportReport)

    Raises
    ------
    FormatError
        For anything wrong with the file, naming the line and column.

    Examples
    --------
    >>> doc, report = read_graphml(b'''<graphml><graph edgedefault="directed">
    ...   <node id="FRA"/><node id="DEU"/><edge source="FRA" target="DEU"/></graph></graphml>''')
    >>> [a.kind for a in doc.actors], doc.statements[0].relation
    (['state', 'state'], 'linked to')
    """
    check_size(file, len(data), limits)
    builder = DocumentBuilder(file, "graphml", limits=limits, progress=progress)
    doc = parse_xml(data, file, builder.ticker)
    if local(doc.root.tag) != "graphml":
        raise builder.error(
            doc.place(doc.root), f"not a GraphML file (the root element is <{local(doc.root.tag)}>)"
        )
    graph = next((g for g in doc.root if local(g.tag) == "graph"), None)
    if graph is None:
        raise builder.error(doc.place(doc.root), "no <graph> element")
    keys = _keys(doc, builder)
    directed = graph.get("edgedefault", "directed") != "undirected"
    meta = graph_fields(_data(graph, "graph", keys, builder, doc), builder, "graph attribute")
    nodes = [el for el in graph.iter() if local(el.tag) == "node"]
    edges = [el for el in graph.iter() if local(el.tag) == "edge"]
    hyper = sum(1 for el in graph.iter() if local(el.tag) == "hyperedge")
    if hyper:
        builder.report.skip(f"{hyper} hyperedge(s)", "a map joins two actors per statement")
    for i, node in enumerate(nodes):
        attrs = _data(node, "node", keys, builder, doc)
        fields = node_fields(attrs, builder, "node attribute")
        builder.add_actor(node.get("id", ""), place=f"{doc.place(node)} (node {i})", **fields)
        builder.ticker.tick(i, len(nodes) + len(edges))
    for i, edge in enumerate(edges):
        attrs = _data(edge, "edge", keys, builder, doc)
        fields = edge_fields(attrs, builder, "edge attribute")
        mutual = edge.get("directed", "true" if directed else "false") == "false"
        if mutual and "mutual" not in fields:
            fields["mutual"] = True
            builder.report.map("undirected edge -> mutual statement")
        builder.add_statement(
            edge.get("source", ""),
            edge.get("target", ""),
            place=f"{doc.place(edge)} (edge {edge.get('id') or i})",
            statement_id=edge.get("id"),
            **fields,
        )
        builder.ticker.tick(len(nodes) + i, len(nodes) + len(edges))
    return builder.finish(meta.get("title", ""), meta.get("story")), builder.report

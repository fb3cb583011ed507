"""Read GEXF 1.1draft, 1.2draft and 1.3 (Gephi), in any of the namespaces these versions used.

networkx 3.6 refuses the www.gexf.net 1.1 and the old www.gephi.org namespaces, and reads
``viz:`` data only in the namespace it expects; here tags are matched by local name, so every
variant reads the same. Attribute values may name their attribute by id or by title. In a dynamic
graph, each spell of an edge (or its start and end) becomes one statement dated by that spell.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from mapviewer.formats.builder import DocumentBuilder, parse_color, rgb_hex, to_float
from mapviewer.formats.graphattrs import edge_fields, graph_fields, node_fields
from mapviewer.formats.report import DEFAULT_LIMITS, ImportReport, Limits, Progress, check_size
from mapviewer.formats.xmlsafe import XmlDocument, local, parse_xml
from mapviewer.model.types import MapDocument

#: The namespace this app writes its own round-trip data in (``<meta>``), ignored by other tools.
MAPVIEWER_NS = "https://mapviewer.invalid/ns/gexf-extension"


_Attr = tuple[str, str | None, str]  # title, default, type


def _typed(value: str, kind: str) -> Any:
    """The value in its declared type; text when it does not parse (kept, never refused)."""
    try:
        if kind in ("integer", "long", "short", "byte"):
            return int(value.strip())
        if kind in ("double", "float"):
            number = to_float(value)
            return value if number is None else number
        if kind == "boolean" and value.strip().lower() in ("true", "false", "1", "0"):
            return value.strip().lower() in ("true", "1")
    except ValueError:
        pass
    return value


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if local(c.tag) == name]


def _declared(graph: ET.Element) -> dict[str, dict[str, _Attr]]:
    """``{class: {id or title: (title, default)}}``; ids first, titles as a fallback."""
    out: dict[str, dict[str, _Attr]] = {"node": {}, "edge": {}}
    for block in _children(graph, "attributes"):
        table = out.setdefault(block.get("class", "node"), {})
        by_title: dict[str, _Attr] = {}
        for attr in _children(block, "attribute"):
            title = attr.get("title") or attr.get("id") or ""
            default = next((d.text or "" for d in _children(attr, "default")), None)
            entry = (title, default, attr.get("type", "string"))
            table[attr.get("id", title)] = entry
            by_title[title] = entry
        for title, entry in by_title.items():
            table.setdefault(title, entry)
    return out


def _attvalues(
    el: ET.Element,
    table: dict[str, _Attr],
    builder: DocumentBuilder,
    doc: XmlDocument,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for block in _children(el, "attvalues"):
        for av in _children(block, "attvalue"):
            ref = av.get("for") or av.get("id") or ""
            title, _, kind = table.get(ref, (ref, None, "string"))
            if ref not in table and ref not in builder.undeclared:
                builder.undeclared.add(ref)
                builder.report.warn(f"undeclared attribute '{ref}' (first at {doc.place(av)})")
            value: Any = _typed(av.get("value", ""), kind)
            when = {k: av.get(k) for k in ("start", "end", "timestamp") if av.get(k)}
            if when:  # a dynamic value: keep every (value, time) pair
                previous = out.get(title)
                entry = {"value": value, **when}
                value = [*previous, entry] if isinstance(previous, list) else [entry]
            out[title] = value
    for title, default, kind in table.values():
        if default is not None and title not in out:
            out[title] = _typed(default, kind)
    return out


def _viz(el: ET.Element, out: dict[str, Any], builder: DocumentBuilder) -> None:
    for child in el:
        name = local(child.tag)
        if name == "color":
            hex_color = parse_color(child.get("hex", "")) if child.get("hex") else None
            rgb = [to_float(child.get(c)) for c in ("r", "g", "b")]
            if hex_color is None and all(v is not None for v in rgb):
                hex_color = rgb_hex(*(int(v or 0) for v in rgb))
            if hex_color:
                out["color"] = hex_color
                builder.report.map("viz:color -> actor color")
        elif name == "position":
            x, y = to_float(child.get("x")), to_float(child.get("y"))
            if x is not None and y is not None:
                out["x"], out["y"] = x, y
                builder.report.map("viz:position -> position")
        elif name == "size" and to_float(child.get("value")) is not None:
            out["size"] = to_float(child.get("value"))
            builder.report.keep("viz:size -> actors[].attributes.size")


def _spells(el: ET.Element) -> list[dict[str, str]]:
    """Every time span of an element: its spells, timestamps, or its own start and end."""
    spans: list[dict[str, str]] = []
    for block in _children(el, "spells"):
        for spell in _children(block, "spell"):
            spans.append(_span(spell))
    for block in _children(el, "timestamps"):
        for stamp in _children(block, "timestamp"):
            if stamp.get("value"):
                spans.append({"start": stamp.get("value", "")})
    own = _span(el)
    if el.get("timestamps"):  # GEXF 1.3: timestamps="<[2001, 2003]>" style lists
        stamps = el.get("timestamps", "").strip("<>[] ").replace(";", ",").split(",")
        spans += [{"start": s.strip()} for s in stamps if s.strip()]
    return spans or ([own] if own else [])


def _span(el: ET.Element) -> dict[str, str]:
    out: dict[str, str] = {}
    start = el.get("start") or el.get("startopen") or el.get("timestamp")
    end = el.get("end") or el.get("endopen")
    if start:
        out["start"] = start
    if end:
        out["end"] = end
    return out


def _meta(root: ET.Element, builder: DocumentBuilder) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for meta in _children(root, "meta"):
        for child in meta:
            name, text = local(child.tag), (child.text or "").strip()
            if name in ("title", "articles", "story") and text:
                attrs[name if name == "title" else f"mapviewer_{name}"] = text
            elif name == "description" and text:
                attrs.setdefault("title", text)
    story = attrs.pop("mapviewer_story", None)
    if story is not None:
        attrs["story"] = story
    return graph_fields(attrs, builder, "GEXF meta")


def read_gexf(
    data: bytes,
    *,
    file: str | Path = "<memory>",
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[MapDocument, ImportReport]:
    """Read a GEXF file into a map.

    Parameters
    ----------
    data
        The file's bytes.
    file
        The file's name or path, for messages and for the article that stands for the file.
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
    >>> doc, _ = read_gexf(b'''<gexf xmlns="http://www.gephi.org/gexf/1.1draft"><graph>
    ...   <nodes><node id="a" label="Chile"/><node id="b" label="Peru"/></nodes>
    ...   <edges><edge source="a" target="b" label="trades with"/></edges></graph></gexf>''')
    >>> doc.actors[0].iso3, doc.statements[0].relation
    ('CHL', 'trades with')
    """
    check_size(file, len(data), limits)
    builder = DocumentBuilder(file, "gexf", limits=limits, progress=progress)
    doc = parse_xml(data, file, builder.ticker)
    if local(doc.root.tag) != "gexf":
        raise builder.error(
            doc.place(doc.root), f"not a GEXF file (the root element is <{local(doc.root.tag)}>)"
        )
    graph = next(iter(_children(doc.root, "graph")), None)
    if graph is None:
        raise builder.error(doc.place(doc.root), "no <graph> element")
    meta = _meta(doc.root, builder)
    tables = _declared(graph)
    default_type = graph.get("defaultedgetype", "directed")
    nodes = [el for el in graph.iter() if local(el.tag) == "node"]
    edges = [el for el in graph.iter() if local(el.tag) == "edge"]
    total = len(nodes) + len(edges)
    for i, node in enumerate(nodes):
        attrs: dict[str, Any] = {"label": node.get("label")} if node.get("label") else {}
        attrs.update(_attvalues(node, tables["node"], builder, doc))
        _viz(node, attrs, builder)
        spans = _spells(node)
        if spans:
            attrs["spells"] = spans
        if node.get("pid"):
            attrs["parent"] = node.get("pid")
        fields = node_fields(attrs, builder, "node attribute")
        builder.add_actor(node.get("id", ""), place=f"{doc.place(node)} (node {i})", **fields)
        builder.ticker.tick(i, total)
    for i, edge in enumerate(edges):
        _edge(edge, i, default_type, tables["edge"], builder, doc)
        builder.ticker.tick(len(nodes) + i, total)
    return builder.finish(meta.get("title", ""), meta.get("story")), builder.report


def _edge(
    edge: ET.Element,
    index: int,
    default_type: str,
    table: dict[str, _Attr],
    builder: DocumentBuilder,
    doc: XmlDocument,
) -> None:
    base: dict[str, Any] = {}
    for name in ("label", "weight", "kind"):
        if edge.get(name):
            base[name] = edge.get(name)
    weight = to_float(base.get("weight"))
    if weight is not None:
        base["weight"] = weight
    base.update(_attvalues(edge, table, builder, doc))
    edge_type = edge.get("type", default_type)
    edge_id = edge.get("id") or f"e{index}"
    spans = _spells(edge) or [{}]
    if len(spans) > 1:
        builder.report.map("each spell of a dynamic edge -> one statement dated by it")
    for k, span in enumerate(spans):
        attrs = dict(base)
        for name, value in span.items():
            attrs.setdefault(name, value)
        fields = edge_fields(attrs, builder, "edge attribute")
        if edge_type in ("undirected", "mutual") and "mutual" not in fields:
            fields["mutual"] = True
            builder.report.map(f"{edge_type} edge -> mutual statement")
        builder.add_statement(
            edge.get("source", ""),
            edge.get("target", ""),
            place=f"{doc.place(edge)} (edge {edge_id})",
            statement_id=edge_id if k == 0 else f"{edge_id}@{k + 1}",
            **fields,
        )

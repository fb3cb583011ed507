"""Read graph JSON: Cytoscape desktop ``.cyjs``, Cytoscape.js element arrays, D3 node-link
(``links`` or ``edges``) and networkx ``node_link_data``.

The dialects differ in where they put things (``data`` and ``position`` in Cytoscape, flat objects
in D3) and in how links name their ends (ids, indexes into ``nodes``, or node objects after a D3
simulation ran). Each problem is reported with its JSON path, e.g. ``links[4].target``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mapviewer.formats.builder import DocumentBuilder
from mapviewer.formats.errors import FormatError
from mapviewer.formats.graphattrs import edge_fields, graph_fields, node_fields
from mapviewer.formats.report import DEFAULT_LIMITS, ImportReport, Limits, Progress, check_size
from mapviewer.model.types import MapDocument


def load_json(data: bytes, file: str | Path) -> Any:
    """Parse JSON bytes; ``FormatError`` with line and column (or a plain reason) on failure."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise FormatError(file, f"line {line}", "not valid UTF-8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise FormatError(file, f"line {e.lineno}, column {e.colno}", e.msg) from None
    except RecursionError:
        raise FormatError(file, "", "JSON nested too deeply") from None
    except ValueError as e:  # e.g. an integer with too many digits
        raise FormatError(file, "", f"bad JSON value: {e}") from None


def json_dialect(raw: Any) -> str | None:
    """``"cyjs"``, ``"cytoscape.js"``, ``"node-link"`` or None.

    >>> json_dialect({"elements": {"nodes": [], "edges": []}})
    'cyjs'
    >>> json_dialect({"nodes": [], "links": []})
    'node-link'
    """
    if isinstance(raw, list):
        return "cytoscape.js"
    if not isinstance(raw, dict):
        return None
    elements = raw.get("elements")
    if isinstance(elements, dict):
        return "cyjs"
    if isinstance(elements, list):
        return "cytoscape.js"
    if isinstance(raw.get("nodes"), list) and isinstance(raw.get("links", raw.get("edges")), list):
        return "node-link"
    return None


def read_json_graph(
    data: bytes,
    *,
    file: str | Path = "<memory>",
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[MapDocument, ImportReport]:
    """Read a graph JSON file (any of the dialects above) into a map.

    Parameters
    ----------
    data
        The file's bytes.
    file
        Name or path, for messages and the article that stands for the file.
    progress, limits
        As for every reader.

    Examples
    --------
    >>> doc, _ = read_json_graph(b'{"nodes": [{"id": "Japan"}, {"id": "China"}],'
    ...     b' "links": [{"source": 0, "target": 1, "label": "protests to"}]}')
    >>> [a.iso3 for a in doc.actors], doc.statements[0].relation
    (['JPN', 'CHN'], 'protests to')
    """
    check_size(file, len(data), limits)
    raw = load_json(data, file)
    dialect = json_dialect(raw)
    if dialect is None:
        raise FormatError(
            file,
            "(top level)",
            "not a graph JSON file (expected Cytoscape elements or nodes/links)",
        )
    builder = DocumentBuilder(file, f"json ({dialect})", limits=limits, progress=progress)
    meta = _node_link(raw, builder) if dialect == "node-link" else _cytoscape(raw, builder)
    return builder.finish(meta.get("title", ""), meta.get("story")), builder.report


def _str_id(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _cytoscape(raw: Any, builder: DocumentBuilder) -> dict[str, Any]:
    if isinstance(raw, list):
        items = [(f"[{i}]", el) for i, el in enumerate(raw)]
        meta: dict[str, Any] = {}
    else:
        elements = raw["elements"]
        meta = graph_fields(raw["data"], builder, "graph data") if isinstance(raw.get("data"), dict) else {}
        if isinstance(elements, list):
            items = [(f"elements[{i}]", el) for i, el in enumerate(elements)]
        else:
            items = []
            for group in ("nodes", "edges"):
                listed = elements.get(group)
                if isinstance(listed, list):
                    items += [(f"elements.{group}[{i}]", el) for i, el in enumerate(listed)]
    nodes: list[tuple[str, Any, dict[str, Any]]] = []
    edges: list[tuple[str, Any, dict[str, Any]]] = []
    for path, el in items:
        data = el.get("data") if isinstance(el, dict) else None
        if not isinstance(data, dict):
            builder.report.skip(path, "an element without a data object")
            continue
        is_edge = el.get("group") == "edges" or ("source" in data and "target" in data)
        (edges if is_edge else nodes).append((path, el, data))
    for n, (path, el, data) in enumerate(nodes):
        attrs = {k: v for k, v in data.items() if k != "id"}
        position = el.get("position")
        if isinstance(position, dict) and "x" in position and "y" in position:
            attrs["x"], attrs["y"] = position["x"], position["y"]
        fields = node_fields(attrs, builder, "node data")
        node_id = _str_id(data.get("id")) or ""
        builder.add_actor(node_id, place=f"{path}.data.id", **fields)
        builder.ticker.tick(n, len(items))
    for n, (path, _, data) in enumerate(edges):
        _edge(builder, path, data, "edge data", mutual=False)
        builder.ticker.tick(len(nodes) + n, len(items))
    return meta


def _edge(
    builder: DocumentBuilder,
    path: str,
    data: dict[str, Any],
    what: str,
    *,
    mutual: bool,
    by_index: list[str] | None = None,
) -> None:
    ends = []
    for end in ("source", "target"):
        value = data.get(end)
        if isinstance(value, dict):  # a D3 simulation replaces ids by the node objects
            value = value.get("id", value.get("index"))
        end_id = _str_id(value)
        if (
            by_index is not None
            and end_id is not None
            and not builder.has_actor(end_id)
            and isinstance(value, int)
            and 0 <= value < len(by_index)
        ):
            end_id = by_index[value]  # D3's default: links name nodes by their index
            builder.report.map("numeric link ends -> nodes by position (D3 style)")
        ends.append(end_id)
    if ends[0] is None or ends[1] is None:
        builder.report.skip(path, "source or target is missing or not an id")
        return
    attrs = {k: v for k, v in data.items() if k not in ("id", "source", "target")}
    fields = edge_fields(attrs, builder, what)
    if mutual and "mutual" not in fields:
        fields["mutual"] = True
        builder.report.map("undirected graph -> mutual statements")
    builder.add_statement(ends[0], ends[1], place=path, statement_id=_str_id(data.get("id")), **fields)


def _node_link(raw: dict[str, Any], builder: DocumentBuilder) -> dict[str, Any]:
    graph = raw.get("graph")
    meta = graph_fields(graph, builder, "graph attribute") if isinstance(graph, dict) else {}
    for key in ("directed", "multigraph"):
        if key in raw:
            builder.report.map(f"'{key}' read")
    key = "links" if isinstance(raw.get("links"), list) else "edges"
    nodes: list[Any] = raw["nodes"]
    links: list[Any] = raw[key]
    total = len(nodes) + len(links)
    by_index: list[str] = []
    for i, node in enumerate(nodes):
        if not isinstance(node, dict):
            builder.report.skip(f"nodes[{i}]", "not an object")
            by_index.append("")
            continue
        node_id = _str_id(node.get("id", i))
        by_index.append(node_id or "")
        attrs = {k: v for k, v in node.items() if k != "id"}
        if "id" not in node:
            builder.report.map("nodes without 'id' -> numbered by position (D3 style)")
        fields = node_fields(attrs, builder, "node attribute")
        builder.add_actor(node_id or "", place=f"nodes[{i}].id", **fields)
        builder.ticker.tick(i, total)
    mutual = raw.get("directed") is False
    for i, link in enumerate(links):
        if not isinstance(link, dict):
            builder.report.skip(f"{key}[{i}]", "not an object")
            continue
        _edge(builder, f"{key}[{i}]", link, f"{key[:-1]} attribute", mutual=mutual, by_index=by_index)
        builder.ticker.tick(len(nodes) + i, total)
    return meta

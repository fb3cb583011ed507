"""Turn the attributes of a foreign node or edge into actor and statement fields.

GraphML, GEXF and the JSON graph formats all give a node or an edge as a bag of named values; the
names differ by tool (Gephi writes ``label``, Cytoscape ``name`` and ``interaction``, igraph
``name``). This module knows the synonyms, and keeps whatever it does not know as ``attributes``.
It also reads back the fields that this app's own exporters write, so round trips lose nothing.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from mapviewer.formats.builder import DocumentBuilder, parse_color, rgb_hex, to_float
from mapviewer.model.types import ACTOR_KINDS, Article, Evidence

NODE_LABEL = ("label", "name", "title")
EDGE_RELATION = ("relation", "label", "edge label", "interaction", "predicate")
EDGE_DATE = ("date", "start", "timestamp", "time")
EDGE_URL = ("source_url", "url", "sourceurl", "link")
EDGE_OUTLET = ("outlet", "publisher")


def _pick(attrs: dict[str, Any], names: tuple[str, ...]) -> tuple[str, Any] | None:
    lowered = {k.lower(): k for k in attrs}
    for name in names:
        key = lowered.get(name)
        if key is not None and attrs[key] not in (None, ""):
            return key, attrs[key]
    return None


def _drop_copies(rest: dict[str, Any], names: tuple[str, ...], value: Any) -> None:
    """Drop synonyms that repeat the value just mapped (exporters write both for other tools)."""
    for key in [k for k in rest if k.lower() in names and rest[k] == value]:
        del rest[key]


def _json_list(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if not isinstance(value, str) or not value.lstrip().startswith("["):
        return None
    try:
        loaded = json.loads(value)
    except (ValueError, RecursionError):
        return None
    return loaded if isinstance(loaded, list) else None


def _flat(attrs: dict[str, Any]) -> dict[str, Any]:
    """A copy with a nested ``attributes`` object (this app's JSON export) merged in."""
    rest = dict(attrs)
    nested = rest.get("attributes")
    if isinstance(nested, dict):
        del rest["attributes"]
        for key, value in nested.items():
            rest.setdefault(str(key), value)
    return rest


def node_fields(attrs: dict[str, Any], builder: DocumentBuilder, what: str) -> dict[str, Any]:
    """Keyword arguments for ``DocumentBuilder.add_actor`` from a node's attributes.

    ``what`` names the source of the attributes in the report ("GraphML node attribute").
    """
    rest = _flat(attrs)
    out: dict[str, Any] = {}
    report = builder.report
    picked = _pick(rest, NODE_LABEL)
    if picked:
        out["label"] = str(rest.pop(picked[0]))
        report.map(f"{what} '{picked[0]}' -> actor label")
        _drop_copies(rest, NODE_LABEL, picked[1])
    picked = _pick(rest, ("kind", "type"))
    if picked and picked[1] in ACTOR_KINDS:
        out["kind"] = rest.pop(picked[0])
        report.map(f"{what} '{picked[0]}' -> actor kind")
    picked = _pick(rest, ("iso3", "iso_a3", "iso"))
    if picked:
        out["iso3"] = str(rest.pop(picked[0])).upper()
        report.map(f"{what} '{picked[0]}' -> actor iso3")
    picked = _pick(rest, ("color", "colour", "fill"))
    color = parse_color(picked[1]) if picked else None
    if picked and color:
        rest.pop(picked[0])
        report.map(f"{what} '{picked[0]}' -> actor color")
    rgb = [_pick(rest, (c,)) for c in ("r", "g", "b")]
    if all(rgb):
        values = [to_float(p[1]) for p in rgb if p]
        if all(v is not None for v in values):
            for p in rgb:
                rest.pop(p[0]) if p else None
            color = color or rgb_hex(*(int(v or 0) for v in values))
            report.map(f"{what}s 'r', 'g', 'b' -> actor color")
    if color:
        out["color"] = color
    px, py = _pick(rest, ("x",)), _pick(rest, ("y",))
    if px and py:
        x, y = to_float(px[1]), to_float(py[1])
        if x is not None and y is not None:
            rest.pop(px[0])
            rest.pop(py[0])
            out["position"] = (x, y)
            report.map(f"{what}s 'x', 'y' -> position")
    fields: dict[str, Any] = {}
    picked = _pick(rest, ("aliases",))
    aliases = _json_list(picked[1]) if picked else None
    if picked and aliases is not None and all(isinstance(a, str) for a in aliases):
        rest.pop(picked[0])
        fields["aliases"] = aliases
    for name in ("affiliation", "role"):
        picked = _pick(rest, (name,))
        if picked:
            fields[name] = str(rest.pop(picked[0]))
            report.map(f"{what} '{picked[0]}' -> actor {name}")
    if fields:
        out["fields"] = fields
    if rest:
        out["attributes"] = rest
        for key in rest:
            report.keep(f"{what} '{key}' -> actors[].attributes")
    return out


def edge_fields(attrs: dict[str, Any], builder: DocumentBuilder, what: str) -> dict[str, Any]:
    """Keyword arguments for ``DocumentBuilder.add_statement`` from an edge's attributes."""
    rest = _flat(attrs)
    out: dict[str, Any] = {}
    report = builder.report
    for field, names in (
        ("relation", EDGE_RELATION),
        ("category", ("category", "quadclass")),
        ("date", EDGE_DATE),
        ("summary", ("summary",)),
    ):
        picked = _pick(rest, names)
        if picked:
            value = rest.pop(picked[0])
            out[field] = str(value)
            report.map(f"{what} '{picked[0]}' -> statement {field}")
            _drop_copies(rest, names, value)
    picked = _pick(rest, ("mutual",))
    if picked and str(picked[1]).lower() in ("true", "false", "1", "0"):
        out["mutual"] = str(rest.pop(picked[0])).lower() in ("true", "1")
        report.map(f"{what} '{picked[0]}' -> statement mutual")
    picked = _pick(rest, ("evidence",))
    evidence = _evidence(picked[1], builder) if picked else None
    url = _pick(rest, EDGE_URL)
    outlet = _pick(rest, EDGE_OUTLET)
    if picked and evidence:
        rest.pop(picked[0])
        report.map(f"{what} '{picked[0]}' -> statement evidence")
        for also in (url, outlet, _pick(rest, ("quote",)), _pick(rest, ("article",))):
            if also:  # flat copies of the first evidence, written for other tools
                rest.pop(also[0])
    elif url:
        rest.pop(url[0])
        publisher = str(rest.pop(outlet[0])) if outlet else ""
        article = builder.url_article(str(url[1]), publisher=publisher)
        evidence = [Evidence(article=article)]
        report.map(f"{what} '{url[0]}' -> unquoted evidence with that article URL")
    if evidence:
        out["evidence"] = evidence
    if rest:
        out["attributes"] = rest
        for key in rest:
            report.keep(f"{what} '{key}' -> statements[].attributes")
    return out


def _evidence(value: Any, builder: DocumentBuilder) -> list[Evidence] | None:
    items = _json_list(value)
    if not items:
        return None
    try:
        return [Evidence.model_validate(item) for item in items]
    except (ValidationError, TypeError):
        builder.report.warn("an edge's 'evidence' is not a list of evidence; kept as attribute")
        return None


def graph_fields(attrs: dict[str, Any], builder: DocumentBuilder, what: str) -> dict[str, Any]:
    """Title and story from graph-level attributes; this app's articles are added to the builder.

    Returns ``{"title": ..., "story": [...]}``; other graph attributes are reported as skipped.
    """
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        name = key.lower()
        if name in ("title", "name", "label") and "title" not in out:
            out["title"] = str(value)
            builder.report.map(f"{what} '{key}' -> map title")
        elif name == "story" and _json_list(value) is not None:
            out["story"] = [str(s) for s in _json_list(value) or []]
            builder.report.map(f"{what} '{key}' -> map story")
        elif name == "mapviewer_articles" and _json_list(value) is not None:
            for i, item in enumerate(_json_list(value) or []):
                try:
                    builder.add_article(Article.model_validate(item), f"{what} '{key}'[{i}]")
                except (ValidationError, TypeError):
                    builder.report.skip(f"{what} '{key}'[{i}]", "not an article")
            builder.report.map(f"{what} '{key}' -> map articles")
        else:
            builder.report.skip(f"{what} '{key}'", "graph attributes have no place in a map")
    return out

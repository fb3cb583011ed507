"""Write a map as GraphML (for yEd, Gephi, Cytoscape, networkx) and as GEXF 1.3 (for Gephi).

GraphML carries positions and colours twice: as plain ``x``, ``y``, ``r``, ``g``, ``b`` keys (Gephi
and Cytoscape read these) and as yEd ``y:ShapeNode`` graphics (yEd reads only those). GEXF uses
``viz:`` elements. Both carry every statement field, the evidence as JSON, and the articles in the
graph data (GraphML) or ``<meta>`` (GEXF), so importing the file again loses nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from mapviewer.formats.export_common import (
    actor_row,
    articles_payload,
    cell_text,
    column_types,
    positions,
    statement_row,
)
from mapviewer.formats.gexf import MAPVIEWER_NS
from mapviewer.model.types import MapDocument

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YFILES_NS = "http://www.yworks.com/xml/graphml"
GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_NODE_SIZE = 30.0


def _clean(text: str) -> str:
    """Drop what XML 1.0 cannot hold at all (control characters other than tab and newline)."""
    return "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff"))


def _attr(value: Any) -> str:
    return quoteattr(_clean(cell_text(value)))


def _text(value: Any) -> str:
    return escape(_clean(cell_text(value)), {"\r": "&#13;"})  # a bare \r would read back as \n


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def graphml_text(doc: MapDocument, texts: dict[str, str] | None = None) -> str:
    """The map as GraphML text (directed; mutual statements carry ``mutual=true``).

    >>> from mapviewer.model.types import MapDocument
    >>> empty = MapDocument(format="mapviewer-map", version=1)
    >>> '<graph id="G" edgedefault="directed">' in graphml_text(empty)
    True
    """
    where = positions(doc)
    nodes = [(a.id, actor_row(a, where[a.id])) for a in doc.actors]
    for _, row in nodes:
        row["r"], row["g"], row["b"] = _rgb(row["color"])
    edges = [(s, statement_row(s, doc)) for s in doc.statements]
    node_types = column_types([r for _, r in nodes])
    edge_types = column_types([r for _, r in edges])
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<graphml xmlns="{GRAPHML_NS}" xmlns:y="{YFILES_NS}"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        f' xsi:schemaLocation="{GRAPHML_NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
        '  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>',
        '  <key id="g_articles" for="graph" attr.name="mapviewer_articles" attr.type="string"/>',
        '  <key id="g_story" for="graph" attr.name="story" attr.type="string"/>',
    ]
    node_keys = {name: f"n{i}" for i, name in enumerate(node_types)}
    edge_keys = {name: f"e{i}" for i, name in enumerate(edge_types)}
    for domain, keys, types in (("node", node_keys, node_types), ("edge", edge_keys, edge_types)):
        for name, key in keys.items():
            out.append(
                f'  <key id="{key}" for="{domain}" attr.name={_attr(name)} attr.type="{types[name]}"/>'
            )
    out += [
        '  <key id="ng" for="node" yfiles.type="nodegraphics"/>',
        '  <key id="eg" for="edge" yfiles.type="edgegraphics"/>',
        '  <graph id="G" edgedefault="directed">',
        f'    <data key="g_title">{_text(doc.title)}</data>',
        f'    <data key="g_articles">{_text(articles_payload(doc, texts))}</data>',
        f'    <data key="g_story">{_text(_json_list(doc.story))}</data>',
    ]
    for actor_id, row in nodes:
        out.append(f"    <node id={_attr(actor_id)}>")
        out += [f'      <data key="{node_keys[k]}">{_text(v)}</data>' for k, v in row.items()]
        x, y = row["x"] - _NODE_SIZE / 2, row["y"] - _NODE_SIZE / 2
        out.append(
            f'      <data key="ng"><y:ShapeNode><y:Geometry x="{x}" y="{y}" width="{_NODE_SIZE}"'
            f' height="{_NODE_SIZE}"/><y:Fill color="{row["color"].upper()}" transparent="false"/>'
            f"<y:NodeLabel>{_text(row['label'])}</y:NodeLabel>"
            '<y:Shape type="ellipse"/></y:ShapeNode></data>'
        )
        out.append("    </node>")
    for st, row in edges:
        out.append(f"    <edge id={_attr(st.id)} source={_attr(st.source)} target={_attr(st.target)}>")
        out += [f'      <data key="{edge_keys[k]}">{_text(v)}</data>' for k, v in row.items()]
        arrow = "standard" if st.mutual else "none"
        out.append(
            f'      <data key="eg"><y:PolyLineEdge><y:Arrows source="{arrow}" target="standard"/>'
            f"<y:EdgeLabel>{_text(st.relation)}</y:EdgeLabel></y:PolyLineEdge></data>"
        )
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(out)


def _json_list(items: list[str]) -> str:
    import json

    return json.dumps(items, ensure_ascii=False)


_GEXF_TYPES = {"boolean": "boolean", "int": "integer", "double": "double", "string": "string"}


def gexf_text(doc: MapDocument, texts: dict[str, str] | None = None) -> str:
    """The map as GEXF 1.3 text, with ``viz:`` colours, positions and sizes.

    >>> from mapviewer.model.types import MapDocument
    >>> 'version="1.3"' in gexf_text(MapDocument(format="mapviewer-map", version=1))
    True
    """
    where = positions(doc)
    nodes = [(a, actor_row(a, where[a.id])) for a in doc.actors]
    edges = [(s, statement_row(s, doc)) for s in doc.statements]
    hidden = ("label", "color", "x", "y", "size")  # written as the label attribute and as viz:
    node_types = {k: t for k, t in column_types([r for _, r in nodes]).items() if k not in hidden}
    edge_types = column_types([r for _, r in edges])
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" xmlns:mv="{MAPVIEWER_NS}"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        f' xsi:schemaLocation="{GEXF_NS} http://gexf.net/1.3/gexf.xsd" version="1.3">',
        f'  <meta lastmodifieddate="{date.today().isoformat()}">',
        "    <creator>mapviewer</creator>",
        f"    <description>{_text(doc.title)}</description>",
        f"    <mv:title>{_text(doc.title)}</mv:title>",
        f"    <mv:articles>{_text(articles_payload(doc, texts))}</mv:articles>",
        f"    <mv:story>{_text(_json_list(doc.story))}</mv:story>",
        "  </meta>",
        '  <graph mode="static" defaultedgetype="directed">',
    ]
    for cls, types in (("node", node_types), ("edge", edge_types)):
        out.append(f'    <attributes class="{cls}" mode="static">')
        out += [
            f'      <attribute id={_attr(name)} title={_attr(name)} type="{_GEXF_TYPES[t]}"/>'
            for name, t in types.items()
        ]
        out.append("    </attributes>")
    out.append("    <nodes>")
    for actor, row in nodes:
        out.append(f"      <node id={_attr(actor.id)} label={_attr(row['label'])}>")
        _attvalues(out, row, node_types)
        r, g, b = _rgb(row["color"])
        size = row.get("size") if isinstance(row.get("size"), int | float) else 10.0
        out += [
            f'        <viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>',
            f'        <viz:position x="{row["x"]}" y="{row["y"]}" z="0.0"/>',
            f'        <viz:size value="{size}"/>',
            "      </node>",
        ]
    out += ["    </nodes>", "    <edges>"]
    for st, row in edges:
        kind = "mutual" if st.mutual else "directed"
        out.append(
            f"      <edge id={_attr(st.id)} source={_attr(st.source)} target={_attr(st.target)}"
            f' label={_attr(st.relation)} type="{kind}">'
        )
        _attvalues(out, row, edge_types)
        out.append("      </edge>")
    out += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(out)


def _attvalues(out: list[str], row: dict[str, Any], types: dict[str, str]) -> None:
    values = [(k, v) for k, v in row.items() if k in types]
    if not values:
        return
    out.append("        <attvalues>")
    out += [f"          <attvalue for={_attr(k)} value={_attr(v)}/>" for k, v in values]
    out.append("        </attvalues>")

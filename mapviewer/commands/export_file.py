"""``mapviewer export MAP -o OUT.(graphml|gexf|csv|json)``: write a map for another tool."""

from __future__ import annotations

import argparse
import sys

from mapviewer.formats.export import EXPORT_FORMATS, export_map
from mapviewer.model import MapError, load_map


def main(argv: list[str]) -> int:
    """Exit 0 after writing the file, or 1 with the error."""
    parser = argparse.ArgumentParser(
        prog="mapviewer export",
        description="Export a map as GraphML, GEXF 1.3, CSV or node-link JSON.",
    )
    parser.add_argument("map", help="a *.map.json file")
    parser.add_argument("-o", "--output", required=True, help="OUT.graphml, .gexf, .csv or .json")
    parser.add_argument("--format", choices=sorted(EXPORT_FORMATS), help="default: from -o")
    ns = parser.parse_args(argv)
    try:
        loaded = load_map(ns.map)
        export_map(loaded.document, ns.output, format=ns.format, texts=loaded.texts)
    except MapError as e:
        print(e, file=sys.stderr)
        return 1
    for problem in loaded.problems:
        print(f"warning: {problem}", file=sys.stderr)
    doc = loaded.document
    print(f"{ns.output}: {len(doc.actors)} actors, {len(doc.statements)} statements")
    return 0

"""``mapviewer validate FILE``: check a map and its quotes without opening a window."""

from __future__ import annotations

import argparse
import sys

from mapviewer.model import MapError, load_map


def main(argv: list[str]) -> int:
    """Exit 0 with a one-line summary, or 1 with every problem listed."""
    parser = argparse.ArgumentParser(
        prog="mapviewer validate",
        description="Check a map file: its format, its references, and every quote against its article.",
    )
    parser.add_argument("file", help="a *.map.json file")
    ns = parser.parse_args(argv)
    try:
        loaded = load_map(ns.file)
    except MapError as e:
        print(e, file=sys.stderr)
        return 1
    doc = loaded.document
    if loaded.problems:
        print(f"{ns.file}: {len(loaded.problems)} problem(s)", file=sys.stderr)
        for p in loaded.problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    evidence = [e for s in doc.statements for e in s.evidence]
    quotes = sum(1 for e in evidence if e.quoted)
    unquoted = len(evidence) - quotes
    extra = f", {unquoted} unquoted source(s) (nothing to check)" if unquoted else ""
    print(
        f"{ns.file}: ok: {len(doc.actors)} actors, {len(doc.statements)} statements, "
        f"{quotes} quotes verified against {len(loaded.texts)} article text(s){extra}"
    )
    return 0

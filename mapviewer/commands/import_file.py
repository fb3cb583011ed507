"""``mapviewer import FILE -o OUT.map.json``: turn a GraphML, GEXF, CSV, XLSX, JSON or GDELT file
into a map, and print what was mapped, kept and skipped."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mapviewer.formats.columns import load_mapping_file, remember_mapping
from mapviewer.formats.registry import IMPORT_FORMATS, read_any
from mapviewer.formats.tabular import csv_rows, xlsx_rows
from mapviewer.model import MapError, save_map


def _progress(done: int, total: int) -> bool:
    if total:
        print(f"\r{min(100, 100 * done // total)}%", end="", file=sys.stderr, flush=True)
    return True


def main(argv: list[str]) -> int:
    """Exit 0 after writing the map and printing the import report, or 1 with the error."""
    parser = argparse.ArgumentParser(
        prog="mapviewer import",
        description="Import a foreign graph or event file as a map.",
    )
    parser.add_argument("file", help="the file to import")
    parser.add_argument("-o", "--output", required=True, help="the map to write (*.map.json)")
    parser.add_argument("--format", choices=sorted(IMPORT_FORMATS), help="default: detected")
    parser.add_argument("--mapping", help="a JSON column mapping for CSV or XLSX files")
    parser.add_argument("--progress", action="store_true", help="show progress on stderr")
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print the report")
    ns = parser.parse_args(argv)
    try:
        mapping = load_mapping_file(ns.mapping) if ns.mapping else None
        doc, report = read_any(
            ns.file,
            format=ns.format,
            mapping=mapping,
            progress=_progress if ns.progress else None,
        )
        if mapping is not None and mapping.has_header and report.format in ("csv", "xlsx"):
            _remember(Path(ns.file), report.format, mapping)
        save_map(doc, ns.output)
    except MapError as e:
        if ns.progress:
            print(file=sys.stderr)
        print(e, file=sys.stderr)
        return 1
    if ns.progress:
        print(file=sys.stderr)
    if not ns.quiet:
        print(report.text())
    print(f"{ns.output}: {len(doc.actors)} actors, {len(doc.statements)} statements")
    return 0


def _remember(path: Path, fmt: str, mapping: object) -> None:
    """Remember a mapping given on the command line for this header set, as the dialog does."""
    from mapviewer.formats.columns import ColumnMapping

    assert isinstance(mapping, ColumnMapping)
    data = path.read_bytes()
    rows = xlsx_rows(data, path, mapping.sheet) if fmt == "xlsx" else csv_rows(data, path, mapping.delimiter)
    first = next(rows, None)
    if first is not None:
        remember_mapping(first[1], mapping)

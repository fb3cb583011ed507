"""Helpers for the import/export tests: fixture paths and a loader that checks every imported map
is a valid map that saves and reads back unchanged."""

from __future__ import annotations

from pathlib import Path

from mapviewer.formats.columns import ColumnMapping
from mapviewer.formats.registry import read_any
from mapviewer.formats.report import ImportReport
from mapviewer.model.io import dump_map, parse_map
from mapviewer.model.references import check_references
from mapviewer.model.types import MapDocument

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str, mapping: ColumnMapping | None = None) -> tuple[MapDocument, ImportReport]:
    """Import a fixture and check the result is a valid map that saves and reads back."""
    doc, report = read_any(FIXTURES / name, mapping=mapping)
    assert check_references(doc) == []
    again = parse_map(dump_map(doc))
    assert dump_map(again) == dump_map(doc)
    return doc, report


def attrs(item: object) -> dict[str, object]:
    """The ``attributes`` extension of an actor or statement ({} if none)."""
    value = getattr(item, "attributes", None)
    return value if isinstance(value, dict) else {}

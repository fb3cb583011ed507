"""The map document: its types, reading and writing, checks and graph queries. No Qt here."""

from mapviewer.model.errors import MapError, MapFileError, MapSchemaError, MapSyntaxError, Problem
from mapviewer.model.graph import neighbours, statements_by_pair, statements_of, to_graph
from mapviewer.model.io import LoadedMap, dump_map, load_map, parse_map, save_map
from mapviewer.model.types import (
    CATEGORIES,
    Actor,
    Article,
    Category,
    Evidence,
    MapDocument,
    Statement,
)
from mapviewer.model.viewstate import ViewState

__all__ = [
    "CATEGORIES",
    "Actor",
    "Article",
    "Category",
    "Evidence",
    "LoadedMap",
    "MapDocument",
    "MapError",
    "MapFileError",
    "MapSchemaError",
    "MapSyntaxError",
    "Problem",
    "Statement",
    "ViewState",
    "dump_map",
    "load_map",
    "neighbours",
    "parse_map",
    "save_map",
    "statements_by_pair",
    "statements_of",
    "to_graph",
]

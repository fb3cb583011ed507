"""The JSON Schema of the map format, generated from the model so the two cannot drift apart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mapviewer.model.types import MapDocument

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources" / "schema" / "map.schema.json"


def map_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that a ``*.map.json`` file follows."""
    schema = MapDocument.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "mapviewer-map.schema.json",
        **schema,
    }


def schema_text() -> str:
    """The schema as the text stored in ``resources/schema/map.schema.json``."""
    return json.dumps(map_json_schema(), indent=2, ensure_ascii=False) + "\n"

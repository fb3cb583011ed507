"""The JSON Schema in resources/ is the one the model generates, and the shipped map follows it."""

from __future__ import annotations

import json

import jsonschema

from mapviewer.model.schema import SCHEMA_PATH, map_json_schema, schema_text
from tests.conftest import DEFAULT_MAP


def test_schema_file_is_in_sync() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "resources/schema/map.schema.json is stale: run "
        "`python -c 'from mapviewer.model.schema import *; SCHEMA_PATH.write_text(schema_text())'`"
    )


def test_default_map_follows_the_schema() -> None:
    jsonschema.validate(json.loads(DEFAULT_MAP.read_text(encoding="utf-8")), map_json_schema())


def test_schema_rejects_a_bad_category() -> None:
    data = json.loads(DEFAULT_MAP.read_text(encoding="utf-8"))
    data["statements"][0]["category"] = "friendly"
    validator = jsonschema.Draft202012Validator(map_json_schema())
    assert any("friendly" in e.message for e in validator.iter_errors(data))

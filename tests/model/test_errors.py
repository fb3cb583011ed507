"""Bad input gets an error that names the file and the place in it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mapviewer.model import MapError, MapFileError, MapSchemaError, MapSyntaxError, load_map
from mapviewer.model.io import save_map
from tests.model.helpers import ARTICLE, small_map, write_map


def test_valid_small_map_has_no_problems(tmp_path: Path) -> None:
    loaded = load_map(write_map(tmp_path, small_map()))
    assert loaded.problems == []
    assert loaded.texts["a1"] == ARTICLE


def test_truncated_json_names_line_and_column(tmp_path: Path) -> None:
    text = json.dumps(small_map(), indent=2)
    path = write_map(tmp_path, text[: len(text) // 2])
    with pytest.raises(MapSyntaxError) as err:
        load_map(path)
    assert err.value.file == str(path)
    assert err.value.line > 1
    assert err.value.column >= 1
    assert str(path) in str(err.value)
    assert f"line {err.value.line}, column {err.value.column}" in str(err.value)


def test_unknown_actor_names_the_field(tmp_path: Path) -> None:
    data = small_map()
    data["statements"][1]["target"] = "ISL"
    with pytest.raises(MapSchemaError) as err:
        load_map(write_map(tmp_path, data))
    assert [str(p) for p in err.value.problems] == ['statements[1].target: unknown actor "ISL"']


def test_bad_field_value_names_its_path(tmp_path: Path) -> None:
    data = small_map()
    data["statements"][0]["category"] = "friendly"
    with pytest.raises(MapSchemaError) as err:
        load_map(write_map(tmp_path, data))
    assert err.value.problems[0].place == "statements[0].category"


def test_wrong_offsets_are_reported_not_fixed(tmp_path: Path) -> None:
    data = small_map()
    data["statements"][0]["evidence"][0]["start"] = 1
    data["statements"][0]["evidence"][0]["end"] = 24
    loaded = load_map(write_map(tmp_path, data))
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert problem.place == "statements[0].evidence[0]"
    assert problem.statement_id == "s1"
    assert "the quote occurs at 0-23" in problem.message
    # Nothing was repaired.
    assert loaded.document.statements[0].evidence[0].start == 1


def test_offsets_past_the_end(tmp_path: Path) -> None:
    data = small_map()
    data["statements"][1]["evidence"][0]["end"] = 500
    loaded = load_map(write_map(tmp_path, data))
    assert "run past the end" in loaded.problems[0].message


def test_wrong_hash_is_reported(tmp_path: Path) -> None:
    data = small_map()
    data["articles"][0]["sha256"] = "0" * 64
    loaded = load_map(write_map(tmp_path, data))
    assert [p.place for p in loaded.problems] == ["articles[0].sha256"]


def test_missing_article_file_is_reported(tmp_path: Path) -> None:
    loaded = load_map(write_map(tmp_path, small_map(), text=None))
    assert [p.place for p in loaded.problems] == ["articles[0].text_path"]
    assert "not found" in loaded.problems[0].message


def test_wrong_format_version(tmp_path: Path) -> None:
    data = small_map()
    data["version"] = 2
    with pytest.raises(MapSchemaError) as err:
        load_map(write_map(tmp_path, data))
    assert err.value.problems[0].place == "version"
    assert "newer mapviewer" in err.value.problems[0].message


def test_wrong_format_name(tmp_path: Path) -> None:
    data = small_map()
    data["format"] = "kumu"
    with pytest.raises(MapSchemaError) as err:
        load_map(write_map(tmp_path, data))
    assert err.value.problems[0].place == "format"


def test_missing_file_and_one_family(tmp_path: Path) -> None:
    with pytest.raises(MapFileError) as err:
        load_map(tmp_path / "nope.map.json")
    assert isinstance(err.value, MapError)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "m.map.json"
    path.write_bytes(b'{"format":\n "\xff"}')
    with pytest.raises(MapSyntaxError) as err:
        load_map(path)
    assert (err.value.line, err.value.column) == (2, 3)


def test_url_text_path_is_not_fetched(tmp_path: Path) -> None:
    data = small_map()
    data["articles"][0]["text_path"] = "https://example.invalid/a.txt"
    loaded = load_map(write_map(tmp_path, data))
    assert "reads only local files" in loaded.problems[0].message


def test_save_is_atomic_when_replace_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_map(tmp_path, small_map())
    before = path.read_bytes()
    loaded = load_map(path)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(MapFileError) as err:
        save_map(loaded.document, path)
    assert "No space left" in str(err.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "m.map.json"]

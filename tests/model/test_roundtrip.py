"""Load, save, load gives the same map, and saving twice gives the same bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mapviewer.model import dump_map, load_map, parse_map, save_map
from mapviewer.model.io import rebase_text_paths
from tests.conftest import DATA, DEFAULT_MAP


def test_default_map_round_trip(tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "data")
    first = load_map(tmp_path / "data" / DEFAULT_MAP.name)
    out = tmp_path / "data" / "copy.map.json"
    save_map(first.document, out)
    second = load_map(out)
    assert second.document == first.document
    assert second.problems == []
    save_map(second.document, tmp_path / "data" / "again.map.json")
    assert out.read_bytes() == (tmp_path / "data" / "again.map.json").read_bytes()


def test_shipped_file_is_in_canonical_form() -> None:
    # The shipped map is exactly what the app would save, so a save produces no noisy diff.
    loaded = load_map(DEFAULT_MAP)
    assert dump_map(loaded.document) == DEFAULT_MAP.read_text(encoding="utf-8")


def test_unknown_fields_survive(tmp_path: Path) -> None:
    text = '{"format": "mapviewer-map", "version": 1, "future_field": {"x": [1, 2]}}'
    doc = parse_map(text)
    assert parse_map(dump_map(doc)).model_extra == {"future_field": {"x": [1, 2]}}


def test_save_as_elsewhere_keeps_article_paths(tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "data")
    loaded = load_map(tmp_path / "data" / DEFAULT_MAP.name)
    (tmp_path / "elsewhere" / "deeper").mkdir(parents=True)
    target = tmp_path / "elsewhere" / "deeper" / "moved.map.json"
    save_map(rebase_text_paths(loaded.document, loaded.base_dir, target.parent), target)
    moved = load_map(target)
    assert moved.problems == []
    assert moved.document.articles[0].text_path == "../../data/articles/vijesti-763083.txt"


@settings(max_examples=40, deadline=None)
@given(title=st.text(), label=st.text(min_size=1), quote_len=st.integers(0, 30))
def test_any_text_round_trips(title: str, label: str, quote_len: int) -> None:
    article = (label * 40)[:60]
    quote = article[:quote_len]
    raw = {
        "format": "mapviewer-map",
        "version": 1,
        "title": title,
        "articles": [{"id": "a", "text": article}],
        "actors": [{"id": "x", "label": label, "kind": "group"}],
        "statements": [
            {
                "id": "s",
                "source": "x",
                "target": "x",
                "relation": label,
                "category": "neutral",
                "evidence": [{"article": "a", "quote": quote, "start": 0, "end": len(quote)}],
            }
        ],
    }
    doc = parse_map(__import__("json").dumps(raw))
    assert parse_map(dump_map(doc)) == doc

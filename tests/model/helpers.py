"""Small maps written to a temporary folder, for tests that need a file on disk."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

ARTICLE = "Russia condemns Israel. Iran thanks Russia for its support."


def small_map(text: str = ARTICLE) -> dict[str, Any]:
    """A valid two-statement map whose article is ``articles/a1.txt``."""
    return {
        "format": "mapviewer-map",
        "version": 1,
        "title": "Small",
        "articles": [
            {
                "id": "a1",
                "title": "A test article",
                "publisher": "Test Wire",
                "text_path": "articles/a1.txt",
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            }
        ],
        "actors": [
            {"id": "RUS", "label": "Russia", "kind": "state", "iso3": "RUS"},
            {"id": "ISR", "label": "Israel", "kind": "state", "iso3": "ISR"},
            {"id": "IRN", "label": "Iran", "kind": "state", "iso3": "IRN"},
        ],
        "statements": [
            {
                "id": "s1",
                "source": "RUS",
                "target": "ISR",
                "relation": "condemns",
                "category": "verbal_conflict",
                "evidence": [{"article": "a1", "quote": "Russia condemns Israel.", "start": 0, "end": 23}],
            },
            {
                "id": "s2",
                "source": "IRN",
                "target": "RUS",
                "relation": "thanks",
                "category": "verbal_cooperation",
                "evidence": [
                    {
                        "article": "a1",
                        "quote": "Iran thanks Russia for its support.",
                        "start": 24,
                        "end": 59,
                        "hedge": None,
                    }
                ],
            },
        ],
    }


def write_map(folder: Path, data: dict[str, Any] | str, text: str | None = ARTICLE) -> Path:
    """Write a map (and its article, unless ``text`` is None) and return the map's path."""
    if text is not None:
        (folder / "articles").mkdir(exist_ok=True)
        (folder / "articles" / "a1.txt").write_bytes(text.encode("utf-8"))
    path = folder / "m.map.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, indent=2), encoding="utf-8")
    return path

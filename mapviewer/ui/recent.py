"""The Recent files list, kept as a small JSON file in the user's config folder."""

from __future__ import annotations

import json
from pathlib import Path

from mapviewer.model.config import config_dir
from mapviewer.model.io import write_atomic

MAX_RECENT = 10


def _file() -> Path:
    return config_dir() / "recent.json"


def recent_files() -> list[str]:
    """The most recently opened maps, newest first, leaving out ones that no longer exist."""
    try:
        items = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(items, list):
        return []
    return [p for p in items if isinstance(p, str) and Path(p).exists()][:MAX_RECENT]


def remember(path: str | Path) -> None:
    """Put ``path`` at the top of the list. A failure to write is not worth bothering anyone."""
    full = str(Path(path).resolve())
    items = [full] + [p for p in recent_files() if p != full]
    try:
        config_dir().mkdir(parents=True, exist_ok=True)
        write_atomic(_file(), json.dumps(items[:MAX_RECENT], indent=1) + "\n")
    except OSError:
        pass

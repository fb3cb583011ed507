"""A private config dir for each import/export test: remembered mappings never reach the user."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Remembered column mappings go to a temporary folder, never the user's."""
    folder = tmp_path / "config"
    monkeypatch.setenv("MAPVIEWER_CONFIG_DIR", str(folder))
    return folder

"""Shared test set-up: Qt offscreen, a private config folder, and paths to the shipped data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
DEFAULT_MAP = DATA / "vijesti-763083.map.json"
SEED_SHA256 = "4f4a31c6bdfa9cf4629dde59ff6b0ad5fe84e23907f89bc693cb417fcb3a5115"


@pytest.fixture(autouse=True)
def _private_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep Recent files and remembered mappings out of the real home folder."""
    monkeypatch.setenv("MAPVIEWER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))

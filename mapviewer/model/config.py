"""Where mapviewer keeps what it remembers between runs (recent files, column mappings)."""

from __future__ import annotations

import os
from pathlib import Path


def config_dir() -> Path:
    """``$MAPVIEWER_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/mapviewer``, else ``~/.config/mapviewer``.

    Not created here: whoever writes a file there creates it.
    """
    override = os.environ.get("MAPVIEWER_CONFIG_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "mapviewer"

"""The core packages must not pull in Qt, so they run in scripts, servers and CI without it."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, mapviewer.model, mapviewer.layout.positions, mapviewer.layout.edges, "
        "mapviewer.extract, mapviewer.formats, mapviewer.commands.validate; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

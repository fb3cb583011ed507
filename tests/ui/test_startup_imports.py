"""Start-up stays lean: the window does not load the extractor, the importers, spaCy or networkx
until they are used (bench/startup.py measures the time; this keeps the cause from creeping back)."""

from __future__ import annotations

import json
import subprocess
import sys


def test_main_window_loads_no_heavy_modules() -> None:
    code = "import json, sys, mapviewer.ui.main_window; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = json.loads(out.stdout)
    loaded = {m.split(".")[0] for m in modules} | {".".join(m.split(".")[:2]) for m in modules}
    assert not loaded & {"mapviewer.extract", "mapviewer.formats", "spacy", "networkx", "scipy"}

"""``mapviewer import`` and ``mapviewer export`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapviewer.cli import main
from mapviewer.formats.columns import load_remembered
from mapviewer.model.io import load_map
from tests.conftest import DEFAULT_MAP
from tests.formats.helpers import FIXTURES


def test_import_prints_report_and_writes_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "yed.map.json"
    assert main(["import", str(FIXTURES / "yed.graphml"), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "format: graphml" in printed
    assert "yEd Geometry -> position" in printed
    assert f"{out}: 3 actors, 2 statements" in printed
    assert load_map(out).problems == []


def test_import_with_mapping_remembers_it(tmp_path: Path) -> None:
    src = tmp_path / "with-header.csv"
    src.write_text("A;B;What\nFrance;Mali;withdraws from\n")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"delimiter": ";", "columns": {"source": "A", "target": "B", "relation": "What"}}')
    out = tmp_path / "o.map.json"
    assert main(["import", str(src), "-o", str(out), "--mapping", str(mapping), "-q"]) == 0
    assert load_map(out).document.statements[0].relation == "withdraws from"
    remembered = load_remembered(["A", "B", "What"])
    assert remembered is not None
    assert remembered.columns["source"] == "A"


def test_import_error_exits_1_with_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml>\n<graph>\n</graphml>")
    assert main(["import", str(bad), "-o", str(tmp_path / "x.map.json")]) == 1
    assert "line 3, column 3: mismatched tag" in capsys.readouterr().err
    assert not (tmp_path / "x.map.json").exists()


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".csv", ".json"])
def test_export(tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"m{suffix}"
    assert main(["export", str(DEFAULT_MAP), "-o", str(out)]) == 0
    assert out.stat().st_size > 1000
    assert "18 actors, 49 statements" in capsys.readouterr().out


def test_export_unknown_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(DEFAULT_MAP), "-o", str(tmp_path / "m.pdf")]) == 1
    assert "cannot export to .pdf" in capsys.readouterr().err

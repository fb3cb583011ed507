"""The command line as a user runs it: validate, and a screenshot without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from mapviewer.cli import main
from tests.conftest import DEFAULT_MAP
from tests.model.helpers import small_map, write_map


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "mapviewer", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_validate_default_map(capsys: object) -> None:
    assert main(["validate", str(DEFAULT_MAP)]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "ok: 18 actors" in out
    assert "quotes verified" in out


def test_validate_lists_every_problem(tmp_path: Path, capsys: object) -> None:
    data = small_map()
    data["statements"][0]["evidence"][0]["start"] = 2
    data["articles"][0]["sha256"] = "ab" * 32
    assert main(["validate", str(write_map(tmp_path, data))]) == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "2 problem(s)" in err
    assert "statements[0].evidence[0]" in err
    assert "articles[0].sha256" in err


def test_validate_bad_json(tmp_path: Path, capsys: object) -> None:
    path = write_map(tmp_path, json.dumps(small_map())[:-30])
    assert main(["validate", str(path)]) == 1
    assert "line 1, column" in capsys.readouterr().err  # type: ignore[attr-defined]


def test_screenshot_with_a_selection(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = run_cli("--screenshot", str(out), "--select", "s11")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)


def test_screenshot_unknown_statement(tmp_path: Path) -> None:
    result = run_cli("--screenshot", str(tmp_path / "x.png"), "--select", "nope")
    assert result.returncode == 1
    assert "no statement 'nope'" in result.stderr


def test_no_display_is_a_message_not_a_crash() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "mapviewer"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 2
    assert "no display found" in result.stderr

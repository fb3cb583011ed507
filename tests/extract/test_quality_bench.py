"""``bench/extract_quality.py`` never reads a blind folder (any ``heldout*`` not declared seen)
unless asked; asked, it reports it as held-out and hides its misses by default; former held-out
folders count by their ``split`` label (checked on made-up data, never on the real folders)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "extract_quality.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_quality", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _write(folder: Path, name: str, text: str, split: str, quote: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    start = text.index(quote)
    st = {
        "source": "CHL", "target": "PER", "relation": "condemns", "category": "verbal_conflict",
        "quote": quote, "attributed_to": "the article itself", "hedge": None,
        "start": start, "end": start + len(quote),
    }  # fmt: skip
    gold = {"text": f"{name}.txt", "split": split, "statements": [st]}
    (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_blind_folder_is_skipped_unless_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    _write(tmp_path / "tuning", "a", "Chile condemned Peru.", "tuning", "Chile condemned Peru.")
    _write(tmp_path / "heldout98", "b", "Chile spoke. Chile mocked Peru.", "whatever", "Chile mocked Peru.")
    _write(tmp_path / "heldout99", "c", "Chile spoke. Chile mocked Peru.", "whatever", "Chile mocked Peru.")
    assert bench.main(["-v"], data=tmp_path) == 0
    assert "heldout" not in capsys.readouterr().out  # not read at all
    assert bench.main(["-v", "--include-blind"], data=tmp_path) == 0
    out = capsys.readouterr().out
    assert "heldout98 (held-out)" in out
    assert "heldout99 (held-out)" in out  # an undeclared new held-out folder is blind too
    assert "held-out (all)" in out  # the blind folders pooled
    assert "MISS b" not in out  # the held-out misses stay hidden
    assert "whatever" not in out  # the folder decides the split, not the label
    tuning_all = next(line for line in out.splitlines() if line.startswith("tuning (all)"))
    assert "gold=  1" in tuning_all
    assert bench.main(["-v", "--include-blind", "--show-heldout"], data=tmp_path) == 0
    assert "MISS b" in capsys.readouterr().out
    assert bench.main(["--include-blind", "--tuning-only"], data=tmp_path) == 0
    assert "heldout" not in capsys.readouterr().out


def test_former_held_out_folder_counts_by_its_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _bench()
    _write(
        tmp_path / "heldout3",
        "b",
        "Chile condemned Peru.",
        "tuning-formerly-heldout3",
        "Chile condemned Peru.",
    )
    _write(tmp_path / "tuning", "a", "Chile spoke.", "tuning", "Chile spoke.")
    _write(tmp_path / "tuning", "c", "Peru spoke.", "heldout98", "Peru spoke.")
    assert bench.main([], data=tmp_path) == 0
    out = capsys.readouterr().out
    assert "tuning-formerly-heldout3 [rules]" in out
    assert "(held-out)" not in out
    assert "heldout98 (outside its folder)" in out  # a stray label never counts as held out
    tuning_all = next(line for line in out.splitlines() if line.startswith("tuning (all)"))
    assert "gold=  3" in tuning_all


def test_pair_only_match_leaves_the_third_actor_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gold says Chile condemned Peru over Bolivia (``also_concerns``); the extractor finds the
    pair alone: no match by the actor set, a match by the issue's source-target pair."""
    bench = _bench()
    _write(tmp_path / "tuning", "a", "Chile condemned Peru.", "tuning", "Chile condemned Peru.")
    path = tmp_path / "tuning" / "a.gold.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["statements"][0]["also_concerns"] = ["BOL"]
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert bench.main(["--rules-only"], data=tmp_path) == 0
    out = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(out) if line.startswith("tuning (all)"))
    assert "matched=  0" in out[at]
    assert "source-target pair only: precision=1.00 recall=1.00" in out[at + 2]


def test_cross_validation_runs_the_whole_extractor_per_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two made-up folders are each scored (with a model fitted on the other) and pooled; a
    blind folder beside them is not read."""
    _bench()  # registers extract_quality for the cross-validation script's import
    spec = importlib.util.spec_from_file_location(
        "extract_cross_validation", BENCH.with_name("extract_cross_validation.py")
    )
    assert spec is not None
    assert spec.loader is not None
    cv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cv)
    _write(tmp_path / "train-x", "a", "Chile condemned Peru.", "train-x", "Chile condemned Peru.")
    _write(tmp_path / "train-y", "b", "Chile denounced Peru.", "train-y", "Chile denounced Peru.")
    _write(tmp_path / "heldout99", "c", "Chile mocked Peru.", "heldout99", "Chile mocked Peru.")
    assert cv.main(["0.5"], data=tmp_path) == 0
    out = capsys.readouterr().out
    assert "2 folders, threshold 0.50, gold=2" in out
    assert "train-x:" in out
    assert "train-y:" in out
    assert "heldout99" not in out

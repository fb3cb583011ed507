"""``mapviewer extract`` writes maps that load cleanly; the annotated set is consistent."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from mapviewer.commands.extract import main
from mapviewer.extract.gazetteer import load_gazetteer
from mapviewer.model import load_map
from mapviewer.model.types import CATEGORIES, KNOWN_HEDGES

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "vijesti-763083.txt"
_spec = importlib.util.spec_from_file_location("extract_quality", ROOT / "bench" / "extract_quality.py")
assert _spec is not None
assert _spec.loader is not None
_bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _bench
_spec.loader.exec_module(_bench)
#: Blind folders are never read (not even listed) by these tests: their authors check them.
GOLD = sorted(
    p
    for folder in _bench.gold_folders(ROOT / "tests" / "data" / "extraction")
    for p in folder.glob("*.gold.json")
)


@pytest.mark.parametrize("inline", [False, True])
def test_cli_writes_a_map_that_loads_without_problems(tmp_path: Path, inline: bool) -> None:
    out = tmp_path / "draft.map.json"
    args = [str(SEED), "-o", str(out), "--title", "T", "--date", "2025-06", "--url", "http://x"]
    assert main(args + (["--inline"] if inline else [])) == 0
    loaded = load_map(out)
    assert loaded.problems == []
    assert len(loaded.document.statements) >= 10
    article = loaded.document.articles[0]
    assert (article.text is not None) == inline
    assert (article.url, article.published) == ("http://x", "2025-06")


def test_cli_rules_only_gives_a_subset_of_the_default(tmp_path: Path) -> None:
    out_rules, out_model = tmp_path / "rules.map.json", tmp_path / "model.map.json"
    assert main([str(SEED), "-o", str(out_rules), "--inline", "--rules-only"]) == 0
    assert main([str(SEED), "-o", str(out_model), "--inline"]) == 0

    def quotes(path: Path) -> set[tuple[str, str, int | None]]:
        doc = load_map(path).document
        return {(s.source, s.target, e.start) for s in doc.statements for e in s.evidence}

    rules, model = quotes(out_rules), quotes(out_model)
    assert rules != model  # the pair model adds drafts the rules do not make (and may drop some)
    assert len(model) > len(rules)


def test_cli_reads_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<h1>News</h1><p>Russia condemned Israel &amp; Iran.</p>", encoding="utf-8")
    out = tmp_path / "d.map.json"
    assert main([str(page), "-o", str(out)]) == 0
    loaded = load_map(out)
    assert loaded.problems == []
    assert loaded.texts["page"] == "News\n\nRussia condemned Israel & Iran."


def test_cli_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.txt"), "-o", str(tmp_path / "d.map.json")]) == 1
    assert "nope.txt" in capsys.readouterr().err


def test_at_least_five_texts_and_the_former_held_out_splits() -> None:
    splits = [json.loads(p.read_text(encoding="utf-8"))["split"] for p in GOLD]
    assert len(GOLD) >= 5
    assert {"tuning", "tuning-formerly-heldout", "tuning-formerly-heldout2"} <= set(splits)
    assert {"tuning-formerly-heldout3", "tuning-formerly-heldout4"} <= set(splits)
    assert splits.count("tuning-formerly-heldout2") >= 3
    assert not any(s.startswith("heldout") for s in splits)  # held-out texts live in their folder


def test_blind_folders_are_skipped_without_being_listed(tmp_path: Path) -> None:
    for name in ("tuning", "heldout4", "heldout5", "heldout99"):
        (tmp_path / name).mkdir()
    # Seen folders are read; a new heldout folder nobody declared seen is blind by default.
    assert [p.name for p in _bench.gold_folders(tmp_path)] == ["heldout4", "heldout5", "tuning"]
    assert "heldout99" not in _bench.SEEN_DIRS
    assert [p.name for p in _bench.gold_folders(tmp_path, include_blind=True)][-1] == "tuning"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_offsets_and_values_are_valid(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["text"]).read_text(encoding="utf-8")
    entries = load_gazetteer().entries
    for s in gold["statements"]:
        assert text[s["start"] : s["end"]] == s["quote"]
        assert s["category"] in CATEGORIES
        assert s["hedge"] is None or s["hedge"] in KNOWN_HEDGES
        for a in [s["source"], s["target"], *s.get("also_concerns", [])]:
            assert a in entries


def test_second_annotations_match_their_texts() -> None:
    second = sorted((ROOT / "tests" / "data" / "agreement").glob("*.gold.json"))
    assert len(second) == 5
    for path in second:
        name = path.name.removesuffix(".gold.json")
        first = [p for p in GOLD if p.name == path.name]
        assert len(first) == 1, name  # each text is annotated once in the extraction set
        text = (first[0].parent / f"{name}.txt").read_text(encoding="utf-8")
        for st in json.loads(path.read_text(encoding="utf-8"))["statements"]:
            assert text[st["start"] : st["end"]] == st["quote"]

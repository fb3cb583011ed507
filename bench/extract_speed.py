"""Extraction speed relative to sentence splitting alone.

Builds a long article (5,000+ words) by joining the annotated texts (never those of a blind
folder, which is not even listed: ``extract_quality.gold_folders``), then prints the time
``extract`` takes divided by the time pysbd takes to segment the same text (best of five runs
each; the gazetteer and the parse stage's model are loaded before timing, as they are once per
process), in three modes: the rules alone, the rules and the pair model (the default), and those with
the parse stage. Goal: <= 3x for the default mode.

Run: ``.venv/bin/python bench/extract_speed.py``
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pysbd

from mapviewer.extract import extract, parse_stage, pipeline
from mapviewer.extract.gazetteer import load_gazetteer

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"


def _quality_bench() -> ModuleType:
    """``bench/extract_quality.py``, which says which folders are blind."""
    path = Path(__file__).with_name("extract_quality.py")
    spec = importlib.util.spec_from_file_location("extract_quality", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def long_article(min_words: int = 5000) -> str:
    """The annotated texts joined (and repeated) until the article has ``min_words`` words."""
    folders = _quality_bench().gold_folders(DATA)  # blind folders are skipped unread
    texts = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]
    parts: list[str] = []
    while sum(len(t.split()) for t in parts) < min_words:
        parts += texts
    return "\n\n".join(parts)


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    text = long_article()
    load_gazetteer(None)
    segmenter = pysbd.Segmenter(language="en", clean=False)
    t_sbd = best_of(lambda: segmenter.segment(text))
    words = len(text.split())
    default = "model+parser" if pipeline.USE_PARSER_BY_DEFAULT else "model"
    # without spaCy first: once it is loaded the same code runs about 15% slower in this process
    modes = (("rules", False, False), ("model", False, True), ("model+parser", True, True))
    for label, use_parser, use_model in modes:
        if use_parser and not parse_stage.available():
            print(f"[{label}] parse stage not installed (pip install '.[nlp]'): not timed")
            continue
        extract("Russia condemned Israel.", article_id="warm", use_parser=use_parser)  # load the models

        def run(u: bool = use_parser, m: bool = use_model) -> object:
            return extract(text, article_id="long", use_parser=u, use_model=m)

        t_ext = best_of(run)
        goal = "goal <= 3x" if label == default else "no goal: not the default mode"
        print(
            f"[{label}] {words} words: pysbd {t_sbd * 1000:.0f} ms, extract {t_ext * 1000:.0f} ms, "
            f"ratio {t_ext / t_sbd:.2f}x ({goal})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

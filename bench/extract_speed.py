"""Extraction speed relative to sentence splitting alone.

Builds a long article (5,000+ words) by joining the annotated texts, then prints the time
``extract`` takes divided by the time pysbd takes to segment the same text (best of five runs
each; the gazetteer is loaded before timing, as it is once per process). Goal: <= 3x.

Run: ``.venv/bin/python bench/extract_speed.py``
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pysbd

from mapviewer.extract import extract
from mapviewer.extract.gazetteer import load_gazetteer

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"
HELDOUT_DIRS = {"heldout3"}


def long_article(min_words: int = 5000) -> str:
    """The annotated texts joined (and repeated) until the article has ``min_words`` words."""
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted(DATA.glob("*/*.txt"))
        if p.parent.name not in HELDOUT_DIRS  # the same input whether or not heldout3 exists
    ]
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
    t_ext = best_of(lambda: extract(text, article_id="long"))
    words = len(text.split())
    print(
        f"{words} words: pysbd {t_sbd * 1000:.0f} ms, extract {t_ext * 1000:.0f} ms, "
        f"ratio {t_ext / t_sbd:.2f}x (goal <= 3x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

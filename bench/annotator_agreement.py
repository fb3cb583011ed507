"""How far apart two careful annotators are, and the extractor from each: the ceiling on issue 3's
quality goal.

``tests/data/agreement/`` holds a second, independent annotation of five texts of the annotated
set (by a colleague who saw the conventions and ``heldout4/`` but neither the texts' gold files
nor the extractor). Each is matched against the first annotation exactly as
``extract_quality.py`` matches predictions against gold (same unordered actor set, overlapping
quote spans, one to one). Printed: annotator B against annotator A, the extractor (default mode)
against A and against B, and over the matched pairs the share with the same direction and
category.

Run: ``.venv/bin/python bench/annotator_agreement.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_quality as quality

SECOND = quality.DATA.parent / "agreement"


def _second(path: Path) -> list[quality.Item]:
    g = json.loads(path.read_text(encoding="utf-8"))
    return [
        quality.Item(
            frozenset([s["source"], s["target"], *s.get("also_concerns", [])]),
            s["source"], s["target"], s.get("mutual", False), s["start"], s["end"],
            s["attributed_to"], s["hedge"], s["category"], s["quote"],
        )
        for s in g["statements"]
    ]  # fmt: skip


def _first(name: str) -> Path:
    found = [p for folder in quality.gold_folders() for p in folder.glob(f"{name}.gold.json")]
    if len(found) != 1:
        raise SystemExit(f"{name}: expected one first annotation, found {len(found)}")
    return found[0]


def _line(label: str, tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    counts = f"matched={tp:3d} of {n_pred:3d} / {n_gold:3d}"
    return f"{label:22s} {counts}  precision={p:.2f} recall={r:.2f} F1={f1:.2f}"


def main() -> int:
    totals = {"B against A": [0, 0, 0], "extractor against A": [0, 0, 0], "extractor against B": [0, 0, 0]}
    same_direction = same_category = 0
    for path in sorted(SECOND.glob("*.gold.json")):
        name = path.name.removesuffix(".gold.json")
        text, first, meta = quality._gold(_first(name))
        second = _second(path)
        for s in second:
            assert text[s.start : s.end] == s.quote, f"{path.name}: quote not at its offsets"
        predicted = quality._predicted(text, name, meta.get("published"))
        for label, pred, gold in (
            ("B against A", second, first),
            ("extractor against A", predicted, first),
            ("extractor against B", predicted, second),
        ):
            pairs = quality._match(pred, gold)
            totals[label][0] += len(pairs)
            totals[label][1] += len(pred)
            totals[label][2] += len(gold)
            if label == "B against A":
                same_direction += sum(b.source == a.source or a.mutual for b, a in pairs)
                same_category += sum(b.category == a.category for b, a in pairs)
    for label, (tp, n_pred, n_gold) in totals.items():
        print(_line(label, tp, n_pred, n_gold))
    agreed = totals["B against A"][0]
    print(f"annotators, over {agreed} matched statements: direction {same_direction / agreed:.2f}, "
          f"category {same_category / agreed:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

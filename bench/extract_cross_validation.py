"""Cross-validate the whole extractor, folder by folder, on the seen annotated set.

``tools/train_pair_model.py`` scores the pair model on its candidates alone; this runs the full
pipeline (rules, candidates, the model, relation, direction, attribution) on each held-out folder
with a model fitted on every other folder, and matches the drafts against the gold the way
``bench/extract_quality.py`` does. It is the number to compare between rounds: text the model
was not fitted to, though the rules have seen it. Blind folders are never read.

Run: ``.venv/bin/python bench/extract_cross_validation.py [THRESHOLD]`` (default: the shipped
model's threshold). Prints pooled precision, recall and F1 by the actor set and by the
source-target pair, then F1 per folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import extract_quality as quality  # noqa: E402
import train_pair_model as trainer  # noqa: E402

from mapviewer.extract.candidate_features import FEATURES  # noqa: E402
from mapviewer.extract.pair_model import PairModel, load_model  # noqa: E402


def _shown(matched: int, predicted: int, gold: int) -> str:
    p, r, f = quality.prf(matched, predicted, gold)
    return f"P={p:.3f} R={r:.3f} F1={f:.3f}"


def main(argv: list[str], data: Path = quality.DATA) -> int:
    shipped = load_model()
    threshold = float(argv[0]) if argv else (shipped.threshold if shipped else 0.5)
    by_folder = {
        f.name: paths for f in quality.gold_folders(data) if (paths := sorted(f.glob("*.gold.json")))
    }
    folds = [trainer._fold(name, paths) for name, paths in by_folder.items()]
    names = sorted(FEATURES)
    gold_n = pred_n = matched = pair_matched = 0
    per_folder = []
    for held, paths in sorted(by_folder.items()):
        weights = trainer.fit_without(folds, held, names)
        model = PairModel(dict(zip(names, map(float, weights), strict=True)), threshold)
        g_n = p_n = m_n = 0
        for path in paths:
            text, gold, meta = quality._gold(path)
            pred = quality._predicted(text, path.stem, meta.get("published"), pair_model=model)
            m_n += len(quality._match(pred, gold))
            pair_matched += len(quality._match(quality._by_pair(pred), quality._by_pair(gold)))
            g_n += len(gold)
            p_n += len(pred)
        gold_n, pred_n, matched = gold_n + g_n, pred_n + p_n, matched + m_n
        per_folder.append(f"{held}:{2 * m_n / (g_n + p_n):.2f}" if g_n + p_n else f"{held}:-")
    print(f"{len(by_folder)} folders, threshold {threshold:.2f}, gold={gold_n} predicted={pred_n}")
    print(f"actor set:             matched={matched}  {_shown(matched, pred_n, gold_n)}")
    print(f"source-target pair:    matched={pair_matched}  {_shown(pair_matched, pred_n, gold_n)}")
    print("F1 by held-out folder: " + " ".join(per_folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Train the pair model (``mapviewer/extract/pair_model.py``) on the annotated set.

Every candidate actor set of every sentence (``mapviewer.extract.candidates``) of the seen gold
files is labelled 1 when a gold statement has the same actor set and overlaps the sentence, else
0. A logistic regression with an L2 penalty is fitted with scipy's L-BFGS. Blind folders are
never read (the same ``gold_folders`` rule as ``bench/extract_quality.py``).

Before the final fit, each folder is held out in turn (trained on the others, scored on it) and
the threshold with the best pooled F1 over those held-out folds is kept. The fold scores are
written beside the weights, so the file says how well the model did on text it was not fitted
to. Candidate-level scores: gold statements that no candidate covers count as misses.

Run: ``.venv/bin/python tools/train_pair_model.py [--dry-run]``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import extract_quality as quality  # noqa: E402

from mapviewer.extract.candidate_features import FEATURES  # noqa: E402
from mapviewer.extract.category_model import MODEL_PATH as CATEGORY_PATH  # noqa: E402
from mapviewer.extract.category_model import category_features  # noqa: E402
from mapviewer.extract.gazetteer import load_gazetteer  # noqa: E402
from mapviewer.extract.pair_model import MODEL_PATH  # noqa: E402
from mapviewer.extract.reading import walk  # noqa: E402
from mapviewer.model.types import CATEGORIES  # noqa: E402

PENALTY = 1.0  # L2 strength (on every weight but the bias)


@dataclass
class Fold:
    """The candidates of one folder: features, labels, and how many gold statements it has."""

    name: str
    rows: list[dict[str, float]]
    labels: list[int]
    n_gold: int


def _fold(folder: str, paths: list[Path]) -> Fold:
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    n_gold = 0
    for path in paths:
        text, gold, meta = quality._gold(path)
        n_gold += len(gold)
        date = (meta.get("published") or "")[:10] or None
        for step in walk(text, load_gazetteer(date)):
            s = step.sentence
            for c in step.candidates:
                hit = any(g.actors == c.key and g.start < s.end and s.start < g.end for g in gold)
                rows.append(c.features)
                labels.append(int(hit))
    return Fold(folder, rows, labels, n_gold)


def _matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    x = np.zeros((len(rows), len(names)))
    index = {n: i for i, n in enumerate(names)}
    for r, row in enumerate(rows):
        for name, value in row.items():
            if name in index:
                x[r, index[name]] = value
    return x


def fit(x: np.ndarray, y: np.ndarray, names: list[str]) -> np.ndarray:
    """L2-penalised logistic regression weights (the bias is not penalised)."""
    mask = np.array([n != "bias" for n in names], dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        nll = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        grad = x.T @ (p - y) + PENALTY * mask * w
        return float(nll + 0.5 * PENALTY * np.sum(mask * w * w)), grad

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B")
    return np.asarray(result.x)


def fit_without(folds: list[Fold], held: str, names: list[str]) -> np.ndarray:
    """Weights fitted on every fold but ``held``: what cross-validation scores ``held`` with."""
    train = [f for f in folds if f.name != held]
    x = _matrix([r for f in train for r in f.rows], names)
    y = np.array([v for f in train for v in f.labels], dtype=float)
    return fit(x, y, names)


def _scores(probs: np.ndarray, y: np.ndarray, n_gold: int, threshold: float) -> tuple[float, float, float]:
    keep = probs >= threshold
    tp = int(np.sum(keep & (y == 1)))
    p = tp / int(np.sum(keep)) if np.sum(keep) else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fit_categories(x: np.ndarray, y: np.ndarray, names: list[str]) -> np.ndarray:
    """Multinomial logistic regression weights, one row per category (L2, bias not penalised)."""
    k = len(CATEGORIES)
    mask = np.array([n != "bias" for n in names], dtype=float)
    onehot = np.eye(k)[y]

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(k, x.shape[1])
        z = x @ w.T
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        nll = -np.sum(onehot * np.log(p + 1e-12))
        grad = (p - onehot).T @ x + PENALTY * w * mask
        return float(nll + 0.5 * PENALTY * np.sum(w * w * mask)), grad.ravel()

    result = minimize(loss, np.zeros(k * x.shape[1]), jac=True, method="L-BFGS-B")
    return np.asarray(result.x).reshape(k, x.shape[1])


def train_categories(by_folder: dict[str, list[Path]], dry_run: bool) -> None:
    """The category model: fold scores against the nearest-cue baseline, then the final fit."""
    rows: dict[str, list[tuple[dict[str, float], int]]] = {}
    for name, paths in sorted(by_folder.items()):
        for path in paths:
            text, gold, _ = quality._gold(path)
            for g in gold:
                rows.setdefault(name, []).append(
                    (category_features(text, g.start, g.end), CATEGORIES.index(g.category))
                )
    names = sorted({n for r in rows.values() for f, _ in r for n in f})
    right = base = total = 0
    for held in rows:
        train = [r for name, rs in rows.items() if name != held for r in rs]
        w = fit_categories(_matrix([f for f, _ in train], names), np.array([y for _, y in train]), names)
        pred = np.argmax(_matrix([f for f, _ in rows[held]], names) @ w.T, axis=1)
        truth = np.array([y for _, y in rows[held]])
        near = [next((CATEGORIES.index(n[5:]) for n in f if n.startswith("near:")), 4) for f, _ in rows[held]]
        right += int(np.sum(pred == truth))
        base += int(np.sum(np.array(near) == truth))
        total += len(truth)
    print(f"category, held-out folders: model {right / total:.2f}, nearest lexicon cue {base / total:.2f}")
    every = [r for rs in rows.values() for r in rs]
    w = fit_categories(_matrix([f for f, _ in every], names), np.array([y for _, y in every]), names)
    if dry_run:
        return
    weights = {
        c: {n: round(float(v), 4) for n, v in zip(names, w[i], strict=True) if abs(v) >= 1e-4}
        for i, c in enumerate(CATEGORIES)
    }
    out = {
        "about": "Category model for mapviewer.extract; written by tools/train_pair_model.py. Do not edit.",
        "penalty": PENALTY,
        "held_out_accuracy": round(right / total, 3),
        "nearest_cue_accuracy": round(base / total, 3),
        "weights": weights,
    }
    CATEGORY_PATH.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {CATEGORY_PATH.relative_to(ROOT)}")


def main(argv: list[str]) -> int:
    by_folder: dict[str, list[Path]] = {}
    for folder in quality.gold_folders():
        paths = sorted(folder.glob("*.gold.json"))
        if paths:
            by_folder[folder.name] = paths
    train_categories(by_folder, "--dry-run" in argv)
    folds = [_fold(name, paths) for name, paths in sorted(by_folder.items())]
    seen = {n for f in folds for row in f.rows for n in row}
    assert seen <= FEATURES, f"features missing from candidate_features.FEATURES: {sorted(seen - FEATURES)}"
    names = sorted(FEATURES)  # every feature gets a weight, zero if no candidate had it
    held: list[tuple[Fold, np.ndarray]] = []
    for f in folds:
        w = fit_without(folds, f.name, names)
        held.append((f, 1.0 / (1.0 + np.exp(-(_matrix(f.rows, names) @ w)))))
    all_probs = np.concatenate([p for _, p in held])
    all_y = np.array([v for f, _ in held for v in f.labels])
    n_gold = sum(f.n_gold for f in folds)
    thresholds = [t / 100 for t in range(20, 81, 2)]
    best = max(thresholds, key=lambda t: _scores(all_probs, all_y, n_gold, t)[2])
    report = {}
    for f, probs in held:
        p, r, f1 = _scores(probs, np.array(f.labels), f.n_gold, best)
        report[f.name] = {
            "gold": f.n_gold,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f1, 3),
        }
        print(f"held out {f.name:10s} gold={f.n_gold:3d}  P={p:.2f} R={r:.2f} F1={f1:.2f}")
    p, r, f1 = _scores(all_probs, all_y, n_gold, best)
    print(f"pooled (threshold {best:.2f})   gold={n_gold:3d}  P={p:.2f} R={r:.2f} F1={f1:.2f}")
    ceiling = int(all_y.sum()) / n_gold
    print(f"candidates cover {ceiling:.2f} of gold statements ({len(all_y)} candidates)")
    x = _matrix([r for f in folds for r in f.rows], names)
    y = np.array([v for f in folds for v in f.labels], dtype=float)
    w = fit(x, y, names)
    for name, value in sorted(zip(names, w, strict=True), key=lambda t: -abs(t[1]))[:12]:
        print(f"  {name:22s} {value:+.2f}")
    if "--dry-run" in argv:
        return 0
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    out = {
        "about": "Pair model for mapviewer.extract; written by tools/train_pair_model.py. Do not edit.",
        "trained_on": {f.name: {"gold": f.n_gold, "candidates": len(f.labels)} for f in folds},
        "penalty": PENALTY,
        "threshold": best,
        "held_out_folds": report,
        "held_out_pooled": {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)},
        "weights": {n: round(float(v), 4) for n, v in zip(names, w, strict=True)},
    }
    MODEL_PATH.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

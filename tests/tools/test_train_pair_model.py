"""The training tool's fitting and scoring, on made-up data (the real run is
``tools/train_pair_model.py``; its held-out scores are written into the model file)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("train_pair_model", ROOT / "tools" / "train_pair_model.py")
assert _spec is not None
assert _spec.loader is not None
train = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = train
_spec.loader.exec_module(train)


def test_logistic_fit_separates_a_clear_signal() -> None:
    rng = np.random.default_rng(0)
    signal = rng.integers(0, 2, 400).astype(float)
    noise = rng.random(400)
    x = np.column_stack([np.ones(400), signal, noise])
    w = train.fit(x, signal, ["bias", "signal", "noise"])
    assert w[1] > 2.0  # the signal carries the label
    assert abs(w[2]) < 1.0  # the noise does not


def test_category_fit_learns_one_word_per_category() -> None:
    k = len(train.CATEGORIES)
    y = np.repeat(np.arange(k), 30)
    x = np.column_stack([np.ones(len(y)), *(y == i for i in range(k))]).astype(float)
    names = ["bias", *(f"w:{i}" for i in range(k))]
    w = train.fit_categories(x, y, names)
    assert (np.argmax(x @ w.T, axis=1) == y).all()


def test_scores_count_uncovered_gold_as_misses() -> None:
    probs = np.array([0.9, 0.8, 0.2, 0.7])
    labels = np.array([1, 0, 1, 1])
    p, r, f1 = train._scores(probs, labels, 5, 0.5)  # 5 gold statements, only 3 of them candidates
    assert (p, r) == (2 / 3, 2 / 5)
    assert f1 == 2 * p * r / (p + r)

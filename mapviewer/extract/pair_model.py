"""The pair model: the probability that a candidate actor set is a statement a careful reader would
map, from the candidate's features (``candidates``).

A logistic regression over a few dozen general features, trained on the annotated set by
``tools/train_pair_model.py`` and stored as plain numbers in
``resources/extract/pair_model.json`` (weights, threshold, and how it was trained). Scoring is a
dot product: no model library at run time, nothing downloaded.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parents[2] / "resources" / "extract" / "pair_model.json"


@dataclass(frozen=True)
class PairModel:
    """Weights by feature name, and the probability at or above which a candidate is kept."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the candidate is a statement."""
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@cache
def load_model(path: Path = MODEL_PATH) -> PairModel | None:
    """The trained model, or None when the file is missing (the rules then decide alone)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return PairModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["threshold"]))

"""The category model: which CAMEO quadrant a sentence's relation falls in, for a pair that the
rules did not make (so no lexicon cue says it).

A multinomial logistic regression over the words of the sentence (their first five letters, so
"attacked" and "attacks" are one feature), the categories of the lexicon cues it contains, and
the verb classes of ``parse_stage.VERB_CLASSES`` (matched with regular English endings, no parser
needed). Trained by ``tools/train_pair_model.py`` on the gold statements and stored as plain
numbers in ``resources/extract/category_model.json``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mapviewer.extract.cues import cue_of, matches_in
from mapviewer.model.types import CATEGORIES, Category

MODEL_PATH = Path(__file__).resolve().parents[2] / "resources" / "extract" / "category_model.json"
_WORD = re.compile(r"[a-z][a-z'’-]+")
_STOP = frozenset(
    [
        "the",
        "and",
        "that",
        "this",
        "with",
        "from",
        "for",
        "its",
        "their",
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "will",
        "would",
        "which",
        "who",
        "said",
        "says",
        "also",
        "into",
        "over",
        "after",
        "than",
        "about",
        "are",
        "not",
        "but",
        "they",
        "them",
        "there",
        "these",
        "those",
        "what",
        "when",
        "where",
        "while",
        "his",
        "her",
        "she",
        "him",
        "our",
        "out",
        "one",
        "two",
    ]
)


@cache
def verb_forms() -> dict[str, tuple[str, Category]]:
    """Inflected forms of the verb-class lemmas, with lemma and category: "attack" gives attacks,
    attacked, attacking."""
    from mapviewer.extract.parse_stage import VERB_CLASSES

    forms: dict[str, tuple[str, Category]] = {}
    for lemma, category in VERB_CLASSES.items():
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        variants = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing"}
        if lemma.endswith("y"):
            variants |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        for v in variants:
            forms.setdefault(v, (lemma, category))
    return forms


def category_features(text: str, start: int, end: int, at: int | None = None) -> dict[str, float]:
    """Features of ``text[start:end]`` for the category model; ``at`` marks the pair's place, so
    the nearest lexicon cue counts apart."""
    f: dict[str, float] = {"bias": 1.0}
    words = _WORD.findall(text[start:end].lower())
    forms = verb_forms()
    for w in words:
        if w not in _STOP:
            f["w:" + w[:5]] = 1.0
        if w in forms:
            name = "verb:" + forms[w][1]
            f[name] = f.get(name, 0.0) + 1.0
    nearest = None
    for m in matches_in(text, start, end):
        category = cue_of(m).category
        f["cue:" + category] = f.get("cue:" + category, 0.0) + 1.0
        d = abs(m.start() - (at if at is not None else start))
        if nearest is None or d < nearest[0]:
            nearest = (d, category)
    if nearest is not None:
        f["near:" + nearest[1]] = 1.0
    return f


@dataclass(frozen=True)
class CategoryModel:
    """One weight vector per category."""

    weights: dict[str, dict[str, float]]

    def predict(self, features: dict[str, float]) -> tuple[Category, float]:
        """The most likely category and its probability."""
        scores = {
            c: sum(self.weights.get(c, {}).get(n, 0.0) * v for n, v in features.items()) for c in CATEGORIES
        }
        top = max(scores.values())
        total = sum(math.exp(s - top) for s in scores.values())
        best = max(CATEGORIES, key=lambda c: scores[c])
        return best, 1.0 / total


@cache
def load_category_model(path: Path = MODEL_PATH) -> CategoryModel | None:
    """The trained model, or None when its file is missing."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return CategoryModel({c: {str(k): float(v) for k, v in w.items()} for c, w in data["weights"].items()})

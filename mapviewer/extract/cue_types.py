"""The shape of a relation cue, shared by the lexicon modules and the matcher."""

from __future__ import annotations

from dataclasses import dataclass

from mapviewer.model.types import Category

VC: Category = "verbal_cooperation"
MC: Category = "material_cooperation"
VX: Category = "verbal_conflict"
MX: Category = "material_conflict"
N: Category = "neutral"


@dataclass(frozen=True)
class Cue:
    """One entry of the lexicon."""

    pattern: str
    relation: str
    category: Category
    flags: frozenset[str] = frozenset()


def cue(pattern: str, relation: str, category: Category, flags: str = "") -> Cue:
    return Cue(pattern, relation, category, frozenset(flags.split()))


GAP3 = r"(?:\s+[\w'’-]+){0,3}?"  # up to three words in between ("military", "two more")
GAP5 = r"(?:\s+[\w'’-]+){0,5}?"

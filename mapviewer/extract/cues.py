"""The relation cue lexicon: words that signal a relation, each with its phrase and category.

Categories are the four CAMEO quadrants plus neutral. Flags say how a cue pairs its actors:

* ``sym``: symmetric (talks, treaty, call, ceasefire); the statement is marked mutual;
* ``med``: mediation "between X and Y", a statement about three actors;
* ``tight``: a noun cue whose target must follow at once ("strikes on X", "invasion of X");
* ``subj``: the source is the clause subject, not the nearest actor ("held talks with X");
* ``far``: the target may follow after commas ("paid ..., transferred to the Iranian company");
* ``poss``: a role noun whose target may be a possessive before it ("Egypt is Sudan's closest
  ally", "China, North Korea's main trading partner, ...").

A cue may swallow an actor ("restricts Chinese investment", "took Iran to court"): when no target
follows the cue, a mention inside it is the target (see ``relations``).

Order matters only where two cues start at the same place: the longer, more specific one first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mapviewer.extract.cue_lexicon_conflict import CONFLICT
from mapviewer.extract.cue_lexicon_cooperation import COOPERATION
from mapviewer.extract.cue_types import Cue

__all__ = ["LEXICON", "PATTERN", "Cue", "cue_of", "matches_in"]

#: Cooperation first, then conflict: the order the single lexicon had.
LEXICON: tuple[Cue, ...] = COOPERATION + CONFLICT

PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<c{i}>{c.pattern})" for i, c in enumerate(LEXICON)).replace("[A-Z]", "(?-i:[A-Z])")
    + r")(?!\w)",
    re.IGNORECASE,
)


def cue_of(match: re.Match[str]) -> Cue:
    """The lexicon entry behind a match of ``PATTERN``."""
    name = match.lastgroup
    assert name is not None
    return LEXICON[int(name[1:])]


@lru_cache(maxsize=8)
def matches_in(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """Every cue in ``text[start:end]``; cached, as the rules and the candidates both read them."""
    return tuple(PATTERN.finditer(text, start, end))

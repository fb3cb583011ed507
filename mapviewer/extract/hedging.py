"""Hedging: how sure the article is of a claim, as one of the map format's hedge words.

A hedge word colours what follows it ("reportedly supplied", "accused Iran of supplying",
"is expected to"), so for each cue we take the nearest hedge that ends before it. A trailing
"..., analysts believe." or "..., IRNA reported." hedges the whole sentence.
"""

from __future__ import annotations

import re

_HEDGES: tuple[tuple[str, str], ...] = (
    (
        "unlikely",
        r"\bunlikely\b|\bhesitant\b|\breluctant\b|\bunwilling\b|\b(?:declin|refus)(?:ed|es|e)? to\b|"
        r"\bcannot\b|\bcan['’]t\b|\bwould not\b|\bruled out\b",
    ),
    (
        "alleged",
        r"\ballege(?:d|dly|s)?\b|\baccus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,3}?of\b|"
        r"\bwhat (?:it|they|he|she|the \w+) (?:called|calls|describ\w+ as)\b|"
        r"\bclaim(?:s|ed)? that\b",
    ),
    (
        "reported",
        r"\breportedly\b|\breported(?: that)?\b|\baccording to (?:media |press )?reports\b",
    ),
    ("believed", r"\bbeliev(?:e|es|ed)\b|\bestimat(?:e|es|ed)\b|\bthought to\b|\bsuspected\b"),
    ("expected", r"\bexpected\b|\bset to\b|\bplans? to\b|\bpoised to\b"),
    ("possible", r"\bcould\b|\bmight\b|\bmay\b|\bpossibl[ey]\b|\bpotential(?:ly)?\b|\bif\b"),
)
_PATTERN = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _HEDGES))
_WOULD = re.compile(r"\bwould\b")
_IF = re.compile(r"\b[Ii]f\b")
_TRAILING = re.compile(
    r",\s*(?:[\w'’.-]+\s+){0,6}?(?P<verb>believes?|reported|estimates?|suspects?)\b[^,]*$"
    r"|,\s*(?P<verb2>believes?)\s+[A-Z][^,]*$"
)
_WORD_OF = {"reported": "reported", "believe": "believed", "believes": "believed"}


def hedges_in(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, hedge) of every hedge word in ``sentence``, in order.

    >>> [h for _, _, h in hedges_in("Iran reportedly supplied drones, which could fly.")]
    ['reported', 'possible']
    """
    out = []
    for m in _PATTERN.finditer(sentence):
        name = m.lastgroup
        assert name is not None
        out.append((m.start(), m.end(), name))
    if _IF.search(sentence):
        out += [(m.start(), m.end(), "possible") for m in _WOULD.finditer(sentence)]
    return sorted(out)


def hedge_for(sentence: str, cue_start: int, found: list[tuple[int, int, str]] | None = None) -> str | None:
    """The hedge on the claim whose cue starts at ``cue_start`` (an index into ``sentence``).

    >>> s = "Western allies have accused Iran of supplying Russia with drones."
    >>> hedge_for(s, s.index("accused")), hedge_for(s, s.index("supplying"))
    (None, 'alleged')
    >>> s = "Moscow would not want to lose such a partner, analysts believe."
    >>> hedge_for(s, s.index("lose"))
    'unlikely'
    """
    found = hedges_in(sentence) if found is None else found
    before = [h for s, e, h in found if e <= cue_start]
    if before:
        return before[-1]
    trailing = _TRAILING.search(sentence, cue_start)
    if trailing:
        verb = (trailing.group("verb") or trailing.group("verb2") or "").lower()
        return "reported" if verb == "reported" else "believed"
    return None

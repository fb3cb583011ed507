"""A draft statement for a passage the reviewer picks by hand, where the extractor found nothing.

The extractor finds about three in five of the statements an analyst would map, so the review
screen lets the analyst select the passage that carries a missed one. The quote is the selection
itself (white space trimmed), so ``text[start:end] == quote`` holds by construction; the actors the
passage names are offered as source and target, for the analyst to confirm or change.
"""

from __future__ import annotations

from mapviewer.extract.gazetteer import load_gazetteer
from mapviewer.extract.mentions import find_mentions
from mapviewer.extract.sentences import Sentence
from mapviewer.model.types import Actor, Evidence, Statement

#: The relation of a hand-made draft until the reviewer names it (a draft with it cannot be accepted).
UNNAMED = "(name the relation)"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without white space at either end.

    >>> trimmed("  Russia met Iran.  ", 0, 20)
    (2, 18)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def actors_named(text: str, start: int, end: int, published: str | None = None) -> list[Actor]:
    """The actors ``text[start:end]`` names, in order of first mention (people as their state)."""
    gazetteer = load_gazetteer((published or "")[:10] or None)
    span = Sentence(start, end, text[start:end], "body", 0)
    out: list[Actor] = []
    for m in find_mentions(text, span, gazetteer):
        if all(a.id != m.actor for a in out):
            out.append(gazetteer.actor(m.actor))
    return out


def draft_by_hand(
    text: str, start: int, end: int, *, statement_id: str, article_id: str, actors: list[str]
) -> Statement:
    """A draft whose single quote is ``text[start:end]`` (trimmed): the first two ``actors`` as
    source and target (the same one twice when only one is known: the reviewer must choose),
    the relation ``UNNAMED``, "neutral", stated as fact by the article itself."""
    start, end = trimmed(text, start, end)
    if start >= end:
        raise ValueError("an empty passage carries no statement")
    if not actors:
        raise ValueError("a draft needs at least one actor to start from")
    source = actors[0]
    target = actors[1] if len(actors) > 1 else source
    evidence = Evidence(
        article=article_id, quote=text[start:end], start=start, end=end, attributed_to="the article itself"
    )
    return Statement(
        id=statement_id,
        source=source,
        target=target,
        relation=UNNAMED,
        category="neutral",
        summary="",
        evidence=[evidence],
        confidence="high",
    )

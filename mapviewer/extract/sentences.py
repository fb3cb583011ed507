"""Sentence boundaries with exact offsets: pysbd segments each line, we place each segment.

pysbd decides where sentences end; we never trust reported offsets blindly. Each segment is found
in the text from the end of the previous one, and ``text[start:end] == sentence.text`` is checked,
so a quote cut from a sentence is always a real substring. Lines are segmented one at a time,
because headlines, captions and credits end without punctuation and must not run into the next
line. A line is also classified (headline, caption, credit, body), which sets confidence later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pysbd

Kind = Literal["body", "headline", "caption"]

_CAPTION = re.compile(r"\b(Photo|Photograph|Image|Video|Illustration)\s*(:|by\b)|\(archive\)|©")
_END = re.compile(r"""[.!?:;…]["'”’)\]]*\s*$""")
_WORD = re.compile(r"\w+")
#: "Nordic week: drones close Copenhagen airport, Oslo buys British frigates, Iceland sets EU vote"
_ROUNDUP_LABEL = re.compile(
    r"^[^:]{0,50}\b(?:week|briefing|roundup|round-up|digest|diplomacy|wrap)\s*:\s", re.I
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its exact span, its text (``text[start:end]``, stripped) and its line kind."""

    start: int
    end: int
    text: str
    kind: Kind
    paragraph: int


@cache
def _segmenter() -> pysbd.Segmenter:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def line_kind(line: str) -> Kind:
    """Headline (short, no final punctuation), caption (photo credit) or body text.

    >>> line_kind("Putin condemns Israel"), line_kind("Iran and Russia met. They talked.")
    ('headline', 'body')
    """
    if _CAPTION.search(line):
        return "caption"
    if not _END.search(line) and len(_WORD.findall(line)) <= 16:
        return "headline"
    return "body"


def headline_items(line: str) -> list[str]:
    """A headline's separate items: the parts of "A; B", and the comma-separated items of a roundup
    headline ("Balkans week: Bosnia protests ..., Greece warns Tirana"), each its own claim.

    >>> headline_items("Armenia and Azerbaijan exchange fire; Iran, Russia urge restraint")
    ['Armenia and Azerbaijan exchange fire', 'Iran, Russia urge restraint']
    """
    parts = re.split(r";\s+", line)
    if _ROUNDUP_LABEL.match(line):
        parts = [item for part in parts for item in re.split(r",\s+", part)]
    return parts


def _place(text: str, segments: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ``segments`` inside ``text[lo:hi]``, in order, each stripped of white space."""
    spans = []
    at = lo
    for seg in segments:
        piece = seg.strip()
        if not piece:
            continue
        found = text.find(piece, at, hi)
        if found < 0:  # pysbd changed the text: keep the rest of the line as one sentence
            rest = text[at:hi]
            stripped = rest.strip()
            if stripped:
                s = at + (len(rest) - len(rest.lstrip()))
                spans.append((s, s + len(stripped)))
            return spans
        spans.append((found, found + len(piece)))
        at = found + len(piece)
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of ``text`` with exact offsets.

    >>> [s.text for s in split_sentences("Headline here\\n\\nRussia met Iran. It talked.")]
    ['Headline here', 'Russia met Iran.', 'It talked.']
    """
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if not line.strip():
            continue
        paragraph += 1
        kind = line_kind(line)
        if kind == "body":
            segments = _segmenter().segment(line)
        else:
            segments = headline_items(line) if kind == "headline" else [line]
        for s, e in _place(text, [str(x) for x in segments], lo, hi):
            out.append(Sentence(s, e, text[s:e], kind, paragraph))
    return out

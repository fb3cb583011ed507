"""The provenance check: every quote is exactly its article's text at its offsets.

Nothing here repairs a quote. A mismatch is reported with where the quote does occur, if anywhere,
so a person can decide.
"""

from __future__ import annotations

import hashlib

from mapviewer.model.errors import Problem
from mapviewer.model.types import MapDocument


def sha256_of(text: str) -> str:
    """The sha256 of the UTF-8 bytes of ``text``, as the format stores it.

    >>> sha256_of("")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_article_hashes(doc: MapDocument, texts: dict[str, str]) -> list[Problem]:
    """One problem per article whose stored sha256 does not match its text."""
    problems = []
    for i, article in enumerate(doc.articles):
        text = texts.get(article.id)
        if text is None or article.sha256 is None:
            continue
        actual = sha256_of(text)
        if actual != article.sha256.lower():
            problems.append(
                Problem(
                    f"articles[{i}].sha256",
                    f"does not match the text of article {article.id!r} "
                    f"(stored {article.sha256[:12]}…, text has {actual[:12]}…)",
                )
            )
    return problems


def check_quotes(doc: MapDocument, texts: dict[str, str]) -> list[Problem]:
    """One problem per evidence whose quote is not ``text[start:end]``.

    Evidence whose article text is unavailable is skipped here; the missing text is its own problem.

    >>> from mapviewer.model.types import MapDocument
    >>> doc = MapDocument.model_validate({"format": "mapviewer-map", "version": 1,
    ...   "articles": [{"id": "a", "text": "Russia condemns Israel."}],
    ...   "actors": [{"id": "R", "label": "R", "kind": "state"},
    ...              {"id": "I", "label": "I", "kind": "state"}],
    ...   "statements": [{"id": "s1", "source": "R", "target": "I", "relation": "condemns",
    ...     "category": "verbal_conflict",
    ...     "evidence": [{"article": "a", "quote": "condemns Israel", "start": 0, "end": 15}]}]})
    >>> problem = check_quotes(doc, {"a": "Russia condemns Israel."})[0]
    >>> problem.place
    'statements[0].evidence[0]'
    >>> problem.message.split("; ")[-1]
    'the quote occurs at 7-22'
    """
    problems = []
    for i, st in enumerate(doc.statements):
        for j, ev in enumerate(st.evidence):
            text = texts.get(ev.article)
            if text is None or ev.quote is None or ev.start is None or ev.end is None:
                continue
            place = f"statements[{i}].evidence[{j}]"
            if ev.end > len(text):
                problems.append(
                    Problem(
                        place,
                        f"offsets {ev.start}-{ev.end} run past the end of article "
                        f"{ev.article!r} ({len(text)} characters)",
                        st.id,
                    )
                )
                continue
            found = text[ev.start : ev.end]
            if found == ev.quote:
                continue
            where = text.find(ev.quote) if ev.quote else -1
            hint = (
                f"; the quote occurs at {where}-{where + len(ev.quote)}"
                if where >= 0
                else "; the quote occurs nowhere in the article"
            )
            problems.append(
                Problem(
                    place,
                    f"quote does not match article {ev.article!r} at {ev.start}-{ev.end}: "
                    f"the article has {_clip(found)!r} there{hint}",
                    st.id,
                )
            )
    return problems

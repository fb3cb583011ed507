"""Build a valid ``MapDocument`` from the pieces a foreign file gives, whatever its format.

Every reader hands nodes and edges to a ``DocumentBuilder``. It makes ids unique, recognises states,
gives edges without evidence an unquoted evidence that points at the imported file, checks limits,
and records in the import report everything it had to skip, so no reader drops anything silently.
"""

from __future__ import annotations

import hashlib
import math
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError

from mapviewer.formats.countries import iso3_of
from mapviewer.formats.errors import FormatError, FormatLimitError
from mapviewer.formats.report import DEFAULT_LIMITS, ImportReport, Limits, Progress, Ticker
from mapviewer.model.references import check_references
from mapviewer.model.types import (
    ACTOR_KINDS,
    CATEGORIES,
    Actor,
    ActorKind,
    Article,
    Category,
    Evidence,
    MapDocument,
    Statement,
)

#: The relation given to an edge whose file says nothing about what it means.
NEUTRAL_RELATION = "linked to"
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$")
_HEX3 = re.compile(r"^#([0-9a-fA-F]{3})$")
_QUADCLASS: dict[str, Category] = {
    "1": "verbal_cooperation",
    "2": "material_cooperation",
    "3": "verbal_conflict",
    "4": "material_conflict",
}


def parse_category(value: object) -> Category | None:
    """A category from a loosely written value ("Verbal conflict", "material-cooperation", 3).

    >>> parse_category("Verbal Conflict"), parse_category(2), parse_category("friendly")
    ('verbal_conflict', 'material_cooperation', None)
    """
    text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    if text in _QUADCLASS:
        return _QUADCLASS[text]
    for category in CATEGORIES:
        if text == category:
            return category
    return None


def parse_color(value: object) -> str | None:
    """``#rrggbb`` from ``#RRGGBB``, ``#RGB``, ``#RRGGBBAA`` or ``r,g,b``; None if not a colour.

    >>> parse_color("#FFCC00"), parse_color("255, 0, 10"), parse_color("blue")
    ('#ffcc00', '#ff000a', None)
    """
    text = str(value).strip()
    m = _HEX.match(text)
    if m:
        return "#" + m.group(1).lower()
    m = _HEX3.match(text)
    if m:
        return "#" + "".join(c * 2 for c in m.group(1).lower())
    parts = [p.strip() for p in text.removeprefix("rgb(").removesuffix(")").split(",")]
    if len(parts) in (3, 4) and all(p.isdigit() and int(p) <= 255 for p in parts[:3]):
        return rgb_hex(int(parts[0]), int(parts[1]), int(parts[2]))
    return None


def rgb_hex(r: int, g: int, b: int) -> str:
    """``#rrggbb`` from three 0-255 integers (clamped)."""
    return "#" + "".join(f"{max(0, min(255, c)):02x}" for c in (r, g, b))


def to_float(value: object) -> float | None:
    """A finite float, or None (positions read as strings are the usual case)."""
    if isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip()) if not isinstance(value, int | float) else float(value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


class DocumentBuilder:
    """Collects actors, statements and articles, and turns them into a checked ``MapDocument``."""

    def __init__(
        self,
        file: str | Path,
        fmt: str,
        *,
        limits: Limits = DEFAULT_LIMITS,
        progress: Progress | None = None,
    ) -> None:
        self.file = str(file)
        self.name = Path(file).name or "import"
        self.limits = limits
        self.report = ImportReport(fmt)
        self.ticker = Ticker(file, progress)
        self.actors: dict[str, Actor] = {}
        self.statements: list[Statement] = []
        self.articles: dict[str, Article] = {}
        self.positions: dict[str, tuple[float, float]] = {}
        self._statement_ids: set[str] = set()
        self.undeclared: set[str] = set()  #: attribute keys used but not declared, warned once

    # -- errors ------------------------------------------------------------------------------
    def error(self, place: str, message: str) -> FormatError:
        """A ``FormatError`` about this file (to raise)."""
        return FormatError(self.file, place, message)

    # -- values ------------------------------------------------------------------------------
    def clean(self, value: Any, depth: int = 0) -> Any:
        """A JSON-safe copy of a value: finite numbers, bounded strings, no deep nesting."""
        if value is None or isinstance(value, bool | int):
            return value
        if isinstance(value, float):
            return value if math.isfinite(value) else str(value)
        if isinstance(value, str):
            if len(value) > self.limits.max_text:
                self.report.warn(f"a value of {len(value):,} characters was cut")
                return value[: self.limits.max_text]
            return value
        if depth > 20:
            return str(value)[:1000]
        if isinstance(value, dict):
            return {str(k): self.clean(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.clean(v, depth + 1) for v in value]
        return str(value)

    # -- articles ----------------------------------------------------------------------------
    def file_article(self) -> str:
        """The id of the article that stands for the imported file itself (made on first use)."""
        article_id = f"import:{self.name}"
        if article_id not in self.articles:
            path = Path(self.file)
            url = path.resolve().as_uri() if path.is_file() else None
            self.articles[article_id] = Article(id=article_id, title=self.name, url=url)
        return article_id

    def url_article(self, url: str, *, publisher: str = "", published: str | None = None) -> str:
        """The id of an article known only by its URL (made on first use)."""
        url = url.strip()[:4000]
        article_id = "url:" + hashlib.sha1(url.encode("utf-8", "replace")).hexdigest()[:12]
        if article_id not in self.articles:
            try:
                host = urlsplit(url).hostname or ""
            except ValueError:
                host = ""
            self.articles[article_id] = Article(
                id=article_id, title=url, url=url, publisher=publisher or host, published=published
            )
        return article_id

    def add_article(self, article: Article, place: str) -> None:
        """Add a complete article (from a file this app exported); a repeated id is skipped."""
        if article.id in self.articles:
            self.report.skip(place, f'article id "{article.id}" is repeated')
            return
        self.articles[article.id] = article

    # -- actors ------------------------------------------------------------------------------
    def has_actor(self, actor_id: str) -> bool:
        """True when an actor with this id was added."""
        return actor_id in self.actors

    def add_actor(
        self,
        actor_id: str,
        *,
        place: str,
        label: str | None = None,
        kind: str | None = None,
        iso3: str | None = None,
        color: str | None = None,
        position: tuple[float, float] | None = None,
        attributes: dict[str, Any] | None = None,
        fields: dict[str, Any] | None = None,
    ) -> bool:
        """Add one actor; False (and a note in the report) if it cannot be added.

        ``fields`` are further actor fields (aliases, affiliation, role) from a file this app wrote.
        A node named after a country becomes a state with its ISO code.
        """
        if not actor_id:
            self.report.skip(place, "node without an id")
            return False
        if actor_id in self.actors:
            self.report.skip(place, f'node id "{actor_id}" is repeated')
            return False
        if len(self.actors) >= self.limits.max_actors:
            raise FormatLimitError(
                self.file, place, f"more than {self.limits.max_actors:,} nodes (the limit)"
            )
        label = (label or "").strip() or actor_id
        if iso3 is None or not re.fullmatch(r"[A-Z]{3}", iso3):
            iso3 = None
            if kind in (None, "state"):
                iso3 = iso3_of(label) or iso3_of(actor_id)
        actor_kind: ActorKind = "organization"
        if kind in ACTOR_KINDS:
            actor_kind = kind
        elif iso3 is not None:
            actor_kind = "state"
        data: dict[str, Any] = dict(fields or {})
        data.update(id=actor_id, label=label, kind=actor_kind, iso3=iso3)
        if color:
            data["color"] = color
        if attributes:
            data["attributes"] = self.clean(attributes)
        try:
            actor = Actor.model_validate(data)
        except ValidationError as e:
            self.report.skip(place, _first_error(e))
            return False
        self.actors[actor_id] = actor
        if position is not None:
            self.positions[actor_id] = position
        self.ticker.tick(len(self.actors), 0)
        return True

    # -- statements --------------------------------------------------------------------------
    def add_statement(
        self,
        source: str,
        target: str,
        *,
        place: str,
        statement_id: str | None = None,
        relation: str | None = None,
        category: str | None = None,
        date: str | None = None,
        summary: str = "",
        mutual: bool = False,
        evidence: list[Evidence] | None = None,
        attributes: dict[str, Any] | None = None,
    ) -> bool:
        """Add one statement; False (and a note in the report) if it cannot be added.

        An edge whose file gives it no meaning becomes a neutral statement "linked to", with
        unquoted evidence that points at the imported file.
        """
        for end, actor_id in (("source", source), ("target", target)):
            if actor_id not in self.actors:
                self.report.skip(place, f'{end} node "{actor_id}" is not declared')
                return False
        if len(self.statements) >= self.limits.max_statements:
            raise FormatLimitError(
                self.file, place, f"more than {self.limits.max_statements:,} edges (the limit)"
            )
        sid = self._unique_id(statement_id or f"s{len(self.statements) + 1}")
        data: dict[str, Any] = {
            "id": sid,
            "source": source,
            "target": target,
            "relation": (relation or "").strip() or NEUTRAL_RELATION,
            "category": parse_category(category) if category is not None else None,
            "summary": summary,
            "date": date,
            "mutual": mutual,
            "evidence": evidence or [Evidence(article=self.file_article())],
        }
        if data["category"] is None:
            if category not in (None, ""):
                self.report.warn(f'unknown category "{str(category)[:40]}" read as neutral')
            data["category"] = "neutral"
        if attributes:
            data["attributes"] = self.clean(attributes)
        try:
            statement = Statement.model_validate(data)
        except ValidationError as e:
            self.report.skip(place, _first_error(e))
            return False
        self._statement_ids.add(sid)
        self.statements.append(statement)
        self.ticker.tick(len(self.statements), 0)
        return True

    def _dangling(self, ev: Evidence) -> bool:
        return ev.article not in self.articles or (ev.speaker is not None and ev.speaker not in self.actors)

    def _repaired(self, ev: Evidence) -> Evidence:
        data = ev.model_dump(exclude_unset=True)
        if ev.article not in self.articles:
            self.report.warn(f'evidence names unknown article "{ev.article}"; kept unquoted')
            data["article"] = self.file_article()
            for key in ("quote", "start", "end"):
                data.pop(key, None)
        if ev.speaker is not None and ev.speaker not in self.actors:
            data.pop("speaker", None)
        return Evidence.model_validate(data)

    def _unique_id(self, wanted: str) -> str:
        wanted = wanted.strip() or f"s{len(self.statements) + 1}"
        if wanted not in self._statement_ids:
            return wanted
        n = 2
        while f"{wanted}~{n}" in self._statement_ids:
            n += 1
        self.report.warn(f'repeated edge id "{wanted[:40]}": later ones get a suffix "~2", "~3"...')
        return f"{wanted}~{n}"

    # -- result ------------------------------------------------------------------------------
    def finish(self, title: str = "", story: list[str] | None = None) -> MapDocument:
        """The checked map; dangling affiliations and evidence articles are repaired, reported."""
        for actor in self.actors.values():
            if actor.affiliation is not None and actor.affiliation not in self.actors:
                self.report.skip(f'actor "{actor.id}"', f'affiliation "{actor.affiliation}" unknown')
                actor.affiliation = None
        for st in self.statements:
            if any(self._dangling(ev) for ev in st.evidence):
                st.evidence = [self._repaired(ev) for ev in st.evidence]
        known = {s.id for s in self.statements}
        doc = MapDocument(
            format="mapviewer-map",
            version=1,
            title=title or self.name,
            articles=list(self.articles.values()),
            actors=list(self.actors.values()),
            statements=self.statements,
            story=[s for s in story or [] if s in known],
            positions=self.positions,
        )
        problems = check_references(doc)
        if problems:  # a bug in a reader, not in the file
            raise FormatError(self.file, problems[0].place, problems[0].message)
        self.report.actors = len(doc.actors)
        self.report.statements = len(doc.statements)
        return doc


def _first_error(err: ValidationError) -> str:
    first = err.errors(include_url=False)[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])

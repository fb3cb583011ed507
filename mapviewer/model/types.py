"""The nouns of the map format (``map-format.md``): Article, Actor, Statement, Evidence, MapDocument.

Field names are a contract with every other tool, so they are spelt exactly as the format says.
Unknown fields are kept (``extra="allow"``), so a file written by a newer version loses nothing
when this version saves it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FORMAT_NAME = "mapviewer-map"
FORMAT_VERSION = 1

Category = Literal[
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
    "neutral",
]
CATEGORIES: tuple[Category, ...] = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
    "neutral",
)
ActorKind = Literal["state", "person", "organization", "group"]
ACTOR_KINDS: tuple[ActorKind, ...] = ("state", "person", "organization", "group")
#: The hedge words the format names. Others are accepted and shown as they are.
KNOWN_HEDGES = ("reported", "alleged", "believed", "expected", "unlikely", "possible")

NonEmpty = Annotated[str, Field(min_length=1)]


class _Base(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=True)


class Article(_Base):
    """A source text. Its words are in ``text`` or in the file at ``text_path`` (relative to the map).

    >>> Article(id="a1", title="T", text="Hello").text
    'Hello'
    """

    id: NonEmpty
    title: str = ""
    publisher: str = ""
    url: str | None = None
    published: str | None = None
    text_path: str | None = None
    text: str | None = None
    sha256: str | None = None

    @property
    def has_text(self) -> bool:
        """False for a source known only by its URL (event data); its evidence is unquoted."""
        return self.text_path is not None or self.text is not None


class Actor(_Base):
    """A state, person, organisation or group that statements join.

    >>> Actor(id="RUS", label="Russia", kind="state", iso3="RUS").kind
    'state'
    """

    id: NonEmpty
    label: NonEmpty
    kind: ActorKind
    iso3: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    aliases: list[str] = Field(default_factory=list)
    affiliation: str | None = None
    role: str | None = None


class Evidence(_Base):
    """A verbatim quote from an article that supports a statement.

    The provenance invariant is ``article_text[start:end] == quote`` (code point offsets).
    Extension: evidence from event data may have no quote at all (``quote``, ``start`` and ``end``
    all absent); it then only names its article, whose ``url`` is the source. Such evidence is
    "unquoted" and shown as such everywhere.

    >>> Evidence(article="a1", quote="Hello", start=0, end=5).end
    5
    >>> Evidence(article="a1").quoted
    False
    """

    article: NonEmpty
    quote: str | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    attributed_to: str | None = None
    speaker: str | None = None
    hedge: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        given = [self.quote is not None, self.start is not None, self.end is not None]
        if any(given) and not all(given):
            raise ValueError("quote, start and end go together: give all three or none")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self

    @property
    def quoted(self) -> bool:
        """True when the evidence carries a verbatim quote with offsets."""
        return self.quote is not None


class Statement(_Base):
    """A directed link: ``source`` does or says ``relation`` to or about ``target``.

    ``mutual`` (an extension, default false) marks a symmetric relation such as a treaty or a call.
    """

    id: NonEmpty
    source: NonEmpty
    target: NonEmpty
    relation: NonEmpty
    category: Category
    summary: str = ""
    date: str | None = None
    evidence: list[Evidence] = Field(min_length=1)
    mutual: bool = False

    @property
    def unquoted(self) -> bool:
        """True when no evidence behind the statement carries a quote (event data)."""
        return not any(e.quoted for e in self.evidence)

    @property
    def hedged(self) -> bool:
        """True when every quote behind the statement is hedged (none states it as fact)."""
        return all(e.hedge for e in self.evidence)


class MapDocument(_Base):
    """A whole map file.

    >>> doc = MapDocument(format="mapviewer-map", version=1, title="Empty")
    >>> (doc.title, doc.statements)
    ('Empty', [])
    """

    format: Literal["mapviewer-map"]
    version: Literal[1]
    title: str = ""
    articles: list[Article] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    story: list[str] = Field(default_factory=list)
    positions: dict[str, tuple[float, float]] = Field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (KeyError if none)."""
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def statement(self, statement_id: str) -> Statement:
        """The statement with this id (KeyError if none)."""
        for s in self.statements:
            if s.id == statement_id:
                return s
        raise KeyError(statement_id)

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError if none)."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

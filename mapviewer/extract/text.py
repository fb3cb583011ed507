"""Input reduction: an article file (plain text, HTML or Markdown) to the text that the map stores.

Every quote offset in a map counts code points of the *stored* text, so the reduction happens once,
here, and everything downstream works on its result. ``ReducedText.source_offset`` maps a position
in the stored text back to the raw file (to the start of the HTML text node it came from), for
a reviewer who wants to see the original markup.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from mapviewer.model.errors import MapFileError, Problem

#: Tags whose contents are never article text.
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "nav", "footer"})
#: Tags that end a paragraph (a blank line in the stored text, so sentences never run across).
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "header", "aside", "main", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "blockquote",
        "pre", "title", "dd", "dt", "br", "hr",
    }
)  # fmt: skip


@dataclass
class ReducedText:
    """The stored text and, per chunk, where it came from in the raw input."""

    text: str
    #: sorted (start in ``text``, start in the raw input) pairs, one per text chunk
    chunks: list[tuple[int, int]] = field(default_factory=list)

    def source_offset(self, offset: int) -> int:
        """The raw-input offset of the chunk that holds ``offset`` (identity for plain text).

        >>> ReducedText("abc").source_offset(2)
        2
        """
        if not self.chunks:
            return offset
        i = bisect.bisect_right(self.chunks, (offset, float("inf"))) - 1
        if i < 0:
            return 0
        out_start, raw_start = self.chunks[i]
        return raw_start + (offset - out_start)


class _TextCollector(HTMLParser):
    """Collects visible text; each piece remembers the raw offset of its text node."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=True)
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(raw) if ch == "\n"]
        self.pieces: list[tuple[str, int]] = []
        self._skip_depth = 0

    def _raw_offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK:
            self.pieces.append(("\n\n", self._raw_offset()))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self.pieces.append(("\n\n", self._raw_offset()))

    def handle_data(self, data: str) -> None:
        if not self._skip_depth and data:
            self.pieces.append((data, self._raw_offset()))


def _normalise(pieces: list[tuple[str, int]]) -> ReducedText:
    """Join pieces, collapse white space (blank line between blocks, one space elsewhere)."""
    out: list[str] = []
    chunks: list[tuple[int, int]] = []
    pending = ""  # white space seen but not yet written: "", " " or "\n\n"
    for piece, raw_at in pieces:
        if piece == "\n\n":
            pending = "\n\n" if out else ""
            continue
        words = piece.split()
        if not words:
            if out and not pending:
                pending = " "
            continue
        if piece[:1].isspace() and out and not pending:
            pending = " "
        lead = len(piece) - len(piece.lstrip())
        out.append(pending)
        length = sum(len(x) for x in out)
        chunks.append((length, raw_at + lead))
        out.append(" ".join(words))
        pending = " " if piece[-1:].isspace() else ""
    return ReducedText("".join(out), chunks)


def html_to_text(raw: str) -> ReducedText:
    """Visible text of an HTML page with a blank line between blocks, via ``html.parser``.

    >>> html_to_text("<h1>Title</h1><p>Russia &amp; Iran <b>met</b>.</p>").text
    'Title\\n\\nRussia & Iran met.'
    """
    parser = _TextCollector(raw)
    parser.feed(raw)
    parser.close()
    return _normalise(parser.pieces)


def markdown_to_text(raw: str) -> ReducedText:
    """Text of a Markdown document: rendered by markdown-it-py, then reduced like HTML.

    Source offsets of Markdown are not kept (the renderer does not report them), only the text.
    """
    try:
        from markdown_it import MarkdownIt
    except ImportError as e:  # pragma: no cover - markdown-it-py ships with the test tools
        raise MapFileError(None, [Problem("", f"reading Markdown needs markdown-it-py ({e})")]) from e
    rendered = MarkdownIt("commonmark").render(raw)
    return ReducedText(html_to_text(rendered).text)


def reduce_text(raw: str, kind: str) -> ReducedText:
    """Reduce ``raw`` of ``kind`` ("text", "html" or "markdown") to the text the map stores.

    Plain text is kept byte for byte apart from line endings (CRLF becomes LF).

    >>> reduce_text("a\\r\\nb", "text").text
    'a\\nb'
    """
    if kind == "html":
        return html_to_text(raw)
    if kind == "markdown":
        return markdown_to_text(raw)
    return ReducedText(raw.replace("\r\n", "\n"))


def kind_of(path: Path) -> str:
    """The input kind named by a file's extension."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "text"


def read_article(path: str | Path) -> ReducedText:
    """Read an article file as UTF-8 and reduce it. Raises ``MapFileError`` naming the file."""
    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise MapFileError(path, [Problem("", e.strerror or str(e))]) from None
    except UnicodeDecodeError as e:
        raise MapFileError(path, [Problem("", f"not valid UTF-8 (byte {e.start})")]) from None
    return reduce_text(raw, kind_of(path))

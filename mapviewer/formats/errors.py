"""The one error family that importers and exporters raise, so the UI shows them all alike.

Every reader catches what its parser throws and turns it into a ``FormatError`` that names the file
and the place in it (line and column, a row, an element path or a JSON path).
"""

from __future__ import annotations

from pathlib import Path

from mapviewer.model.errors import MapError, Problem


class FormatError(MapError):
    """A foreign file cannot be imported, or a map cannot be exported.

    >>> str(FormatError("g.graphml", "line 3, column 5", "mismatched tag"))
    'g.graphml: line 3, column 5: mismatched tag'
    """

    def __init__(self, file: str | Path | None, place: str, message: str) -> None:
        self.place = place
        self.message = message
        super().__init__(file, [Problem(place, message)])


class FormatLimitError(FormatError):
    """The file is bigger than a limit (bytes, nodes, edges, rows); raise the limit to read it."""


class ImportCancelled(FormatError):
    """The progress callback asked to stop (it returned False or raised)."""

    def __init__(self, file: str | Path | None, place: str = "", message: str = "cancelled") -> None:
        super().__init__(file, place, message)

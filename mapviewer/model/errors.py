"""One family of errors for everything the core reads, each naming the file and the place in it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a map, found while reading or checking it.

    ``place`` is where it is: a JSON path such as ``statements[3].target``, or ``line 4, column 2``.
    """

    place: str
    message: str
    statement_id: str | None = None

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class MapError(Exception):
    """Base of every error the core raises about a file. Carries the file and the problems."""

    def __init__(self, file: str | Path | None, problems: list[Problem]) -> None:
        self.file = str(file) if file is not None else "<memory>"
        self.problems = problems
        super().__init__(self._text())

    def _text(self) -> str:
        if len(self.problems) == 1:
            return f"{self.file}: {self.problems[0]}"
        lines = [f"{self.file}: {len(self.problems)} problems"]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


class MapSyntaxError(MapError):
    """The file is not well-formed (JSON syntax, encoding). The place is a line and column."""

    def __init__(self, file: str | Path | None, message: str, line: int, column: int) -> None:
        self.line = line
        self.column = column
        super().__init__(file, [Problem(f"line {line}, column {column}", message)])


class MapSchemaError(MapError):
    """The file is well-formed but does not follow the map format: a bad field or a bad reference."""


class MapFileError(MapError):
    """The file cannot be read or written at all (missing, unreadable, disk full)."""

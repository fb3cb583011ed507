"""What an import did with each part of a foreign file, shared by every reader.

A foreign file rarely fits the map format exactly. Rather than silently dropping what does not fit,
every reader records what it mapped onto map fields, what it kept as extra ``attributes``, and what
it skipped and why. The import dialog shows this report; the command line prints it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mapviewer.formats.errors import FormatLimitError, ImportCancelled

#: ``progress(done, total)`` is called now and then while reading; ``total`` may be 0 when unknown.
#: Return ``False`` (or raise) to cancel: the reader then raises ``ImportCancelled``.
#: Longest list of skips or warnings kept; a broken big file would otherwise fill memory with notes.
MAX_NOTES = 500

Progress = Callable[[int, int], "bool | None"]


@dataclass
class ImportReport:
    """Three lists of one-line notes, plus the format that was read.

    >>> r = ImportReport("graphml")
    >>> r.map("node attribute 'label' -> actor label")
    >>> r.skip("edge e7", "target node 'x' is not declared")
    >>> print(r.text())
    format: graphml
    mapped:
      node attribute 'label' -> actor label
    skipped:
      edge e7: target node 'x' is not declared
    """

    format: str
    mapped: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    actors: int = 0
    statements: int = 0
    omitted: int = 0  #: skips and warnings past ``MAX_NOTES``, counted but not listed

    def map(self, note: str) -> None:
        """Record that something was mapped onto a map field (each note once)."""
        if note not in self.mapped:
            self.mapped.append(note)

    def keep(self, note: str) -> None:
        """Record that something was kept as an extra attribute (each note once)."""
        if note not in self.kept:
            self.kept.append(note)

    def skip(self, what: str, why: str) -> None:
        """Record that something was left out of the map, and why."""
        if len(self.skipped) < MAX_NOTES:
            self.skipped.append(f"{what}: {why}")
        else:
            self.omitted += 1

    def warn(self, note: str) -> None:
        """Record something odd that was read anyway (each note once)."""
        if note in self.warnings:
            return
        if len(self.warnings) < MAX_NOTES:
            self.warnings.append(note)
        else:
            self.omitted += 1

    def text(self, *, max_lines: int = 50) -> str:
        """The report as plain text, each list cut to ``max_lines`` lines."""
        lines = [f"format: {self.format}"]
        if self.actors or self.statements:
            lines.append(f"read: {self.actors} actors, {self.statements} statements")
        for title, items in (
            ("mapped", self.mapped),
            ("kept as attributes", self.kept),
            ("skipped", self.skipped),
            ("warnings", self.warnings),
        ):
            if not items:
                continue
            lines.append(f"{title}:")
            lines += [f"  {item}" for item in items[:max_lines]]
            if len(items) > max_lines:
                lines.append(f"  ... and {len(items) - max_lines} more")
        if self.omitted:
            lines.append(f"({self.omitted} more skips and warnings not listed)")
        return "\n".join(lines)


@dataclass(frozen=True)
class Limits:
    """Sizes past which a reader refuses a file with a clear message instead of using all memory."""

    max_bytes: int = 256 * 1024 * 1024
    max_actors: int = 200_000
    max_statements: int = 2_000_000
    max_text: int = 1_000_000  #: longest single attribute value, in characters


DEFAULT_LIMITS = Limits()


class Ticker:
    """Calls a progress callback at most every ``every`` steps and turns "stop" into an error."""

    def __init__(self, file: str | Path, progress: Progress | None, every: int = 1000) -> None:
        self.file = str(file)
        self.progress = progress
        self.every = max(1, every)
        self._count = 0

    def tick(self, done: int, total: int, *, force: bool = False) -> None:
        """Report ``done`` of ``total``; raise ``ImportCancelled`` if the callback says stop."""
        if self.progress is None:
            return
        self._count += 1
        if not force and self._count % self.every:
            return
        try:
            go_on = self.progress(done, total)
        except ImportCancelled:
            raise
        except Exception as e:
            raise ImportCancelled(self.file, "", f"cancelled: {e}") from None
        if go_on is False:
            raise ImportCancelled(self.file)


def check_size(file: str | Path, size: int, limits: Limits) -> None:
    """Refuse data bigger than ``limits.max_bytes``."""
    if size > limits.max_bytes:
        raise FormatLimitError(
            file,
            "",
            f"file is too big ({size:,} bytes; the limit is {limits.max_bytes:,})",
        )

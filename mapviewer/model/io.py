"""Reading and writing ``*.map.json`` files, with errors that name the file and the place.

Reading happens in three steps, each with its own kind of failure:

1. JSON syntax (``MapSyntaxError`` with line and column);
2. the format itself and its cross-references (``MapSchemaError`` with a JSON path per problem);
3. the provenance check (article files, hashes, quotes). Its problems are collected in
   ``LoadedMap.problems`` rather than raised: the map still opens, and the app shows them.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mapviewer.model.errors import MapFileError, MapSchemaError, MapSyntaxError, Problem
from mapviewer.model.provenance import check_article_hashes, check_quotes
from mapviewer.model.references import check_references
from mapviewer.model.types import FORMAT_NAME, FORMAT_VERSION, MapDocument

#: Bigger article files are refused rather than read into memory.
MAX_ARTICLE_BYTES = 50 * 1024 * 1024


@dataclass
class LoadedMap:
    """A map document with its article texts and every provenance problem found in it."""

    document: MapDocument
    path: Path | None = None
    texts: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def base_dir(self) -> Path:
        """The folder that relative ``text_path`` values are read from."""
        return self.path.parent if self.path is not None else Path.cwd()

    def problems_of(self, statement_id: str) -> list[Problem]:
        """The provenance problems that belong to one statement."""
        return [p for p in self.problems if p.statement_id == statement_id]


def _path_of(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _schema_problems(err: ValidationError) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        loc = tuple(p for p in e["loc"] if p not in ("function-after",))
        msg = e["msg"].removeprefix("Value error, ")
        problems.append(Problem(_path_of(loc), msg))
    return problems


def _check_header(raw: Any, file: str | Path | None) -> None:
    if not isinstance(raw, dict):
        raise MapSchemaError(file, [Problem("(top level)", "a map must be a JSON object")])
    problems = []
    if raw.get("format") != FORMAT_NAME:
        problems.append(Problem("format", f'expected "{FORMAT_NAME}", found {json.dumps(raw.get("format"))}'))
    version = raw.get("version")
    if version != FORMAT_VERSION:
        hint = (
            " (written by a newer mapviewer; update to open it)"
            if isinstance(version, int) and version > FORMAT_VERSION
            else ""
        )
        problems.append(
            Problem(
                "version",
                f"this mapviewer reads version {FORMAT_VERSION}, found {json.dumps(version)}{hint}",
            )
        )
    if problems:
        raise MapSchemaError(file, problems)


def parse_map(data: str | bytes, file: str | Path | None = None) -> MapDocument:
    """Parse and check a map held in memory. Raises a ``MapError`` that names ``file``.

    >>> parse_map('{"format": "mapviewer-map", "version": 1}').version
    1
    >>> try:
    ...     parse_map('{"format": "mapviewer-map",', "m.json")
    ... except MapSyntaxError as e:
    ...     print(e.line, e.column)
    1 28
    """
    if isinstance(data, bytes):
        raw_bytes = data
        try:
            data = raw_bytes.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = raw_bytes[: e.start].count(b"\n") + 1
            column = e.start - (raw_bytes.rfind(b"\n", 0, e.start) + 1) + 1
            raise MapSyntaxError(file, "not valid UTF-8", line, column) from None
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as e:
        raise MapSyntaxError(file, e.msg, e.lineno, e.colno) from None
    _check_header(raw, file)
    try:
        doc = MapDocument.model_validate(raw)
    except ValidationError as e:
        raise MapSchemaError(file, _schema_problems(e)) from None
    problems = check_references(doc)
    if problems:
        raise MapSchemaError(file, problems)
    return doc


def _read_article_texts(doc: MapDocument, base_dir: Path) -> tuple[dict[str, str], list[Problem]]:
    texts: dict[str, str] = {}
    problems = []
    for i, article in enumerate(doc.articles):
        if article.text is not None:
            texts[article.id] = article.text
            continue
        if article.text_path is None:
            continue  # a source known only by its URL: its evidence is unquoted
        place = f"articles[{i}].text_path"
        if "://" in article.text_path:
            problems.append(
                Problem(place, f"{article.text_path!r} is a URL; mapviewer reads only local files")
            )
            continue
        path = base_dir / article.text_path
        try:
            size = path.stat().st_size
            if size > MAX_ARTICLE_BYTES:
                problems.append(Problem(place, f"article file {str(path)!r} is too big ({size:,} bytes)"))
                continue
            texts[article.id] = path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            problems.append(Problem(place, f"article file {str(path)!r} not found"))
        except UnicodeDecodeError as e:
            problems.append(Problem(place, f"article file {str(path)!r} is not UTF-8 (byte {e.start})"))
        except OSError as e:
            problems.append(Problem(place, f"article file {str(path)!r}: {e.strerror}"))
    return texts, problems


def check_provenance(loaded: LoadedMap) -> list[Problem]:
    """Re-run the provenance check on a loaded map (article hashes and every quote)."""
    doc = loaded.document
    return check_article_hashes(doc, loaded.texts) + check_quotes(doc, loaded.texts)


def load_map(path: str | Path) -> LoadedMap:
    """Read a map file, its articles, and check every quote against its article.

    Raises ``MapError`` when the file cannot be used at all; collects provenance problems otherwise.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise MapFileError(path, [Problem("", e.strerror or str(e))]) from None
    return open_document(parse_map(data, path), path)


def open_document(doc: MapDocument, path: Path | None = None) -> LoadedMap:
    """Read the article texts of a map already in memory (an import, a merge) and check every quote.

    Relative ``text_path`` values are read from ``path``'s folder, or the working folder.
    """
    base = path.parent if path is not None else Path.cwd()
    texts, problems = _read_article_texts(doc, base)
    loaded = LoadedMap(doc, path, texts, problems)
    loaded.problems += check_provenance(loaded)
    return loaded


def dump_map(doc: MapDocument) -> str:
    """The map as the JSON text that ``save_map`` writes (stable: load then dump is identical)."""
    raw = doc.model_dump(mode="json", exclude_unset=True)
    return json.dumps(raw, indent=2, ensure_ascii=False) + "\n"


def rebase_text_paths(doc: MapDocument, old_dir: Path, new_dir: Path) -> MapDocument:
    """A copy of ``doc`` whose relative ``text_path`` values still point at the same files from
    ``new_dir``, for "Save As" into another folder."""
    if old_dir.resolve() == new_dir.resolve():
        return doc
    copy = doc.model_copy(deep=True)
    for article in copy.articles:
        if article.text_path and not Path(article.text_path).is_absolute():
            target = (old_dir / article.text_path).resolve()
            article.text_path = Path(os.path.relpath(target, new_dir.resolve())).as_posix()
    return copy


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash leaves either the old file or the new one.

    The text goes to a temporary file in the same folder, is flushed and fsynced, then replaces
    the target in one step.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def save_map(doc: MapDocument, path: str | Path) -> None:
    """Save ``doc`` atomically. Raises ``MapFileError`` naming the file if it cannot be written."""
    try:
        write_atomic(path, dump_map(doc))
    except OSError as e:
        raise MapFileError(path, [Problem("", f"cannot save: {e.strerror or e}")]) from None

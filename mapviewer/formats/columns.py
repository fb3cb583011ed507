"""Which spreadsheet column holds what: guessing, remembering per header set, mapping files.

A user who imports the same kind of spreadsheet every week should map its columns once. The mapping
is stored in the user's config folder (``$MAPVIEWER_CONFIG_DIR``, else
``$XDG_CONFIG_HOME/mapviewer``, else ``~/.config/mapviewer``), in ``column-mappings.json``, keyed
by a hash of the sorted header set.
The Qt import dialog builds on these functions; nothing here knows Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapviewer.formats.errors import FormatError
from mapviewer.model.config import config_dir
from mapviewer.model.io import write_atomic

#: The map fields a column can fill, in the order a dialog should show them.
FIELDS = ("source", "target", "relation", "category", "date", "quote", "url", "outlet", "summary")
REQUIRED = ("source", "target")
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "source": ("source", "from", "actor1", "actor 1", "src", "subject", "origin", "actor1name"),
    "target": ("target", "to", "actor2", "actor 2", "dst", "object", "destination", "actor2name"),
    "relation": ("relation", "label", "interaction", "predicate", "verb", "action", "event"),
    "category": ("category", "quadclass", "quad class", "class", "kind", "type"),
    "date": ("date", "day", "when", "time", "timestamp", "sqldate", "published"),
    "quote": ("quote", "quotation", "excerpt", "evidence", "text", "sentence"),
    "url": ("url", "source url", "sourceurl", "link", "article url", "href"),
    "outlet": ("outlet", "publisher", "newspaper", "media", "source name", "site"),
    "summary": ("summary", "description", "note", "notes", "comment"),
}


def _norm(header: str) -> str:
    return re.sub(r"[\s_\-.]+", " ", header.strip().lower()).strip()


@dataclass
class ColumnMapping:
    """``columns`` maps a field name to a column: a header (str) or a 0-based index (int).

    ``has_header`` False means the first row is data (use indexes then). ``delimiter`` and
    ``sheet`` are optional hints for CSV and XLSX.
    """

    columns: dict[str, str | int] = field(default_factory=dict)
    has_header: bool = True
    delimiter: str | None = None
    sheet: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The mapping as the JSON object a mapping file holds."""
        out: dict[str, Any] = {"header": self.has_header, "columns": dict(self.columns)}
        if self.delimiter:
            out["delimiter"] = self.delimiter
        if self.sheet:
            out["sheet"] = self.sheet
        return out

    @classmethod
    def from_json(cls, raw: Any, file: str | Path = "<mapping>") -> ColumnMapping:
        """A mapping from a mapping file's JSON object; ``FormatError`` naming the bad field.

        >>> raw = {"header": False, "columns": {"source": 0, "target": 2}}
        >>> ColumnMapping.from_json(raw).columns
        {'source': 0, 'target': 2}
        """
        if not isinstance(raw, dict):
            raise FormatError(file, "(top level)", "a mapping must be a JSON object")
        columns = raw.get("columns", {k: v for k, v in raw.items() if k in FIELDS})
        if not isinstance(columns, dict):
            raise FormatError(file, "columns", "must be an object of field -> column")
        clean: dict[str, str | int] = {}
        for name, column in columns.items():
            if name not in FIELDS:
                raise FormatError(file, f"columns.{name}", f"unknown field; use one of {FIELDS}")
            if isinstance(column, bool) or not isinstance(column, str | int):
                raise FormatError(file, f"columns.{name}", "must be a header name or an index")
            if isinstance(column, int) and column < 0:
                raise FormatError(file, f"columns.{name}", "an index counts from 0")
            clean[name] = column
        header = raw.get("header", True)
        delimiter = raw.get("delimiter")
        sheet = raw.get("sheet")
        if not isinstance(header, bool):
            raise FormatError(file, "header", "must be true or false")
        if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1):
            raise FormatError(file, "delimiter", "must be one character")
        if sheet is not None and not isinstance(sheet, str):
            raise FormatError(file, "sheet", "must be a sheet name")
        return cls(clean, header, delimiter, sheet)


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Guess ``{field: header}`` from header names and their common synonyms.

    >>> guess_mapping(["From", "To", "Event", "Date", "Source URL", "Weight"])
    {'source': 'From', 'target': 'To', 'relation': 'Event', 'date': 'Date', 'url': 'Source URL'}
    """
    normed = {_norm(h): h for h in reversed(headers) if h}
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in FIELDS:
        for synonym in _SYNONYMS[name]:
            header = normed.get(synonym)
            if header is not None and header not in used:
                out[name] = header
                used.add(header)
                break
    return out


def header_key(headers: Sequence[str]) -> str:
    """The key a mapping is remembered under: a hash of the sorted, normalised header set."""
    text = "\n".join(sorted({_norm(h) for h in headers}))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _store_path() -> Path:
    return config_dir() / "column-mappings.json"


def _read_store() -> dict[str, Any]:
    try:
        raw = json.loads(_store_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load_remembered(headers: Sequence[str]) -> ColumnMapping | None:
    """The mapping last used for this header set, or None (a broken store counts as empty)."""
    entry = _read_store().get(header_key(headers))
    if entry is None:
        return None
    try:
        return ColumnMapping.from_json(entry, _store_path())
    except FormatError:
        return None


def remember_mapping(headers: Sequence[str], mapping: ColumnMapping) -> None:
    """Store ``mapping`` for this header set, atomically; ``FormatError`` if that fails."""
    store = _read_store()
    store[header_key(headers)] = {**mapping.to_json(), "headers": list(headers)}
    path = _store_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(store, indent=2, ensure_ascii=False) + "\n")
    except OSError as e:
        raise FormatError(path, "", f"cannot save the column mapping: {e.strerror or e}") from None


def load_mapping_file(path: str | Path) -> ColumnMapping:
    """Read a mapping file (``--mapping M.json``); ``FormatError`` naming the file and field."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise FormatError(path, "", f"cannot read the mapping file: {e}") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise FormatError(path, f"line {e.lineno}, column {e.colno}", e.msg) from None
    except RecursionError:
        raise FormatError(path, "", "nested too deeply") from None
    return ColumnMapping.from_json(raw, path)

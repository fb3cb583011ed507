"""Read CSV and XLSX edge lists: one row per statement, columns chosen by a ``ColumnMapping``.

Without a mapping, the one remembered for the same header set is used, else a guess from the
header names (see ``columns.py``). Cells with a country name or ISO code become states; every column
that is not mapped is kept in ``statements[].attributes``. A quote from a spreadsheet cannot be
checked against an article text, so it is kept as ``attributes.quote`` and the evidence is unquoted.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mapviewer.formats.builder import DocumentBuilder
from mapviewer.formats.columns import REQUIRED, ColumnMapping, guess_mapping, load_remembered
from mapviewer.formats.countries import country_name, iso3_of
from mapviewer.formats.errors import FormatError, FormatLimitError
from mapviewer.formats.report import DEFAULT_LIMITS, ImportReport, Limits, Progress, check_size
from mapviewer.model.types import Evidence, MapDocument

_DELIMITERS = (",", ";", "\t", "|")
Row = tuple[int, list[str]]


def decode_text(data: bytes, file: str | Path) -> str:
    """UTF-8 (with or without BOM), else UTF-16 with a BOM, else Windows-1252 as a last resort."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise FormatError(file, f"byte {e.start}", "not valid UTF-16") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first line into the most fields (comma on a tie).

    >>> sniff_delimiter("a;b;c\\n1;2;3"), sniff_delimiter("a\\tb\\tc,d")
    (';', '\\t')
    """
    first = text[:65536].split("\n", 1)[0]
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def csv_rows(data: bytes, file: str | Path, delimiter: str | None = None) -> Iterator[Row]:
    """``(line number, cells)`` for each non-empty row of a CSV file."""
    text = decode_text(data, file)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or sniff_delimiter(text))
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                yield reader.line_num, cells
    except csv.Error as e:
        raise FormatError(file, f"line {reader.line_num}", f"bad CSV: {e}") from None


def xlsx_rows(
    data: bytes, file: str | Path, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Row]:
    """``(row number, cells)`` for each non-empty row of a worksheet (the first unless named)."""
    _check_zip(data, file, limits)
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds on a broken workbook
        raise FormatError(file, "", f"not a readable XLSX workbook ({type(e).__name__}: {e})") from None
    number = 0
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise FormatError(file, f"sheet {sheet!r}", f"no such sheet; there are {book.sheetnames}")
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in values]
                if any(c.strip() for c in cells):
                    yield number, cells
    except FormatError:
        raise
    except Exception as e:
        raise FormatError(file, f"row {number + 1}", f"cannot read the sheet ({e})") from None
    finally:
        book.close()


def _check_zip(data: bytes, file: str | Path, limits: Limits) -> None:
    """Refuse zip bombs: the unpacked size must stay within the byte limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as e:
        raise FormatError(file, "", f"not an XLSX workbook (not a zip archive: {e})") from None
    if unpacked > limits.max_bytes:
        raise FormatLimitError(file, "", f"the workbook unpacks to {unpacked:,} bytes (too big)")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass
class TablePreview:
    """The first rows of a table, for a column-mapping dialog."""

    headers: list[str]
    rows: list[list[str]]
    guessed: dict[str, str]
    remembered: ColumnMapping | None
    sheets: list[str] = field(default_factory=list)


def preview_table(
    data: bytes,
    *,
    file: str | Path = "<memory>",
    xlsx: bool = False,
    rows: int = 20,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> TablePreview:
    """Headers (first row), the next ``rows`` rows, the guessed and the remembered mapping."""
    source = xlsx_rows(data, file, sheet) if xlsx else csv_rows(data, file, delimiter)
    table: list[list[str]] = []
    for _, cells in source:
        table.append(cells)
        if len(table) > rows:
            break
    headers = table[0] if table else []
    sheets: list[str] = []
    if xlsx:
        import openpyxl

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
            sheets = list(book.sheetnames)
            book.close()
    return TablePreview(headers, table[1:], guess_mapping(headers), load_remembered(headers), sheets)


def _indexes(mapping: ColumnMapping, headers: list[str], file: str | Path) -> dict[str, int]:
    lookup = {h.strip().lower(): i for i, h in reversed(list(enumerate(headers)))}
    out: dict[str, int] = {}
    for name, column in mapping.columns.items():
        if isinstance(column, int):
            out[name] = column
        elif column.strip().lower() in lookup:
            out[name] = lookup[column.strip().lower()]
        else:
            raise FormatError(file, "header row", f"no column {column!r} (for {name}); found {headers}")
    for name in REQUIRED:
        if name not in out:
            raise FormatError(
                file, "header row", f"no column for the {name}; give a column mapping (--mapping)"
            )
    return out


def read_table(
    data: bytes,
    *,
    file: str | Path = "<memory>",
    xlsx: bool = False,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[MapDocument, ImportReport]:
    """Read a CSV (or, with ``xlsx=True``, an XLSX) edge list into a map.

    Parameters
    ----------
    data
        The file's bytes.
    file
        Name or path, for messages and the article that stands for the file.
    xlsx
        Read ``data`` as an Excel workbook.
    mapping
        Which column is which; default: the remembered mapping for this header set, else a guess.
    progress, limits
        As for every reader.

    Examples
    --------
    >>> doc, _ = read_table(b"from,to,relation,category\\nRussia,Ukraine,attacks,4\\n")
    >>> s = doc.statements[0]
    >>> (s.source, s.target, s.relation, s.category)
    ('RUS', 'UKR', 'attacks', 'material_conflict')
    """
    check_size(file, len(data), limits)
    builder = DocumentBuilder(file, "xlsx" if xlsx else "csv", limits=limits, progress=progress)
    rows = (
        xlsx_rows(data, file, mapping.sheet if mapping else None, limits)
        if xlsx
        else csv_rows(data, file, mapping.delimiter if mapping else None)
    )
    has_header = mapping.has_header if mapping else True
    first = next(rows, None)
    if first is None:
        raise FormatError(file, "line 1", "the table is empty")
    headers = first[1] if has_header else [f"column {i + 1}" for i in range(len(first[1]))]
    if mapping is None:
        remembered = load_remembered(headers)
        mapping = remembered or ColumnMapping(dict(guess_mapping(headers)))
        builder.report.map("columns: " + ("remembered mapping" if remembered else "guessed"))
    columns = _indexes(mapping, headers, file)
    for name, index in columns.items():
        builder.report.map(f"column {_header(headers, index)!r} -> {name}")
    body = rows if has_header else _chain(first, rows)
    for number, cells in body:
        _row(builder, number, cells, columns, headers, "row" if xlsx else "line")
        builder.ticker.tick(number, 0)
    return builder.finish(), builder.report


def _chain(first: Row, rest: Iterator[Row]) -> Iterator[Row]:
    yield first
    yield from rest


def _header(headers: list[str], index: int) -> str:
    return headers[index] if index < len(headers) and headers[index] else f"column {index + 1}"


def _actor(builder: DocumentBuilder, name: str, place: str) -> str:
    iso3 = iso3_of(name)
    actor_id = iso3 or name
    if not builder.has_actor(actor_id):
        label = country_name(iso3) if iso3 and name.upper() == iso3 else name
        builder.add_actor(actor_id, place=place, label=label, iso3=iso3)
    return actor_id


def _row(
    builder: DocumentBuilder,
    number: int,
    cells: list[str],
    columns: dict[str, int],
    headers: list[str],
    unit: str,
) -> None:
    place = f"{unit} {number}"
    values = {name: cells[i].strip() for name, i in columns.items() if i < len(cells)}
    if not values.get("source") or not values.get("target"):
        builder.report.skip(place, "no source or no target")
        return
    source = _actor(builder, values["source"], place)
    target = _actor(builder, values["target"], place)
    attributes: dict[str, Any] = {
        _header(headers, i): cell.strip()
        for i, cell in enumerate(cells)
        if i not in columns.values() and cell.strip()
    }
    for key in attributes:
        builder.report.keep(f"column {key!r} -> statements[].attributes")
    if values.get("quote"):
        attributes["quote"] = values["quote"]
        builder.report.keep("quote column -> statements[].attributes.quote (no article text to check it)")
    evidence = None
    if values.get("url"):
        article = builder.url_article(values["url"], publisher=values.get("outlet", ""))
        evidence = [Evidence(article=article)]
    elif values.get("outlet"):
        attributes["outlet"] = values["outlet"]
    builder.add_statement(
        source,
        target,
        place=place,
        relation=values.get("relation"),
        category=values.get("category") or None,
        date=values.get("date") or None,
        summary=values.get("summary", ""),
        evidence=evidence,
        attributes=attributes,
    )

"""Find a file's format (by extension, then by its first bytes) and read it with the right reader.

This is the one entry point the app and the command line use: ``read_any(path)``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from mapviewer.formats.columns import ColumnMapping
from mapviewer.formats.errors import FormatError, FormatLimitError
from mapviewer.formats.gdelt import looks_like_gdelt, read_gdelt
from mapviewer.formats.gexf import read_gexf
from mapviewer.formats.graphml import read_graphml
from mapviewer.formats.jsongraph import read_json_graph
from mapviewer.formats.report import DEFAULT_LIMITS, ImportReport, Limits, Progress, check_size
from mapviewer.formats.tabular import read_table
from mapviewer.model.types import MapDocument

#: format name -> (label for a file dialog, glob patterns)
IMPORT_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "graphml": ("GraphML (yEd, Gephi, Cytoscape, networkx, igraph)", ("*.graphml", "*.xml")),
    "gexf": ("GEXF (Gephi)", ("*.gexf",)),
    "csv": ("CSV edge list", ("*.csv", "*.tsv", "*.txt")),
    "xlsx": ("Excel edge list", ("*.xlsx", "*.xlsm")),
    "json": ("Graph JSON (Cytoscape, D3, networkx)", ("*.json", "*.cyjs")),
    "gdelt": ("GDELT event export", ("*.csv", "*.tsv", "*.txt", "*.zip")),
}
_BY_EXTENSION = {
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".json": "json",
    ".cyjs": "json",
}
Reader = Callable[..., tuple[MapDocument, ImportReport]]


def sniff_format(data: bytes, name: str = "") -> str | None:
    """The format of ``data`` from its extension or first bytes, or None.

    >>> sniff_format(b'<?xml version="1.0"?><gexf version="1.3">'), sniff_format(b"a,b\\nc,d")
    ('gexf', 'csv')
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04"):
        return "xlsx" if b"[Content_Types].xml" in data[:65536] or name.endswith(".xlsx") else "zip"
    if head.startswith(b"<"):
        lowered = data[:1_000_000].lower()  # a DOCTYPE may push the root element far down
        for fmt in ("graphml", "gexf"):
            if b"<" + fmt.encode() in lowered or b":" + fmt.encode() in lowered:
                return fmt
        return _BY_EXTENSION.get(Path(name).suffix.lower(), "graphml")  # its reader explains
    if head[:1] in (b"{", b"["):
        return "json"
    if looks_like_gdelt(data):
        return "gdelt"
    by_name = _BY_EXTENSION.get(Path(name).suffix.lower())
    if by_name is not None:
        return by_name
    return "csv" if head else None


def _unzip(data: bytes, file: str | Path, limits: Limits) -> tuple[bytes, str]:
    """The one data file inside a zip (GDELT ships its exports zipped), checked for zip bombs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [i for i in archive.infolist() if not i.is_dir()]
            if len(members) != 1:
                raise FormatError(file, "", f"a zip must hold exactly one file, not {len(members)}")
            member = members[0]
            check_size(f"{file}!{member.filename}", member.file_size, limits)
            with archive.open(member) as f:
                inner = f.read(limits.max_bytes + 1)
    except (
        zipfile.BadZipFile,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
    ) as e:
        raise FormatError(file, "", f"cannot read the zip archive: {e}") from None
    if len(inner) > limits.max_bytes:
        raise FormatLimitError(file, member.filename, "the unpacked file is too big")
    return inner, member.filename


def read_bytes(
    data: bytes,
    *,
    file: str | Path = "<memory>",
    format: str | None = None,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[MapDocument, ImportReport]:
    """Read a foreign file held in memory; see ``read_any``."""
    check_size(file, len(data), limits)
    fmt = format or sniff_format(data, str(file))
    if fmt == "zip":
        data, inner = _unzip(data, file, limits)
        fmt = sniff_format(data, inner)
    if fmt == "xlsx" or fmt == "csv":
        return read_table(
            data, file=file, xlsx=fmt == "xlsx", mapping=mapping, progress=progress, limits=limits
        )
    readers: dict[str, Reader] = {
        "graphml": read_graphml,
        "gexf": read_gexf,
        "json": read_json_graph,
        "gdelt": read_gdelt,
    }
    if fmt not in readers:
        known = ", ".join(IMPORT_FORMATS)
        raise FormatError(file, "", f"unknown file format{f' {fmt!r}' if fmt else ''}; use {known}")
    return readers[fmt](data, file=file, progress=progress, limits=limits)


def read_any(
    path: str | Path,
    *,
    format: str | None = None,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[MapDocument, ImportReport]:
    """Import any supported foreign file into a map.

    Parameters
    ----------
    path
        The file.
    format
        One of ``IMPORT_FORMATS`` (default: found from the extension and the first bytes).
    mapping
        For CSV and XLSX: which column is which (default: the one remembered for the
        header set, else a guess).
    progress
        Optional ``progress(done, total) -> bool | None``, called now and then; return False (or
        raise) to cancel, and ``ImportCancelled`` is raised.
    limits
        Size limits (bytes, nodes, edges); a file over a limit raises ``FormatLimitError``.

    Returns
    -------
    (MapDocument, ImportReport)
        The map (references checked) and what was mapped, kept and skipped.

    Raises
    ------
    FormatError
        The only error raised; it names the file and the place in it.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        check_size(path, size, limits)
        data = path.read_bytes()
    except OSError as e:
        raise FormatError(path, "", f"cannot read: {e.strerror or e}") from None
    return read_bytes(data, file=path, format=format, mapping=mapping, progress=progress, limits=limits)

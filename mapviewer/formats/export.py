"""Export a map to another tool's format, chosen by the file extension, written atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mapviewer.formats.errors import FormatError
from mapviewer.formats.export_flat import csv_text, json_text
from mapviewer.formats.export_xml import gexf_text, graphml_text
from mapviewer.model.io import write_atomic
from mapviewer.model.types import MapDocument

#: format name -> (file extension, label for a file dialog)
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "graphml": (".graphml", "GraphML (yEd, Gephi, Cytoscape)"),
    "gexf": (".gexf", "GEXF 1.3 (Gephi)"),
    "csv": (".csv", "CSV, one row per statement"),
    "json": (".json", "Node-link JSON (D3, networkx)"),
}


def export_format_of(path: str | Path) -> str:
    """The export format for a file name, by its extension; ``FormatError`` if unknown.

    >>> export_format_of("out/map.GEXF")
    'gexf'
    """
    suffix = Path(path).suffix.lower()
    for name, (ext, _) in EXPORT_FORMATS.items():
        if suffix == ext:
            return name
    known = ", ".join(ext for ext, _ in EXPORT_FORMATS.values())
    raise FormatError(path, "", f"cannot export to {suffix or 'a file without extension'}; use {known}")


def export_text(doc: MapDocument, fmt: str, texts: dict[str, str] | None = None) -> str:
    """The exported file's text for ``fmt`` (one of ``EXPORT_FORMATS``)."""
    writers: dict[str, Callable[[], str]] = {
        "graphml": lambda: graphml_text(doc, texts),
        "gexf": lambda: gexf_text(doc, texts),
        "csv": lambda: csv_text(doc),
        "json": lambda: json_text(doc, texts),
    }
    if fmt not in writers:
        raise FormatError(None, "", f"unknown export format {fmt!r}; use one of {list(writers)}")
    return writers[fmt]()


def export_map(
    doc: MapDocument,
    path: str | Path,
    *,
    format: str | None = None,
    texts: dict[str, str] | None = None,
) -> None:
    """Write ``doc`` to ``path`` atomically, in ``format`` or the one its extension names.

    Parameters
    ----------
    doc
        The map.
    path
        Where to write.
    format
        ``graphml``, ``gexf``, ``csv`` or ``json``; default: from the extension.
    texts
        Article texts by article id (``LoadedMap.texts``): embedded in GraphML, GEXF and JSON so
        the exported file carries the quotes' articles with it.

    Raises
    ------
    FormatError
        Unknown format, or the file cannot be written.
    """
    fmt = format or export_format_of(path)
    text = export_text(doc, fmt, texts)
    try:
        write_atomic(path, text)
    except OSError as e:
        raise FormatError(path, "", f"cannot write: {e.strerror or e}") from None

"""Import and export of other tools' formats. No Qt.

Entry points: ``read_any`` (import any supported file, with a report), ``export_map`` (write
GraphML, GEXF, CSV or JSON), and for a column-mapping dialog ``preview_table``, ``guess_mapping``,
``load_remembered`` and ``remember_mapping``. Every error is a ``FormatError`` (a ``MapError``).
"""

from mapviewer.formats.columns import (
    FIELDS,
    ColumnMapping,
    guess_mapping,
    load_mapping_file,
    load_remembered,
    remember_mapping,
)
from mapviewer.formats.errors import FormatError, FormatLimitError, ImportCancelled
from mapviewer.formats.export import EXPORT_FORMATS, export_map, export_text
from mapviewer.formats.registry import IMPORT_FORMATS, read_any, read_bytes, sniff_format
from mapviewer.formats.report import ImportReport, Limits, Progress
from mapviewer.formats.tabular import TablePreview, preview_table

__all__ = [
    "EXPORT_FORMATS",
    "FIELDS",
    "IMPORT_FORMATS",
    "ColumnMapping",
    "FormatError",
    "FormatLimitError",
    "ImportCancelled",
    "ImportReport",
    "Limits",
    "Progress",
    "TablePreview",
    "export_map",
    "export_text",
    "guess_mapping",
    "load_mapping_file",
    "load_remembered",
    "preview_table",
    "read_any",
    "read_bytes",
    "remember_mapping",
    "sniff_format",
]

"""File › Import… and File › Export…: GraphML, GEXF, CSV, XLSX, JSON and GDELT in; GraphML, GEXF,
CSV and JSON out.

Only ``import_dialog`` and ``export_dialog`` block (in a file dialog). Every later step is a function
that takes the chosen path (``start_import``, ``import_path``, ``export_path``), and every dialog on
the way (column mapping, progress, report, error) opens without a nested event loop, so tests drive
the whole flow and find the dialogs with ``QApplication.topLevelWidgets()``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from mapviewer.model.errors import MapError
from mapviewer.model.io import open_document

if TYPE_CHECKING:
    from mapviewer.formats import ColumnMapping, ImportReport
    from mapviewer.ui.column_mapping_dialog import ColumnMappingDialog
    from mapviewer.ui.main_window import MainWindow

# mapviewer.formats (and the XML and zip libraries it needs) is imported on first use, not when
# the window starts.

TABLE_FORMATS = ("csv", "xlsx")
PROGRESS_INTERVAL = 0.05  #: seconds between progress updates: at most 20 event-loop runs a second


def install_import_export(window: MainWindow, file_menu: QMenu) -> None:
    """Add "Import…" (Ctrl+I) and "Export…" (Ctrl+E) to the File menu of ``window``."""
    imp = QAction("I&mport…", window)
    imp.setShortcut("Ctrl+I")
    imp.setStatusTip("Open a GraphML, GEXF, CSV, XLSX, JSON or GDELT file as a new map")
    imp.triggered.connect(lambda: import_dialog(window))
    exp = QAction("&Export…", window)
    exp.setShortcut("Ctrl+E")
    exp.setStatusTip("Save the map as GraphML, GEXF, CSV or JSON for another tool")
    exp.triggered.connect(lambda: export_dialog(window))
    file_menu.addAction(imp)
    file_menu.addAction(exp)


# Import
def import_filters() -> tuple[str, dict[str, str]]:
    """The file dialog's filter string, and the format each filter stands for."""
    from mapviewer.formats import IMPORT_FORMATS

    every = dict.fromkeys(g for _, globs in IMPORT_FORMATS.values() for g in globs)
    parts = [f"All supported files ({' '.join(every)})"]
    by_filter: dict[str, str] = {}
    for name, (label, globs) in IMPORT_FORMATS.items():
        text = f"{label} ({' '.join(globs)})"
        parts.append(text)
        by_filter[text] = name
    parts.append("All files (*)")
    return ";;".join(parts), by_filter


def import_dialog(window: MainWindow) -> None:
    """Ask for a file to import (after "save changes?" if the map has any), then import it."""
    if not window.files.confirm_discard():
        return
    filters, by_filter = import_filters()
    path, chosen = QFileDialog.getOpenFileName(window, "Import a graph or table", "", filters)
    if path:
        start_import(window, path, format=by_filter.get(chosen))


def _sniff(path: Path) -> str | None:
    from mapviewer.formats import sniff_format
    from mapviewer.ui.column_mapping_dialog import PREVIEW_BYTES

    try:
        with path.open("rb") as f:
            head = f.read(PREVIEW_BYTES)
    except OSError:
        return None  # read_any says what is wrong
    return sniff_format(head, path.name)


def start_import(
    window: MainWindow, path: str | Path, *, format: str | None = None
) -> ColumnMappingDialog | None:
    """Import ``path``. A CSV or XLSX edge list first opens the column-mapping dialog (returned);
    its OK runs the import. Other formats are imported at once (and None is returned)."""
    from mapviewer.formats import FormatError
    from mapviewer.ui.column_mapping_dialog import ColumnMappingDialog

    path = Path(path)
    fmt = format or _sniff(path)
    if fmt not in TABLE_FORMATS:
        import_path(window, path, format=fmt)
        return None
    try:
        dialog = ColumnMappingDialog.for_file(path, xlsx=fmt == "xlsx", parent=window)
    except FormatError as e:
        show_file_error(window, "Cannot import", "Cannot import", e)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _on_dialog_mapping_accepted(mapping: ColumnMapping) -> None:
        if dialog.remember_error:
            window.statusBar().showMessage(dialog.remember_error, 8000)
        # After the dialog has closed, so the progress dialog does not stack on it.
        QTimer.singleShot(0, window, lambda: import_path(window, path, format=fmt, mapping=mapping))

    dialog.mapping_accepted.connect(_on_dialog_mapping_accepted)
    dialog.open()
    return dialog


def import_path(
    window: MainWindow,
    path: str | Path,
    *,
    format: str | None = None,
    mapping: ColumnMapping | None = None,
) -> bool:
    """Import ``path`` (with ``mapping`` for CSV or XLSX: default remembered, else guessed), show
    the map and the import report. On an error or a cancel the current map stays and False is
    returned. The imported map has no file yet: the window is marked modified, Save asks where."""
    from mapviewer.formats import FormatError, ImportCancelled, read_any

    path = Path(path)
    progress = ImportProgress(window, path.name)
    try:
        doc, report = read_any(path, format=format, mapping=mapping, progress=progress)
    except ImportCancelled:
        window.statusBar().showMessage(f"Import of {path.name} cancelled; the map is unchanged.", 8000)
        return False
    except FormatError as e:
        show_file_error(window, "Cannot import", "Cannot import", e)
        return False
    finally:
        progress.close()
    # Imported quotes are checked like any others (GraphML, GEXF and JSON exports carry the text).
    window.show_map(open_document(doc))
    window.setWindowModified(True)
    show_report(window, path, report)
    return True


class ImportProgress:
    """``read_any``'s progress callback: a window-modal progress dialog with Cancel.

    The dialog is created on the first call (small files never show one). Calls closer together
    than ``interval`` seconds return at once, so the event loop runs at most 1/interval times a
    second. The bar is driven directly: ``QProgressDialog.setValue`` would run the event loop
    itself and reset the cancel flag when the bar is full.
    """

    def __init__(
        self,
        parent: QWidget,
        name: str,
        *,
        interval: float = PROGRESS_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.parent = parent
        self.name = name
        self.interval = interval
        self.clock = clock
        self.dialog: QProgressDialog | None = None
        self.bar: QProgressBar | None = None
        self.updates = 0  #: how often the dialog was updated and the event loop run
        self._last = -math.inf

    def __call__(self, done: int, total: int) -> bool:
        now = self.clock()
        if now - self._last < self.interval:
            return True
        self._last = now
        if self.dialog is None or self.bar is None:
            self._open()
        assert self.dialog is not None
        assert self.bar is not None
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, 1000 * done // total))
        elif self.bar.maximum() == 0:  # no total known yet: a busy bar and a count
            self.dialog.setLabelText(f"Importing {self.name}… ({done:,} read)")
        self.updates += 1
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def _open(self) -> None:
        dialog = QProgressDialog(f"Importing {self.name}…", "Cancel", 0, 0, self.parent)
        dialog.setWindowTitle("Importing")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.bar = QProgressBar(dialog)
        self.bar.setRange(0, 0)
        dialog.setBar(self.bar)
        dialog.setMinimumWidth(420)
        dialog.show()
        self.dialog = dialog

    def close(self) -> None:
        """Close and delete the dialog, if one was shown."""
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
            self.bar = None


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


class ImportReportDialog(QDialog):
    """What an import mapped, kept and skipped, as read-only plain text."""

    def __init__(self, path: Path, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import report — {path.name}")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        skipped = len(report.skipped) + report.omitted
        self.summary.setText(
            f"Imported {_count(report.actors, 'actor')} and {_count(report.statements, 'statement')} "
            f"from {path.name} ({report.format})"
            + (f"; {_count(skipped, 'item')} skipped, listed below" if skipped else "")
            + ". The map has no file yet: use File › Save As to keep it."
        )
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(report.text(max_lines=200))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)


def show_report(window: QWidget, path: Path, report: ImportReport) -> ImportReportDialog:
    """Show the import report beside the map (not modal: the user can look at both); the report
    of an earlier import, if still open, is closed."""
    for earlier in window.findChildren(ImportReportDialog):
        earlier.close()
    dialog = ImportReportDialog(path, report, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_file_error(parent: QWidget, title: str, lead: str, error: MapError) -> QMessageBox:
    """A warning naming the file and the place in it, as plain text, opened without blocking.
    The current map stays as it was."""
    from mapviewer.formats import FormatError

    file = Path(error.file)
    if isinstance(error, FormatError):
        problem = f"{error.place}: {error.message}" if error.place else error.message
    else:
        problem = "\n".join(str(p) for p in error.problems)
    lines = [f"{lead} {file.name}.", problem, "", f"File: {file}", "The map shown has not changed."]
    text = "\n".join(lines)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text if len(text) <= 600 else text[:600] + "…")
    if len(text) > 600:
        box.setDetailedText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# Export
def export_filters() -> tuple[str, dict[str, str]]:
    """The file dialog's filter string, and the format each filter stands for."""
    from mapviewer.formats import EXPORT_FORMATS

    by_filter = {f"{label} (*{ext})": name for name, (ext, label) in EXPORT_FORMATS.items()}
    return ";;".join(by_filter), by_filter


def export_dialog(window: MainWindow) -> None:
    """Ask where and in which format, then export the map there."""
    from mapviewer.formats import EXPORT_FORMATS

    filters, by_filter = export_filters()
    loaded = window.loaded
    stem = loaded.path.name.removesuffix(".json").removesuffix(".map") if loaded.path else "map"
    path, chosen = QFileDialog.getSaveFileName(window, "Export map", f"{stem}.graphml", filters)
    if not path:
        return
    target = Path(path)
    extensions = {ext: name for name, (ext, _) in EXPORT_FORMATS.items()}
    if target.suffix.lower() not in extensions:  # no or unknown extension: the chosen filter's
        fmt = by_filter.get(chosen, "graphml")
        target = target.with_name(target.name + EXPORT_FORMATS[fmt][0])
    export_path(window, target)


def export_path(window: MainWindow, path: str | Path, *, format: str | None = None) -> bool:
    """Export the open map to ``path`` (format from the extension unless given); errors in a
    dialog, success in the status bar."""
    from mapviewer.formats import FormatError, export_map

    loaded = window.loaded
    try:
        export_map(loaded.document, path, format=format, texts=loaded.texts)
    except FormatError as e:
        show_file_error(window, "Cannot export", "Cannot export to", e)
        return False
    doc = loaded.document
    window.statusBar().showMessage(
        f"Exported {len(doc.actors)} actors and {len(doc.statements)} statements to {path}", 8000
    )
    return True

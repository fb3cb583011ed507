"""ColumnMappingDialog: which column of a CSV or XLSX edge list holds the source, target, relation…

The dialog shows the first rows of the table and one combo box per map field, pre-filled from the
mapping remembered for the same header set, else from a guess. OK stores the mapping for that
header set (``remember_mapping``) and emits ``mapping_accepted``; the caller imports with it.
Every cell and header comes from an untrusted file, so all of it is shown as plain text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from mapviewer.formats import (
    FIELDS,
    ColumnMapping,
    FormatError,
    TablePreview,
    preview_table,
    remember_mapping,
)
from mapviewer.ui.safe_text import tooltip_html
from mapviewer.ui.style import current_theme

#: What each field means, as the dialog labels it. Source and target are required.
FIELD_LABELS = {
    "source": "Source (who acts) *",
    "target": "Target (acted upon) *",
    "relation": "Relation",
    "category": "Category",
    "date": "Date",
    "quote": "Quote",
    "url": "Article URL",
    "outlet": "Outlet",
    "summary": "Summary",
}
NONE_TEXT = "(none)"
PREVIEW_BYTES = 1024 * 1024  #: a CSV preview reads no more than this from the start of the file
MAX_CELL = 120  #: longer cells are cut in the preview (the full text is in the tooltip)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _norm(header: str) -> str:
    return header.strip().lower()


def preview_bytes(path: str | Path, *, xlsx: bool) -> bytes:
    """The bytes a preview needs: a whole workbook, or the first whole lines of a text file."""
    with open(path, "rb") as f:
        if xlsx:
            return f.read()
        data = f.read(PREVIEW_BYTES + 1)
    if len(data) <= PREVIEW_BYTES:
        return data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: cut at an even byte count
        return data[: PREVIEW_BYTES - PREVIEW_BYTES % 2]
    end = data.rfind(b"\n", 0, PREVIEW_BYTES)  # never cut inside a UTF-8 character or a line
    return data[: end + 1] if end > 0 else data[:PREVIEW_BYTES]


class ColumnMappingDialog(QDialog):
    """Choose the column for each map field; OK refuses until source and target are chosen."""

    mapping_accepted = Signal(object)  # the ColumnMapping, after it was remembered

    def __init__(
        self,
        data: bytes,
        *,
        file: str | Path,
        xlsx: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.file = Path(file)
        self.xlsx = xlsx
        self._data = data
        self.preview: TablePreview = preview_table(data, file=file, xlsx=xlsx)
        self.remember_error: str | None = None
        self.setWindowTitle(f"Columns of {self.file.name}")

        intro = QLabel()
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            f"{self.file.name}: choose which column holds what. Each row becomes one statement "
            "from the source to the target; columns left as (none) are kept as extra attributes."
        )
        self.sheet_label = QLabel("Sheet:")
        self.sheet_combo = QComboBox()
        self.sheet_combo.addItems(self.preview.sheets)
        several = len(self.preview.sheets) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        self.header_check = QCheckBox("First row holds the column names")
        self.header_check.setChecked(True)
        options = QHBoxLayout()
        options.addWidget(self.sheet_label)
        options.addWidget(self.sheet_combo)
        options.addWidget(self.header_check)
        options.addStretch(1)

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(180)

        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        half = (len(FIELDS) + 1) // 2
        for i, name in enumerate(FIELDS):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            label = QLabel(FIELD_LABELS.get(name, name))
            label.setBuddy(combo)
            row, col = i % half, (i // half) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            combo.currentIndexChanged.connect(self._mark_columns)
            self.combos[name] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(12)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {current_theme().error}; font-weight: bold;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._reset_choices()
        self.header_check.toggled.connect(self._on_header_check_toggled)
        self.sheet_combo.currentTextChanged.connect(self._on_sheet_combo_changed)
        self.resize(880, 640)

    @classmethod
    def for_file(
        cls, path: str | Path, *, xlsx: bool = False, parent: QWidget | None = None
    ) -> ColumnMappingDialog:
        """A dialog for the table in ``path``; ``FormatError`` if it cannot be read."""
        try:
            data = preview_bytes(path, xlsx=xlsx)
        except OSError as e:
            raise FormatError(path, "", f"cannot read: {e.strerror or e}") from None
        return cls(data, file=path, xlsx=xlsx, parent=parent)

    # What the table holds
    @property
    def has_header(self) -> bool:
        """Whether the first row names the columns (else it is data, and columns go by number)."""
        return self.header_check.isChecked()

    def column_names(self) -> list[str]:
        """One display name per column: the header, or "column N" for a headless or blank one."""
        count = max([len(self.preview.headers), *(len(r) for r in self.preview.rows)])
        headers = self.preview.headers if self.has_header else []
        names = []
        for i in range(count):
            header = headers[i].strip() if i < len(headers) else ""
            names.append(_cut(header, 60) if header else f"column {i + 1}")
        counts = Counter(_norm(n) for n in names)
        return [n if counts[_norm(n)] == 1 else f"{n} (column {i + 1})" for i, n in enumerate(names)]

    def _body(self) -> list[list[str]]:
        rows = self.preview.rows
        return rows if self.has_header else [self.preview.headers, *rows]

    def _reset_choices(self) -> None:
        """Choose the columns remembered for this header set, else the ones guessed from names."""
        remembered = self.preview.remembered
        columns: dict[str, str | int] = dict(remembered.columns if remembered else self.preview.guessed)
        self.header_check.blockSignals(True)
        self.header_check.setChecked(remembered.has_header if remembered is not None else True)
        self.header_check.blockSignals(False)
        lookup: dict[str, int] = {}
        for i, header in enumerate(self.preview.headers):
            lookup.setdefault(_norm(header), i)
        out: dict[str, int] = {}
        for name, column in columns.items():
            index = column if isinstance(column, int) else lookup.get(_norm(column))
            if index is not None:
                out[name] = index
        self._fill(out)

    def _fill(self, selected: dict[str, int]) -> None:
        """Show the preview rows and give every combo box the current columns."""
        names = self.column_names()
        body = self._body()
        self.table.clear()
        self.table.setColumnCount(len(names))
        self.table.setRowCount(len(body))
        for r, cells in enumerate(body):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(_cut(cell, MAX_CELL))
                if len(cell) > MAX_CELL:
                    item.setToolTip(tooltip_html(cell[:2000]))
                self.table.setItem(r, c, item)
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NONE_TEXT, None)
            for i, column in enumerate(names):
                combo.addItem(column, i)
            index = selected.get(name)
            combo.setCurrentIndex(0 if index is None or index >= len(names) else index + 1)
            combo.blockSignals(False)
        self._mark_columns()

    def _mark_columns(self) -> None:
        """Head each column with its name and, in bold, the fields it was chosen for."""
        fields: dict[int, list[str]] = {}
        for name, index in self.selected_columns().items():
            fields.setdefault(index, []).append(name)
        headers = self.preview.headers if self.has_header else []
        for c, column in enumerate(self.column_names()):
            chosen = fields.get(c, [])
            item = QTableWidgetItem(f"{column} → {', '.join(chosen)}" if chosen else column)
            font = item.font()
            font.setBold(bool(chosen))
            item.setFont(font)
            if c < len(headers) and len(headers[c]) > 30:
                item.setToolTip(tooltip_html(headers[c][:2000]))
            self.table.setHorizontalHeaderItem(c, item)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c) + 12, 260))

    def selected_columns(self) -> dict[str, int]:
        """The column index chosen for each field that is not (none)."""
        out: dict[str, int] = {}
        for name, combo in self.combos.items():
            data = combo.currentData()
            if isinstance(data, int):
                out[name] = data
        return out

    def _on_header_check_toggled(self, _checked: bool) -> None:
        self._fill(self.selected_columns())

    def _on_sheet_combo_changed(self, sheet: str) -> None:
        try:
            self.preview = preview_table(self._data, file=self.file, xlsx=True, sheet=sheet)
        except FormatError as e:
            self._say(str(e))
            return
        self.message.hide()
        self._reset_choices()

    # The result
    def mapping(self) -> ColumnMapping:
        """The mapping as chosen: columns by header name where the name is unique, else by number."""
        headers = self.preview.headers
        counts = Counter(_norm(h) for h in headers)
        unique = {_norm(h) for h in headers if h.strip() and counts[_norm(h)] == 1}
        columns: dict[str, str | int] = {}
        for name, index in self.selected_columns().items():
            header = headers[index] if self.has_header and index < len(headers) else ""
            columns[name] = header if _norm(header) in unique else index
        sheets = self.preview.sheets
        sheet = self.sheet_combo.currentText() if self.xlsx and len(sheets) > 1 else ""
        # The first sheet is the default: not naming it keeps the mapping usable for other workbooks.
        return ColumnMapping(columns, self.has_header, None, sheet if sheet and sheet != sheets[0] else None)

    def problem(self) -> str | None:
        """Why OK cannot be accepted yet, or None."""
        chosen = self.selected_columns()
        for name in ("source", "target"):
            if name not in chosen:
                return f"Choose the column that holds the {name}: it is required."
        if chosen["source"] == chosen["target"]:
            return "The source and the target must be different columns."
        return None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    @override
    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._say(problem)
            return
        mapping = self.mapping()
        if self.has_header:  # a headless table has no header set to remember it by
            try:
                remember_mapping(self.preview.headers, mapping)
            except FormatError as e:
                self.remember_error = str(e)
        super().accept()
        self.mapping_accepted.emit(mapping)

"""StatementTable: every statement in a sortable, filterable table, kept in step with the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from mapviewer.model.types import MapDocument, Statement
from mapviewer.ui.safe_text import tooltip_html
from mapviewer.ui.style import CATEGORY_COLOURS, category_name, current_theme

COLUMNS = (
    "#",
    "Source",
    "Relation",
    "Target",
    "Category",
    "Hedge",
    "Quote",
    "Attributed to",
    "Summary",
)
ModelIndex = QModelIndex | QPersistentModelIndex


def quote_status(st: Statement, bad: set[str]) -> str:
    """How the statement's quotes stand: verified, mismatched, or unquoted."""
    if st.id in bad:
        return "✗ mismatch"
    if st.unquoted:
        return "unquoted"
    return "✓ verified"


class StatementModel(QAbstractTableModel):
    """The statements of one map as table rows. Text is returned as data, never as markup."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Statement] = []
        self._names: dict[str, str] = {}
        self._bad: set[str] = set()
        self._story: dict[str, int] = {}
        self.row_of: dict[str, int] = {}

    def set_map(self, doc: MapDocument, bad: set[str]) -> None:
        """Show ``doc``'s statements; ``bad`` are those whose quotes failed the check."""
        self.beginResetModel()
        self._rows = list(doc.statements)
        self._names = {a.id: a.label for a in doc.actors}
        self._bad = bad
        self._story = {sid: i + 1 for i, sid in enumerate(doc.story)}
        self.row_of = {s.id: i for i, s in enumerate(self._rows)}
        self.endResetModel()

    def statement_at(self, row: int) -> Statement:
        """The statement shown in ``row`` of this (unsorted) model."""
        return self._rows[row]

    @override
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    @override
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        st = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            ev = st.evidence[0]
            values = (
                self._story.get(st.id, ""),
                self._names.get(st.source, st.source),
                st.relation,
                self._names.get(st.target, st.target),
                category_name(st.category),
                ", ".join(sorted({e.hedge for e in st.evidence if e.hedge})),
                quote_status(st, self._bad),
                ev.attributed_to or "the article itself",
                st.summary,
            )
            return values[col]
        if role == Qt.ItemDataRole.UserRole:
            return st.id
        if role == Qt.ItemDataRole.DecorationRole and col == 4:
            return QColor(CATEGORY_COLOURS.get(st.category, "#7A7A7A"))
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and st.id in self._bad:
            return QColor(current_theme().error)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(st.summary, st.evidence[0].quote or "unquoted")
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder
        return None


class StatementTable(QTableView):
    """The table view. Selecting a row announces its statement; Tab moves to the next row."""

    statement_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = StatementModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((36, 110, 200, 110, 150, 80, 90, 190)):
            self.setColumnWidth(col, width)
        self.setAccessibleName("Statements")
        self.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)

    def set_map(self, doc: MapDocument, bad: set[str]) -> None:
        """Show a new map."""
        self.source_model.set_map(doc, bad)

    def set_filter(self, text: str) -> None:
        """Show only rows with ``text`` in any column."""
        self.proxy.setFilterFixedString(text)

    def select_statement(self, statement_id: str | None) -> None:
        """Select the row of ``statement_id`` (or none) without announcing it again."""
        self.blockSignals(True)
        try:
            if statement_id is None or statement_id not in self.source_model.row_of:
                self.clearSelection()
                return
            source = self.source_model.index(self.source_model.row_of[statement_id], 0)
            index = self.proxy.mapFromSource(source)
            if not index.isValid():
                self.clearSelection()
                return
            self.selectionModel().blockSignals(True)
            self.selectionModel().setCurrentIndex(
                index,
                self.selectionModel().SelectionFlag.ClearAndSelect | self.selectionModel().SelectionFlag.Rows,
            )
            self.selectionModel().blockSignals(False)
            self.scrollTo(index)
        finally:
            self.blockSignals(False)

    def selected_statement(self) -> str | None:
        """The statement of the selected row, if any."""
        rows = self.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def row_order(self) -> list[str]:
        """Statement ids in the order the table shows them (sorted and filtered)."""
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]

    def _on_selection_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.statement_chosen.emit(current.data(Qt.ItemDataRole.UserRole))

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            step = -1 if event.key() == Qt.Key.Key_Backtab else 1
            row = self.currentIndex().row() + step if self.currentIndex().isValid() else 0
            if 0 <= row < self.proxy.rowCount():
                self.setCurrentIndex(self.proxy.index(row, 0))
            event.accept()
            return
        super().keyPressEvent(event)

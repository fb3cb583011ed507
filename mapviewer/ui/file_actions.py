"""The File menu: Open, Open Recent, Save, Save As, Problems, Quit; and the View menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from mapviewer.model.errors import MapError
from mapviewer.model.io import load_map, rebase_text_paths, save_map
from mapviewer.ui import recent
from mapviewer.ui.article_import_actions import install_article_import
from mapviewer.ui.import_actions import install_import_export

if TYPE_CHECKING:
    from mapviewer.ui.main_window import MainWindow

MAP_FILTER = "Maps (*.map.json *.json);;All files (*)"


class FileActions:
    """Builds the menus of a main window and carries out their file operations."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        file_menu = bar.addMenu("&File")
        self.open_action = self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, self.open_dialog)
        self.recent_menu = QMenu("Open &Recent", window)
        file_menu.addMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, "&Save", QKeySequence.StandardKey.Save, self.save)
        self._action(file_menu, "Save &As…", QKeySequence.StandardKey.SaveAs, self.save_as)
        install_import_export(window, file_menu)
        install_article_import(window, file_menu)
        file_menu.addSeparator()
        self._action(file_menu, "&Problems…", None, self.show_problems)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, window.close)
        view_menu = bar.addMenu("&View")
        self._action(view_menu, "&Fit map to window", "Ctrl+0", window.view.fit_map)
        self._action(
            view_menu,
            "Zoom &in",
            QKeySequence.StandardKey.ZoomIn,
            lambda: window.view.zoom_by(1.25),
        )
        self._action(
            view_menu,
            "Zoom &out",
            QKeySequence.StandardKey.ZoomOut,
            lambda: window.view.zoom_by(0.8),
        )
        self._action(view_menu, "Show or hide &legend", "Ctrl+L", window.view.legend.toggle.toggle)
        self._action(view_menu, "&Next statement", "Ctrl+]", lambda: window.view.step_requested.emit(1))
        self._action(view_menu, "&Previous statement", "Ctrl+[", lambda: window.view.step_requested.emit(-1))

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent.recent_files()
        if not paths:
            empty = self.recent_menu.addAction("(none yet)")
            empty.setEnabled(False)
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))

    def open_dialog(self) -> None:
        """Ask for a map file and open it."""
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Open map", "", MAP_FILTER)
        if path:
            self.open_path(path, confirm=False)

    def open_path(self, path: str | Path, *, confirm: bool = True) -> bool:
        """Open a map file; on failure say what is wrong and where, and keep the current map."""
        from mapviewer.ui.main_window import show_error

        if confirm and not self.confirm_discard():
            return False
        try:
            loaded = load_map(path)
        except MapError as e:
            show_error(self.window, "Cannot open map", str(e))
            return False
        self.window.show_map(loaded)
        recent.remember(path)
        return True

    def save(self) -> bool:
        """Save over the open file (or ask where, for a map that has none)."""
        path = self.window.loaded.path
        if path is None:
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        """Ask where, then save there; article paths are rewritten to stay correct."""
        start = str(self.window.loaded.path or "untitled.map.json")
        path, _ = QFileDialog.getSaveFileName(self.window, "Save map as", start, MAP_FILTER)
        return bool(path) and self._write(Path(path))

    def _write(self, path: Path) -> bool:
        from mapviewer.ui.main_window import show_error

        loaded = self.window.loaded
        doc = rebase_text_paths(loaded.document, loaded.base_dir, path.parent)
        try:
            save_map(doc, path)
        except MapError as e:
            show_error(self.window, "Cannot save map", str(e))
            return False
        loaded.document = doc
        loaded.path = path
        self.window.setWindowModified(False)
        recent.remember(path)
        self.window.statusBar().showMessage(f"Saved {path}", 4000)
        return True

    def show_problems(self) -> None:
        """List every provenance problem of the open map."""
        problems = self.window.loaded.problems
        box = QMessageBox(self.window)
        box.setWindowTitle("Provenance problems")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if not problems:
            box.setText("Every quote matches its article.")
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(f"{len(problems)} problem(s). Nothing has been changed; fix the map file.")
            box.setDetailedText("\n".join(str(p) for p in problems))
        box.exec()

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes, or the user saved or chose to discard them."""
        if not self.window.isWindowModified():
            return True
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            "The map has changes that are not saved. Save them first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

"""Starting the window: ``mapviewer [FILE]`` and ``mapviewer --screenshot OUT.png``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1600, 1000)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mapviewer",
        description="An interactive map of who does what to whom, every link backed by a quote.",
        epilog="Subcommands: validate FILE, extract ARTICLE, import FILE, export MAP "
        "(run `mapviewer SUBCOMMAND --help`).",
    )
    parser.add_argument("file", nargs="?", help="a *.map.json file (default: the bundled map)")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="render the window offscreen at 1600x1000 to a PNG and exit",
    )
    parser.add_argument(
        "--select", metavar="STATEMENT_ID", help="with --screenshot: select this statement first"
    )
    return parser


def _has_display() -> bool:
    return bool(
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or sys.platform in ("win32", "darwin")
    )


def run_app(argv: list[str]) -> int:
    """Open the main window (or take a screenshot) and return the exit status."""
    ns = _parser().parse_args(argv)
    if ns.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not _has_display():
        print(
            "mapviewer: no display found (DISPLAY is not set). Run it on a desktop, under Xvfb, "
            "or take a picture with `mapviewer --screenshot shot.png`.",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    from mapviewer.ui.main_window import DEFAULT_MAP, MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("mapviewer")
    app.setOrganizationName("mapviewer")
    window = MainWindow()
    path = Path(ns.file) if ns.file else DEFAULT_MAP
    opened = window.files.open_path(path, confirm=False)
    if ns.screenshot:
        if not opened:
            return 1
        return take_screenshot(window, Path(ns.screenshot), ns.select)
    window.show()
    if os.environ.get("MAPVIEWER_BENCH_FIRST_PAINT"):
        _report_first_paint(window)
    return app.exec()


def take_screenshot(window: object, out: Path, select: str | None) -> int:
    """Render the window at 1600x1000, with ``select`` selected, to ``out``."""
    from PySide6.QtWidgets import QApplication

    from mapviewer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    window.view.fit_map()
    if select:
        try:
            window.loaded.document.statement(select)
        except KeyError:
            print(f"mapviewer: no statement {select!r} in this map", file=sys.stderr)
            return 1
        window.view_state.select_statement(select)
    for _ in range(5):  # layouts settle over a few passes (word-wrapped labels, scroll bars)
        QApplication.processEvents()
    if not window.grab().save(str(out)):
        print(f"mapviewer: cannot write {out}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


def _report_first_paint(window: object) -> None:
    """For bench/startup.py: print a line and quit once the map has painted its first frame."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from typing_extensions import override

    from mapviewer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)

    class _Watcher(QObject):
        @override
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, _done)
                watched.removeEventFilter(self)
            return False

    def _done() -> None:
        print("first-paint", flush=True)
        QApplication.quit()

    watcher = _Watcher(window)
    window.view.viewport().installEventFilter(watcher)

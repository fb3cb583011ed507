"""P1: time from process start to the first painted frame of the default map, divided by the same for
a bare PySide6 window, measured side by side in one run (median of several, interleaved).

    python bench/startup.py [--runs 7]

Both processes run offscreen and print a line from their first paint event; the clock runs in this
process from spawn to that line, so interpreter start-up and imports count for both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class W(QWidget):
    done = False
    def paintEvent(self, event):
        if not W.done:
            W.done = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
w = W()
w.resize(1600, 1000)
w.show()
app.exec()
"""


def time_to_paint(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``cmd`` until it prints its first-paint line."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} exited without painting")
    proc.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    ns = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAPVIEWER_BENCH_FIRST_PAINT="1")
    ours_cmd = [sys.executable, "-m", "mapviewer"]
    bare_cmd = [sys.executable, "-c", BARE]
    time_to_paint(bare_cmd, env)  # warm the file cache for both
    time_to_paint(ours_cmd, env)
    ours, bare = [], []
    for _ in range(ns.runs):
        bare.append(time_to_paint(bare_cmd, env))
        ours.append(time_to_paint(ours_cmd, env))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"bare PySide6 window, first paint: median {m_bare * 1000:.0f} ms over {ns.runs} runs")
    print(f"mapviewer default map, first paint: median {m_ours * 1000:.0f} ms over {ns.runs} runs")
    print(f"P1 = {m_ours / m_bare:.2f}  (mapviewer / bare window; lower is better)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Render cost of the map, measured side by side with a plain baseline in one run.

    python bench/render.py [--actors 200] [--statements 20000] [--runs 3]

Prints three ratios (median of ``--runs``, offscreen, one full 1600x1000 view render each):
- R1 = our map with nothing selected / a baseline scene with one QGraphicsPathItem (and one
  arrowhead QGraphicsPolygonItem) per statement: the same curves and pens, default BSP index;
- R2 = our map with a statement selected (the rest faded) / our map with nothing selected;
- R3 = building our scene / building the baseline scene.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CATEGORIES = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "neutral"]


def synthetic_map(actors: int, statements: int, seed: int = 1) -> dict[str, object]:
    """A map with a seeded random mix of categories, hedges and pairs, and placed positions."""
    rng = random.Random(seed)
    text = "Alpha condemns Beta."
    acts = [{"id": f"A{i}", "label": f"Actor {i}", "kind": "state"} for i in range(actors)]
    positions = {f"A{i}": [rng.uniform(-2000, 2000), rng.uniform(-1300, 1300)] for i in range(actors)}
    sts = []
    for j in range(statements):
        a = rng.randrange(actors)
        b = (a + rng.randrange(1, actors)) % actors
        sts.append(
            {
                "id": f"s{j}",
                "source": f"A{a}",
                "target": f"A{b}",
                "relation": "condemns",
                "category": rng.choice(CATEGORIES),
                "evidence": [
                    {
                        "article": "a",
                        "quote": text,
                        "start": 0,
                        "end": len(text),
                        "hedge": rng.choice([None, None, "reported"]),
                    }
                ],
            }
        )
    return {
        "format": "mapviewer-map",
        "version": 1,
        "title": "bench",
        "articles": [{"id": "a", "text": text}],
        "actors": acts,
        "statements": sts,
        "positions": positions,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=200)
    parser.add_argument("--statements", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--save", metavar="PREFIX", help="also save both renders as PREFIX-*.png")
    ns = parser.parse_args()

    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QImage, QPainter, QPainterPath, QPolygonF
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsPathItem,
        QGraphicsPolygonItem,
        QGraphicsScene,
        QGraphicsView,
    )

    from mapviewer.model.io import load_map
    from mapviewer.ui.main_window import MainWindow
    from mapviewer.ui.style import category_brush, statement_pen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.map.json"
        path.write_text(json.dumps(synthetic_map(ns.actors, ns.statements)), encoding="utf-8")
        loaded = load_map(path)

    window = MainWindow()
    window.resize(1600, 1000)
    t = time.perf_counter()
    window.show_map(loaded)
    ours_build = time.perf_counter() - t
    window.show()
    app.processEvents()
    view = window.view

    # The baseline: the same curves, one path item each, in a plain scene and view.
    t = time.perf_counter()
    base_scene = QGraphicsScene()
    for pair in window.scene.pair_items.values():
        for st, curve in zip(pair.statements, pair.curves, strict=True):
            p = QPainterPath(QPointF(*curve.line_start))
            p.quadTo(QPointF(*curve.control), QPointF(*curve.line_end))
            item = QGraphicsPathItem(p)
            item.setPen(statement_pen(st.category, st.hedged, st.unquoted))
            base_scene.addItem(item)
            head = QGraphicsPolygonItem(QPolygonF([QPointF(*q) for q in curve.head]))
            head.setPen(Qt.PenStyle.NoPen)
            head.setBrush(category_brush(st.category))
            base_scene.addItem(head)
    base_view = QGraphicsView(base_scene)
    base_view.setRenderHint(QPainter.RenderHint.Antialiasing)
    base_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    base_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    base_build = time.perf_counter() - t
    # Same size, zoom and centre as our view, so both draw the same part of the map.
    base_view.resize(view.size())
    base_view.show()
    app.processEvents()
    base_view.setTransform(view.transform())
    base_view.centerOn(view.mapToScene(view.viewport().rect().center()))
    app.processEvents()
    assert base_view.viewport().size() == view.viewport().size()

    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)

    def render(target: QGraphicsView) -> float:
        image.fill(Qt.GlobalColor.white)
        start = time.perf_counter()
        painter = QPainter(image)
        target.render(painter)
        painter.end()
        return time.perf_counter() - start

    render(view)
    render(base_view)
    plain, base, focused = [], [], []
    for _ in range(ns.runs):
        window.view_state.clear()
        app.processEvents()
        plain.append(render(view))
        base.append(render(base_view))
        window.view_state.select_statement("s0")
        app.processEvents()
        focused.append(render(view))
    m_plain, m_base, m_focus = (statistics.median(x) for x in (plain, base, focused))
    print(f"{ns.actors} actors, {ns.statements} statements, {len(window.scene.pair_items)} pairs")
    print(
        f"render: ours {m_plain * 1000:.0f} ms, baseline {m_base * 1000:.0f} ms, "
        f"ours with a selection {m_focus * 1000:.0f} ms (median of {ns.runs})"
    )
    print(f"build: ours {ours_build * 1000:.0f} ms, baseline {base_build * 1000:.0f} ms")
    print(f"R1 = {m_plain / m_base:.2f}  (our full render / one-item-per-statement baseline)")
    print(f"R2 = {m_focus / m_plain:.2f}  (render with the rest faded / render with nothing selected)")
    print(f"R3 = {ours_build / base_build:.2f}  (our scene build / baseline scene build)")
    if ns.save:
        for name, target in (("ours", view), ("baseline", base_view)):
            render(target)
            image.save(f"{ns.save}-{name}.png")
    window.setWindowModified(False)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

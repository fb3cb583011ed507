"""Extraction quality against the hand-annotated set in ``tests/data/extraction/``.

A prediction is one piece of evidence of a draft statement. It matches a gold annotation when the
unordered set of actors is the same (source, target and any ``also_concerns``) and the quote spans
overlap; matching is one to one (greedy, in text order). Printed per split (the ``split`` field
of each gold file: ``tuning``, ``tuning-formerly-heldout`` (h1-h3), ``tuning-formerly-heldout2``
(k1-k4), ``tuning-formerly-heldout3`` (m1-m4), ``tuning-formerly-heldout4`` (n1-n4), and their
union ``tuning (all)``): precision, recall, F1, and over the matched pairs the share with the
right direction (a mutual gold statement accepts either direction), attribution (same text, or
one contains the other, case-insensitively), hedge (exactly equal) and category. Pooled rows
also print the looser match of the issue's wording, where only the unordered source-target pair
must be the same (a three-actor statement then matches on its first two actors).

Blind folders (``BLIND_DIRS``, and any ``heldout*`` folder not listed in ``SEEN_DIRS``) are where
the final score is taken: they are **not read at all** (not even listed) unless
``--include-blind`` is given. Then each is reported as ``<folder> (held-out)`` (every file in it
counts as held-out whatever its ``split`` field says), and its misses are listed only with
``--show-heldout``. ``--tuning-only`` never reads them, whatever else is given.

Each split is printed in three modes: ``[rules]`` (the rules alone), ``[model]`` (the default: the
pair model chooses among every candidate, see ``mapviewer/extract/candidates.py``) and
``[model+parser]`` (with the optional parse stage; its rows are skipped when spaCy and its model
are not installed). ``--rules-only`` / ``--model-only`` print one mode.

Run: ``.venv/bin/python bench/extract_quality.py [-v] [--include-blind [--show-heldout]]``.
``-v`` lists misses and false alarms of the tuning splits only.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from mapviewer.extract import extract, parse_stage
from mapviewer.extract.pair_model import PairModel

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction"


@dataclass
class Item:
    actors: frozenset[str]
    source: str
    target: str
    mutual: bool
    start: int
    end: int
    attributed_to: str
    hedge: str | None
    category: str
    quote: str
    tier: str = ""  # a prediction's confidence tier


def _gold(path: Path) -> tuple[str, list[Item], dict[str, str]]:
    g = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / g["text"]).read_text(encoding="utf-8")
    items = [
        Item(
            frozenset([s["source"], s["target"], *s.get("also_concerns", [])]),
            s["source"], s["target"], s.get("mutual", False), s["start"], s["end"],
            s["attributed_to"], s["hedge"], s["category"], s["quote"],
        )
        for s in g["statements"]
    ]  # fmt: skip
    return text, items, g


def _predicted(
    text: str,
    article_id: str,
    published: str | None,
    use_parser: bool = False,
    use_model: bool = True,
    pair_model: PairModel | None = None,
) -> list[Item]:
    doc = extract(
        text,
        article_id=article_id,
        published=published,
        use_parser=use_parser,
        use_model=use_model,
        pair_model=pair_model,
    ).document
    out = []
    for s in doc.statements:
        also = getattr(s, "also_concerns", None) or []
        for e in s.evidence:
            assert e.start is not None
            assert e.end is not None
            assert e.quote is not None
            out.append(
                Item(
                    frozenset([s.source, s.target, *also]), s.source, s.target, s.mutual,
                    e.start, e.end, e.attributed_to or "", e.hedge, s.category, e.quote,
                    getattr(e, "confidence", "") or "",
                )
            )  # fmt: skip
    return sorted(out, key=lambda i: i.start)


def _same_attribution(a: str, b: str) -> bool:
    a, b = a.lower().strip(), b.lower().strip()
    return a == b or (bool(a) and bool(b) and (a in b or b in a))


def _match(pred: list[Item], gold: list[Item]) -> list[tuple[Item, Item]]:
    used: set[int] = set()
    pairs = []
    for p in pred:
        for i, g in enumerate(gold):
            if i in used or g.actors != p.actors:
                continue
            if p.start < g.end and g.start < p.end:
                used.add(i)
                pairs.append((p, g))
                break
    return pairs


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where a count is zero)."""
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _by_pair(items: list[Item]) -> list[Item]:
    """The items keyed by their unordered source-target pair alone, ``also_concerns`` left out:
    the issue's own wording of a match ("the unordered actor pair is the same")."""
    return [replace(i, actors=frozenset([i.source, i.target])) for i in items]


SPLITS = (
    "tuning",
    "tuning-formerly-heldout",
    "tuning-formerly-heldout2",
    "tuning-formerly-heldout3",
    "tuning-formerly-heldout4",
    "tuning-formerly-heldout5",
    "tuning-formerly-heldout6",
    "tuning-formerly-heldout7",
    "tuning-formerly-heldout8",
    "tuning-formerly-heldout9",
    "tuning-formerly-heldout10",
    "tuning-formerly-heldout11",
    "tuning-formerly-heldout12",
    "tuning-formerly-heldout13",
    "tuning-formerly-heldout14",
    "tuning-formerly-heldout15",
    "tuning-formerly-heldout16",
    "tuning-formerly-heldout17",
    "tuning-formerly-heldout18",
    "tuning-formerly-heldout19",
    "train-a",
    "train-b",
    "train-c",
    "train-d",
    "train-e",
    "train-f",
    "train-g",
    "train-h",
    "train-i",
    "train-j",
    "train-k",
    "train-l",
    "train-m",
)
#: Blind held-out folders, by name: never read (not even listed) unless ``include_blind``.
BLIND_DIRS: tuple[str, ...] = ()
#: Former held-out folders that have been scored and studied: ordinary tuning folders now.
SEEN_DIRS: tuple[str, ...] = (
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
)


def is_blind(folder_name: str) -> bool:
    """Whether a folder of the annotated set is blind: listed in ``BLIND_DIRS``, or a new
    ``heldout*`` folder nobody has declared seen yet (safe by default)."""
    new = re.fullmatch(r"heldout\d*", folder_name) is not None and folder_name not in SEEN_DIRS
    return folder_name in BLIND_DIRS or new


def gold_folders(data: Path = DATA, *, include_blind: bool = False) -> list[Path]:
    """The folders of the annotated set that may be read; blind ones only if ``include_blind``.

    Only ``data`` itself is listed: a skipped folder's contents are never looked at."""
    return sorted(p for p in data.iterdir() if p.is_dir() and (include_blind or not is_blind(p.name)))


def splits_of(data: Path, *, tuning_only: bool = False, include_blind: bool = False) -> dict[str, list[Path]]:
    """Gold files by split (their ``split`` field); a blind folder is its own split, and is read
    only if ``include_blind`` and not ``tuning_only``."""
    by_split: dict[str, list[Path]] = {}
    for folder in gold_folders(data, include_blind=include_blind and not tuning_only):
        blind = is_blind(folder.name)
        for path in sorted(folder.glob("*.gold.json")):
            split = folder.name if blind else json.loads(path.read_text(encoding="utf-8"))["split"]
            if not blind and is_blind(split):
                split += " (outside its folder)"  # never let a stray label count as held out
            by_split.setdefault(split, []).append(path)
    return by_split


def _score(paths: list[Path], label: str, verbose: bool, mode: str = "model", tiers: bool = False) -> None:
    use_parser, use_model = "parser" in mode, mode != "rules"
    tp = n_pred = n_gold = pair_tp = 0
    direction = attribution = hedge = category = 0
    by_tier: dict[str, list[int]] = {}  # tier -> [matched, predicted]
    for path in paths:
        text, gold, meta = _gold(path)
        pred = _predicted(text, path.stem.removesuffix(".gold"), meta.get("published"), use_parser, use_model)
        pairs = _match(pred, gold)
        pair_tp += len(_match(_by_pair(pred), _by_pair(gold)))
        matched_ids = {id(p) for p, _ in pairs}
        for p in pred:
            counts = by_tier.setdefault(p.tier, [0, 0])
            counts[0] += id(p) in matched_ids
            counts[1] += 1
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(gold)
        for p, g in pairs:
            direction += (p.source, p.target) == (g.source, g.target) or (g.mutual and p.mutual)
            attribution += _same_attribution(p.attributed_to, g.attributed_to)
            hedge += p.hedge == g.hedge
            category += p.category == g.category
            if verbose and (p.source, p.target) != (g.source, g.target) and not g.mutual:
                print(f"  DIR {path.stem}: {sorted(g.actors)} gold {g.source}->{g.target}")
            if verbose and not _same_attribution(p.attributed_to, g.attributed_to):
                print(f"  ATTR {path.stem}: {p.attributed_to!r} vs gold {g.attributed_to!r}")
            if verbose and p.hedge != g.hedge:
                print(f"  HEDGE {path.stem}: {p.hedge} vs gold {g.hedge}: {g.quote[:60]!r}")
        if verbose:
            matched_p = {id(p) for p, _ in pairs}
            matched_g = {id(g) for _, g in pairs}
            for g in gold:
                if id(g) not in matched_g:
                    print(f"  MISS {path.stem}: {sorted(g.actors)} {g.quote[:70]!r}")
            for p in pred:
                if id(p) not in matched_p:
                    print(f"  FALSE {path.stem}: {sorted(p.actors)} {p.quote[:70]!r}")
    precision, recall, f1 = prf(tp, n_pred, n_gold)

    def share(k: int) -> float:
        return k / tp if tp else 0.0

    label += f" [{mode}]"
    print(
        f"{label:41s} gold={n_gold:3d} predicted={n_pred:3d} matched={tp:3d}  "
        f"precision={precision:.2f} recall={recall:.2f} F1={f1:.2f}  "
        f"direction={share(direction):.2f} attribution={share(attribution):.2f} "
        f"hedge={share(hedge):.2f} category={share(category):.2f}"
    )
    if tiers:
        shown = [
            f"{t} {m / n:.2f} of {n}"
            for t in ("high", "medium", "low")
            for m, n in [by_tier.get(t, [0, 0])]
            if n
        ]
        print(f"{'':41s} precision by confidence tier: " + ", ".join(shown))
        pp, pr, pf = prf(pair_tp, n_pred, n_gold)
        print(f"{'':41s} source-target pair only: precision={pp:.2f} recall={pr:.2f} F1={pf:.2f}")


def main(argv: list[str], data: Path = DATA) -> int:
    verbose = "-v" in argv
    show_heldout = "--show-heldout" in argv
    tuning_only = "--tuning-only" in argv
    include_blind = "--include-blind" in argv
    modes = ["rules", "model"]
    if "--rules-only" in argv:
        modes = ["rules"]
    elif "--model-only" in argv:
        modes = ["model"]
    elif parse_stage.available():
        modes.append("model+parser")
    else:
        print("(parse stage not installed: model+parser rows skipped; pip install '.[nlp]')")
    by_split = splits_of(data, tuning_only=tuning_only, include_blind=include_blind)
    blind = sorted(split for split in by_split if is_blind(split))
    tuning = sorted(p for split, paths in by_split.items() if split not in blind for p in paths)
    for split in (*SPLITS, *sorted(set(by_split) - set(SPLITS) - set(blind))):
        if split in by_split:
            for mode in modes:
                _score(by_split[split], split, verbose, mode)
    for mode in modes:
        _score(tuning, "tuning (all)", False, mode, tiers=True)
    for split in blind:
        for mode in modes:
            _score(by_split[split], f"{split} (held-out)", verbose and show_heldout, mode, tiers=True)
    if len(blind) > 1:
        pooled = sorted(p for split in blind for p in by_split[split])
        for mode in modes:
            _score(pooled, "held-out (all)", False, mode, tiers=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""A longer fuzzing campaign for the importers than the property tests run.

Feeds every reader random bytes and mutated copies of the test fixtures for a time budget, and
prints how many inputs were tried and how many failed. A failure is any exception other than
``FormatError``, or an input that takes longer than ``--slow`` seconds; each is saved to
``--out`` so it can be replayed.

    python bench/fuzz_readers.py --seconds 60 [--reader graphml] [--seed 1]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mapviewer.formats.errors import FormatError  # noqa: E402
from mapviewer.formats.fuzzing import FUZZ_LIMITS, READERS, mutate, seeds  # noqa: E402

FIXTURES = ROOT / "tests" / "formats" / "fixtures"


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; exit 1 if any input failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="time budget for all readers")
    parser.add_argument("--reader", choices=sorted(READERS), action="append", help="default: all")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--slow", type=float, default=5.0, help="seconds that count as a hang")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    ns = parser.parse_args(argv)
    rng = random.Random(ns.seed)
    names = ns.reader or sorted(READERS)
    pools = {name: seeds(FIXTURES, READERS[name][1]) for name in names}
    tried = {name: 0 for name in names}
    failed = {name: 0 for name in names}
    deadline = time.monotonic() + ns.seconds
    while time.monotonic() < deadline:
        name = rng.choice(names)
        pool = pools[name]
        if pool and rng.random() < 0.85:
            data = mutate(rng.choice(pool), rng, rounds=rng.randint(1, 8))
        else:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 512)))
        tried[name] += 1
        start = time.monotonic()
        problem = None
        try:
            READERS[name][0](data, file=f"fuzz.{name}", limits=FUZZ_LIMITS)
        except FormatError:
            pass
        except Exception:
            problem = traceback.format_exc(limit=6)
        took = time.monotonic() - start
        if problem is None and took > ns.slow:
            problem = f"took {took:.1f} s"
        if problem is not None:
            failed[name] += 1
            ns.out.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha1(data).hexdigest()[:12]
            (ns.out / f"{name}-{digest}.bin").write_bytes(data)
            (ns.out / f"{name}-{digest}.txt").write_text(problem)
            print(f"FAIL {name} {digest}: {problem.strip().splitlines()[-1]}", file=sys.stderr)
    for name in names:
        print(f"{name:8} tried {tried[name]:7d}  failures {failed[name]}")
    total_failed = sum(failed.values())
    print(f"total    tried {sum(tried.values()):7d}  failures {total_failed}")
    return 1 if total_failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

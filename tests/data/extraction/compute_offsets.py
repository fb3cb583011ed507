"""Fill in ``start``/``end`` for every gold quote, so no offset is ever typed by hand.

Run ``python tests/data/extraction/compute_offsets.py`` after editing a ``*.gold.json``. Each quote
is looked up in its text; ``occurrence`` (default 0) picks among repeats. A quote that is not in
the text stops the script with an error, so a typo cannot slip into the gold set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fill(gold_path: Path) -> int:
    """Write offsets into one gold file; return the number of quotes placed."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["text"]).read_text(encoding="utf-8")
    for i, st in enumerate(gold["statements"]):
        quote = st["quote"]
        at = -1
        for _ in range(st.get("occurrence", 0) + 1):
            at = text.find(quote, at + 1)
            if at < 0:
                sys.exit(f"{gold_path.name}: statements[{i}]: quote not in text: {quote!r}")
        st["start"], st["end"] = at, at + len(quote)
        assert text[st["start"] : st["end"]] == quote
    gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(gold["statements"])


def main() -> None:
    for path in sorted(HERE.glob("*/*.gold.json")):
        print(f"{path.relative_to(HERE)}: {fill(path)} quotes")


if __name__ == "__main__":
    main()

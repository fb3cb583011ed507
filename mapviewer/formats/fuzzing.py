"""Inputs for fuzzing the readers: every reader, valid seed files, and byte-level mutations.

Shared by the property tests and ``bench/fuzz_readers.py``, so both feed the readers the same kinds
of damaged files: bit flips, cut files, repeated or deleted chunks, and spliced-in markup.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mapviewer.formats.gdelt import read_gdelt
from mapviewer.formats.gexf import read_gexf
from mapviewer.formats.graphml import read_graphml
from mapviewer.formats.jsongraph import read_json_graph
from mapviewer.formats.registry import read_bytes
from mapviewer.formats.report import Limits
from mapviewer.formats.tabular import read_table

#: Small limits keep a fuzzing run fast; a file over them must fail with ``FormatLimitError``.
FUZZ_LIMITS = Limits(max_bytes=2_000_000, max_actors=5_000, max_statements=20_000, max_text=10_000)


def _csv(data: bytes, **kw: Any) -> Any:
    return read_table(data, **kw)


def _xlsx(data: bytes, **kw: Any) -> Any:
    return read_table(data, xlsx=True, **kw)


#: reader name -> (function taking bytes and file=/limits=, seed file suffixes)
READERS: dict[str, tuple[Callable[..., Any], tuple[str, ...]]] = {
    "graphml": (read_graphml, (".graphml",)),
    "gexf": (read_gexf, (".gexf",)),
    "csv": (_csv, (".csv",)),
    "xlsx": (_xlsx, (".xlsx",)),
    "json": (read_json_graph, (".json", ".cyjs")),
    "gdelt": (read_gdelt, (".CSV",)),
    "any": (read_bytes, (".graphml", ".gexf", ".csv", ".json", ".CSV")),
}

_SPLICES = [
    b"<", b">", b"</node>", b"<node id='x'/>", b"<edge source='a' target='zz'/>", b"&amp;", b"&x;",
    b"<![CDATA[", b"]]>", b'"', b",", b"\t", b"\n", b"\r\n", b"\x00", b"\xff\xfe", b"{", b"}",
    b"[", b"]", b'"source":', b"NaN", b"1e999", b"-", b"<!DOCTYPE a [<!ENTITY e 'x'>]>",
    b'<!ENTITY % p SYSTEM "http://example.invalid/x">', b"\xc3", b"99999999999999999999",
]  # fmt: skip


#: Well-formed but odd values, put between quotes so the parsers get past the syntax.
_VALUES = [
    b"", b"-1", b"0", b"NaN", b"inf", b"1e308", b"-0.0", b"true", b"x" * 300, b"\xc3\xa9", b"null",
    b"neutral", b"state", b"#GGGGGG", b"2024-13-45", b"[1,2]", b"{}", b"&lt;", b"  ", b"RUS",
]  # fmt: skip


def _replace_value(out: bytearray, rng: random.Random) -> None:
    quote = b"'" if rng.random() < 0.2 else b'"'
    start = out.find(quote, rng.randrange(len(out) + 1))
    end = out.find(quote, start + 1) if start >= 0 else -1
    if end > start >= 0:
        out[start + 1 : end] = rng.choice(_VALUES)


def mutate(data: bytes, rng: random.Random, rounds: int = 3) -> bytes:
    """``data`` damaged ``rounds`` times by a random byte-level edit."""
    out = bytearray(data)
    for _ in range(rng.randint(1, rounds)):
        choice = rng.randrange(9)
        pos = rng.randrange(len(out) + 1)
        if choice >= 6:
            _replace_value(out, rng)
        elif choice == 0 and out:
            out[min(pos, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif choice == 1:
            del out[pos:]
        elif choice == 2:
            del out[pos : pos + rng.randint(1, 64)]
        elif choice == 3:
            out[pos:pos] = rng.choice(_SPLICES)
        elif choice == 4 and out:
            start = rng.randrange(len(out))
            out[pos:pos] = out[start : start + rng.randint(1, 128)]
        else:
            out[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(out)


def seeds(folder: Path, suffixes: tuple[str, ...]) -> list[bytes]:
    """The bytes of every file in ``folder`` with one of ``suffixes`` (case-sensitive).

    For ``.xlsx`` a small workbook is built in memory (the fixtures hold no binary files).
    """
    found = [p.read_bytes() for p in sorted(folder.iterdir()) if p.name.endswith(suffixes)]
    if ".xlsx" in suffixes and not found:
        found.append(xlsx_seed())
    return found


def xlsx_seed() -> bytes:
    """A small edge-list workbook."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["source", "target", "relation", "date"])
    sheet.append(["Chile", "Peru", "trades with", "2024-01-02"])
    sheet.append(["Peru", "Bolivia", "talks to", 45000])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

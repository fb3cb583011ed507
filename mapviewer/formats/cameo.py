"""The CAMEO event codes, read from the table shipped in ``resources/cameo/`` (see its README).

GDELT rows carry an event code ("043") and a QuadClass (1-4); the map wants a relation phrase and a
category. The table is data, not code, so it can be checked against the codebook line by line.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mapviewer.formats.errors import FormatError
from mapviewer.model.types import Category

#: Where the table lives: ``resources/cameo`` at the top of the repository.
CAMEO_DIR = Path(__file__).resolve().parents[2] / "resources" / "cameo"


def _read_tsv(name: str) -> list[list[str]]:
    path = CAMEO_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise FormatError(path, "", f"the CAMEO table cannot be read: {e.strerror or e}") from None
    return [line.split("\t") for line in lines[1:] if line.strip()]


@lru_cache(maxsize=1)
def event_names() -> dict[str, str]:
    """``{code: name}`` for every CAMEO event code in the table.

    >>> event_names()["042"]
    'Make a visit'
    """
    return {row[0]: row[1] for row in _read_tsv("cameo-event-codes.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def root_categories() -> dict[str, Category]:
    """``{root code: category}`` from the QuadClass of each of the 20 root codes."""
    out: dict[str, Category] = {}
    for row in _read_tsv("quadclass.tsv"):
        if len(row) >= 3 and row[2] in _CATEGORY_NAMES:
            out[row[0]] = _CATEGORY_NAMES[row[2]]
    return out


_CATEGORY_NAMES: dict[str, Category] = {
    "verbal_cooperation": "verbal_cooperation",
    "material_cooperation": "material_cooperation",
    "verbal_conflict": "verbal_conflict",
    "material_conflict": "material_conflict",
}


def relation_of(code: str) -> str | None:
    """A relation phrase for an event code, or None if the code is unknown.

    A code not in the table falls back to its 3-digit base and then its root.

    >>> relation_of("0231"), relation_of("190"), relation_of("999")
    ('appeal for economic aid', 'use conventional military force', None)
    """
    names = event_names()
    code = code.strip()
    for candidate in (code, code[:3], code[:2]):
        if candidate in names:
            return names[candidate].removesuffix(", not specified below").lower()
    return None


def category_of(code: str) -> Category | None:
    """The category of an event code, from its root code's QuadClass.

    >>> category_of("111"), category_of("0874")
    ('verbal_conflict', 'material_cooperation')
    """
    return root_categories().get(code.strip()[:2])

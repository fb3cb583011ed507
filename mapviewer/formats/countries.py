"""Recognise a state from a node id or label, so imported countries become ``kind="state"`` actors.

Matching is exact (case-insensitive names, upper-case ISO alpha-3 codes, a few common short forms)
and never fuzzy: a wrong match would put a person or a party on the map as a country.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ALPHA3 = re.compile(r"^[A-Z]{3}$")
#: Short forms that neither pycountry nor countryinfo knows by that name.
_EXTRA = {
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "us": "USA",
    "u.s.": "USA",
    "america": "USA",
    "russia": "RUS",
    "turkey": "TUR",
    "türkiye": "TUR",
    "north korea": "PRK",
    "south korea": "KOR",
    "iran": "IRN",
    "syria": "SYR",
    "taiwan": "TWN",
    "palestine": "PSE",
    "vatican": "VAT",
    "kosovo": "XKX",
}

#: Names that news use, where pycountry's official name reads oddly on a map.
_SHORT = {
    "RUS": "Russia",
    "SYR": "Syria",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "IRN": "Iran",
    "TWN": "Taiwan",
    "VEN": "Venezuela",
    "BOL": "Bolivia",
    "TZA": "Tanzania",
    "MDA": "Moldova",
    "LAO": "Laos",
    "PSE": "Palestine",
    "GBR": "United Kingdom",
    "USA": "United States",
}


@lru_cache(maxsize=8192)
def iso3_of(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country called ``name``, or None.

    >>> iso3_of("Russia"), iso3_of("FRA"), iso3_of("Viet Nam"), iso3_of("Hamas")
    ('RUS', 'FRA', 'VNM', None)
    """
    import pycountry

    text = name.strip()
    if not 2 <= len(text) <= 60:
        return None
    lower = text.lower()
    if lower in _EXTRA:
        return _EXTRA[lower]
    if _ALPHA3.match(text):
        found = pycountry.countries.get(alpha_3=text)
        return found.alpha_3 if found is not None else None
    if len(text) < 4:
        return None  # two-letter strings are too often initials or abbreviations
    try:
        return str(pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        pass
    return _countryinfo_iso3(lower)


def _countryinfo_iso3(lower: str) -> str | None:
    try:
        from countryinfo import CountryInfo

        code = CountryInfo(lower).iso(3)
    except Exception:  # countryinfo raises its own lookup error, or worse on odd input
        return None
    return code if isinstance(code, str) and _ALPHA3.match(code) else None


def country_name(iso3: str) -> str:
    """A readable name for an ISO alpha-3 code (the code itself if unknown).

    >>> country_name("DEU")
    'Germany'
    """
    import pycountry

    if iso3 in _SHORT:
        return _SHORT[iso3]
    found = pycountry.countries.get(alpha_3=iso3)
    if found is None:
        return iso3
    return str(getattr(found, "common_name", None) or found.name)

"""Read GDELT 1.0 and 2.0 event exports (tab-separated; with or without ``SOURCEURL``).

Each row is one event between two actors. An actor's country code makes it a state (id = ISO3);
an actor with no country is kept by its CAMEO actor code as an organisation or group. The CAMEO
event code becomes the relation, ``QuadClass`` the category, ``SQLDATE`` the date and ``SOURCEURL``
the article. GDELT gives no quote, so the evidence is unquoted (see the format's extensions). Every
other non-empty column is kept in ``statements[].attributes``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mapviewer.formats.builder import DocumentBuilder
from mapviewer.formats.cameo import category_of, relation_of
from mapviewer.formats.countries import country_name
from mapviewer.formats.errors import FormatError
from mapviewer.formats.report import DEFAULT_LIMITS, ImportReport, Limits, Progress, check_size
from mapviewer.formats.tabular import decode_text
from mapviewer.model.types import Evidence, MapDocument

_ACTOR = [
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
]  # fmt: skip
_EVENT = [
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
]  # fmt: skip


def _geo(prefix: str, adm2: bool) -> list[str]:
    names = ["Type", "FullName", "CountryCode", "ADM1Code", *(["ADM2Code"] if adm2 else [])]
    return [f"{prefix}Geo_{n}" for n in [*names, "Lat", "Long", "FeatureID"]]


def _columns(version: int) -> list[str]:
    adm2 = version == 2
    return [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        *[f"Actor1{n}" for n in _ACTOR], *[f"Actor2{n}" for n in _ACTOR], *_EVENT,
        *_geo("Actor1", adm2), *_geo("Actor2", adm2), *_geo("Action", adm2),
        "DATEADDED", "SOURCEURL",
    ]  # fmt: skip


GDELT1 = _columns(1)  #: 58 columns (57 in files without SOURCEURL)
GDELT2 = _columns(2)  #: 61 columns
_LAYOUTS = {57: GDELT1[:57], 58: GDELT1, 60: GDELT2[:60], 61: GDELT2}
_GROUP_TYPES = {"REB", "INS", "SEP", "UAF", "OPP", "RAD", "CRM", "MOD", "ETH", "REL"}


def looks_like_gdelt(data: bytes) -> bool:
    """True when the first line is a GDELT row or header (tab-separated, 57-61 fields).

    >>> looks_like_gdelt(b"\\t".join([b"1", b"20150218"] + [b""] * 56))
    True
    """
    first = data[:65536].split(b"\n", 1)[0].rstrip(b"\r")
    cells = first.split(b"\t")
    if len(cells) not in _LAYOUTS:
        return False
    head = cells[0].strip().upper()
    return head == b"GLOBALEVENTID" or (head.isdigit() and len(cells[1].strip()) == 8)


def read_gdelt(
    data: bytes,
    *,
    file: str | Path = "<memory>",
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[MapDocument, ImportReport]:
    """Read a GDELT 1.0 or 2.0 event export into a map.

    Parameters
    ----------
    data
        The file's bytes (tab-separated; a header row is allowed).
    file
        Name or path, for messages and the article for rows without ``SOURCEURL``.
    progress, limits
        As for every reader.

    Examples
    --------
    >>> row = ["1", "20150218", "201502", "2015", "2015.13", "RUS", "RUSSIA", "RUS"] + [""] * 7
    >>> row += ["UKR", "UKRAINE", "UKR"] + [""] * 7 + ["1", "190", "190", "19", "4"] + [""] * 29
    >>> row += ["20150218", "http://example.com/a"]
    >>> doc, _ = read_gdelt("\\t".join(row).encode())
    >>> s = doc.statements[0]
    >>> (s.source, s.target, s.relation, s.category, s.date, s.unquoted)
    ('RUS', 'UKR', 'use conventional military force', 'material_conflict', '2015-02-18', True)
    """
    check_size(file, len(data), limits)
    builder = DocumentBuilder(file, "gdelt", limits=limits, progress=progress)
    lines = decode_text(data, file).splitlines()
    header: list[str] | None = None
    total = len(lines)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if number == 1 and cells[0].strip().upper() == "GLOBALEVENTID":
            header = [c.strip() for c in cells]
            builder.report.map("header row -> column names")
            continue
        names = header or _LAYOUTS.get(len(cells))
        if names is None or len(names) != len(cells):
            raise FormatError(
                file, f"line {number}", f"{len(cells)} fields; a GDELT row has 57, 58, 60 or 61"
            )
        _row(builder, number, dict(zip(names, cells, strict=True)))
        builder.ticker.tick(number, total)
    if not builder.statements and not builder.report.skipped:
        raise FormatError(file, "line 1", "no GDELT events in the file")
    builder.report.map("CAMEO EventCode -> relation; QuadClass -> category; SQLDATE -> date")
    return builder.finish(), builder.report


def _actor(builder: DocumentBuilder, row: dict[str, str], n: int, place: str) -> str | None:
    code = row.get(f"Actor{n}Code", "").strip()
    name = row.get(f"Actor{n}Name", "").strip()
    country = row.get(f"Actor{n}CountryCode", "").strip().upper()
    iso3 = None
    if country:
        import pycountry

        iso3 = country if pycountry.countries.get(alpha_3=country) is not None else None
    if iso3 is not None:
        if not builder.has_actor(iso3):
            builder.add_actor(iso3, place=place, label=country_name(iso3), kind="state", iso3=iso3)
        return iso3
    if not code:
        return None
    if not builder.has_actor(code):
        types = {row.get(f"Actor{n}Type{k}Code", "").strip() for k in (1, 2, 3)}
        kind = "group" if types & _GROUP_TYPES else "organization"
        extra = {"cameo_code": code, **({"country_code": country} if country else {})}
        builder.add_actor(code, place=place, label=name.title() or code, kind=kind, attributes=extra)
    return code


def _date(sqldate: str) -> str | None:
    text = sqldate.strip()
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text or None


def _row(
    builder: DocumentBuilder,
    number: int,
    row: dict[str, str],
) -> None:
    place = f"line {number}"
    source = _actor(builder, row, 1, place)
    target = _actor(builder, row, 2, place)
    if source is None or target is None:
        builder.report.skip(place, "the event has only one actor")
        return
    code = row.get("EventCode", "").strip()
    relation = relation_of(code) if code else None
    if code and relation is None:
        builder.report.warn(f'unknown CAMEO event code "{code[:10]}" kept as the relation')
    category: str | None = row.get("QuadClass", "").strip() or None
    if category is None and code:
        category = category_of(code)
    url = row.get("SOURCEURL", "").strip()
    evidence = [Evidence(article=builder.url_article(url))] if url else None
    used = {"SQLDATE", "SOURCEURL", "EventCode", "QuadClass", "GLOBALEVENTID"}
    attributes: dict[str, Any] = {k: v.strip() for k, v in row.items() if k not in used and v.strip()}
    event_id = row.get("GLOBALEVENTID", "").strip()
    builder.add_statement(
        source,
        target,
        place=place,
        statement_id=f"gdelt-{event_id}" if event_id else None,
        relation=relation or code or None,
        category=category,
        date=_date(row.get("SQLDATE", "")),
        evidence=evidence,
        attributes={"EventCode": code, **attributes} if code else attributes,
    )

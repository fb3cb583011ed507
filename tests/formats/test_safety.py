"""Hostile and broken files: XML bombs, external entities, limits, cancel, and fuzzing.

Every reader must raise only ``FormatError`` (a ``MapError``), never anything else, and never hang.
"""

from __future__ import annotations

import contextlib
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapviewer.formats.errors import FormatError, FormatLimitError, ImportCancelled
from mapviewer.formats.fuzzing import FUZZ_LIMITS, READERS, mutate, seeds
from mapviewer.formats.graphml import read_graphml
from mapviewer.formats.registry import read_any, read_bytes
from mapviewer.formats.report import Limits
from tests.formats.helpers import FIXTURES

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<graphml><graph><node id="&lol3;"/></graph></graphml>"""
QUADRATIC = (
    b'<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "' + b"x" * 50_000 + b'">]>'
    b"<graphml><graph><node id='n'>" + b"&a;" * 1000 + b"</node></graph></graphml>"
)
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE g [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gexf><graph><nodes><node id="a" label="&secret;"/></nodes></graph></gexf>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE graphml SYSTEM "http://example.invalid/graphml.dtd">
<graphml><graph><node id="a"/></graph></graphml>"""
PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE g [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<graphml><graph/></graphml>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, QUADRATIC, EXTERNAL, PARAMETER])
def test_xml_attacks_are_refused_with_a_clear_message(data: bytes) -> None:
    with pytest.raises(FormatError, match="refused") as caught:
        read_bytes(data, file="evil.xml")
    assert caught.value.place.startswith("line ")


def test_external_dtd_is_never_fetched() -> None:
    doc, _ = read_bytes(EXTERNAL_DTD, file="g.graphml")  # expat does not load it; no network
    assert [a.id for a in doc.actors] == ["a"]


def test_xml_syntax_error_names_line_and_column() -> None:
    with pytest.raises(FormatError) as caught:
        read_graphml(b"<graphml>\n  <graph>\n    <node id='a'>\n</graphml>", file="g.graphml")
    assert caught.value.place == "line 4, column 3"
    assert "mismatched tag" in str(caught.value)


def test_size_limits() -> None:
    with pytest.raises(FormatLimitError, match="too big"):
        read_bytes(b"a,b\n" * 100, file="x.csv", limits=Limits(max_bytes=100))
    nodes = b"".join(b"<node id='n%d'/>" % i for i in range(20))
    with pytest.raises(FormatLimitError, match="more than 10 nodes"):
        read_graphml(b"<graphml><graph>" + nodes + b"</graph></graphml>", limits=Limits(max_actors=10))


def test_progress_is_called_and_can_cancel(tmp_path: Path) -> None:
    rows = b"source,target\n" + b"".join(b"a%d,b%d\n" % (i, i) for i in range(3000))
    path = tmp_path / "big.csv"
    path.write_bytes(rows)
    calls: list[tuple[int, int]] = []
    read_any(path, progress=lambda done, total: calls.append((done, total)) is None)
    assert calls
    with pytest.raises(ImportCancelled, match="cancelled"):
        read_any(path, progress=lambda done, total: False)

    def boom(done: int, total: int) -> bool:
        raise RuntimeError("user pressed Cancel")

    with pytest.raises(ImportCancelled, match="user pressed Cancel"):
        read_any(path, progress=boom)


def test_missing_file_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="cannot read"):
        read_any(tmp_path / "nope.graphml")
    with pytest.raises(FormatError, match="unknown file format"):
        read_bytes(b"", file="empty.bin")


def test_zip_with_one_gdelt_file(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "20150218.export.CSV.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FIXTURES / "gdelt1_20150218.export.CSV", "20150218.export.CSV")
    doc, report = read_any(path)
    assert (report.format, len(doc.statements)) == ("gdelt", 3)


def _check(reader: str, data: bytes) -> None:
    function = READERS[reader][0]
    start = time.monotonic()
    with contextlib.suppress(FormatError):  # the one error allowed; anything else fails
        function(data, file=f"fuzz.{reader}", limits=FUZZ_LIMITS)
    assert time.monotonic() - start < 10


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reader=st.sampled_from(sorted(READERS)), data=st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_format_error(reader: str, data: bytes) -> None:
    _check(reader, data)


_SEEDS = {name: seeds(FIXTURES, suffixes) for name, (_, suffixes) in READERS.items()}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    reader=st.sampled_from(sorted(r for r in READERS if _SEEDS[r])),
    index=st.integers(min_value=0, max_value=100),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_mutated_valid_files_raise_only_format_error(reader: str, index: int, seed: int) -> None:
    pool = _SEEDS[reader]
    _check(reader, mutate(pool[index % len(pool)], random.Random(seed)))

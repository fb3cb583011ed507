"""Parse untrusted XML safely (defusedxml) and remember the line and column of every element.

defusedxml refuses entity declarations (billion laughs, quadratic blow-up) and external entities;
expat never fetches a DTD. Element positions let the GraphML and GEXF readers name the exact place
of a problem later, after parsing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import defusedxml
import defusedxml.ElementTree as DET

from mapviewer.formats.errors import FormatError
from mapviewer.formats.report import Ticker

_CHUNK = 256 * 1024


class XmlDocument:
    """A parsed tree and the ``line N, column M`` place of each element."""

    def __init__(self, root: ET.Element, places: dict[int, tuple[int, int]]) -> None:
        self.root = root
        self._places = places

    def place(self, element: ET.Element) -> str:
        """``line N, column M`` of the element's start tag."""
        line, column = self._places.get(id(element), (0, 0))
        return f"line {line}, column {column}" if line else "(unknown place)"


class _Builder(ET.TreeBuilder):
    def __init__(self) -> None:
        super().__init__()
        self.parser: Any = None
        self.places: dict[int, tuple[int, int]] = {}
        self.elements: list[ET.Element] = []  # keeps every element alive, so ids stay unique

    def start(self, tag: Any, attrs: Any) -> ET.Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.places[id(element)] = (
                self.parser.CurrentLineNumber,
                self.parser.CurrentColumnNumber + 1,
            )
        self.elements.append(element)
        return element


def local(tag: object) -> str:
    """The tag without its namespace: ``{http://...}node`` -> ``node``."""
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


def namespace(tag: object) -> str:
    """The namespace of a tag, or ``""``."""
    text = tag if isinstance(tag, str) else ""
    return text[1:].split("}", 1)[0] if text.startswith("{") else ""


def parse_xml(data: bytes, file: str | Path, ticker: Ticker | None = None) -> XmlDocument:
    """Parse ``data``; raise ``FormatError`` with line and column for any problem.

    >>> doc = parse_xml(b"<a><b/></a>", "x.xml")
    >>> [local(e.tag) for e in doc.root], doc.place(doc.root[0])
    (['b'], 'line 1, column 4')
    >>> parse_xml(b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', "x.xml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mapviewer.formats.errors.FormatError: x.xml: line 1, column 25: entity declarations ...
    """
    builder = _Builder()
    parser = DET.DefusedXMLParser(
        target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    builder.parser = parser.parser
    try:
        for offset in range(0, max(len(data), 1), _CHUNK):
            parser.feed(data[offset : offset + _CHUNK])
            if ticker is not None:
                ticker.tick(offset + _CHUNK, len(data), force=True)
        root = parser.close()
    except ET.ParseError as e:
        line, column = e.position
        message = str(e).split(":")[0]
        raise FormatError(file, f"line {line}, column {column + 1}", message) from None
    except defusedxml.EntitiesForbidden as e:
        raise FormatError(
            file,
            _where(parser),
            f"entity declarations are refused (they can expand a small file into gigabytes){_named(e.name)}",
        ) from None
    except defusedxml.ExternalReferenceForbidden as e:
        raise FormatError(
            file, _where(parser), f"references to external files or URLs are refused ({e.sysid})"
        ) from None
    except defusedxml.DefusedXmlException as e:
        raise FormatError(file, _where(parser), f"refused unsafe XML: {e}") from None
    except (ValueError, UnicodeError, RecursionError, LookupError) as e:
        raise FormatError(file, _where(parser), f"cannot read XML: {e}") from None
    return XmlDocument(root, builder.places)


def _where(parser: Any) -> str:
    try:
        expat = parser.parser
        return f"line {expat.CurrentLineNumber}, column {expat.CurrentColumnNumber + 1}"
    except AttributeError:
        return ""


def _named(name: object) -> str:
    return f' (entity "{name}")' if name else ""

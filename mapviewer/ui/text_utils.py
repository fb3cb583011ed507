"""Offsets between Python strings (code points) and Qt documents (UTF-16 code units)."""

from __future__ import annotations


def to_utf16(text: str, index: int) -> int:
    """The Qt position of code point ``index`` in ``text`` (characters outside the BMP count twice).

    >>> to_utf16("a😀b", 2)
    3
    """
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, position: int) -> int:
    """The code point index of Qt position ``position`` in ``text``.

    >>> from_utf16("a😀b", 3)
    2
    """
    units = 0
    for i, ch in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)

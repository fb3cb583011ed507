"""Untrusted text (articles, quotes, labels) on widgets that would otherwise guess rich text."""

from __future__ import annotations

import html


def tooltip_html(*lines: str, italic_last: bool = False) -> str:
    """Escaped HTML for a tooltip. Qt guesses whether a tooltip is rich text; wrapping the escaped
    text in a paragraph forces rich text, so ``<img src=x>`` shows literally.

    >>> tooltip_html("<img src=x>")
    "<p style='white-space:pre-wrap'>&lt;img src=x&gt;</p>"
    """
    parts = [html.escape(line) for line in lines if line]
    if italic_last and len(parts) > 1:
        parts[-1] = f"<i>{parts[-1]}</i>"
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"

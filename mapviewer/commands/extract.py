"""``mapviewer extract ARTICLE -o DRAFT.map.json``: a draft map from an article, without a window.

The article (plain text, HTML or Markdown) is reduced to text; that text is what every quote's
offsets count in, so it is stored with the map: beside it as ``<draft>.article.txt`` (or the
input file itself when it is already that exact text in the same folder), or inline with
``--inline``. The draft is checked by loading it back before the command reports success.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from mapviewer.model import MapError, load_map
from mapviewer.model.io import dump_map, parse_map, write_atomic


def _article_id(path: Path) -> str:
    stem = path.name.split(".")[0]
    return re.sub(r"[^\w-]+", "-", stem).strip("-") or "article"


def main(argv: list[str]) -> int:
    """Write the draft map; exit 0, or 1 with the reason on stderr."""
    parser = argparse.ArgumentParser(
        prog="mapviewer extract",
        description="Extract a draft map of state relations from a news article.",
    )
    parser.add_argument("article", help="article file: .txt, .html or .md")
    parser.add_argument("-o", "--output", required=True, help="the draft *.map.json to write")
    parser.add_argument("--title", default="", help="article title")
    parser.add_argument("--url", default=None, help="article URL")
    parser.add_argument("--publisher", default="", help="outlet")
    parser.add_argument("--date", default=None, help="publication date, ISO (2025-06-13)")
    parser.add_argument("--id", default=None, help="article id (default: from the file name)")
    parser.add_argument("--inline", action="store_true", help="store the text inside the map")
    parser.add_argument(
        "--rules-only", action="store_true", help="only the rules' pairs (no pair model): fewer, surer drafts"
    )
    parser.add_argument("--parser", action="store_true", help="also run the optional spaCy parse stage")
    ns = parser.parse_args(argv)

    from mapviewer.extract import extract
    from mapviewer.extract.text import read_article

    src = Path(ns.article)
    out = Path(ns.output)
    try:
        reduced = read_article(src)
        article_id = ns.id or _article_id(src)
        draft = extract(
            reduced.text,
            article_id=article_id,
            title=ns.title,
            publisher=ns.publisher,
            url=ns.url,
            published=ns.date,
            use_model=not ns.rules_only,
            use_parser=True if ns.parser else None,
        )
        doc = draft.document
        article = doc.articles[0]
        if not ns.inline:
            same_dir = src.resolve().parent == out.resolve().parent
            if same_dir and src.read_bytes() == reduced.text.encode("utf-8"):
                text_path = src.name
            else:
                text_path = out.name.removesuffix(".json").removesuffix(".map") + ".article.txt"
                write_atomic(out.parent / text_path, reduced.text)
            article.text = None
            article.text_path = Path(os.path.relpath(out.parent / text_path, out.parent)).as_posix()
            doc = doc.model_copy(update={"articles": [article]})
        # Leave out empty fields: a reader takes an absent hedge or speaker as null.
        raw = doc.model_dump(mode="json", exclude_none=True)
        write_atomic(out, dump_map(parse_map(json.dumps(raw), out)))
        loaded = load_map(out)
    except MapError as e:
        print(e, file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{out}: cannot write: {e.strerror or e}", file=sys.stderr)
        return 1
    if loaded.problems:
        print(f"{out}: {len(loaded.problems)} problem(s)", file=sys.stderr)
        for p in loaded.problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    n = len(loaded.document.statements)
    print(f"{out}: {n} draft statement(s), {len(loaded.document.actors)} actor(s)")
    return 0

"""Article text to draft statements. No Qt.

Public API: ``extract`` (text -> ``DraftMap``), ``read_article`` (a .txt/.html/.md file -> the
text to store and extract from) and ``merge_drafts`` (accepted draft statements -> an open map).
Heavy data (the gazetteer, pysbd) loads on the first call, never at import.
"""

from mapviewer.extract.merge import merge_drafts
from mapviewer.extract.pipeline import DraftMap, Tier, extract
from mapviewer.extract.text import ReducedText, read_article

__all__ = ["DraftMap", "ReducedText", "Tier", "extract", "merge_drafts", "read_article"]

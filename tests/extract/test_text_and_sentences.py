"""Input reduction (HTML, Markdown) and sentence offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mapviewer.extract.sentences import split_sentences
from mapviewer.extract.text import html_to_text, markdown_to_text, reduce_text


def test_html_blocks_become_paragraphs_and_scripts_vanish() -> None:
    r = html_to_text(
        "<html><head><title>T</title><style>p{}</style></head><body><h1>Head</h1>"
        "<p>Russia &amp; Iran\n  <b>met</b>.</p><script>x()</script><p>Next.</p></body></html>"
    )
    assert r.text == "Head\n\nRussia & Iran met.\n\nNext."


def test_html_source_offsets_point_into_the_raw_file() -> None:
    raw = "<p>Hello</p>\n<p>Russia condemned Israel.</p>"
    r = html_to_text(raw)
    at = r.text.index("Russia")
    assert raw[r.source_offset(at) :].startswith("Russia")


def test_markdown_is_reduced_to_text() -> None:
    assert markdown_to_text("# Title\n\nRussia *condemned* [Israel](http://x).\n").text == (
        "Title\n\nRussia condemned Israel."
    )


def test_plain_text_is_kept() -> None:
    assert reduce_text("  a  b\r\n", "text").text == "  a  b\n"


def test_sentence_offsets_round_trip_on_seed_like_text() -> None:
    text = 'Headline without stop\n\nFirst one. Second one? "Third," he said.\nCaption, Photo: AP'
    sents = split_sentences(text)
    assert [s.kind for s in sents] == ["headline", "body", "body", "body", "caption"]
    for s in sents:
        assert text[s.start : s.end] == s.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .!?\n\r\t"”é😀U.S.')), max_size=200))
def test_sentences_are_exact_substrings(text: str) -> None:
    last = 0
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.text
        assert s.start >= last
        last = s.end


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=200))
def test_html_reduction_never_crashes(raw: str) -> None:
    html_to_text(raw)


def test_a_roundup_headline_is_one_sentence_per_item() -> None:
    text = "Nordic week: drones close Copenhagen airport, Oslo buys British frigates\n\nBody here."
    assert [(s.text, s.kind) for s in split_sentences(text)] == [
        ("Nordic week: drones close Copenhagen airport", "headline"),
        ("Oslo buys British frigates", "headline"),
        ("Body here.", "body"),
    ]


def test_an_ordinary_headline_keeps_its_commas_and_splits_at_semicolons() -> None:
    assert [
        s.text for s in split_sentences("Under pressure from Beijing, Tokyo, Manila and Canberra close ranks")
    ] == ["Under pressure from Beijing, Tokyo, Manila and Canberra close ranks"]
    assert [
        s.text for s in split_sentences("Armenia and Azerbaijan exchange fire; Iran, Russia urge restraint")
    ] == [
        "Armenia and Azerbaijan exchange fire",
        "Iran, Russia urge restraint",
    ]

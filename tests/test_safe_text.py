"""User text is shown as text: Markdown made literal (checked with a CommonMark parser), Plotly tags escaped."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from timeline.safe_text import WORD_JOINER, markdown_literal, plotly_literal

# CommonMark plus the GitHub extensions Streamlit uses (tables, strikethrough, bare links).
MARKDOWN = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "strikethrough", "linkify"])

ATTACKS = [
    "![x](http://evil.example/pixel.png)",
    "[click me](http://evil.example/)",
    "<http://evil.example/> and www.evil.example and mail@evil.example",
    ":red[coloured] :blue-background[box] :small[tiny] :violet-badge[badge]",
    r"$\LaTeX$ and $$x^2$$",
    ":material/home: :smile: :+1: :streamlit:",
    "<img src=x onerror=alert(1)><b>bold</b><script>alert(2)</script>",
    "**bold** _it_ ~~gone~~ `code` | a | b |",
    "# heading\n- item\n1. first\n> quote\n    code block\n---",
    "&lt;entity&gt; &amp; &#58; \\ back\\slash",
]


def _rendered(text: str) -> str:
    return MARKDOWN.render(markdown_literal(text)).replace(WORD_JOINER, "")


def _plain(text: str) -> str:
    words = " ".join(text.split())
    # The rendered side drops every word joiner (those markdown_literal adds), so this side drops a text's own too:
    # invisible either way, and a text of word joiners alone still makes an (empty) paragraph.
    flat = html.escape(words.replace(WORD_JOINER, ""), quote=False).replace('"', "&quot;")  # as markdown-it writes it
    return f"<p>{flat}</p>\n" if words else ""


@pytest.mark.parametrize("text", ATTACKS)
def test_markdown_attacks_render_as_the_text_itself(text):
    assert _rendered(text) == _plain(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_any_text_renders_as_itself(text):
    assert _rendered(text) == _plain(text)


# What Streamlit's Markdown (1.67) still finds in the parsed text, once escapes are resolved: emoji shortcodes
# (remark-emoji), its `:material/` icons, and bare web and e-mail addresses (GitHub's autolink literals).
STREAMLIT_TEXT_PATTERNS = [
    re.compile(r":\+1:|:-1:|:[A-Za-z0-9_-]+:"),
    re.compile(r":material/"),
    re.compile(r"(https?://|www(?=\.))[-.\w]+", re.IGNORECASE),
    re.compile(r"[-.\w+]+@[-\w]+(?:\.[-\w]+)+"),
]


def _parsed_text(source: str) -> str:
    """The text a Markdown parser leaves of a source made by `markdown_literal` (backslash escapes resolved)."""
    return re.sub(r"\\(.)", r"\1", source)


def test_streamlit_only_syntax_is_broken_up():
    text = ":material/home: :smile: :+1: :red[x] http://evil.example WWW.evil.example mail@evil.example"
    parsed = _parsed_text(markdown_literal(text))
    assert parsed.replace(WORD_JOINER, "") == text  # the reader sees the same characters
    for pattern in STREAMLIT_TEXT_PATTERNS:
        assert not pattern.search(parsed), pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([":", "material/", "smile", "+1", "-", "http", "s", "://", "www", ".", "@", "evil",
                                 "example", " ", "_", "[x]", "\\"]), max_size=30).map("".join))
def test_no_streamlit_pattern_survives(text):
    parsed = _parsed_text(markdown_literal(text))
    assert parsed.replace(WORD_JOINER, "") == " ".join(text.split())
    for pattern in STREAMLIT_TEXT_PATTERNS:
        assert not pattern.search(parsed), (pattern, parsed)


def test_markdown_literal_is_one_line():
    assert markdown_literal("a\n\n# b\r\n\tc") == r"a \# b c"
    assert markdown_literal(None) == "None"


def test_plotly_literal_escapes_tags_and_entities():
    assert plotly_literal('<a href="http://evil.example">x</a><br><b>') == (
        '&lt;a href="http://evil.example"&gt;x&lt;/a&gt;&lt;br&gt;&lt;b&gt;')
    assert plotly_literal("&amp; 5 > 3") == "&amp;amp; 5 &gt; 3"
    assert plotly_literal(12) == "12"


def _figure_texts(figure) -> list[str]:
    """Every string Plotly draws as text: legend names, hover, annotations, tick labels."""
    texts = [trace.name or "" for trace in figure.data]
    texts += [str(text) for trace in figure.data for text in (trace.hovertext if trace.hovertext is not None else [])
              if text is not None]
    texts += [annotation.text or "" for annotation in figure.layout.annotations]
    texts += [str(tick) for tick in (figure.layout.yaxis.ticktext or ()) + (figure.layout.xaxis.ticktext or ())]
    return texts


@pytest.mark.parametrize("lane", ["doc_id", "type", "actor"])
def test_chart_text_carries_no_tag_from_user_text(lane):
    from conftest import event

    from timeline import schema
    from timeline.chart import timeline_figure

    attack = '<a href="http://evil.example/">x</a><img src=x><b>b</b><span style="color:red">r</span>'
    frame = schema.from_records([
        event(f"{attack}.txt", 10, "am 3. März 2025", "2025-03-03", f"Label {attack}", title=f"Title {attack}",
              sentence=f"Satz {attack}", actors=(f"Actor {attack}",)),
        event("b.txt", 10, "im Mai 2024", "2024-05", f"Bar {attack}", title="", actors=(f"Actor {attack}",)),
    ])
    texts = _figure_texts(timeline_figure(frame, lane=lane))
    assert any("&lt;a href=" in text for text in texts)
    for text in texts:
        text = re.sub(r'^<span style="color:#[0-9a-f]{6}">■</span> ', "", text)  # the lane's colour square
        assert set(re.findall(r"<\s*/?\s*(\w+)", text)) <= {"br", "b", "i"}, text  # only the chart's own tags

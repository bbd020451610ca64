"""User text made inert for the renderers that read markup in plain strings: Streamlit's Markdown and Plotly's
pseudo-HTML. (Real HTML is escaped where it is built: `timeline.highlight`, `timeline.export`.)

Titles, file names, labels and error messages come from articles anyone can write. Streamlit renders Markdown in
notices, captions, expander and tab labels and radio options: an image there is loaded by every viewer's browser
(also one who opens a shared link), a link leads elsewhere, `:red[...]` colours text, `$...$` is typeset and
`:material/icon:` or `:smile:` become icons. Plotly reads `<a href>`, `<b>`, `<br>` in chart text.
"""

from __future__ import annotations

import html
import re
import string

# CommonMark lets a backslash escape any ASCII punctuation character, and the escaped character is literal text:
# this stops links, images, emphasis, code, HTML, math, autolinks and Streamlit's `:name[...]` directives.
_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
# Streamlit turns emoji shortcodes (`:smile:`), bare web addresses (`http://…`, `www.…`) and e-mail addresses
# into emoji and links in the parsed text, after escapes are resolved: an invisible word joiner after the colon,
# between "www" and its dot and after the "@" breaks those patterns without changing what the reader sees.
_PATTERN_STARTS = re.compile(r"(?<=:)(?=\S)|(?i:(?<=www)(?=\.))|(?<=@)(?=[-\w])")
WORD_JOINER = "\u2060"


def markdown_literal(text: object) -> str:
    """`text` as a Markdown source that displays exactly that text on one line (whitespace runs become one
    space, so that no line can start a heading, list, quote or code block)."""
    flat = " ".join(str(text).split())
    return _PUNCTUATION.sub(r"\\\1", _PATTERN_STARTS.sub(WORD_JOINER, flat))


def plotly_literal(text: object) -> str:
    """`text` for Plotly's chart text (labels, hover, legend, ticks): tags shown as written, never followed.

    Plotly splits its text on tags before it decodes entities, so `&lt;a href=...&gt;` stays text."""
    return html.escape(str(text), quote=False)

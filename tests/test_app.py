"""The dashboard in Streamlit's headless AppTest: sample timeline, pasting, uploading, editing, filtering, exports."""

from __future__ import annotations

import html
import logging
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import dashboard
from streamlit.testing.v1 import AppTest

from timeline.filters import filter_events
from timeline.highlight import FOCUS_STYLE
from timeline.merge import merge_events
from timeline.safe_text import WORD_JOINER

APP = str(Path(__file__).resolve().parent.parent / "app.py")
TIMEOUT = 90

PASTED = ("Berlin, 3. März 2025. Der Bundestag hat am Montag das neue Klimagesetz beschlossen. "
          "Die Regierung hatte den Entwurf im Januar vorgelegt. Das Gesetz soll am 1. Juli 2025 in Kraft treten.")


@pytest.fixture(autouse=True)
def share_db(tmp_path, monkeypatch):
    """Shared timelines go to a throw-away database, never to the user's home."""
    import streamlit as st

    monkeypatch.delenv("TIMELINE_DB_URL", raising=False)
    monkeypatch.setenv("TIMELINE_DB_PATH", str(tmp_path / "shared.sqlite3"))
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


@pytest.fixture
def app() -> AppTest:
    at = dashboard(TIMEOUT).run()
    assert not at.exception, at.exception
    return at


def _table(at: AppTest):
    """The events table as shown (browse or edit mode)."""
    return next(table for table in at.dataframe if table.key == "browse" or table.editing_mode != "read_only")


def _events(at: AppTest):
    return at.session_state["events"]


def _open_tab(at: AppTest, tabs_key: str, label: str | bool) -> None:
    """Switch tabs that build only their open tab (as a click on the tab does), or open such an expander (True)."""
    at.session_state[tabs_key] = label
    at.run()
    assert not at.exception, at.exception


def _shown(source: str) -> str:
    """What a reader sees of a Markdown source made literal by `markdown_literal`."""
    return re.sub(r"\\(.)", r"\1", source).replace(WORD_JOINER, "")


def _messages(at: AppTest, kind: str) -> list[str]:
    return [_shown(element.value) for element in getattr(at, kind)]


def test_sample_timeline_shows_chart_table_and_no_error(app):
    assert app.get("plotly_chart"), "no chart"
    assert len(app.data_editor) == 0  # browsing until "Edit events" is switched on
    assert not _messages(app, "error")
    events = _events(app)
    assert events["doc_id"].nunique() >= 1
    assert events["date_start"].notna().sum() > 0
    assert app.title[0].value == "News timeline"
    assert len(_table(app).value) == len(merge_events(events))


def test_pasting_an_article_adds_its_events(app):
    before = len(_events(app))
    app.sidebar.text_area[0].input(PASTED)
    app.sidebar.text_input[0].input("Klimagesetz")
    app.sidebar.date_input[0].set_value(date(2025, 3, 3))
    app.sidebar.button[0].click().run()
    assert not app.exception
    events = _events(app)
    pasted = events[events["doc_id"] == "pasted-1"]
    assert len(events) > before and len(pasted) >= 2
    assert (pasted["title"] == "Klimagesetz").all()
    assert "2025-07-01" in set(pasted["value"])
    assert any("Klimagesetz" in message for message in _messages(app, "success"))


def test_empty_paste_and_text_without_dates_get_clear_messages(app):
    app.sidebar.text_area[0].input("   ")
    app.sidebar.button[0].click().run()
    assert not app.exception and _messages(app, "error")
    app.sidebar.text_area[0].input("Ein Text ganz ohne Zeitangaben über Katzen und Hunde.")
    app.sidebar.button[0].click().run()
    assert not app.exception
    assert any("No dates" in message for message in _messages(app, "warning"))


def test_uploading_text_files(app):
    assert not app.sidebar.file_uploader  # built when its tab is opened
    _open_tab(app, "source", "Upload files")
    app.sidebar.file_uploader[0].set_value([
        ("klima.txt", PASTED.encode("utf-8"), "text/plain"),
        ("leer.md", b"", "text/markdown"),
    ]).run()
    assert not app.exception
    events = _events(app)
    assert "klima.txt" in set(events["doc_id"])
    assert any("leer.md" in message for message in _messages(app, "error"))


def test_refused_hostile_files_leave_the_rest_of_the_batch_in_place(app):
    import io
    import zipfile

    from timeline.file_reading import MAX_HTML_ELEMENTS, MAX_PARAGRAPHS

    word = io.BytesIO()
    with zipfile.ZipFile(word, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'relationships"><Relationship Id="r" Target="word/document.xml" Type="http://schemas.'
                         'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>')
        archive.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                         'wordprocessingml/2006/main"><w:body>' + "<w:p/>" * (MAX_PARAGRAPHS + 1)
                         + "</w:body></w:document>")
    page = "<html><body><p>Am 3. Mai 2020.</p>" + "<span></span>" * MAX_HTML_ELEMENTS + "</body></html>"
    samples = set(_events(app)["doc_id"])
    _open_tab(app, "source", "Upload files")
    app.sidebar.file_uploader[0].set_value([
        ("leer.docx", word.getvalue(), "application/octet-stream"),
        ("klima.txt", PASTED.encode("utf-8"), "text/plain"),
        ("spans.html", page.encode(), "text/html"),
    ]).run()
    assert not app.exception
    assert set(_events(app)["doc_id"]) == samples | {"klima.txt"}
    errors = _messages(app, "error")
    assert any("leer.docx" in message and f"{MAX_PARAGRAPHS:,} paragraphs" in message for message in errors)
    assert any("spans.html" in message and f"{MAX_HTML_ELEMENTS:,} HTML elements" in message for message in errors)
    assert [status.label for status in app.sidebar.status] == ["1 of 3 file(s) read"]


def test_editing_a_row_changes_the_frame_and_survives_reruns(app):
    app.toggle(key="edit_mode").set_value(True).run()
    assert len(app.data_editor) == 1
    events = _events(app)
    first, second = app.session_state["editor_base"]["ids"][:2]
    deleted = len(app.session_state["editor_members"].get(second, [second]))  # a merged row stands for several
    key = app.session_state["editor_base"]["key"]
    app.session_state[key] = {
        "edited_rows": {0: {"label": "Von Hand korrigiert", "value": "1999-12"}},
        "added_rows": [],
        "deleted_rows": [1],
    }
    app.run()
    assert not app.exception
    edited = _events(app)
    row = edited[edited["event_id"] == first].iloc[0]
    assert (row["label"], row["value"], row["granularity"]) == ("Von Hand korrigiert", "1999-12", "month")
    assert len(edited) == len(events) - deleted
    app.run()  # a rerun neither loses nor re-applies the edits
    assert _events(app).equals(edited)
    assert app.session_state["editor_base"]["key"] == key  # the same table: scroll position and selection stay
    # a second edit further down: the table's delta holds both, each on the row the user meant
    third = app.session_state["editor_base"]["ids"][5]
    app.session_state[key] = {
        "edited_rows": {0: {"label": "Von Hand korrigiert", "value": "1999-12"}, 5: {"label": "Zweite Korrektur"}},
        "added_rows": [],
        "deleted_rows": [1],
    }
    app.run()
    edited = _events(app)
    assert edited.loc[edited["event_id"] == third, "label"].iloc[0] == "Zweite Korrektur"
    assert edited.loc[edited["event_id"] == first, "label"].iloc[0] == "Von Hand korrigiert"
    assert len(edited) == len(events) - deleted  # applied once, not once per rerun


def test_a_new_event_is_one_row_with_its_date_and_label(app):
    app.toggle(key="edit_mode").set_value(True).run()
    key = app.session_state["editor_base"]["key"]
    app.session_state[key] = {"edited_rows": {0: {"label": "Vorher korrigiert"}}, "added_rows": [],
                              "deleted_rows": []}
    total = len(_events(app))
    app.text_input(key="new_event_date").input("21.06.2024")
    next(button for button in app.button if button.proto.label == "Add event").click().run()
    assert len(_events(app)) == total and app.text_input(key="new_event_date").value == "21.06.2024"
    assert any("a label too" in error.value for error in app.error)  # nothing added yet, nothing lost
    app.text_input(key="new_event_label").input("Neues Ereignis")
    next(button for button in app.button if button.proto.label == "Add event").click().run()
    assert not app.exception
    events = _events(app)
    added = events[events["event_id"].str.startswith("manual:")]
    assert list(added["label"]) == ["Neues Ereignis"] and list(added["value"]) == ["2024-06-21"]
    assert len(events) == total + 1 and "Vorher korrigiert" in set(events["label"])  # the table's edit stays
    assert app.text_input(key="new_event_date").value == "" and app.text_input(key="new_event_label").value == ""


def test_filtering_by_text_narrows_chart_and_table(app):
    total = len(_events(app))
    search = next(widget for widget in app.sidebar.text_input if widget.label == "Search")
    search.input("Satellit").run()
    assert not app.exception
    table = _table(app).value
    assert 0 < len(table) < total
    assert list(table["event_id"]) == list(merge_events(filter_events(_events(app), query="Satellit"))["event_id"])
    assert any(f"filtered from {total}" in _shown(caption.value) for caption in app.caption)


def test_exports_are_offered_in_their_tab_only(app):
    assert not app.download_button  # hidden tabs are not built
    _open_tab(app, "view", "Export")
    labels = [button.proto.label for button in app.download_button]
    assert labels == ["CSV", "JSON Lines", "Chart (HTML)", "TimelineJS", "CSV for Excel", "CSV for Excel (semicolons)"]
    assert not any(table.key == "browse" for table in app.dataframe)


def test_edit_mode_survives_a_visit_to_another_tab(app):
    app.toggle(key="edit_mode").set_value(True).run()
    assert len(app.data_editor) == 1
    _open_tab(app, "view", "Article text")
    assert len(app.data_editor) == 0
    _open_tab(app, "view", "Events")
    assert len(app.data_editor) == 1


def test_article_tab_shows_the_focused_article_marked(app):
    shown = [block for block in app.html if not block.value.startswith("<style>")]  # the page's own CSS aside
    assert len(shown) == 1  # the selected event's sentence; the article tab is not built yet
    _open_tab(app, "view", "Article text")
    focus = _events(app).set_index("event_id").loc[app.session_state["focus"]]
    article = max((block.value for block in app.html), key=len)
    assert f'<mark style="{FOCUS_STYLE}"' in article
    assert html.escape(focus["expression"]) in article


def test_lanes_and_compact_axis_switch_without_error(app):
    app.radio(key="lane").set_value("actor").run()
    app.toggle(key="compact").set_value(False).run()
    assert not app.exception and app.get("plotly_chart")


def test_every_label_lets_crowded_lanes_grow(app):
    def hidden() -> str:
        return next((caption.value for caption in app.caption if "labels are hidden" in caption.value), "")

    assert hidden()  # the seed's first screen holds four lanes: crowded ones leave labels to the hover
    app.toggle(key="grow").set_value(True).run()
    assert not app.exception and not hidden()


def test_sharing_reopens_the_edited_timeline(app):
    app.toggle(key="edit_mode").set_value(True).run()
    app.session_state[app.session_state["editor_base"]["key"]] = {"edited_rows": {0: {"label": "Geteilt"}}}
    app.run()
    next(button for button in app.sidebar.button if button.label == "Share this timeline").click().run()
    assert not app.exception
    share_id = app.query_params["timeline"]
    share_id = share_id[0] if isinstance(share_id, list) else share_id
    reopened = dashboard(TIMEOUT)
    reopened.query_params["timeline"] = share_id
    reopened.run()
    assert not reopened.exception and not _messages(reopened, "error")
    assert reopened.session_state["events"].equals(_events(app))
    assert "Geteilt" in set(reopened.session_state["events"]["label"])


def test_a_bad_share_link_says_so_and_shows_the_samples():
    at = dashboard(TIMEOUT)
    at.query_params["timeline"] = "not-a-real-id"
    at.run()
    assert not at.exception
    assert any("not a valid link" in message for message in _messages(at, "error"))
    assert len(_events(at)) > 0


def test_a_new_visitor_gets_the_chart_first_and_the_rest_once_the_browser_has_drawn_it():
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["timeline"] = "not-a-real-id"  # a message from the first run stays for the whole page
    at.run()
    assert not at.exception
    assert at.get("plotly_chart") and not at.sidebar.text_area and not at.dataframe
    assert [element.proto.component_name for element in at.get("bidi_component")] == ["chart_drawn"]
    assert any("not a valid link" in message for message in _messages(at, "error"))
    at.session_state["page_complete"] = True  # what the component's report that the chart is drawn sets
    at.run()
    assert not at.exception and not at.get("bidi_component")
    assert at.sidebar.text_area and len(_table(at).value) > 0
    assert any("not a valid link" in message for message in _messages(at, "error"))
    at.run()
    assert not _messages(at, "error")  # shown once the page was whole


def test_fetching_a_forbidden_address_is_an_error_message(app):
    _open_tab(app, "source", "Web address")
    form_input = next(widget for widget in app.sidebar.text_input if widget.label == "Article address")
    form_input.input("http://127.0.0.1:1/secret")
    next(button for button in app.sidebar.button if button.label == "Fetch article").click().run()
    assert not app.exception
    assert _messages(app, "error")


def test_merging_across_articles_can_be_switched_off(app):
    merged_rows = len(_table(app).value)
    app.sidebar.toggle(key="merge").set_value(False).run()
    assert not app.exception
    assert len(_table(app).value) == len(_events(app)) >= merged_rows


def test_selecting_a_table_row_shows_its_sentence(app):
    third = app.session_state["browse_ids"][2]
    app.session_state["browse"] = {"selection": {"rows": [2], "columns": []}}
    app.run()
    assert not app.exception
    assert app.session_state["focus"] == third
    row = _events(app).set_index("event_id").loc[third]
    assert row["expression"] in app.html[0].value


def test_pasted_text_without_publication_date_says_what_is_not_placed(app):
    app.sidebar.text_area[0].input("Am Mittwoch traf Scholz den Präsidenten. Im Mai 2020 sah er ihn zuletzt.")
    app.sidebar.button[0].click()
    app.run()
    assert not app.exception
    warnings = " ".join(_messages(app, "warning"))
    assert "no publication date found, so 1 expressions" in warnings
    events = app.session_state["events"]
    pasted = events["doc_id"].iloc[-1]  # the article added last
    mine = events[(events["doc_id"] == pasted) & (events["expression"] == "Mittwoch")]
    assert list(mine["anchor"]) == ["unresolved"] and mine["date_start"].isna().all()


# Markdown and Streamlit syntax that would make an image, a link, colour, a formula or an icon of user text.
HOSTILE = ("![pixel](http://evil.example/pixel.png) [click](http://evil.example/) :red[red] $\\LaTeX$ "
           ":material/warning: :smile: <b>bold</b> **strong** www.evil.example")


def _markdown_sources(at: AppTest) -> list[str]:
    """Every text of the page that Streamlit renders as Markdown."""
    kinds = ("caption", "markdown", "success", "info", "warning", "error", "title", "subheader", "header")
    sources = [element.value for kind in kinds for element in getattr(at, kind)]
    return sources + [expander.label for expander in at.expander]


def _assert_all_literal(at: AppTest) -> None:
    """No Markdown text of the page makes a link, image, emphasis, code, directive, icon or formula."""
    from markdown_it import MarkdownIt

    markdown = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "strikethrough", "linkify"])
    for source in _markdown_sources(at):
        tags = set(re.findall(r"<(\w+)", markdown.render(source)))
        assert tags <= {"p", "h1", "h3"}, (source, tags)  # no a, img, strong, em, code
        assert not re.search(r":[\w+-]", source.replace("\\:" + WORD_JOINER, "")), source  # no directive, icon
        assert not re.search(r"(?<!\\)\$", source), source  # no formula


def test_hostile_titles_and_text_are_shown_as_text(app):
    app.sidebar.text_area[0].input(f"{HOSTILE}\nBerlin, 3. März 2025. Am Montag beschloss der Bundestag {HOSTILE}.")
    app.sidebar.text_input[0].input(HOSTILE)
    app.sidebar.button[0].click().run()
    assert not app.exception
    assert any(HOSTILE[:50] in message for message in _messages(app, "success"))  # the title, as written
    pasted = _events(app)[_events(app)["doc_id"] == "pasted-1"]
    app.session_state["focus"] = app.session_state["focus_pick"] = pasted["event_id"].iloc[0]
    app.run()
    _open_tab(app, "view", "Article text")
    _open_tab(app, "article_list", True)  # the sidebar's titles
    assert any(HOSTILE in _shown(source) for source in _markdown_sources(app) if "“" in source)  # event caption
    assert any(_shown(source) == f"• {HOSTILE}" for source in _markdown_sources(app))
    _assert_all_literal(app)
    blocks = [block.value for block in app.html]  # the sentence and the article: escaped HTML
    assert not any("<b>" in block for block in blocks)
    assert any("&lt;b&gt;bold&lt;/b&gt;" in block for block in blocks)

    # A colleague opening the shared link sees the same text, as text.
    next(button for button in app.sidebar.button if button.label == "Share this timeline").click().run()
    share_id = app.query_params["timeline"]
    reopened = dashboard(TIMEOUT)
    reopened.query_params["timeline"] = share_id[0] if isinstance(share_id, list) else share_id
    reopened.session_state["focus"] = reopened.session_state["focus_pick"] = pasted["event_id"].iloc[0]
    reopened.run()
    assert not reopened.exception
    assert any(HOSTILE in _shown(source) for source in _markdown_sources(reopened))
    _assert_all_literal(reopened)


def test_a_failing_page_logs_its_traceback_and_shows_a_message(app, caplog):
    app.session_state["events"] = "not a frame"  # what a bug would leave behind
    with caplog.at_level(logging.ERROR, logger="timeline"):
        app.run()
    assert not app.exception  # no traceback for the user
    assert any("Something went wrong" in message for message in _messages(app, "error"))
    records = [record for record in caplog.records if record.name == "timeline.app"]
    assert records and records[0].exc_info is not None
    assert "Traceback" in caplog.text


def test_sessions_never_see_each_others_articles():
    """Two visitors whose steps interleave (AppTest runs are not thread-safe: two in threads of one process
    trip over its widget registry, so the steps alternate in one thread, as a server's would between reruns)."""
    secret = "Geheimsache {}: Der Vorstand beschloss am 3. März 2025 die Fusion mit der Firma {}."
    sessions = [dashboard(TIMEOUT) for _ in range(2)]
    steps = [
        lambda number, at: at.run(),
        lambda number, at: at.sidebar.text_area[0].input(secret.format(number, number)),
        lambda number, at: at.sidebar.text_input[0].input(f"Geheim {number}"),
        lambda number, at: at.sidebar.button[0].click().run(),
        lambda number, at: at.run(),
        lambda number, at: _open_tab(at, "article_list", True),  # the sidebar's list of titles
    ]
    for step in steps:
        for number, at in enumerate(sessions):
            step(number, at)
    for number, at in enumerate(sessions):
        assert not at.exception
        other = 1 - number
        texts = [document.text for document in at.session_state["documents"].values()]
        assert any(f"Geheimsache {number}" in text for text in texts)
        assert not any(f"Geheimsache {other}" in text for text in texts)
        events = _events(at)
        assert f"Geheim {number}" in set(events["title"]) and f"Geheim {other}" not in set(events["title"])
        shown = " ".join(_shown(source) for source in _markdown_sources(at))
        assert f"Geheim {number}" in shown and f"Geheim {other}" not in shown
    # A third visitor sees neither.
    third = dashboard(TIMEOUT).run()
    assert not {"Geheim 0", "Geheim 1"} & set(_events(third)["title"])


def test_a_batch_of_uploads_gives_one_summary(app):
    _open_tab(app, "source", "Upload files")
    files = [(f"dated-{i}.txt", f"Berlin, {i + 1}. März 2023. Am Mittwoch stritt die Koalition.".encode(), "text/plain")
             for i in range(3)]
    files.append(("undated.txt", "Am Mittwoch traf Scholz den Präsidenten. Im Mai 2020 sah er ihn zuletzt.".encode(),
                  "text/plain"))
    app.sidebar.file_uploader[0].set_value(files).run()
    assert not app.exception
    messages = _messages(app, "warning") + _messages(app, "success")
    assert len(messages) == 1
    assert messages[0].startswith("4 articles: 3 dated from their text, 1 needs a date — set it in Articles")


def test_setting_a_date_in_articles_places_that_articles_events(app):
    app.sidebar.text_area[0].input("Am Mittwoch traf Scholz den Präsidenten. Im Mai 2020 sah er ihn zuletzt.")
    app.sidebar.button[0].click().run()
    _open_tab(app, "view", "Articles")
    table = app.session_state["articles_table"]
    position = list(table["doc_id"]).index("pasted-1")
    assert table["published"].iloc[position] is None
    app.session_state[app.session_state["articles_key"]] = {
        "edited_rows": {position: {"published": "2024-06-21"}}, "added_rows": [], "deleted_rows": []}
    app.run()
    assert not app.exception
    events = _events(app)
    mine = events[(events["doc_id"] == "pasted-1") & (events["expression"] == "Mittwoch")]
    assert list(mine["value"]) == ["2024-06-19"] and mine["date_start"].notna().all()
    table = app.session_state["articles_table"]
    assert table["date_source"].iloc[position] == "typed by the user"

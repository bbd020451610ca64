"""News timeline dashboard: paste, upload or open articles, see their dated events on an interactive timeline,
correct them and export them. Widgets and layout only: everything else lives in the `timeline` library."""

from __future__ import annotations

import html
import logging
from datetime import date
from typing import Any, cast

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from timeline import Document, extract_documents, schema
from timeline.archive import MAX_LIMIT, QUERY_PARAMETERS, Archive, ArchiveError, ArchiveQuery
from timeline.articles import (
    EDITABLE_ARTICLE_COLUMNS,
    article_table,
    batch_summary,
    edited_documents,
    replace_article_rows,
)
from timeline.chart import LANES, Lane, article_colors, timeline_figure
from timeline.datewords import date_in_words
from timeline.edits import EDITOR_COLUMNS, MANUAL_DOC, add_event, apply_edits, editor_view
from timeline.export import chart_html, events_csv, events_jsonl, events_spreadsheet_csv, timelinejs_json
from timeline.fetch import FetchError, fetch_article
from timeline.filters import filter_events, period_bounds
from timeline.highlight import document_html, sentence_html
from timeline.ingest import SUPPORTED_SUFFIXES, IngestError, document_from_text, read_uploads
from timeline.language import available_languages
from timeline.malloc_tuning import limit_malloc_growth, release_free_memory
from timeline.merge import merge_events, merge_groups
from timeline.safe_text import markdown_literal
from timeline.samples import load_samples
from timeline.share import SharedTimeline, ShareError, ShareStore

st.set_page_config(page_title="News timeline", page_icon="🗓️", layout="wide")

# Errors the page catches are logged with their traceback to the server's standard error, for the operator; the
# user sees a message.
logger = logging.getLogger("timeline.app")
if not logging.getLogger("timeline").handlers:  # once per server process, not at every rerun
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("timeline").addHandler(_handler)

# Before the sessions to come: their script runs are threads that glibc would give arenas of their own.
limit_malloc_growth()

LANGUAGE_NAMES = {"de": "German", "en": "English", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch"}
DATE_RANGE = (date(1, 1, 1), date(2200, 12, 31))


# --- library calls, cached -------------------------------------------------------------------------------------

@st.cache_data(show_spinner=False, max_entries=1000)
def extract_cached(doc_id: str, text: str, dct: date | None, lang: str | None, title: str, url: str,
                   dct_source: str = "") -> pd.DataFrame:
    return extract_documents([Document(doc_id=doc_id, text=text, dct=dct, lang=lang, title=title, url=url,
                                       dct_source=dct_source)])


@st.cache_resource(show_spinner=False)
def share_store() -> ShareStore:
    return ShareStore()


@st.cache_data(show_spinner=False)
def samples_cached() -> list[Document]:
    return load_samples()


@st.cache_data(show_spinner=False)
def samples_events() -> pd.DataFrame:
    """The sample articles' events as `add_documents` makes them, made once per server: a new visitor's first page
    gets them in one piece rather than extracted article by article."""
    return schema.conform(pd.concat([extract(document) for document in samples_cached()], ignore_index=True))


def extract(document: Document) -> pd.DataFrame:
    return extract_cached(document.doc_id, document.text, document.dct, document.lang, document.title, document.url,
                          document.dct_source)


# --- session state: the documents, the (edited) events frame, what is in focus ---------------------------------

def init_state() -> None:
    if "documents" in st.session_state:
        return
    st.session_state.documents = {}
    st.session_state.events = schema.empty_frame()
    st.session_state.notices = []
    st.session_state.editor_version = 0
    st.session_state.editor_base = None
    st.session_state.focus = None
    st.session_state.seen_uploads = set()
    share_id = st.query_params.get("timeline")
    if share_id:
        try:
            shared = share_store().load(share_id)
        except ShareError as error:
            notice("error", f"{error} Showing the sample articles instead.")
        else:
            st.session_state.documents = {document.doc_id: document for document in shared.documents}
            st.session_state.events = shared.events
            # a damaged setting falls back to the widget's default rather than breaking the widget
            fits = {"lane": lambda value: isinstance(value, str) and value in LANES,
                    "compact": lambda value: isinstance(value, bool), "grow": lambda value: isinstance(value, bool)}
            for name, fit in fits.items():
                if fit(shared.settings.get(name)):
                    st.session_state[name] = shared.settings[name]
            return
    st.session_state.documents = {document.doc_id: document for document in samples_cached()}
    st.session_state.events = samples_events()


def share() -> None:
    """Save the timeline as it is now (documents, edits, chart settings) and put its id in the page's URL."""
    snapshot = SharedTimeline(
        documents=list(st.session_state.documents.values()),
        events=st.session_state.events,
        settings={"lane": st.session_state.get("lane", "doc_id"), "compact": st.session_state.get("compact", True),
                  "grow": st.session_state.get("grow", False)},
    )
    try:
        share_id = share_store().save(snapshot)
    except ShareError as error:
        notice("error", str(error))
        return
    st.query_params["timeline"] = share_id
    notice("success", f"Shared: this page's address now opens this timeline (id {share_id}). Copy it from the "
                      "address bar.")


def notice(level: str, message: str) -> None:
    st.session_state.notices.append((level, message))


def add_documents(documents: list[Document], announce: bool = True) -> None:
    """Extract each document and put its rows in the working frame (replacing an earlier version of it)."""
    frames = [st.session_state.events]
    extracted = {}
    for document in documents:
        rows = extracted[document.doc_id] = extract(document)
        st.session_state.documents[document.doc_id] = document
        frames[0] = frames[0][frames[0]["doc_id"] != document.doc_id]
        frames.append(rows)
        if announce and len(documents) == 1:
            announce_article(document, rows)
    if announce and len(documents) > 1:  # a batch gets one summary, not a box per article
        summary = batch_summary(documents, extracted)
        notice("warning" if "a date — set" in summary else "success", summary)
    frames = [frame for frame in frames if len(frame)]
    st.session_state.events = schema.conform(pd.concat(frames, ignore_index=True)) if frames else schema.empty_frame()


def announce_article(document: Document, rows: pd.DataFrame) -> None:
    name = document.title or document.doc_id
    name = name if len(name) <= 60 else name[:59].rstrip() + "…"
    dated = int(rows["date_start"].notna().sum())
    unresolved = int((rows["anchor"] == "unresolved").sum())
    if unresolved:
        notice("warning", f"“{name}”: no publication date found, so {unresolved} expressions that count from it "
                          "(“am Mittwoch”, “last month”) are not placed. Set its date in the Articles tab below "
                          "the chart.")
    if rows.empty:
        notice("warning", f"No dates or times found in “{name}”: nothing to put on the timeline.")
    elif dated == 0:
        notice("warning", f"“{name}”: {len(rows)} time expressions found, but none can be placed on the time "
                          "axis (durations, vague or unresolved references); they are listed under the chart.")
    else:
        notice("success", f"“{name}”: {dated} dated events added.")


def titles() -> dict[str, str]:
    return {doc_id: document.title or doc_id for doc_id, document in st.session_state.documents.items()}


def apply_pending_edits() -> None:
    """Apply what the user changed in the events table so far. The table keeps its key and its data while the
    user edits (so it keeps its scroll position and selection); its delta holds every change made to it, and is
    applied to the events as they were when the table was made."""
    base = st.session_state.get("editor_base")
    if not base:
        return
    delta = st.session_state.get(base["key"])
    if not delta or repr(delta) == base["applied"]:
        return
    base["applied"] = repr(delta)
    events, problems = apply_edits(base["events"], base["ids"], delta, titles(), base["members"])
    st.session_state.events = base["output"] = events
    for problem in problems:
        notice("warning", problem)


def focus_from_chart() -> None:
    selection = st.session_state.get("chart")
    points = selection.selection.points if selection else []
    ids = [point.get("customdata") for point in points if point.get("customdata")]
    if ids:
        event_id = ids[0][0] if isinstance(ids[0], list) else ids[0]
        st.session_state.focus = event_id
        st.session_state.focus_pick = event_id


def focus_from_pick() -> None:
    st.session_state.focus = st.session_state.focus_pick


# --- sidebar: adding articles, filters -----------------------------------------------------------------------

def language_options() -> dict[str, str | None]:
    options: dict[str, str | None] = {"Detect automatically": None}
    for code in available_languages():
        options[f"{LANGUAGE_NAMES.get(code, code)} ({code})"] = code
    return options


def paste_form() -> None:
    with st.form("paste", clear_on_submit=True):
        text = st.text_area("Article text", height=180, placeholder="Paste the article here…")
        title = st.text_input("Title (optional)")
        dct = st.date_input("Publication date (optional)", value=None, min_value=DATE_RANGE[0],
                            max_value=DATE_RANGE[1], help="Relative dates (“on Wednesday”, “last year”) are "
                            "anchored on it. Without it, the date is looked for in the text.")
        languages = language_options()
        language = st.selectbox("Language", list(languages))
        if st.form_submit_button("Add to timeline", type="primary"):
            number = sum(doc_id.startswith("pasted") for doc_id in st.session_state.documents) + 1
            try:
                document = document_from_text(text, f"pasted-{number}", title=title, lang=languages[language], dct=dct)
            except IngestError as error:
                notice("error", str(error))
            else:
                add_documents([document])


def upload_files() -> None:
    files = st.file_uploader("Articles", type=[suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES],
                             accept_multiple_files=True, help="Plain text, Markdown, HTML, PDF or Word files.")
    new = [file for file in files or [] if file.file_id not in st.session_state.seen_uploads]
    if not new:
        return
    # Files count as seen only once read: a click elsewhere meanwhile reruns the page, which then reads them again.
    with st.status(f"Reading {len(new)} file(s)…") as status:
        documents, errors = read_uploads(
            ((file.name, file.getvalue()) for file in new),
            progress=lambda number, _: status.update(label=f"Reading file {number} of {len(new)}…"),
        )
        status.update(label="Finding the dates…")
        for error in errors:
            notice("error", error)
        add_documents(documents)
        status.update(label=f"{len(documents)} of {len(new)} file(s) read", state="error" if errors else "complete")
    st.session_state.seen_uploads.update(file.file_id for file in new)


def fetch_form() -> None:
    with st.form("fetch", clear_on_submit=True):
        url = st.text_input("Article address", placeholder="https://…")
        if st.form_submit_button("Fetch article", type="primary"):
            try:
                with st.spinner("Fetching…"):
                    add_documents([fetch_article(url.strip())])
            except (FetchError, IngestError) as error:
                notice("error", str(error))


def sidebar_inputs() -> None:
    st.sidebar.header("Add articles")
    # Only the open tab is built (switching reruns the page), so a first visit does not wait for the uploader.
    paste, upload, link = st.sidebar.tabs(["Paste text", "Upload files", "Web address"], key="source",
                                          on_change="rerun")
    if paste.open:
        with paste:
            paste_form()
    if upload.open:
        with upload:
            upload_files()
    if link.open:
        with link:
            fetch_form()

    st.sidebar.button("Share this timeline", on_click=share, icon=":material/share:",
                      help="Store the articles, your corrections and the chart settings under a link.")
    # Built only when opened (opening reruns the page): a first visit does not wait for it.
    listing = st.sidebar.expander("Articles in the timeline", expanded=False, key="article_list", on_change="rerun")
    if not listing.open:
        return
    with listing:
        for name in titles().values():
            st.caption(f"• {markdown_literal(name)}")
        left, right = st.columns(2)
        if left.button("Remove all", help="Start from an empty timeline."):
            st.session_state.documents = {}
            st.session_state.events = schema.empty_frame()
            st.session_state.focus = None
            st.session_state.editor_version += 1
            st.rerun()
        if right.button("Add samples", help="The bundled sample articles."):
            add_documents(samples_cached(), announce=False)
            st.rerun()


def sidebar_filters(events: pd.DataFrame) -> dict:
    st.sidebar.header("Filter")
    bounds = period_bounds(events)
    start = end = None
    if bounds:
        left, right = st.sidebar.columns(2)
        start = left.date_input("From", value=None, min_value=DATE_RANGE[0], max_value=DATE_RANGE[1],
                                help=f"Events from {bounds[0]:%d %b %Y} to {bounds[1]:%d %b %Y}")
        end = right.date_input("To", value=None, min_value=DATE_RANGE[0], max_value=DATE_RANGE[1])
    names = titles()
    doc_ids = st.sidebar.multiselect("Articles", list(dict.fromkeys(events["doc_id"])),
                                     format_func=lambda doc_id: names.get(doc_id, doc_id), placeholder="All articles")
    types = st.sidebar.multiselect("Type", sorted(set(events["type"]) - {""}), placeholder="All types",
                                   help="DATE, TIME, DURATION or SET (TIMEX3 types)")
    query = st.sidebar.text_input("Search", placeholder="word in label, sentence, title…")
    st.sidebar.toggle("Merge events several articles report", value=True, key="merge",
                      help="One row per event, listing every article that reports it.")
    return {"start": start, "end": end, "doc_ids": doc_ids, "types": types, "query": query}


# --- main area ---------------------------------------------------------------------------------------------

def show_notices(keep: bool = False) -> None:
    """The messages of the last actions, shown once (`keep`: shown again at the next run)."""
    for level, message in st.session_state.notices:  # messages name titles and files: user text, shown as text
        getattr(st, level)(markdown_literal(message))
    if not keep:
        st.session_state.notices = []


def frame_hash(frame: pd.DataFrame) -> int:
    return int(pd.util.hash_pandas_object(frame.astype(str), index=False).sum())


@st.cache_data(show_spinner=False, max_entries=20, hash_funcs={pd.DataFrame: frame_hash})
def merged_view(shown: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """One row per event that several articles report, and the event ids each merged row stands for."""
    ids = list(shown["event_id"])
    members = {ids[group[0]]: [ids[i] for i in group] for group in merge_groups(shown) if len(group) > 1}
    return merge_events(shown), members


@st.cache_resource(show_spinner=False, max_entries=8, hash_funcs={pd.DataFrame: frame_hash})
def figure_cached(shown: pd.DataFrame, lane: Lane, compact: bool, colors: dict[str, str],
                  titles: dict[str, str], grow: bool = False) -> go.Figure:
    """The chart, rebuilt only when the events or the chart settings change (not on every click)."""
    return timeline_figure(shown, lane=lane, compact=compact, colors=colors, titles=titles, grow=grow)


def show_chart(shown: pd.DataFrame, colors: dict[str, str]) -> bool:
    """The chart with its switches; False where there is no dated event to draw."""
    left, middle, right = st.columns([4, 2, 2])
    lane = cast(Lane, left.radio("Lanes", list(LANES), format_func=lambda key: f"Lanes by {LANES[key].lower()}",
                                 horizontal=True, key="lane", label_visibility="collapsed"))
    compact = middle.toggle("Compact axis", value=True, key="compact",
                            help="Hide long empty stretches of time so that distant events stay readable.")
    grow = right.toggle("Every label", value=False, key="grow",
                        help="Crowded lanes grow until every event has its label (the page gets longer). Off, the "
                             "first screen holds four lanes, and labels that do not fit are shown on hover.")
    figure = figure_cached(shown, lane, compact, colors, titles(), grow)
    meta = figure.layout.meta or {}
    if meta.get("events", 0) == 0:
        st.info("No dated events to show" + (" with these filters." if len(shown) else "."))
        return False
    st.plotly_chart(figure, key="chart", on_select=focus_from_chart, selection_mode=("points",),
                    config={"displaylogo": False, "scrollZoom": False}, width="stretch")
    hints = ["Click an event to read its sentence below; drag to zoom, double-click or “all” to see everything."]
    if meta.get("breaks"):
        hints.append("Dotted lines mark stretches of time left out (compact axis; the dates above say how long).")
    if meta.get("clipped"):
        hints.append(f"{meta['clipped']} very long periods are cut to the chart's span (arrows mark where they go on).")
    if meta.get("hidden_labels"):
        hints.append(f"{meta['hidden_labels']} labels are hidden where events crowd: hover to read them, zoom in, "
                     "or switch on “Every label”.")
    if meta.get("grey_articles"):
        hints.append(f"{meta['grey_articles']} articles beyond the first 20 share the colour grey.")
    if meta.get("webgl") and compact:
        hints.append("The axis is not compacted: too many events for it.")
    st.caption(" ".join(hints))
    return True


def show_undated(shown: pd.DataFrame) -> None:
    undated = shown[shown["date_start"].isna()]
    if undated.empty:
        return
    listing = st.expander(f"Not on the time axis: {len(undated)} durations, recurring or vague expressions",
                          key="undated", on_change="rerun")
    if not listing.open:  # its table is built when opened (opening reruns the page), not on every first visit
        return
    with listing:
        st.dataframe(
            pd.DataFrame({
                "As written": undated["expression"],
                "Meaning": [date_in_words(v, g, m) for v, g, m in zip(undated["value"], undated["granularity"],
                                                                      undated["mod"])],
                "Event": undated["label"],
                "Article": undated["title"].where(undated["title"] != "", undated["doc_id"]),
            }),
            hide_index=True, width="stretch",
        )


def show_focus(shown: pd.DataFrame) -> None:
    if shown.empty:
        return
    ids = list(shown["event_id"])
    if st.session_state.get("focus_pick") not in ids:
        st.session_state.focus_pick = st.session_state.focus if st.session_state.focus in ids else ids[0]
    labels = {
        row.event_id: f"{date_in_words(row.value, row.granularity, row.mod)} — {row.label or row.expression}"
        for row in shown.itertuples()
    }
    st.selectbox("Event", ids, key="focus_pick", format_func=lambda event_id: labels[event_id],
                 on_change=focus_from_pick)
    st.session_state.focus = st.session_state.focus_pick
    row = shown[shown["event_id"] == st.session_state.focus_pick].iloc[0]
    if row["sentence"]:
        st.html(sentence_html(row))
    article = row["title"] or row["doc_id"]
    when = date_in_words(str(row["value"]), str(row["granularity"]), str(row["mod"]))
    st.caption(markdown_literal(f"{article} · “{row['expression']}” = {when} · anchored: {row['anchor'] or 'n/a'} "
                                f"· confidence {row['confidence']:.2f}"))


def focus_from_table() -> None:
    """A newly selected row of the events table becomes the event in focus (checked before anything is drawn)."""
    state = st.session_state.get("browse")
    rows = list(state["selection"]["rows"]) if state else []
    if rows == st.session_state.get("browse_seen", []):
        return
    st.session_state.browse_seen = rows
    ids = st.session_state.get("browse_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state.focus = st.session_state.focus_pick = ids[rows[0]]


def show_table(shown: pd.DataFrame) -> None:
    editing = st.toggle("Edit events", key="edit_mode", persist_state="page",  # kept while another tab is open
                        help="Fix a date or a label, delete a wrong row, add one by hand.")
    view = editor_view(shown)
    doc_options = list(titles()) + [MANUAL_DOC]
    column_config = {
        "when": st.column_config.TextColumn("When", width="medium"),
        "value": st.column_config.TextColumn("Date (edit)" if editing else "Value", width="medium",
                                             help="TIMEX3 value or a written date: 2024-06-19, 2024-05, "
                                                  "1961, 2024-SU, 19 June 2024"),
        "label": st.column_config.TextColumn("Event", width="large"),
        "expression": st.column_config.TextColumn("As written", width="small"),
        "doc_id": st.column_config.SelectboxColumn("Article", options=doc_options, default=MANUAL_DOC),
        "granularity": st.column_config.TextColumn("Precision", width="small"),
        "sentence": st.column_config.TextColumn("Sentence", width="large"),
    }
    columns = [column for column in EDITOR_COLUMNS if column != "event_id"]
    if not editing:
        st.caption("Select a row to read its sentence above. Switch on “Edit events” to correct them.")
        st.session_state.browse_ids = list(view["event_id"])
        st.session_state.editor_base = None
        st.dataframe(view, key="browse", on_select="rerun", selection_mode="single-row", hide_index=True,
                     width="stretch", height=420, column_order=columns, column_config=column_config)
        return
    st.caption("Fix a date (e.g. 2024-05, 19 June 2024, 1961) or a label, or delete a wrong row (tick it, then the "
               "bin above the table); add an event below it. The chart and the exports follow.")
    base = st.session_state.get("editor_base")
    signature = st.session_state.get("view_signature")
    edits_forgotten = base is not None and base["key"] not in st.session_state and base["output"] is not base["events"]
    if base is None or base["output"] is not st.session_state.events or base["signature"] != signature \
            or edits_forgotten:
        # new events from elsewhere (an article added or re-anchored, other filters), or the table was not shown
        # for a while (another tab) and Streamlit forgot its edits: a new table made from the events as they are
        st.session_state.editor_version += 1
        base = {"key": f"editor-{st.session_state.editor_version}", "events": st.session_state.events,
                "output": st.session_state.events, "view": view, "ids": list(view["event_id"]),
                "members": st.session_state.get("editor_members"), "signature": signature, "applied": ""}
        st.session_state.editor_base = base
    view, key = base["view"], base["key"]
    # Rows are deleted here and added in the form below: the grid's own new row splits an event in two when Enter
    # moves on to the next new row, and drops the first key typed there.
    st.data_editor(view, key=key, num_rows="delete", hide_index=True, width="stretch", height=420,
                   column_order=columns, disabled=["when", "granularity", "sentence"], column_config=column_config)
    add_event_form(doc_options)


def add_event_from_form() -> None:
    """The form's event goes into the events (after what was changed in the table), or the form keeps what was
    typed and says what is missing."""
    apply_pending_edits()
    state = st.session_state
    events, problem = add_event(state.events, state.new_event_date, state.new_event_label, state.new_event_doc,
                                titles())
    state.new_event_result = ("error", problem) if problem else ("success", f"Added “{state.new_event_label}”.")
    if problem is None:
        state.events = events
        state.new_event_date = state.new_event_label = ""


def add_event_form(doc_options: list[str]) -> None:
    """One new event: Enter in either field adds it, as one row with its date and its label."""
    names = titles()
    with st.form("add_event", border=False, enter_to_submit=True):
        date_column, label_column, doc_column, button_column = st.columns([2, 4, 3, 1.6], vertical_alignment="bottom")
        date_column.text_input("New event's date", key="new_event_date", placeholder="19 June 2024, 2024-05, 1961")
        label_column.text_input("What happened", key="new_event_label", placeholder="the event, in a few words")
        doc_column.selectbox("Article", doc_options, index=len(doc_options) - 1, key="new_event_doc",
                             format_func=lambda doc_id: names.get(doc_id, doc_id))
        button_column.form_submit_button("Add event", on_click=add_event_from_form, width="stretch")
    result = st.session_state.pop("new_event_result", None)
    if result:
        getattr(st, result[0])(markdown_literal(result[1]))  # it quotes the user's words: shown as text


def show_article(events: pd.DataFrame) -> None:
    documents = st.session_state.documents
    if not documents:
        st.info("No article loaded.")
        return
    focus_doc = events.loc[events["event_id"] == st.session_state.focus, "doc_id"]
    ids = list(documents)
    default = ids.index(focus_doc.iloc[0]) if len(focus_doc) and focus_doc.iloc[0] in ids else 0
    names = titles()
    doc_id = st.selectbox("Article", ids, index=default, format_func=lambda key: names[key], key="article_pick")
    document = documents[doc_id]
    rows = events[events["doc_id"] == doc_id]
    dated = int(rows["date_start"].notna().sum())
    language = rows["lang"].iloc[0] if len(rows) else document.lang or "?"
    published = document.dct or (rows["dct"].dropna().iloc[0].date() if rows["dct"].notna().any() else "unknown")
    st.caption(markdown_literal(f"{len(rows)} time expressions, {dated} on the time axis · language: {language} "
                                f"· published: {published}"))
    st.html(document_html(document.text, rows, st.session_state.focus))


def reanchor_articles() -> None:
    """Apply what the user changed in the Articles table: each changed article is extracted again from its
    stored text with the new date, title or language (no re-upload), before the page is drawn; then the table
    gets a fresh key so that the change is not applied twice."""
    key = st.session_state.get("articles_key")
    delta = st.session_state.get(key) if key else None
    if not delta or not delta.get("edited_rows"):
        return
    for document in edited_documents(st.session_state.documents, st.session_state.articles_table,
                                     delta["edited_rows"]):
        st.session_state.documents[document.doc_id] = document
        st.session_state.events = replace_article_rows(st.session_state.events, document.doc_id, extract(document))
    st.session_state.articles_version = st.session_state.get("articles_version", 0) + 1
    st.session_state.editor_version += 1


def show_articles(events: pd.DataFrame) -> None:
    if not st.session_state.documents:
        st.info("No article loaded.")
        return
    table = article_table(st.session_state.documents, events)
    st.session_state.articles_table = table
    missing = int(table["published"].isna().sum())
    st.caption("One row per article. Type a publication date, a title or a language to re-anchor that article at "
               "once (its events are found again in its text; corrections made to them in Events are replaced)."
               + (f" {missing} without a date: their relative dates (“on Monday”) are not placed." if missing else ""))
    key = f"articles-{st.session_state.get('articles_version', 0)}"
    st.session_state.articles_key = key
    languages = [""] + list(available_languages())
    st.data_editor(
        table, key=key, hide_index=True, width="stretch", num_rows="fixed",
        column_order=["title", "published", "date_source", "lang", "placed", "unplaced"],
        disabled=[column for column in table.columns if column not in EDITABLE_ARTICLE_COLUMNS],
        column_config={
            "title": st.column_config.TextColumn("Title", width="large"),
            "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD", min_value=DATE_RANGE[0],
                                                     max_value=DATE_RANGE[1],
                                                     help="The date relative expressions count from."),
            "date_source": st.column_config.TextColumn("Date from", help="Where the date was found."),
            "lang": st.column_config.SelectboxColumn("Language", options=languages),
            "placed": st.column_config.NumberColumn("On the axis", help="Expressions placed on the time axis."),
            "unplaced": st.column_config.NumberColumn("Not placed",
                                                      help="Durations, recurring, vague or unresolved expressions."),
        },
    )


def show_exports(events: pd.DataFrame, shown: pd.DataFrame, colors: dict[str, str]) -> None:
    only_shown = st.checkbox("Only the events shown (filters applied)", value=True, key="export_shown",
                             persist_state="page")
    chosen = shown if only_shown else events
    st.caption(f"{len(chosen)} events, with your corrections.")
    name = "timeline-events"
    columns = st.columns(4)
    # Files are made when a button is clicked, not at every rerun: with thousands of events that costs seconds.
    columns[0].download_button("CSV", lambda: events_csv(chosen), f"{name}.csv", "text/csv",
                               icon=":material/download:", help="The events frame, exactly: `timeline.read_events` "
                               "reads it back. A cell may hold a formula a spreadsheet would run.")
    columns[1].download_button("JSON Lines", lambda: events_jsonl(chosen), f"{name}.jsonl", "application/jsonl",
                               icon=":material/download:")
    columns[2].download_button(
        "Chart (HTML)",
        lambda: chart_html(timeline_figure(chosen, lane=st.session_state.get("lane", "doc_id"),
                                           compact=st.session_state.get("compact", True), colors=colors,
                                           titles=titles(), grow=st.session_state.get("grow", False)),
                           "News timeline", chosen),
        f"{name}.html", "text/html", icon=":material/download:", help="Interactive chart that opens offline.",
    )
    columns[3].download_button("TimelineJS", lambda: timelinejs_json(chosen, "News timeline"),
                               f"{name}-timelinejs.json", "application/json", icon=":material/download:",
                               help="For timeline.knightlab.com (JSON data source).")
    left, right = st.columns(2)
    excel = "UTF-8 with a byte order mark (umlauts open correctly); text that would start a formula gets a leading " \
            "apostrophe."
    left.download_button("CSV for Excel", lambda: events_spreadsheet_csv(chosen), f"{name}-excel.csv", "text/csv",
                         icon=":material/download:", help=excel)
    right.download_button("CSV for Excel (semicolons)", lambda: events_spreadsheet_csv(chosen, delimiter=";"),
                          f"{name}-excel-semicolon.csv", "text/csv", icon=":material/download:",
                          help=excel + " For Excel set to German and other languages that write decimals with a comma.")


# --- "Open an archive": a batch run's Parquet dataset, queried without loading it (timeline.archive) -------------

ARCHIVE_WIDGETS = {"text": "archive_text", "actor": "archive_actor", "doc_id": "archive_article",
                   "start": "archive_from", "end": "archive_to", "limit": "archive_limit"}


@st.cache_resource(show_spinner=False, max_entries=4)
def open_archive(location: str) -> Archive:
    return Archive(location)


def archive_mode() -> bool:
    """The sidebar's switch between the articles added here and an archive (a link with ?archive= opens it)."""
    if "app_mode" not in st.session_state and "archive" in st.query_params:
        st.session_state.app_mode = "Archive"
    archive = st.sidebar.radio("Open", ["Articles", "Archive"], horizontal=True, key="app_mode",
                               label_visibility="collapsed") == "Archive"
    if not archive:  # the address no longer opens the archive
        for name in ("archive", *QUERY_PARAMETERS):
            st.query_params.pop(name, None)
    return archive


def archive_pick() -> None:
    """A click on the chart opens that event's article below."""
    points = st.session_state.archive_chart.selection.points
    ids = [point.get("customdata") for point in points if point.get("customdata")]
    if ids:
        st.session_state.archive_event = ids[0][0] if isinstance(ids[0], list) else ids[0]


def show_archive() -> None:
    # A hosted app names its archive in its secrets, and visitors cannot open another one.
    hosted = st.secrets.get("archive_url", "") if st.secrets.load_if_toml_exists() else ""
    if "archive_location" not in st.session_state:  # first run: the link's query fills the widgets
        st.session_state.archive_location = hosted or st.query_params.get("archive", "")
        linked = ArchiveQuery.from_params(st.query_params.to_dict())
        st.session_state.update({key: getattr(linked, name) for name, key in ARCHIVE_WIDGETS.items()})
    st.sidebar.header("Archive")
    location = st.sidebar.text_input("Archive", key="archive_location", placeholder="folder or URL of a batch run",
                                     help="The --output of `python -m timeline batch`.", disabled=bool(hosted))
    location = hosted or location.strip()
    st.sidebar.text_input("Search", key="archive_text", placeholder="word in label, sentence, title…")
    st.sidebar.text_input("Actor", key="archive_actor", placeholder="part of a name")
    st.sidebar.text_input("Article", key="archive_article", placeholder="doc_id")
    left, right = st.sidebar.columns(2)
    left.date_input("From", key="archive_from", min_value=DATE_RANGE[0], max_value=DATE_RANGE[1])
    right.date_input("To", key="archive_to", min_value=DATE_RANGE[0], max_value=DATE_RANGE[1])
    st.sidebar.number_input("Events drawn at most", 1, MAX_LIMIT, step=50, key="archive_limit",
                            help="The most reported events first.")
    st.title("Archive")
    if not location:
        st.info("Give the folder (or URL) of an archive made with `python -m timeline batch` in the sidebar.")
        return
    try:
        archive = open_archive(location)
    except ArchiveError as error:
        st.error(markdown_literal(str(error)))  # it names the location the user typed
        return
    values: dict[str, Any] = {}
    for name, key in ARCHIVE_WIDGETS.items():
        value = st.session_state[key]
        values[name] = value.strip() if isinstance(value, str) else value
    query = ArchiveQuery(**values)
    st.query_params.from_dict({"archive": location, **query.to_params()})  # the address bar is a link to this view
    overview = archive.overview()
    events, total = archive.query(query)
    st.caption(f"{overview.events:,} events from {overview.documents:,} articles · {total:,} match · "
               f"the {len(events):,} most reported drawn. Copy the address to share this view.")
    if events.empty:
        st.info("No dated events match.")
        return
    titles = archive.titles(list(dict.fromkeys(doc for sources in events["sources"] for doc in sources)))
    st.plotly_chart(timeline_figure(events, lane="type", titles=titles), key="archive_chart", on_select=archive_pick,
                    selection_mode=("points",), config={"displaylogo": False, "scrollZoom": False}, width="stretch")
    labels = {row.event_id: f"{date_in_words(row.value, row.granularity) or row.value} · {row.label}"
              for row in events.itertuples()}
    if st.session_state.get("archive_event") not in labels:
        st.session_state.archive_event = next(iter(labels))
    event_id = st.selectbox("Open an event's article (or click it)", list(labels), format_func=labels.__getitem__,
                            key="archive_event")
    row = events[events["event_id"] == event_id].iloc[0]
    document = archive.document(row["doc_id"])
    if document is None:
        st.warning("The archive does not hold this article's text.")
        return
    others = ", ".join(titles.get(doc, doc) for doc in row["sources"][1:])
    st.html(f"<h3>{html.escape(document['title'] or document['doc_id'])}</h3>"  # user text: escaped, never Markdown
            + (f"<p><small>Also reported by: {html.escape(others)}</small></p>" if others else ""))
    rows, _ = archive.query(ArchiveQuery(doc_id=row["doc_id"], limit=MAX_LIMIT))
    st.html(document_html(document["text"], rows[rows["doc_id"] == row["doc_id"]], event_id))


# A new visitor's first run draws the chart and little else; the browser says when the chart is drawn, and the
# rerun that follows builds the rest (the sidebar's forms and filters, the event view, the tabs). Built at once,
# their scripts (the table's alone is 1.7 MB) loaded and ran in the browser alongside Plotly's, and the chart waited.
CHART_DRAWN_JS = """
export default function ({ setTriggerValue }) {
    let waited = 0;
    const timer = setInterval(() => {
        waited += 50;
        // the chart's traces are drawn (then painted); or they never will be (a script failed): the page is
        // completed anyway
        if (document.querySelector('.js-plotly-plot .scatterlayer .trace') || waited >= 20000) {
            clearInterval(timer);
            requestAnimationFrame(() => setTimeout(() => setTriggerValue('drawn', true)));
        }
    }, 50);
    return () => clearInterval(timer);
}
"""
NO_FILTERS: dict[str, Any] = {"start": None, "end": None, "doc_ids": [], "types": [], "query": ""}


def complete_page() -> None:
    st.session_state.page_complete = True


def main() -> None:
    if archive_mode():
        show_archive()
        return
    init_state()
    apply_pending_edits()
    reanchor_articles()
    focus_from_table()
    first_screen = not st.session_state.get("page_complete") and not st.session_state.events.empty
    if not first_screen:
        sidebar_inputs()
    events: pd.DataFrame = st.session_state.events  # with the articles just added
    filters = NO_FILTERS if first_screen else sidebar_filters(events)

    # Less empty room above the title than Streamlit leaves, so that the chart's first lanes are on the first screen.
    st.html("<style>[data-testid='stMainBlockContainer'] {padding-top: 2.5rem;}</style>")
    st.title("News timeline")
    st.caption("Every date in the articles, found, normalized and placed on a timeline. "
               "Add articles in the sidebar; correct events in the table below.")
    show_notices(keep=first_screen)
    if events.empty:
        st.info("No events yet. Paste an article or upload files in the sidebar.")
        return
    shown = filter_events(events, **filters)
    filtered = len(shown)
    members: dict[str, list[str]] = {}
    merge = st.session_state.get("merge", True)  # the sidebar's switch (not built yet on the first screen)
    if merge and shown["doc_id"].nunique() > 1:
        shown, members = merged_view(shown)
    st.session_state.editor_members = members
    st.session_state.view_signature = repr((filters, merge))
    colors = article_colors(events["doc_id"])
    dated = int(shown["date_start"].notna().sum())
    merged = sum(len(ids) - 1 for ids in members.values())
    st.caption(f"{shown['doc_id'].nunique()} articles · {len(shown)} time expressions · {dated} on the time axis"
               + ("" if filtered == len(events) else f" (filtered from {len(events)})")
               + (f" · {len(members)} events reported by several articles ({merged} rows merged)" if members else ""))
    drawn = show_chart(shown, colors)
    if first_screen:
        if not drawn:  # nothing for the browser to draw first
            complete_page()
            st.rerun()
        with st.container(key="first_screen"):  # gone once the page is complete
            st.components.v2.component("chart_drawn", js=CHART_DRAWN_JS)(key="chart_drawn",
                                                                         on_drawn_change=complete_page)
        return
    show_undated(shown)
    st.subheader("Selected event")
    show_focus(shown)
    # Only the open tab is built: the article's highlighted text and the export buttons cost time the table's
    # readers need not wait for (switching tabs reruns the page).
    table, articles, article, export = st.tabs(["Events", "Articles", "Article text", "Export"], key="view",
                                               on_change="rerun")
    if table.open:
        with table:
            show_table(shown)
    if articles.open:
        with articles:
            show_articles(events)
    if article.open:
        with article:
            show_article(events)
    if export.open:
        with export:
            show_exports(events, shown, colors)


try:
    main()
except Exception as error:  # the user gets a message naming the problem, the operator's log the traceback
    logger.exception("The page failed: %s", type(error).__name__)
    st.error(markdown_literal(f"Something went wrong: {type(error).__name__}: {error}. Reload the page to start "
                              "again."))
finally:  # what this run freed goes back to the system rather than staying scattered in malloc's arenas
    release_free_memory()

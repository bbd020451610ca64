"""Editing the events table in a real browser (Debian's chromium through Playwright): an edit after scrolling
changes the row the user clicked and the table keeps its place and selection, and Enter in the new-event form
adds one event with its date and its label (never a label-only and a date-only row).

The table is a canvas grid; its accessibility table (`#glide-cell-<column>-<row>`, `aria-selected`) says which
cell is selected and what each row in view holds, and the chart's data says what the server made of an edit.
Every step waits for such a condition, never for a fixed time."""

from __future__ import annotations

import re

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

from conftest import ROOT, WAIT_MS, wait_until_idle  # noqa: E402

ARTIFACTS = ROOT / "artifacts"
STEP_MS = 20_000
WHEN, DATE, LABEL, WRITTEN = 1, 2, 3, 4  # the grid's column numbers (0 holds the row markers)

# The events table in edit mode: the grid with a "Date (edit)" column.
GRID = """[...document.querySelectorAll('[data-testid="stDataFrame"]')]
  .find(grid => [...grid.querySelectorAll('th')].some(th => th.textContent === 'Date (edit)'))"""
CELL = f"(column, row) => {GRID}.querySelector(`#glide-cell-${{column}}-${{row}}`)"
CELL_TEXT = f"([column, row]) => ({CELL})(column, row)?.textContent ?? null"
SELECTED = f"""() => {{
  const cell = {GRID}.querySelector('td[aria-selected="true"]');
  return cell ? cell.id.split('-').slice(2).map(Number) : null;
}}"""
IS_SELECTED = f"(cell) => String(({SELECTED})()) === String(cell)"
SCROLL_TOP = f"() => {GRID}.querySelector('.dvn-scroller').scrollTop"
# The hover texts of the drawn events that contain a text (the figure as the server last sent it).
HOVERS_WITH = """(text) => {
  const plot = document.querySelector('.js-plotly-plot');
  return plot.data.flatMap(trace => Array.from(trace.hovertext || [])).filter(h => h && h.includes(text));
}"""


def _open_editor(browser, server_url):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(server_url)
    wait_until_idle(page)
    page.get_by_text("Edit events", exact=True).click()
    page.get_by_text("Fix a date (e.g.").wait_for(timeout=WAIT_MS)
    page.wait_for_function(f"() => !!{GRID}?.querySelector('#glide-cell-{LABEL}-0')", timeout=WAIT_MS)
    wait_until_idle(page)
    _grid(page).scroll_into_view_if_needed()
    return page


def _grid(page):
    return page.locator('[data-testid="stDataFrame"]').filter(has=page.locator('th:text-is("Date (edit)")'))


def _text(page, column: int, row: int) -> str | None:
    return page.evaluate(CELL_TEXT, [column, row])


def _scroll_to(page, row: int) -> None:
    """Scroll the table (not the page) so that `row` is the first row in view."""
    page.evaluate(f"(top) => {{ {GRID}.querySelector('.dvn-scroller').scrollTop = top; }}", row * 35)
    page.wait_for_function(f"(row) => !!({CELL})({WHEN}, row) && !({CELL})({WHEN}, 0)", arg=row, timeout=STEP_MS)


def _select(page, column: int, row: int) -> None:
    """Click the row's "When" cell where the grid draws it now, then move to `column` with the arrow keys; each
    step waits until the grid says that cell is selected (a click that landed elsewhere fails here)."""
    box = _grid(page).bounding_box()
    header = page.evaluate(f"() => {GRID}.querySelector('canvas').getBoundingClientRect().top") - box["y"]
    y = box["y"] + header + 35 * (row + 1) + 17 - page.evaluate(SCROLL_TOP)
    page.mouse.click(box["x"] + 80, y)
    page.wait_for_function(IS_SELECTED, arg=[WHEN, row], timeout=STEP_MS)
    for step in range(WHEN + 1, column + 1):
        page.keyboard.press("ArrowRight")
        page.wait_for_function(IS_SELECTED, arg=[step, row], timeout=STEP_MS)


def _replace(page, column: int, row: int, text: str) -> None:
    _select(page, column, row)
    page.keyboard.press("Enter")  # open the cell's editor on its text
    editor = page.locator('[id^="gdg-overlay"] textarea')
    editor.fill(text)  # waits for the editor, replaces its text, as typing does
    sync_api.expect(editor).to_have_value(text, timeout=STEP_MS)
    editor.press("Enter")
    page.locator('[id^="gdg-overlay"]').wait_for(state="detached", timeout=STEP_MS)
    page.wait_for_function(f"([column, row, text]) => ({CELL_TEXT})([column, row]) === text", arg=[column, row, text],
                           timeout=STEP_MS)


def _on_chart(page, text: str) -> list[str]:
    """Wait until the server has drawn an event whose hover holds `text`; its hover texts."""
    page.wait_for_function(f"(text) => ({HOVERS_WITH})(text).length > 0", arg=text, timeout=WAIT_MS)
    wait_until_idle(page)
    return page.evaluate(HOVERS_WITH, text)


def _dated_row(page, first: int) -> int:
    """The first row from `first` on whose date is a calendar date (so the event is on the chart)."""
    for row in range(first, first + 8):
        if re.fullmatch(r"\d{4}(-\d\d){0,2}", _text(page, DATE, row) or ""):
            return row
    raise AssertionError(f"no dated row among rows {first} to {first + 7}")


def test_edit_scroll_and_edit_again_changes_the_row_meant(browser, server_url):
    page = _open_editor(browser, server_url)
    try:
        first = _dated_row(page, 1)
        _replace(page, LABEL, first, "Erste Korrektur")
        assert page.evaluate(SELECTED) == [LABEL, first + 1]  # Enter moved on one row, as in a spreadsheet
        _on_chart(page, "Erste Korrektur")  # the server has applied it and redrawn the page
        assert page.evaluate(SCROLL_TOP) == 0 and _text(page, LABEL, first) == "Erste Korrektur"

        _scroll_to(page, 25)
        second = _dated_row(page, 29)
        when, written = _text(page, WHEN, second), _text(page, WRITTEN, second)
        _replace(page, LABEL, second, "Zweite Korrektur")
        hovers = _on_chart(page, "Zweite Korrektur")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "edit-scroll-edit.png"))
        # the table kept its place and its selection through the page's rerun
        assert page.evaluate(SCROLL_TOP) == 25 * 35
        assert page.evaluate(SELECTED) == [LABEL, second + 1]
        assert _text(page, LABEL, second) == "Zweite Korrektur"
        # the server changed the event the clicked row showed, and only that one
        assert len(hovers) == 1 or len(set(hovers)) == 1, hovers
        assert f"“{written}” → {when}" in hovers[0], (hovers[0], written, when)
        first_hover = page.evaluate(HOVERS_WITH, "Erste Korrektur")
        assert first_hover and "Zweite" not in first_hover[0]
    finally:
        page.close()


def _expressions(page) -> int:
    return int(re.search(r"(\d+) time expressions", page.get_by_text(" time expressions ").first.text_content())[1])


def test_enter_in_a_new_event_adds_it_once_with_its_date_and_label(browser, server_url):
    page = _open_editor(browser, server_url)
    try:
        expressions = _expressions(page)
        rows = page.evaluate(f"() => Number(({GRID}).querySelector('table').getAttribute('aria-rowcount'))")
        date_field = page.get_by_label("New event's date")
        date_field.scroll_into_view_if_needed()
        date_field.click()
        page.keyboard.type("1 July 2024")
        page.keyboard.press("Enter")  # too early: there is no label yet
        page.get_by_text("Give the new event a label too.").wait_for(timeout=WAIT_MS)
        wait_until_idle(page)
        assert date_field.input_value() == "1 July 2024" and _expressions(page) == expressions
        page.get_by_label("What happened").click()
        page.keyboard.type("Neues Ereignis von Hand")
        page.keyboard.press("Enter")
        hovers = _on_chart(page, "Neues Ereignis von Hand")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "edit-new-event.png"))
        assert len(hovers) == 1 and "“1 July 2024” → 1 July 2024" in hovers[0], hovers  # one event, its date
        sync_api.expect(page.get_by_text(" time expressions ").first).to_contain_text(
            f"{expressions + 1} time expressions", timeout=STEP_MS)
        assert date_field.input_value() == "" and page.get_by_label("What happened").input_value() == ""
        # the table shows it as one more row, with its date and its label (the new table opens at its top)
        page.wait_for_function(f"(rows) => Number(({GRID})?.querySelector('table')?.getAttribute('aria-rowcount')) "
                               "=== rows + 1", arg=rows, timeout=STEP_MS)
        page.evaluate(f"() => {{ ({GRID}).querySelector('.dvn-scroller').scrollTop = 1e6; }}")
        row = page.wait_for_function(f"() => [...({GRID}).querySelectorAll('tbody tr')].map(row => row.textContent)"
                                     ".find(text => text.includes('Neues Ereignis von Hand'))", timeout=STEP_MS)
        assert row.json_value().startswith("1 July 20242024-07-01Neues Ereignis von Hand"), row.json_value()
    finally:
        page.close()

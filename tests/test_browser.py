"""The dashboard in a real browser (Debian's chromium through Playwright): it loads, draws the sample timeline,
answers a click on an event, takes an uploaded file, and keeps hostile articles inert.

Screenshots go to artifacts/ (ignored by git); `python benchmarks/screenshots.py` refreshes the README's images."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

from conftest import ROOT, WAIT_MS, open_tab, save_screenshots, wait_until_idle  # noqa: E402

ARTIFACTS = ROOT / "artifacts"
expect = sync_api.expect


def open_dashboard(browser, server_url, **context_options):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, **context_options)
    page = context.new_page()
    page.goto(server_url)
    wait_until_idle(page)
    return context, page


@pytest.fixture
def page(browser, server_url):
    context, page = open_dashboard(browser, server_url)
    yield page
    context.close()


def test_dashboard_renders_the_sample_timeline(page):
    assert page.locator(".js-plotly-plot").count() >= 1
    assert page.get_by_text("News timeline").first.is_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator(".js-plotly-plot .scatterlayer .trace").count() > 0
    save_screenshots(page, ARTIFACTS)


def test_html_in_labels_is_not_rendered(page):
    assert page.locator(".js-plotly-plot script").count() == 0
    assert page.locator('[data-testid="stHtml"] script').count() == 0


def test_clicking_an_event_shows_its_sentence(page):
    point = page.locator(".js-plotly-plot .subplot.xy .scatterlayer .trace .points path.point").first
    point.scroll_into_view_if_needed()
    box = point.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)  # Plotly's drag layer receives the events, not the point itself
    hover = page.locator(".js-plotly-plot .hoverlayer .hovertext").first
    hover.wait_for(state="visible", timeout=10_000)
    expression = hover.text_content().split("“", 1)[1].split("”", 1)[0]
    page.mouse.click(x, y)
    marked = page.locator('[data-testid="stHtml"] mark').first
    expect(marked).to_contain_text(expression[:20], timeout=WAIT_MS)  # the rerun the click starts has shown it


def test_uploading_a_file_through_the_page(page, tmp_path):
    article = tmp_path / "klimagesetz.txt"
    article.write_text(
        "Klimagesetz beschlossen\nBerlin, 3. März 2025. Der Bundestag hat am Montag das Klimagesetz beschlossen. "
        "Es soll am 1. Juli 2025 in Kraft treten.",
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Upload files").click()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(article))
    expect(page.locator('[data-testid="stAlert"]', has_text="Klimagesetz beschlossen")).to_contain_text(
        "dated events added", timeout=WAIT_MS)
    # The chart is redrawn after the script's run has ended: wait for the new lane name (the chart's legend).
    expect(page.locator(".js-plotly-plot g.yaxislayer-above").first).to_contain_text("Klimagesetz beschlossen",
                                                                                      timeout=WAIT_MS)


# --- hostile articles ----------------------------------------------------------------------------------------

# Each attack, if it were rendered as Markdown or HTML, would no longer read as written: the test finds every one
# of them as plain text on the page. The pieces carry "evil.example" so that any image or link made of them shows.
ATTACKS = [
    "![pixel](http://evil.example/pixel.png)",
    "[click](http://evil.example/)",
    ":red[coloured]",
    "$\\LaTeX$",
    ":material/skull:",
    ":smile:",
    "<b>bold</b>",
    '<img src="http://evil.example/x.png" onerror="alert(1)">',
    '<a href="http://evil.example/">link</a>',
    "**strong**",
]
TITLE = "Angriff " + " ".join(ATTACKS[:7])
BODY = "Berlin, 3. März 2025. " + " ".join(
    f"Am {day}. März 2025 meldete der Rat {attack} neue Zahlen." for day, attack in enumerate(ATTACKS, start=4)
)
FILE_NAME = "Datei <img src=x onerror=alert(2)> [f](http:evil.example) :blue[blau] $x$.txt"
FILE_TEXT = "Berlin, 5. März 2025. Am 6. März 2025 sagte der Rat <a href=\"http://evil.example/\">hier</a> ab."

# Every URL-bearing attribute and element the page has; none may come from user text.
_URLS_FROM_PAGE = """() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const name of ['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'background', 'poster']) {
      const value = element.getAttribute(name);
      if (value) found.push(element.tagName + ' ' + name + '=' + value);
    }
    const style = element.getAttribute('style') || '';
    if (/url\\(/i.test(style)) found.push(element.tagName + ' style=' + style);
  }
  return found;
}"""

# Elements that only Markdown or HTML in a text could have made, holding one of the attack's words.
_MADE_FROM_TEXT = """(words) => {
  const bad = [];
  const selector = 'a, img, strong, em, b, i, del, code, .katex, [data-testid="stIconMaterial"], '
    + 'span[style*="color"], span[class*="colored"]';
  for (const element of document.querySelectorAll(selector)) {  // the whole page: drop-down lists are outside the app
    if (element.closest('.js-plotly-plot')) continue;  // the chart's own <b> in hover labels is checked apart
    const text = element.textContent || element.getAttribute('alt') || '';
    if (element.tagName === 'IMG' || words.some(word => text.includes(word))) {
      const where = element.closest('[data-testid^="st"]');
      bad.push((where ? where.getAttribute('data-testid') + ': ' : '') + element.outerHTML.slice(0, 200));
    }
  }
  return bad;
}"""


def _page_text(page) -> str:
    """Everything a reader sees as text (word joiners, which keep shortcodes from matching, are invisible)."""
    return page.evaluate("document.body.innerText").replace("\u2060", "")


def test_hostile_articles_stay_inert(browser, server_url, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    dialogs: list[str] = []
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("websocket", lambda socket: requests.append(socket.url))
    try:
        page.goto(server_url)
        wait_until_idle(page)
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_label("Article text").fill(BODY)
        sidebar.get_by_label("Title (optional)").fill(TITLE)
        sidebar.get_by_role("button", name="Add to timeline").click()
        expect(page.locator('[data-testid="stAlert"]', has_text="dated events added")).to_be_visible(timeout=WAIT_MS)
        wait_until_idle(page)
        notices = page.locator('[data-testid="stAlert"]').all_inner_texts()
        assert any(TITLE[:50] in notice.replace("\u2060", "") for notice in notices), notices

        sidebar.get_by_role("tab", name="Upload files").click()
        upload = tmp_path / FILE_NAME
        upload.write_text(FILE_TEXT, encoding="utf-8")
        sidebar.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
        expect(page.locator('[data-testid="stAlert"]', has_text="dated events added")).to_be_visible(timeout=WAIT_MS)
        wait_until_idle(page)

        sidebar.get_by_text("Articles in the timeline").click()  # the list of titles
        expect(sidebar).to_contain_text("Angriff", timeout=WAIT_MS)
        text = _page_text(page)
        assert TITLE in text  # the whole title, as written, in the sidebar's list
        assert FILE_TEXT.split(". ", 1)[0] in text or "Datei" in text

        words = ["evil.example", "coloured", "bold", "strong", "LaTeX", "skull", "smile", "link", "pixel", "blau"]
        sidebar.get_by_test_id("stMultiSelect").filter(has_text="Articles").click()  # the filter's article list
        page.keyboard.type("Angriff")  # the list shows only its first options; typing narrows it to this article
        expect(page.get_by_role("option", name=re.compile("Angriff"))).to_be_visible(timeout=WAIT_MS)
        assert page.evaluate(_MADE_FROM_TEXT, words) == []
        page.keyboard.press("Escape")

        # The event picker and the article view of the hostile article.
        picker = page.get_by_test_id("stSelectbox").filter(has_text="Event")
        picker.click()
        page.keyboard.type("coloured")  # the select box filters its options as one types
        options = page.get_by_role("option")
        expect(options.first).to_contain_text("coloured", timeout=WAIT_MS)
        option_texts = options.all_inner_texts()
        options.first.click()
        wait_until_idle(page)
        open_tab(page, "Article text", page.locator('[data-testid="stHtml"] mark').first)
        wait_until_idle(page)
        open_tab(page, "Export", page.get_by_role("button", name="CSV for Excel", exact=True))
        wait_until_idle(page)

        # Hover every drawn event of the hostile article's lane: Plotly shows the label, never a link.
        points = page.locator(".js-plotly-plot .subplot.xy .scatterlayer .trace .points path.point")
        for index in range(min(points.count(), 12)):
            box = points.nth(index).bounding_box()
            if box:
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        text = _page_text(page)
        for attack in ATTACKS[:7]:  # the title's attacks, as written (the article view holds the rest)
            assert attack in text, attack
        assert "coloured" in " ".join(option_texts)

        assert page.evaluate(_MADE_FROM_TEXT, words) == []
        assert page.locator(".js-plotly-plot a").count() == 0
        assert not [url for url in page.evaluate(_URLS_FROM_PAGE) if "evil" in url or "javascript:" in url.lower()]
        assert page.locator('[data-testid="stException"]').count() == 0
        save_screenshots(page, ARTIFACTS / "hostile")
    finally:
        context.close()
    assert dialogs == []
    app = urlsplit(server_url).netloc
    foreign = [url for url in requests if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != app]
    assert foreign == []
    assert any(re.search(r"/_stcore/", url) for url in requests)  # the recording itself worked


def test_two_visitors_at_once_never_see_each_others_articles(browser, server_url):
    """Two sessions on one server add their articles at the same moment: each sees its own and not the other's."""
    secret = "Geheimsache {0}. Berlin, 3. März 2025. Der Vorstand beschloss am Montag die Fusion mit der Firma {0}."
    visitors = [open_dashboard(browser, server_url) for _ in range(2)]
    try:
        for number, (_, page) in enumerate(visitors):
            sidebar = page.locator('[data-testid="stSidebar"]')
            sidebar.get_by_label("Article text").fill(secret.format(number))
            sidebar.get_by_label("Title (optional)").fill(f"Geheim {number}")
        for _, page in visitors:  # both submitted before either is waited for: the server runs them together
            page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Add to timeline").click()
        for number, (_, page) in enumerate(visitors):
            lanes = page.locator(".js-plotly-plot g.yaxislayer-above").first
            expect(lanes).to_contain_text(f"Geheim {number}", timeout=WAIT_MS)
            wait_until_idle(page)
            assert f"Geheim {1 - number}" not in lanes.text_content()
            assert f"Geheim {1 - number}" not in _page_text(page)
    finally:
        for context, _ in visitors:
            context.close()

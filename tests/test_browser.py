"""The built site in a real browser: navigation, search, the 404 page and axe-core scans in
light mode, dark mode and at 375 px, with full-page screenshots for people to look at."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_support import BASE_URL, CHROMIUM_ARGS, SCREENSHOTS, built_site, chromium_path, serve
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Response,
    sync_playwright,
)

pytestmark = pytest.mark.browser

ARTICLE = "articles/000_ffec9fcf535a1e0c.html"
YOON = "glossary/person.yoon-suk-yeol.html"
TOPIC = "topics/ukraine.html"
TIMEOUT_MS = 15_000

MODES: dict[str, dict[str, Any]] = {
    "light": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "light"},
    "dark": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "dark"},
    "mobile": {"viewport": {"width": 375, "height": 812}, "color_scheme": "light"},
}
# The article with a paragraph targeted (as the glossary's quotes link to it), and the search
# page with its highlighted results: both put text on the theme's highlight colour.
PAGES = {
    "home": "index.html",
    "article": ARTICLE + "#p-2",
    "entity": YOON,
    "glossary": "glossary.html",
    "topic": TOPIC,
    "archive": "archive.html",
    "search": "search.html?q=Yoon",
}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The Pages build, served like GitHub Pages serves a project site: under /REPO/."""
    with serve(built_site(tmp_path_factory, BASE_URL)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class Tab:
    """A page in its own browser context, with every console error, page error and failed
    request it met."""

    page: Page
    problems: list[str] = field(default_factory=list)

    def goto(self, url: str) -> Response | None:
        return self.page.goto(url, wait_until="load")


@pytest.fixture(scope="module")
def contexts(browser: Browser) -> Iterator[dict[str, BrowserContext]]:
    """One browser context per mode, shared by the module's tests (each gets its own page)."""
    made: dict[str, BrowserContext] = {}
    for mode, options in MODES.items():
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        if mode == "dark":  # pydata-sphinx-theme keeps the reader's choice in localStorage
            context.add_init_script(
                "localStorage.setItem('mode', 'dark'); localStorage.setItem('theme', 'dark');"
            )
        made[mode] = context
    yield made
    for context in made.values():
        context.close()


@pytest.fixture
def open_tab(contexts: dict[str, BrowserContext]) -> Iterator[Any]:
    pages: list[Page] = []

    def open_tab(mode: str = "light") -> Tab:
        tab = Tab(contexts[mode].new_page())
        pages.append(tab.page)

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                tab.problems.append(f"console: {message.text} ({message.location.get('url')})")

        def on_response(response: Response) -> None:
            if response.status >= 400:
                tab.problems.append(f"HTTP {response.status}: {response.url}")

        tab.page.on("console", on_console)
        tab.page.on("pageerror", lambda error: tab.problems.append(f"page error: {error}"))
        tab.page.on("requestfailed", lambda r: tab.problems.append(f"failed: {r.url}"))
        tab.page.on("response", on_response)
        return tab

    yield open_tab
    for page in pages:
        page.close()


def path_of(url: str) -> str:
    return urlsplit(url).path


# --- navigation ------------------------------------------------------------------------------


def test_home_lists_the_article(open_tab: Any, site_url: str) -> None:
    tab = open_tab()
    tab.goto(site_url)  # the site's root URL serves index.html
    assert "Briefing" in tab.page.title()
    card = tab.page.locator(f"a[href='{ARTICLE}']").first
    assert card.is_visible()
    card.click()
    tab.page.wait_for_url(urljoin(site_url, ARTICLE))
    assert tab.page.locator("h1").first.inner_text().startswith("South Korea Vows")
    assert tab.problems == []


def test_entity_link_in_the_article_leads_to_its_entity_page(open_tab: Any, site_url: str) -> None:
    tab = open_tab()
    tab.goto(urljoin(site_url, ARTICLE))
    mention = tab.page.locator("article a:has(span.briefing-mention)").first
    name = mention.inner_text().strip()
    target = urljoin(tab.page.url, mention.get_attribute("href") or "")
    assert "/glossary/" in target
    mention.click()
    tab.page.wait_for_url(target)
    fragment = urlsplit(target).fragment
    assert fragment and tab.page.locator(f"[id='{fragment}']").is_visible()
    assert tab.page.locator("h1").first.inner_text().strip().rstrip("#").strip() == name
    back = tab.page.locator(f"article a[href*='{ARTICLE.split('/')[-1]}#p-']")
    assert back.count() >= 1  # the entity page quotes the article and links back to it
    assert tab.problems == []


def test_search_box_finds_yoon_and_reaches_his_page(open_tab: Any, site_url: str) -> None:
    tab = open_tab()
    tab.goto(site_url)
    tab.page.locator("button.search-button__button:visible").first.click()
    query = tab.page.locator("#pst-search-dialog input[name='q']")
    query.wait_for(state="visible")
    query.fill("Yoon")
    query.press("Enter")
    tab.page.wait_for_url("**/search.html?q=Yoon*")
    result = tab.page.locator("#search-results ul.search li a", has_text="Yoon Suk Yeol").first
    result.wait_for(state="visible")
    # The search page fetches every result page for its summary; clicking before those
    # requests end would abort them (reported as failed requests).
    tab.page.locator("#search-results", has_text="Search finished").wait_for()
    tab.page.wait_for_load_state("networkidle")
    result.click()
    tab.page.wait_for_url(f"**/{YOON}*")
    assert path_of(tab.page.url) == path_of(urljoin(site_url, YOON))
    assert tab.page.locator("h1").first.inner_text().startswith("Yoon Suk Yeol")
    assert tab.problems == []


@pytest.mark.parametrize("name", ["entity", "glossary"])
def test_glossary_pages_open_cleanly(open_tab: Any, site_url: str, name: str) -> None:
    tab = open_tab()
    response = tab.goto(urljoin(site_url, PAGES[name]))
    assert response is not None and response.status == 200
    entity_links = tab.page.locator("article a[href*='glossary/'], article a[href*='articles/']")
    assert entity_links.count() >= 2
    assert tab.problems == []


def test_missing_page_gets_the_styled_404_page(open_tab: Any, site_url: str) -> None:
    tab = open_tab()
    response = tab.goto(urljoin(site_url, "articles/no-such-story.html"))
    assert response is not None and response.status == 404
    assert tab.page.locator("h1", has_text="Page not found").is_visible()
    # The theme's stylesheet and scripts loaded from /REPO/_static/ at this depth.
    primary = tab.page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--pst-color-primary')"
    )
    assert primary.strip()
    home = tab.page.locator("a.navbar-brand").first
    assert path_of(urljoin(tab.page.url, home.get_attribute("href") or "")) == path_of(
        urljoin(site_url, "index.html")
    )
    expected = [p for p in tab.problems if "no-such-story" in p]
    assert [p for p in tab.problems if p not in expected] == []


# --- accessibility and the look --------------------------------------------------------------

AXE = Axe()
AXE_OPTIONS = {
    "resultTypes": ["violations"],
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
}


# Serious violations of the extension's markup or CSS (ext/briefing), not fixable from docs/:
# (rule, a piece of the element's selector or HTML, what to fix). A scan that finds only these
# is an expected failure; one that finds anything else fails. Delete an entry once it is fixed.
@dataclass
class Violation:
    rule: str
    impact: str
    target: str
    html: str
    summary: str

    def __str__(self) -> str:
        return f"{self.rule} ({self.impact}): {self.target} {self.html[:160]} — {self.summary}"


def blocking(results: dict[str, Any]) -> list[Violation]:
    """Serious and critical violations, one per element."""
    return [
        Violation(
            violation["id"],
            violation["impact"],
            " ".join(map(str, node["target"])),
            node["html"],
            " ".join(node.get("failureSummary", "").split())[:300],
        )
        for violation in results["violations"]
        if violation["impact"] in ("serious", "critical")
        for node in violation["nodes"]
    ]


SCANS = [(name, mode) for name in PAGES for mode in MODES if name != "search" or mode != "mobile"]


@pytest.mark.parametrize(("name", "mode"), SCANS, ids=[f"{n}-{m}" for n, m in SCANS])
def test_axe_finds_no_serious_violations(
    open_tab: Any, site_url: str, name: str, mode: str
) -> None:
    tab = open_tab(mode)
    tab.goto(urljoin(site_url, PAGES[name]))
    if name == "search":
        tab.page.locator("#search-results ul.search li").first.wait_for()
    theme = tab.page.evaluate("document.documentElement.dataset.theme")
    assert theme == ("dark" if mode == "dark" else "light")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.page.evaluate("window.scrollTo(0, 0)")  # sticky header at the top of the picture
    tab.page.screenshot(path=SCREENSHOTS / f"{name}-{mode}.png", full_page=True)
    assert tab.problems == []
    # (axe's CSSOM preload then re-fetches the theme's `@import "../basic.css"` against the
    # page's URL instead of the stylesheet's, a 404 of axe's own that is not the site's.)
    found = blocking(AXE.run(tab.page, options=AXE_OPTIONS).response)
    assert [str(v) for v in found] == []


# --- the story first, and entity previews -----------------------------------------------------


def test_article_text_starts_on_the_first_phone_screen(open_tab: Any, site_url: str) -> None:
    tab = open_tab("mobile")
    tab.goto(urljoin(site_url, ARTICLE))
    height = tab.page.viewport_size["height"]
    lead = tab.page.locator("#p-1").bounding_box()
    assert lead is not None and lead["y"] + lead["height"] <= height, lead
    aside = tab.page.locator(".briefing-aside").bounding_box()
    assert aside is not None and aside["y"] >= lead["y"] + lead["height"]  # after the lead


def test_article_side_panel_stands_beside_the_text_on_wide_screens(
    open_tab: Any, site_url: str
) -> None:
    tab = open_tab()
    tab.goto(urljoin(site_url, ARTICLE))
    lead = tab.page.locator("#p-1").bounding_box()
    aside = tab.page.locator(".briefing-aside").bounding_box()
    assert lead and aside
    assert lead["y"] + lead["height"] < 900  # the lead on the first screen
    # Right of the text, starting just under the lead paragraph.
    assert aside["x"] > lead["x"] + lead["width"] / 2
    assert lead["y"] + lead["height"] <= aside["y"] < lead["y"] + lead["height"] + 60
    # Labels stay whole words in the narrow panel.
    labels = tab.page.locator(".briefing-aside dt").all_inner_texts()
    assert labels and all("\n" not in label for label in labels)


def previewed(tab: Tab) -> Any:
    return tab.page.locator("article a.briefing-previewed").first


def card_of(tab: Tab, link: Any) -> Any:
    return tab.page.locator(f"[id='{link.get_attribute('aria-describedby')}']")


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_preview_card_on_hover_passes_axe(open_tab: Any, site_url: str, mode: str) -> None:
    tab = open_tab(mode)
    tab.goto(urljoin(site_url, ARTICLE))
    link = previewed(tab)
    card = card_of(tab, link)
    assert card.is_hidden()
    link.hover()
    card.wait_for(state="visible")
    text = card.inner_text()
    assert "Named in" in text or "named in" in text
    assert tab.page.evaluate("document.querySelector(':popover-open') !== null")
    box, anchor = card.bounding_box(), link.bounding_box()
    assert box and anchor and box["y"] >= anchor["y"] + anchor["height"] - 1  # under the link
    assert card.locator("a").count() == 1
    assert tab.problems == []  # (before axe, whose CSSOM preload fetches a 404 of its own)
    found = blocking(AXE.run(tab.page, options=AXE_OPTIONS).response)
    assert [str(v) for v in found] == []
    tab.page.mouse.move(5, 890)
    card.wait_for(state="hidden")


def test_preview_card_on_keyboard_focus(open_tab: Any, site_url: str) -> None:
    tab = open_tab()
    tab.goto(urljoin(site_url, ARTICLE))
    for _ in range(80):
        tab.page.keyboard.press("Tab")
        if tab.page.evaluate("document.activeElement.matches('a.briefing-previewed')"):
            break
    else:
        pytest.fail("no entity link reached with Tab")
    describedby = tab.page.evaluate("document.activeElement.getAttribute('aria-describedby')")
    card = tab.page.locator(f"[id='{describedby}']")
    card.wait_for(state="visible")
    assert tab.page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    tab.page.keyboard.press("Escape")
    card.wait_for(state="hidden")
    assert tab.page.evaluate("document.activeElement.matches('a.briefing-previewed')")
    assert tab.problems == []


def test_preview_card_on_tap_then_its_link(browser: Browser, site_url: str) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, has_touch=True, is_mobile=True
    )
    try:
        page = context.new_page()
        page.goto(urljoin(site_url, ARTICLE), wait_until="load")
        link = page.locator("article a.briefing-previewed").first
        card = page.locator(f"[id='{link.get_attribute('aria-describedby')}']")
        link.scroll_into_view_if_needed()
        link.tap()
        card.wait_for(state="visible")
        assert path_of(page.url) == path_of(urljoin(site_url, ARTICLE))  # the tap stayed
        target = card.locator("a").first.get_attribute("href") or ""
        card.locator("a").first.tap()
        page.wait_for_url(urljoin(page.url, target))
        assert "/glossary/" in page.url
    finally:
        context.close()


@pytest.mark.parametrize("name", ["entity", "topic"])
def test_on_this_page_lists_the_written_sections(open_tab: Any, site_url: str, name: str) -> None:
    tab = open_tab()
    tab.goto(urljoin(site_url, {"entity": YOON, "topic": TOPIC}[name]))
    toc = tab.page.locator("#pst-page-toc-nav a")
    labels = [text.strip() for text in toc.all_inner_texts()]
    wanted = "In the articles" if name == "entity" else "Article sections"
    assert any(label.startswith(wanted) for label in labels), labels
    for link in toc.all():
        fragment = (link.get_attribute("href") or "").lstrip("#")
        assert tab.page.locator(f"[id='{fragment}']").count() == 1, fragment
    titles = tab.page.locator("article h1, article h2").all_inner_texts()
    assert len(titles) == len(set(titles)), titles  # no title twice
    assert tab.problems == []


def test_search_for_a_person_puts_the_article_and_entity_page_first(
    open_tab: Any, site_url: str
) -> None:
    tab = open_tab()
    tab.goto(urljoin(site_url, "search.html?q=Yoon"))
    tab.page.locator("#search-results", has_text="Search finished").wait_for()
    tab.page.wait_for_load_state("networkidle")
    hrefs = tab.page.locator("#search-results ul.search > li > a").evaluate_all(
        "links => links.map(a => a.href)"
    )
    first = {path_of(href).split("/")[-2] for href in hrefs[:2]}
    assert first == {"articles", "glossary"}, hrefs[:4]
    for href in hrefs:  # every result's anchor exists on its page
        fragment = urlsplit(href).fragment
        if fragment:
            tab.goto(href)
            assert tab.page.locator(f"[id='{fragment}']").count() == 1, href
    assert tab.problems == []


# --- pictures on entity and topic pages -------------------------------------------------------
PICTURE_MODES = {
    "light": ((1280, 900), "light"),
    "dark": ((1280, 900), "dark"),
    "phone-light": ((375, 812), "light"),
    "phone-dark": ((375, 812), "dark"),
}
PICTURE_CASES = [(page, mode) for page in (YOON, TOPIC) for mode in PICTURE_MODES]


@pytest.mark.parametrize(
    ("target", "mode"), PICTURE_CASES, ids=[f"{p.split('/')[0]}-{m}" for p, m in PICTURE_CASES]
)
def test_pictures_render_in_the_theme_colours_and_pass_axe(
    browser: Browser, site_url: str, target: str, mode: str
) -> None:
    (width, height), scheme = PICTURE_MODES[mode]
    context = browser.new_context(viewport={"width": width, "height": height})
    context.add_init_script(f"localStorage.setItem('mode', '{scheme}');")
    try:
        page = context.new_page()
        page.goto(urljoin(site_url, target), wait_until="load")
        assert page.evaluate("document.documentElement.dataset.theme") == scheme
        for picture in ("svg.briefing-over-time", "svg.briefing-together"):
            box = page.locator(picture).bounding_box()
            assert box is not None and 200 < box["width"] <= width - 16, (picture, box)
            assert box["height"] > 80
        bars = page.locator("svg.briefing-over-time rect.b-bar")
        assert bars.count() >= 1 and page.locator("rect.b-latest").count() <= 1
        # Labels take the page's text colour, bars the theme's primary: never SVG's black.
        colours = page.evaluate(
            """() => ({
              text: getComputedStyle(document.body).color,
              label: getComputedStyle(document.querySelector('svg.briefing-together text')).fill,
              bar: getComputedStyle(document.querySelector('rect.b-bar')).fill,
            })"""
        )
        assert colours["label"] == colours["text"], colours
        assert colours["bar"] not in ("rgb(0, 0, 0)", "none"), colours
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = target.split("/")[0]
        page.locator("#in-the-news-over-time").screenshot(
            path=SCREENSHOTS / f"pictures-{name}-{mode}-over-time.png"
        )
        page.locator("#who-appears-with-whom").screenshot(
            path=SCREENSHOTS / f"pictures-{name}-{mode}-together.png"
        )
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        found = blocking(AXE.run(page, options=AXE_OPTIONS).response)
        assert [str(v) for v in found] == []
        # A node of the network is a link to its entity's page.
        node = page.locator("svg.briefing-together a").first
        href = node.get_attribute("href")
        assert href and "#" in href
        node.locator("circle").click()
        page.wait_for_url(f"**/{href.split('/')[-1]}")
        anchor = href.split("#")[1]
        assert page.locator(f'[id="{anchor}"]').count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_network_labels_measured_by_the_browser_stay_apart_and_inside(
    browser: Browser, width: int
) -> None:
    """The label placer estimates text widths; the browser's own fonts must fit in them."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_pictures import dense_network

    from briefing.pictures.together import network_svg

    css = (Path(__file__).parents[1] / "ext/briefing/html/static/briefing.css").read_text()
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.set_content(
            f"<style>{css}</style><figure class='briefing-picture'>"
            f"{network_svg(dense_network(), 'c')}</figure>"
        )
        boxes = page.evaluate(
            """() => [...document.querySelectorAll('svg text')].map(t => {
                 const b = t.getBBox();
                 return [t.textContent, b.x, b.y, b.x + b.width, b.y + b.height];
               })"""
        )
    finally:
        context.close()
    assert len(boxes) == 13
    for name, left, top, right, bottom in boxes:
        assert left >= 0 and top >= 0 and right <= 360 and bottom <= 270, (name, width)
    for index, (name, *a) in enumerate(boxes):
        for other, *b in boxes[index + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, (name, other, width)

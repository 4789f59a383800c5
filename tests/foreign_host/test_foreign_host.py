"""The section inside a site we did not write, in real Chromium (issue 10).

The foreign host (``tests/foreign_host``) is English, wraps ``{% block content %}`` in its own
``<main>``, draws its own breadcrumbs and switches to a dark theme by ``prefers-color-scheme``.
Its index and the filled items O2, O16 and O21 are browsed in both schemes at 360 and 1280 px, and
axe-core (colour contrast included) finds no serious or critical violation; the page keeps exactly
one ``main`` landmark, one breadcrumb trail, no horizontal scroll, and the section's content says
it is Thai; the section fills the host's container (no centring or width of its own), and the rows of
its tables are cards at 360 px and table rows at 1280 px. ``ITA_SCREENSHOTS=/some/dir`` saves a PNG of every combination to look at.
"""

import os
from pathlib import Path

import pytest

AXE = Path(__file__).parent.parent / "browser" / "vendor" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}
PAGES = {"index": "/ita/2566/", "O2": "/ita/2566/o2/", "O16": "/ita/2566/o16/", "O21": "/ita/2566/o21/"}
WIDTHS = (360, 1280)

LANDMARKS = """() => ({
  mains: document.querySelectorAll('main, [role="main"]').length,
  trails: document.querySelectorAll('nav ol [aria-current="page"]').length,
  htmlLang: document.documentElement.lang,
  sectionLang: document.querySelector('.ita') && document.querySelector('.ita').lang,
  sectionInMain: !!document.querySelector('main .ita'),
  scrollWidth: document.documentElement.scrollWidth,
  clientWidth: document.documentElement.clientWidth,
  // The section fills the host's container: no centring or width of its own.
  sectionOffset: (() => {
    const section = document.querySelector('.ita'), box = section.parentElement;
    const style = getComputedStyle(box), inner = box.getBoundingClientRect();
    const left = inner.left + parseFloat(style.paddingLeft), right = inner.right - parseFloat(style.paddingRight);
    const own = section.getBoundingClientRect();
    return Math.round(Math.abs(own.left - left) + Math.abs(own.right - right));
  })(),
  // How the rows of the index and of the stacked tables are laid out (cards on a phone).
  rowDisplays: [...new Set([...document.querySelectorAll('.ita-items tbody tr, .ita-stack tbody tr')]
    .map((row) => getComputedStyle(row).display))],
})"""


def axe_violations(page):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make axe` (npm install axe-core from the npm registry)")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]][:3])
        for violation in results["violations"]
        if violation["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_section_is_at_home_in_a_foreign_site(host_section, live_server, browser, scheme):  # noqa: F811
    shots = os.environ.get("ITA_SCREENSHOTS")
    problems = {}
    for width in WIDTHS:
        context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme=scheme, locale="en-US", device_scale_factor=1
        )
        page = context.new_page()
        for name, path in PAGES.items():
            response = page.goto(live_server.url + path)
            where = f"{name} {scheme} {width}px"
            if response.status != 200:
                problems[where] = f"HTTP {response.status}"
                continue
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
            facts = page.evaluate(LANDMARKS)
            if shots:
                Path(shots).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=f"{shots}/{name}-{scheme}-{width}.png", full_page=True)
            found = []
            if facts["mains"] != 1:
                found.append(f"{facts['mains']} main landmarks")
            if facts["trails"] != 1:
                found.append(f"{facts['trails']} breadcrumb trails")
            if facts["htmlLang"] != "en-us" or facts["sectionLang"] != "th" or not facts["sectionInMain"]:
                found.append(
                    f"lang {facts['htmlLang']!r}/{facts['sectionLang']!r}, inside main: {facts['sectionInMain']}"
                )
            if facts["scrollWidth"] > facts["clientWidth"]:
                found.append(f"page scrolls sideways ({facts['scrollWidth']} > {facts['clientWidth']} px)")
            if facts["sectionOffset"] > 1:
                found.append(f"the section is {facts['sectionOffset']} px off the host's container")
            cards = width < 640  # ita.css turns table rows into cards below 40rem
            if facts["rowDisplays"] and ("table-row" in facts["rowDisplays"]) == cards:
                found.append(f"table rows displayed as {facts['rowDisplays']} at {width} px")
            found += axe_violations(page)
            if found:
                problems[where] = found
        context.close()
    assert problems == {}


def test_thai_labels_around_thai_data_on_an_english_site(host_section, live_server, browser):  # noqa: F811
    # 800 px: wider than a phone (no cards), narrower than the eight columns of O21.
    context = browser.new_context(viewport={"width": 800, "height": 900}, locale="en-US")
    page = context.new_page()
    page.goto(f"{live_server.url}/ita/2566/o21/")
    article = page.locator("main article.ita")
    text = article.inner_text()
    assert "ส่วนราชการที่รับผิดชอบ" in text  # the facts list is labelled in Thai
    assert "No procurement this month" not in text and "Responsible divisions" not in text
    assert "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้" in text
    # The host's own chrome stays English: the section switches language only inside its article.
    assert page.locator("a.skip-link").inner_text() == "Skip to content"
    # The eight-column table scrolls inside its own labelled, focusable region, not the page.
    region = article.locator(".ita-table-wrap:has(table.ita-wide)").first
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    assert region.get_attribute("aria-label")
    sizes = region.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert sizes[0] > sizes[1]
    region.focus()
    page.keyboard.press("ArrowRight")
    # Keyboard scrolling may be animated: wait (10 s at most) until the region has moved.
    page.wait_for_function("el => el.scrollLeft > 0", arg=region.element_handle(), timeout=10_000)
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    context.close()

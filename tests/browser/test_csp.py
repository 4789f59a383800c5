"""The public section under a strict Content-Security-Policy, in real Chromium: it renders with no violation.

The policy is the example site's (``example_site/csp.py``, the one ``docs/deploy.md`` gives): only the
site's own origin, no inline script or style. The live server's handler is built before a test can
change ``MIDDLEWARE``, so the browser adds the header to every response of the site itself.
"""

import pytest
from example_site.csp import build_policy

from .test_public_section import demo_site  # noqa: F401  (fixture)

PAGES = ["/", "/ita/", "/ita/2566/"] + [f"/ita/2566/o{n}/" for n in (1, 2, 5, 16, 18, 21, 29, 34, 43)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def strict_page(phone, live_server):
    policy = build_policy()

    def with_policy(route):
        response = route.fetch()
        headers = {**response.headers, "content-security-policy": policy}
        route.fulfill(response=response, headers=headers)

    phone.route(f"{live_server.url}/**", with_policy)
    phone.add_init_script(RECORD_VIOLATIONS)
    return phone


def test_the_public_section_renders_under_a_strict_csp(demo_site, strict_page, live_server):  # noqa: F811
    for path in PAGES:
        response = strict_page.goto(live_server.url + path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        strict_page.wait_for_load_state("load")
        assert strict_page.evaluate("window.__cspViolations") == [], path
        assert not [m for m in strict_page.console_errors if "Content Security Policy" in m], path
        assert strict_page.locator("article").count() >= (1 if path.startswith("/ita/") else 0)

"""ita_demo's English version through wagtail-localize: section, years, a few items and the divisions
translated and published at /en/ita/…; a second run changes nothing."""

import pytest
from wagtail.models import Locale, Page, Revision

from wagtail_ita.models import AssessmentYearPage, Division

# Real commits, as when the command runs: wagtail-localize publishes each translation when its own
# transaction commits, before the next page is translated under it (deferring every publication to the
# end of one test transaction would publish the section and year pages from revisions saved before they
# had children). The initial data (home page, site, locale) is restored for the tests that follow.
pytestmark = [pytest.mark.localize, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HOST = {"HTTP_HOST": "127.0.0.1:8000"}


def test_demo_translates_the_section_into_english_once(run_command, client):
    from wagtail_localize.models import Translation

    from .browser.conftest import ensure_site

    ensure_site("localhost", 80)  # a transactional test before this one (the browser tests) flushed the site

    out, _err = run_command("ita_demo", "--rollover")
    assert "English version: 15 pages or divisions translated and published" in out
    english = Locale.objects.get(language_code="en")
    english_years = AssessmentYearPage.objects.filter(locale=english).order_by("year")
    assert [(year.year, year.live, year.url) for year in english_years] == [
        (2566, True, "/en/ita/2566/"),
        (2569, True, "/en/ita/2569/"),
    ]
    items = Page.objects.filter(locale=english, depth=english_years[0].depth + 1).order_by("path")
    assert sorted(page.slug for page in items) == ["o1", "o2", "o21", "o29", "o36", "o5"]
    assert all(page.live for page in items)
    assert Division.objects.filter(locale=english).count() == 6
    assert Translation.objects.filter(target_locale=english).count() == 15  # section, 2 years, 6 items, 6 divisions

    html = client.get("/en/ita/2566/o2/", **HOST).content.decode()
    # Title from the framework's title_en; names, positions and phones as the demo's translator typed them.
    assert "Information on the executives" in html and "Anan Thanawong" in html
    assert "Chief Executive of Phrae Provincial Administrative Organization" in html and "ext. 101" in html
    assert "Strategy and Budget Division" in html
    for code in ("o1", "o5", "o21", "o29", "o36"):
        assert client.get(f"/en/ita/2566/{code}/", **HOST).status_code == 200, code
    html = client.get("/en/ita/2566/", **HOST).content.decode()
    assert '<a href="/en/ita/2566/o2/">Information on the executives</a>' in html
    assert '<a href="/ita/2566/o3/" hreflang="th">Powers and duties</a>' in html  # not translated: the Thai page
    html = client.get("/en/ita/2569/", **HOST).content.decode()
    assert "Organisational structure, duties and powers" in html and "Corruption risk assessment" in html
    assert "/en/ita/2569/" in client.get("/en/ita/", **HOST).content.decode()

    pages, revisions, translations = Page.objects.count(), Revision.objects.count(), Translation.objects.count()
    out, _err = run_command("ita_demo", "--rollover")
    assert "the English version already exists; nothing changed" in out
    assert (Page.objects.count(), Revision.objects.count(), Translation.objects.count()) == (
        pages,
        revisions,
        translations,
    )

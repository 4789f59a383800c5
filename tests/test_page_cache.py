"""The anonymous page cache: hits for visitors, never for staff, and every change shows at once."""

import pytest
from django.core.cache import cache

from wagtail_ita import page_cache
from wagtail_ita.models import Division

from .conftest import make_user
from .coordinator import page_of

PAGES = ["/ita/", "/ita/2566/", "/ita/2566/o1/", "/ita/2566/open-data/json/", "/ita/2566/open-data/csv/"]


def get(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_visitors_get_the_cached_page(client, section, url):
    first = get(client, url)
    second = get(client, url)
    assert first["X-ITA-Cache"] == "miss" and second["X-ITA-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_hit_renders_nothing(client, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as miss:
        assert get(client, "/ita/2566/")["X-ITA-Cache"] == "miss"
    with CaptureQueriesContext(connection) as hit:
        assert get(client, "/ita/2566/")["X-ITA-Cache"] == "hit"
    # Only Wagtail's routing (site, locale, the pages on the path, view restrictions) is left.
    assert len(hit) <= 10 < len(miss)


def test_signed_in_staff_are_never_served_from_or_stored_in_the_cache(client, section):
    client.force_login(make_user("coordinator", is_superuser=True))
    staff = get(client, "/ita/2566/")
    assert "X-ITA-Cache" not in staff and "ita-badge" in staff.content.decode()
    assert "X-ITA-Cache" not in get(client, "/ita/2566/")
    client.logout()
    anonymous = get(client, "/ita/2566/")
    assert anonymous["X-ITA-Cache"] == "miss" and "ita-badge" not in anonymous.content.decode()


def test_query_strings_are_not_cached(client, section):
    assert "X-ITA-Cache" not in get(client, "/ita/2566/?x=1")
    assert "X-ITA-Cache" not in get(client, "/ita/2566/?x=1")


def test_a_page_with_a_form_is_never_stored(client, section):
    """The Q&A page renders a CSRF token: a stored copy would hand one visitor's token to the next, and an
    answer published in the admin would not show."""
    first = get(client, "/ita/qa/")
    assert 'name="csrfmiddlewaretoken"' in first.content.decode()
    second = get(client, "/ita/qa/")
    assert "X-ITA-Cache" not in first and "X-ITA-Cache" not in second


def test_publish_shows_at_once(client, section):
    from .factories import stream

    o1 = page_of(section, "O1")
    for url in ("/ita/2566/o1/", "/ita/2566/open-data/json/"):
        assert "ข้อความที่เพิ่งเผยแพร่" not in get(client, url).content.decode()
    o1.body = stream(type(o1), [("text", "<p>ข้อความที่เพิ่งเผยแพร่</p>")])
    o1.save_revision().publish()
    for url in ("/ita/2566/o1/", "/ita/2566/open-data/json/"):
        response = get(client, url)
        assert response["X-ITA-Cache"] == "miss"
        assert "ข้อความที่เพิ่งเผยแพร่" in response.content.decode()


def test_unpublish_shows_at_once(client, section):
    get(client, "/ita/2566/o2/")
    page_of(section, "O2").unpublish()
    assert client.get("/ita/2566/o2/").status_code == 404


def test_move_shows_at_once(client, section):
    from home.models import StandardPage

    home = section.section.get_parent()
    about = home.add_child(instance=StandardPage(title="เกี่ยวกับเรา", slug="about"))
    about.save_revision().publish()
    get(client, "/ita/2566/")
    section.section.move(about, pos="last-child")
    assert client.get("/ita/2566/").status_code != 200  # 404, or the redirect Wagtail creates on a move
    assert get(client, "/about/ita/2566/")["X-ITA-Cache"] == "miss"


def test_division_rename_shows_at_once(client, section):
    assert "กองคลังจังหวัด" not in get(client, "/ita/2566/").content.decode()
    finance = Division.objects.get(key="finance")
    finance.name = "กองคลังจังหวัด"
    finance.save()
    response = get(client, "/ita/2566/")
    assert response["X-ITA-Cache"] == "miss" and "กองคลังจังหวัด" in response.content.decode()


def test_the_generation_lives_in_the_shared_cache_and_is_bumped_again_on_commit(
    section, django_capture_on_commit_callbacks
):
    """Another app server reads the same number from the shared cache: nothing is kept in process memory."""
    before = page_cache.generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page_of(section, "O3").save_revision().publish()
    assert callbacks  # the bump after commit
    assert cache.get(page_cache.GENERATION_KEY) == page_cache.generation() >= before + 2


def test_an_evicted_generation_never_comes_back_to_an_old_number(section):
    before = page_cache.generation()
    cache.delete(page_cache.GENERATION_KEY)
    assert page_cache.generation() > before


def test_the_cache_can_be_turned_off(client, section, settings):
    settings.WAGTAIL_ITA_PAGE_CACHE_SECONDS = 0
    assert "X-ITA-Cache" not in get(client, "/ita/2566/")


MIDDLEWARE = "wagtail_ita.middleware.PageCacheMiddleware"


@pytest.fixture
def cache_middleware(settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, MIDDLEWARE]


@pytest.mark.parametrize("url", PAGES)
def test_the_middleware_answers_a_hit_before_wagtail_routes_it(client, section, cache_middleware, url):
    first = get(client, url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as hit:
        second = get(client, url)
    assert first["X-ITA-Cache"] == "miss" and second["X-ITA-Cache"] == "hit"
    assert second.content == first.content and second["Content-Type"] == first["Content-Type"]
    assert len(hit) == 0


def test_the_middleware_never_serves_staff_and_sees_a_publish_at_once(client, section, cache_middleware):
    assert get(client, "/ita/2566/o1/")["X-ITA-Cache"] == "miss"
    client.force_login(make_user("coordinator", is_superuser=True))
    assert "X-ITA-Cache" not in get(client, "/ita/2566/o1/")
    client.logout()
    o1 = page_of(section, "O1")
    o1.title = "โครงสร้างองค์กร (ปรับปรุง)"
    o1.save_revision().publish()
    fresh = get(client, "/ita/2566/o1/")
    assert fresh["X-ITA-Cache"] == "miss" and "โครงสร้างองค์กร (ปรับปรุง)" in fresh.content.decode()


def test_a_page_behind_a_password_is_never_stored_nor_served_past_it(client, section, cache_middleware):
    from wagtail.models import PageViewRestriction

    o1 = page_of(section, "O1")
    assert get(client, "/ita/2566/o1/")["X-ITA-Cache"] == "miss"
    PageViewRestriction.objects.create(page=o1, restriction_type=PageViewRestriction.PASSWORD, password="lamphun")
    # The cached copy is gone with the restriction: the visitor meets the password form.
    form = client.get("/ita/2566/o1/")
    assert "X-ITA-Cache" not in form and 'name="password"' in form.content.decode()
    # A visitor who typed the password sees the page, which is not stored for the next visitor.
    restriction = o1.get_view_restrictions().get()
    from django.urls import reverse

    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, o1.pk])
    assert client.post(url, {"password": "lamphun", "return_url": "/ita/2566/o1/"}).status_code == 302
    passed = get(client, "/ita/2566/o1/")
    assert "X-ITA-Cache" not in passed and 'name="password"' not in passed.content.decode()
    from django.test import Client

    stranger = Client().get("/ita/2566/o1/")
    assert "X-ITA-Cache" not in stranger and 'name="password"' in stranger.content.decode()


def test_a_middleware_before_authentication_is_a_check_error(settings):
    from wagtail_ita.checks import page_cache_middleware

    settings.MIDDLEWARE = [MIDDLEWARE, *settings.MIDDLEWARE]
    errors = page_cache_middleware(None)
    assert {error.id for error in errors} == {"wagtail_ita.E102"}
    assert any("AuthenticationMiddleware" in error.msg for error in errors)
    settings.MIDDLEWARE = [*settings.MIDDLEWARE[1:], MIDDLEWARE]
    assert page_cache_middleware(None) == []

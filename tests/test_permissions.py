"""A division's editors edit their own items, and only those, through the Wagtail admin."""

import pytest
from django.urls import reverse

from wagtail_ita.models import Division, ITASectionPage


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def assert_refused(response):
    # Wagtail answers a permission denial in the admin with a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def page_of(section, code):
    return next(p for p in section.year_page.item_pages() if p.item_code == code)


@pytest.fixture
def finance_client(client, division_editor):
    client.force_login(division_editor("finance"))
    return client


def test_editor_opens_and_saves_own_item(section, finance_client):
    o21 = page_of(section, "O21")
    response = finance_client.get(edit_url(o21))
    assert response.status_code == 200
    assert "O21" in response.content.decode() or o21.title in response.content.decode()
    data = {
        "title": o21.title,
        "slug": o21.slug,
        "body-count": "0",
        "itas_note": "ข้อมูลจากกองคลัง",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    response = finance_client.post(edit_url(o21), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    o21.refresh_from_db()
    revision = o21.latest_revision.as_object()
    assert revision.itas_note == "ข้อมูลจากกองคลัง"


def test_editor_refused_on_another_divisions_item(section, finance_client):
    o1 = page_of(section, "O1")  # กองยุทธศาสตร์ฯ
    assert_refused(finance_client.get(edit_url(o1)))
    assert_refused(finance_client.post(edit_url(o1), {"title": "แก้ไขโดยไม่มีสิทธิ์", "slug": "o1"}))
    o1.refresh_from_db()
    assert o1.title == "โครงสร้าง"
    assert o1.latest_revision.as_object().title == "โครงสร้าง"


def test_editor_refused_on_the_section_page(section, finance_client):
    section_page = ITASectionPage.objects.get()
    assert_refused(finance_client.get(edit_url(section_page)))


def test_every_division_items_are_editable_by_all_divisions(section, client, division_editor):
    client.force_login(division_editor("internal_audit"))
    assert client.get(edit_url(page_of(section, "O14"))).status_code == 200
    assert client.get(edit_url(page_of(section, "O34"))).status_code == 200
    assert_refused(client.get(edit_url(page_of(section, "O21"))))


def test_o18_is_shared_by_two_divisions(section, client, division_editor):
    client.force_login(division_editor("engineering"))
    assert client.get(edit_url(page_of(section, "O18"))).status_code == 200


def test_editor_cannot_publish(section, division_editor):
    from wagtail.models import Page

    editor = division_editor("finance")
    perms = Page.objects.get(pk=page_of(section, "O21").pk).permissions_for_user(editor)
    assert perms.can_edit() and not perms.can_publish()


def test_coordinator_can_publish_everything(section):
    from django.contrib.auth.models import Group

    from tests.conftest import make_user

    coordinator = make_user("coordinator", groups=[Group.objects.get(name="ผู้ประสานงาน ITA")])
    for page in section.year_page.item_pages():
        perms = page.permissions_for_user(coordinator)
        assert perms.can_edit() and perms.can_publish()


def test_division_groups_are_linked(section):
    for division in Division.objects.all():
        assert division.group is not None
        assert division.group.permissions.filter(codename="access_admin").exists()

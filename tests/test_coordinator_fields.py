"""The responsible divisions, the every-division flag and the slug of an item are not the editors' to change."""

import pytest
from django.urls import reverse

from wagtail_ita.models import Division

from .coordinator import make_coordinator, page_of

BASE = {
    "body-count": "0",
    "comments-TOTAL_FORMS": "0",
    "comments-INITIAL_FORMS": "0",
    "comments-MIN_NUM_FORMS": "0",
    "comments-MAX_NUM_FORMS": "1000",
}


def edit(client, page, **changes):
    data = BASE | {"title": page.title, "slug": page.slug} | changes
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def latest(page):
    page.refresh_from_db()
    return page.latest_revision.as_object()


@pytest.mark.parametrize(
    "changes",
    [
        {"divisions": ["strategy"]},
        {"all_divisions": "on"},
        {"slug": "o21-moved"},
    ],
    ids=["divisions", "all_divisions", "slug"],
)
def test_an_editor_posting_a_change_is_refused_and_nothing_is_saved(section, client, division_editor, changes):
    client.force_login(division_editor("finance"))
    o21 = page_of(section, "O21")
    revisions = o21.revisions.count()
    if "divisions" in changes:
        changes = {"divisions": [str(Division.objects.get(key=key).pk) for key in changes["divisions"]]}
    response = edit(client, o21, **changes)
    assert response.status_code == 200
    assert "ผู้ประสานงาน ITA" in response.content.decode() or "ITAS" in response.content.decode()
    assert o21.revisions.count() == revisions
    revision = latest(o21)
    assert revision.slug == "o21" and not revision.all_divisions
    assert [d.key for d in revision.divisions.all()] == ["finance"]


def test_the_editor_sees_the_fields_read_only_and_can_still_save(section, client, division_editor):
    client.force_login(division_editor("finance"))
    o21 = page_of(section, "O21")
    form = client.get(reverse("wagtailadmin_pages:edit", args=[o21.pk])).context["form"]
    assert form.fields["divisions"].disabled and form.fields["all_divisions"].disabled and form.fields["slug"].disabled
    response = edit(client, o21, itas_note="ข้อมูลจากกองคลัง")
    assert response.status_code == 302
    assert latest(o21).itas_note == "ข้อมูลจากกองคลัง"


def test_the_coordinator_changes_divisions_but_not_the_slug(section, client):
    client.force_login(make_coordinator())
    o21 = page_of(section, "O21")
    form = client.get(reverse("wagtailadmin_pages:edit", args=[o21.pk])).context["form"]
    assert not form.fields["divisions"].disabled and form.fields["slug"].disabled
    strategy = Division.objects.get(key="strategy")
    finance = Division.objects.get(key="finance")
    response = edit(client, o21, divisions=[str(finance.pk), str(strategy.pk)])
    assert response.status_code == 302
    assert {d.key for d in latest(o21).divisions.all()} == {"finance", "strategy"}
    response = edit(client, o21, slug="o21-moved")
    assert response.status_code == 200
    assert latest(o21).slug == "o21"

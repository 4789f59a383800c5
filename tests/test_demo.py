"""The example site's demo: 43/43 complete on a fresh database, and safe to run twice."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Revision

from wagtail_ita.models import AssessmentYearPage
from wagtail_ita.status import item_statuses


@pytest.mark.django_db
def test_demo_is_complete_and_idempotent(run_command, client):
    out, _err = run_command("ita_demo")
    assert "admin / admin" in out and "FOR LOCAL USE ONLY" in out
    records = item_statuses(2566)
    assert [r["status"] for r in records] == ["complete"] * 43, [r["missing"] for r in records if r["missing"]]
    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.filter(username__startswith="editor-").count() == 6
    pages, revisions = Page.objects.count(), Revision.objects.count()
    run_command("ita_demo")
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    for record in records:
        response = client.get(record["url"].removeprefix("http://127.0.0.1:8000"), HTTP_HOST="127.0.0.1:8000")
        assert response.status_code == 200, record["code"]

    # --rollover shows both years: 2569 with drafts of what carries over, 2566 unchanged.
    out, _err = run_command("ita_demo", "--rollover")
    assert "ยกข้อมูลไปปี 2569" in out and "26 ข้อ" in out
    # The Thai original (with wagtail-localize installed, the demo also translates the year into English).
    year_2569 = AssessmentYearPage.objects.get(year=2569, locale=Locale.get_default())
    o1 = next(p for p in year_2569.item_pages() if p.item_code == "O1")
    assert len(o1.body) == 0 and {b.block_type for b in o1.get_latest_revision_as_object().body} == {
        "org_structure",
        "authority",
    }
    assert [r["status"] for r in item_statuses(2566)] == ["complete"] * 43
    assert client.get("/ita/", HTTP_HOST="127.0.0.1:8000").content.decode().index("/ita/2569/") < client.get(
        "/ita/", HTTP_HOST="127.0.0.1:8000"
    ).content.decode().index("/ita/2566/")
    pages, revisions = Page.objects.count(), Revision.objects.count()
    out, _err = run_command("ita_demo", "--rollover")
    assert "already rolled over" in out
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


@pytest.mark.django_db
def test_fresh_section_has_only_the_channel_items_complete(section):
    """ita_setup builds the Q&A and corruption-report channels and links them from O8 and O28; the rest is empty."""
    statuses = {r["code"]: r["status"] for r in item_statuses(2566)}
    assert statuses.pop("O8") == "complete"
    assert statuses.pop("O28") == "complete"
    assert set(statuses.values()) == {"missing"}

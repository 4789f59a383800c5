"""The example site's demo: 43/43 complete on a fresh database, and safe to run twice."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Revision

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


@pytest.mark.django_db
def test_fresh_section_without_content_is_0_of_43(section):
    assert [r["status"] for r in item_statuses(2566)] == ["missing"] * 43

"""The completeness panel and the publish confirmation, through the admin as an editor would use them."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from .conftest import make_user

CHANNEL = {
    "channel": "corruption_complaint",
    "label": "แจ้งเรื่องร้องเรียนการทุจริต",
    "url": "https://www.example.go.th/report/",
    "page": "",
    "description": "",
}


@pytest.fixture
def o28(section):
    """O28 as an empty item: ita_setup links it to the report channel it builds, so that block is removed."""
    page = next(p for p in section.year_page.item_pages() if p.item_code == "O28")
    page.body = []
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def coordinator_client(client, section):
    client.force_login(make_user("coordinator", groups=[Group.objects.get(name="ผู้ประสานงาน ITA")]))
    return client


def post_data(page, blocks, **extra):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "body": streamfield(blocks),
            "comments": {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"},
        }
    )
    return data | extra


def edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_panel_lists_components_with_reasons(o28, coordinator_client):
    html = coordinator_client.get(edit(o28)).content.decode()
    assert "ความครบถ้วนตามกรอบการประเมิน ITA" in html
    assert 'data-component="complaint_channel" data-satisfied="false"' in html
    assert "ช่องทางออนไลน์แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ" in html
    assert ": ยังไม่มีข้อมูล" in html


def test_panel_follows_the_saved_draft(o28, coordinator_client):
    response = coordinator_client.post(edit(o28), post_data(o28, [("channel", CHANNEL)]))
    assert response.status_code == 302
    o28.refresh_from_db()
    assert not o28.body  # the live page is untouched by a draft
    html = coordinator_client.get(edit(o28)).content.decode()
    assert 'data-component="complaint_channel" data-satisfied="true"' in html


def test_publishing_an_incomplete_item_asks_for_confirmation(o28, coordinator_client):
    blocks = [("text", rich_text("<p>อยู่ระหว่างจัดทำช่องทาง</p>"))]
    response = coordinator_client.post(edit(o28), post_data(o28, blocks, **{"action-publish": "publish"}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "ข้อนี้ยังไม่ครบถ้วน" in html
    assert "ยังไม่มีข้อมูล" in html
    # nothing the editor typed is lost: the form shown again holds the submitted stream
    kept = response.context["form"].cleaned_data["body"]
    assert "อยู่ระหว่างจัดทำช่องทาง" in kept[0].value.source
    o28.refresh_from_db()
    assert not o28.body
    data = post_data(o28, blocks, **{"action-publish": "publish", "confirm_incomplete": "on"})
    assert coordinator_client.post(edit(o28), data).status_code == 302
    o28.refresh_from_db()
    assert o28.live and o28.body[0].block_type == "text"


def test_publishing_a_complete_item_needs_no_confirmation(o28, coordinator_client):
    data = post_data(o28, [("channel", CHANNEL)], **{"action-publish": "publish"})
    assert coordinator_client.post(edit(o28), data).status_code == 302
    o28.refresh_from_db()
    assert o28.body[0].value["label"] == CHANNEL["label"]


def test_impossible_input_is_refused_in_thai_on_the_field_and_kept(o28, coordinator_client):
    stats = {
        "no_complaints": "",
        "period_start": "2023-03-31",
        "period_end": "2022-10-01",
        "rows": streamfield([]),
    }
    o29 = next(p for p in o28.get_siblings() if p.specific.item_code == "O29").specific
    response = coordinator_client.post(edit(o29), post_data(o29, [("complaint_statistics", stats)]))
    assert response.status_code == 200
    form = response.context["form"]
    (error,) = form.errors.as_data()["body"]
    assert error.block_errors[0].block_errors["period_end"].messages == ["วันที่สิ้นสุดอยู่ก่อนวันที่เริ่มต้น"]
    kept = form["body"].value()[0].value
    assert (str(kept["period_start"]), str(kept["period_end"])) == ("2023-03-31", "2022-10-01")


def test_blocks_quote_the_requirement_they_serve(o28, coordinator_client):
    import json

    html = coordinator_client.get(edit(o28)).content.decode()
    # The block menu is sent to the editor's widgets as JSON; Thai arrives \\u-escaped. The help text
    # names no item codes (later frameworks renumber); the panel lists the items from the framework.
    quoted = "ช่องทางออนไลน์ (ถาม-ตอบ"
    assert json.dumps(quoted)[1:-1] in html
    assert json.dumps("ข้อ O8")[1:-1] not in html
    assert '<li data-block="channel"><strong>ช่องทางออนไลน์</strong>: O8, O9, O18, O28</li>' in html


def test_only_those_who_may_publish_are_offered_the_confirmation(o28, client, division_editor):
    client.force_login(division_editor("personnel"))  # O28 belongs to กองการเจ้าหน้าที่
    html = client.get(edit(o28)).content.decode()
    assert 'data-component="complaint_channel"' in html
    assert 'name="confirm_incomplete"' not in html


def test_the_coordinator_is_offered_the_confirmation(o28, coordinator_client):
    assert 'name="confirm_incomplete"' in coordinator_client.get(edit(o28)).content.decode()

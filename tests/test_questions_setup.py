"""What ita_setup builds for Q&A (page, group, O8's link) and the O8 completeness rule."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from wagtail_ita.compliance import COMPLETE, INCOMPLETE
from wagtail_ita.models import QuestionAnswerPage
from wagtail_ita.setup import setup_section
from wagtail_ita.status import check_page

from .factories import make_qa_page

pytestmark = pytest.mark.django_db


def o8_page(report):
    return next(page for page in report.year_page.item_pages() if page.item_code == "O8")


def test_setup_builds_the_qa_page_and_group_and_links_o8(section):
    qa = QuestionAnswerPage.objects.get()
    assert qa.url_path.endswith("/ita/qa/") and qa.live
    group = Group.objects.get(name="ผู้ตอบคำถาม ITA (ถาม-ตอบ)")
    assert {p.codename for p in group.permissions.all()} == {"view_question", "change_question", "access_admin"}
    o8 = o8_page(section)
    (block,) = o8.body
    assert block.block_type == "channel" and block.value["channel"] == "qa" and block.value["page"].pk == qa.pk
    result = check_page(o8)
    assert result.status == COMPLETE
    assert result.components[0].notes == ("หน้าถาม-ตอบ: “ถาม-ตอบ (Q&A)” (/ita/qa/)",)


def test_the_responsible_division_answers_by_default_and_others_do_not(section):
    from .conftest import make_user

    strategy = make_user("s", groups=[Group.objects.get(name__endswith="กองยุทธศาสตร์และงบประมาณ")])
    finance = make_user("f", groups=[Group.objects.get(name__endswith="กองคลัง")])
    coordinator = make_user("c", groups=[Group.objects.get(name="ผู้ประสานงาน ITA")])
    assert strategy.has_perm("wagtail_ita.change_question")
    assert not finance.has_perm("wagtail_ita.view_question")
    assert not coordinator.has_perm("wagtail_ita.view_question")


def test_a_second_run_creates_nothing(section):
    again = setup_section(2566)
    assert not again.changed
    assert QuestionAnswerPage.objects.count() == 1 and len(o8_page(again).body) == 1


def test_an_existing_qa_page_anywhere_in_the_site_is_used_not_a_second(db):
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page
    existing = make_qa_page(home, slug="ask-us", title="ถามเรา")
    report = setup_section(2566)
    assert QuestionAnswerPage.objects.count() == 1
    assert o8_page(report).body[0].value["page"].pk == existing.pk


def test_o8_edited_by_an_editor_is_left_alone(section):
    o8 = o8_page(section)
    o8.body = [("text", "<p>ข้อความของผู้แก้ไข</p>")]
    o8.save_revision().publish()
    setup_section(2566)
    o8 = Page.objects.get(pk=o8.pk).specific
    assert [b.block_type for b in o8.body] == ["text"]


@pytest.mark.parametrize("link", ["url only", "standard page", "draft qa page"])
def test_o8_is_incomplete_without_a_live_qa_page_of_the_site(section, link):
    from home.models import StandardPage

    qa = QuestionAnswerPage.objects.get()
    o8 = o8_page(section)
    value = {"channel": "qa", "label": "Messenger", "url": "https://m.me/agency", "page": None, "description": ""}
    if link == "standard page":
        other = StandardPage(title="ถาม-ตอบเก่า", slug="old-qa")
        qa.get_parent().add_child(instance=other)
        value["page"] = other
    elif link == "draft qa page":
        qa.unpublish()
        value["page"] = qa
    result = check_page(
        o8,
        body=o8.body.stream_block.to_python(
            [{"type": "channel", "value": {**value, "page": value["page"] and value["page"].pk}}]
        ),
    )
    assert result.status == INCOMPLETE
    assert any("ยังไม่ได้เชื่อมโยงหน้าถาม-ตอบของเว็บไซต์นี้ที่เผยแพร่แล้ว" in reason for reason in result.reasons)


def test_the_completeness_panel_names_the_qa_page(client, section):
    from .conftest import make_user

    client.force_login(make_user("root", is_superuser=True))
    html = client.get(f"/admin/pages/{o8_page(section).pk}/edit/").content.decode()
    assert "หน้าถาม-ตอบ: “ถาม-ตอบ (Q&amp;A)” (/ita/qa/)" in html

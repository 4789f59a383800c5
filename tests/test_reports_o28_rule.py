"""O28 counts the site's own report page only when a citizen can really send a report through it.

Seed, O28: "มีช่องทางออนไลน์ที่แยกเฉพาะสำหรับการแจ้งเรื่องร้องเรียนการทุจริต … ที่มีการคุ้มครองข้อมูลของผู้แจ้ง" —
a page that refuses every report (no encryption key) or that is not published is no channel at all.
"""

import pytest

from wagtail_ita.compliance import COMPLETE, INCOMPLETE
from wagtail_ita.models import CorruptionReportPage
from wagtail_ita.status import check_page

pytestmark = pytest.mark.django_db


def o28_page(section):
    return section.year_page.get_children().get(slug="o28").specific


def test_o28_is_complete_when_the_linked_report_page_takes_reports(section):
    assert check_page(o28_page(section)).status == COMPLETE


def test_o28_is_incomplete_while_the_report_page_has_no_key(section, settings):
    settings.WAGTAIL_ITA_REPORT_KEYS = []
    result = check_page(o28_page(section))
    assert result.status == INCOMPLETE
    reasons = " ".join(result.reasons)
    assert "ยังรับเรื่องไม่ได้" in reasons and "WAGTAIL_ITA_REPORT_KEYS" in reasons


def test_o28_is_incomplete_while_the_report_page_is_not_published(section):
    report_page = CorruptionReportPage.objects.get()
    report_page.unpublish()
    result = check_page(o28_page(section))
    assert result.status == INCOMPLETE
    reasons = " ".join(result.reasons)
    assert report_page.title in reasons and "ยังไม่ได้เผยแพร่" in reasons

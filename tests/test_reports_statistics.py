"""O29 derived from the report channel: month boundaries, "no complaints", outside counts, purge keeps counts."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from wagtail_ita.blocks.channel_statistics import ChannelComplaintStatisticsBlock
from wagtail_ita.compliance import check_component
from wagtail_ita.frameworks import load_framework
from wagtail_ita.models import CorruptionReport
from wagtail_ita.reports.intake import create_case
from wagtail_ita.reports.retention import purge
from wagtail_ita.reports.statistics import derived_value, rule_period

pytestmark = pytest.mark.django_db
BANGKOK = ZoneInfo("Asia/Bangkok")
AFTER = date(2023, 6, 1)  # the first half of fiscal year 2566 is over


def at(*args):
    return datetime(*args, tzinfo=BANGKOK)


def case(page, when, status="received"):
    made = create_case(page, {"what": "x"}, {}, [], now=when).case
    CorruptionReport.objects.filter(pk=made.pk).update(status=status, closed_at=when if status == "finished" else None)
    return made


def figures(today=AFTER, outside=()):
    return derived_value(rule_period("first_half_year", 2566), None, outside, today)


def by_label(value):
    return {row["label"]: (row["total"], row["finished"], row["in_progress"]) for row in value["shown_rows"]}


def test_boundary_dates_of_the_first_half(channel):
    page, _group = channel
    case(page, at(2022, 9, 30, 23, 59))  # fiscal year 2565
    case(page, at(2022, 10, 1, 0, 0), "finished")
    case(page, at(2023, 3, 31, 23, 59))
    case(page, at(2023, 4, 1, 0, 0))  # second half
    value = figures()
    rows = by_label(value)
    assert list(rows) == [
        "ตุลาคม 2565",
        "พฤศจิกายน 2565",
        "ธันวาคม 2565",
        "มกราคม 2566",
        "กุมภาพันธ์ 2566",
        "มีนาคม 2566",
    ]
    assert rows["ตุลาคม 2565"] == (1, 1, 0)
    assert rows["มีนาคม 2566"] == (1, 0, 1)
    assert (value["total"], value["finished"], value["in_progress"]) == (2, 1, 1)
    assert not value["no_complaints"]


def test_whole_fiscal_year_rule_takes_september_30_not_october_1(channel):
    page, _group = channel
    case(page, at(2023, 9, 30, 12))
    case(page, at(2023, 10, 1, 0, 1))
    value = derived_value(rule_period("fiscal_year", 2566), None, (), date(2024, 1, 1))
    assert value["total"] == 1 and by_label(value)["กันยายน 2566"] == (1, 0, 1)


def test_no_complaints_when_zero_and_the_rule_is_met(channel):
    value = figures()
    assert value["no_complaints"] and value["rows"] == [] and value["total"] == 0
    component = next(c for c in load_framework(2566).item("O29").components)
    block = ChannelComplaintStatisticsBlock()
    body = [_child(block, {"channel": None, "outside": []})]
    result = check_component(component, body, 2566)
    assert result.satisfied, result.reasons


def _child(block, raw):
    from wagtail.blocks import StreamBlock

    stream = StreamBlock([("channel_complaint_statistics", block)])
    return stream.to_python([{"type": "channel_complaint_statistics", "value": raw}])[0]


def test_outside_counts_are_added_month_by_month(channel):
    page, _group = channel
    case(page, at(2022, 11, 5))
    value = figures(outside=[{"year": 2565, "month": "11", "total": 2, "finished": 2, "in_progress": 0}])
    assert by_label(value)["พฤศจิกายน 2565"] == (3, 2, 1)
    assert value["outside_total"] == 2


def test_a_running_period_is_not_yet_complete(channel):
    component = next(c for c in load_framework(2566).item("O29").components)
    body = [_child(ChannelComplaintStatisticsBlock(), {"channel": None, "outside": []})]
    today = date(2023, 2, 10)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "localdate", lambda *a, **k: today)
        result = check_component(component, body, 2566)
    assert not result.satisfied
    assert "มีนาคม 2566" in " ".join(result.reasons)


def test_purge_keeps_the_counts(channel, settings):
    page, _group = channel
    case(page, at(2022, 10, 3), "finished")
    case(page, at(2022, 12, 3))
    before = figures()
    settings.WAGTAIL_ITA_REPORT_RETENTION_DAYS = 1
    erased = purge(now=timezone.now() + timedelta(days=5000))
    assert erased == ["R-2566-0001"]
    purged = CorruptionReport.objects.get(number=1)
    assert purged.content == "" and purged.identity == "" and purged.purged_at
    assert (purged.status, purged.received_at) == ("finished", at(2022, 10, 3))
    assert figures() == before


def test_o29_page_renders_the_derived_table(client, section):
    page = next(p for p in section.year_page.item_pages() if p.item_code == "O29")
    report_page = (
        page.get_parent()
        .get_parent()
        .get_children()
        .type(__import__("wagtail_ita.models", fromlist=["CorruptionReportPage"]).CorruptionReportPage)
        .first()
    )
    case(report_page.specific, at(2022, 10, 3), "finished")
    page.body = [("channel_complaint_statistics", {"channel": None, "outside": []})]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "ตุลาคม 2565" in html and "<svg" in html and "data-complaint-totals" in html

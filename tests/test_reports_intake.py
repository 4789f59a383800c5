"""The report form: a case number and receipt code once, no-store, same-origin referrer, errors in Thai."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail_ita.models import CaseAttachment, CaseStatus, CorruptionReport, CorruptionReportPage
from wagtail_ita.reports import crypto, receipts

from .reports_support import MARKER_LATIN, PNG, marker, receipt_of, report_data, report_page, submit

pytestmark = pytest.mark.django_db


def test_setup_creates_one_report_page_and_an_empty_group(section):
    from django.contrib.auth.models import Group

    from wagtail_ita.setup import setup_section

    page = report_page()
    assert page.url == "/ita/report/"
    assert page.live
    group = Group.objects.get(name="ผู้รับเรื่องร้องเรียนการทุจริต")
    assert not group.user_set.exists()
    assert {p.codename for p in group.permissions.all()} == {"receive_corruptionreport", "access_admin"}
    o28 = section.year_page.get_children().get(slug="o28").specific
    channels = [b for b in o28.body if b.block_type == "channel"]
    assert channels[0].value["page"].pk == page.pk
    setup_section(2566)
    assert CorruptionReportPage.objects.count() == 1
    o28.refresh_from_db()
    assert len([b for b in o28.body if b.block_type == "channel"]) == 1


def test_form_shows_protection_text_before_the_form(client, channel):
    response = client.get(report_page().url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("ita-report-protection") < html.index("<form")
    assert "เข้ารหัส" in html
    assert response["Cache-Control"].count("no-store") == 1
    assert response["Referrer-Policy"] == "same-origin"


def test_report_gives_case_number_and_receipt_code_once(client, channel):
    response = submit(client)
    assert response.status_code == 200, response.content.decode()[:2000]
    number, code = receipt_of(response)
    year = CorruptionReport.objects.get().fiscal_year
    assert number == f"R-{year}-0001"
    groups = code.split("-")
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)
    assert len(receipts.ALPHABET) ** receipts.CODE_LENGTH >= 2**80
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
    case = CorruptionReport.objects.get()
    assert case.status == CaseStatus.RECEIVED
    assert not case.anonymous
    assert code.replace("-", "") not in case.receipt_hash
    assert case.receipt_hash == crypto.keyed_hashes(code.replace("-", ""))[0]
    assert case.read_content()["what"].startswith(marker("what"))
    assert case.read_identity()["name"] == marker("name")
    attachment = CaseAttachment.objects.get()
    assert attachment.read_meta()["type"] == "application/pdf"
    assert submit(client).status_code == 200
    assert sorted(c.number for c in CorruptionReport.objects.all()) == [1, 2]


def test_anonymous_report_keeps_no_identity(client, channel):
    response = submit(client, report_data(named=False, files=[]))
    assert response.status_code == 200
    case = CorruptionReport.objects.get()
    assert case.anonymous and case.identity == ""


def test_named_report_needs_a_name_and_a_way_to_reach(client, channel):
    response = submit(client, report_data(named=True, name="", phone="", email=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert "ระบุชื่อ" in html and "หมายเลขโทรศัพท์" in html
    assert MARKER_LATIN in html  # what was typed comes back
    assert not CorruptionReport.objects.exists()


def test_up_to_three_real_files(client, channel):
    files = [SimpleUploadedFile(f"p{i}.png", PNG, content_type="image/png") for i in range(4)]
    response = submit(client, report_data(files=files))
    assert response.status_code == 400
    assert not CorruptionReport.objects.exists()
    files = [SimpleUploadedFile(f"p{i}.png", PNG, content_type="image/png") for i in range(3)]
    assert submit(client, report_data(files=files)).status_code == 200
    assert CaseAttachment.objects.count() == 3


def test_case_numbers_run_per_fiscal_year(channel):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from wagtail_ita.reports.intake import create_case

    bangkok = ZoneInfo("Asia/Bangkok")
    page = report_page()
    first = create_case(page, {"what": "a"}, {}, [], now=datetime(2022, 9, 30, 23, 59, tzinfo=bangkok)).case
    second = create_case(page, {"what": "b"}, {}, [], now=datetime(2022, 10, 1, 0, 1, tzinfo=bangkok)).case
    third = create_case(page, {"what": "c"}, {}, [], now=datetime(2022, 10, 2, tzinfo=bangkok)).case
    assert [first.case_number, second.case_number, third.case_number] == ["R-2565-0001", "R-2566-0001", "R-2566-0002"]


def test_without_keys_the_page_refuses_and_says_why(client, channel, settings):
    settings.WAGTAIL_ITA_REPORT_KEYS = []
    page = report_page()
    response = client.get(page.url)
    html = response.content.decode()
    assert "<form" not in html.split("ita-follow-up-link")[0].split("</section>")[-1]
    assert "WAGTAIL_ITA_REPORT_KEYS" in html
    response = submit(client, url=page.url)
    assert response.status_code == 503
    assert not CorruptionReport.objects.exists()


def test_system_check_warns_without_keys(settings):
    from django.core.checks import run_checks

    settings.WAGTAIL_ITA_REPORT_KEYS = []
    assert "wagtail_ita.W001" in {m.id for m in run_checks()}
    settings.WAGTAIL_ITA_REPORT_KEYS = ["not-a-key"]
    assert "wagtail_ita.E001" in {m.id for m in run_checks()}


def test_channel_pages_never_come_from_the_page_cache(client, channel, settings):
    from wagtail_ita import page_cache

    settings.WAGTAIL_ITA_REPORT_KEYS = []  # a page without a form, which the page cache would otherwise keep
    page, _group = channel
    for _ in range(2):
        response = client.get(page.url)
        assert page_cache.HEADER not in response and "no-store" in response["Cache-Control"]
    before = page_cache.generation()
    settings.WAGTAIL_ITA_REPORT_KEYS = [__import__("cryptography.fernet").fernet.Fernet.generate_key().decode()]
    submit(client)
    assert page_cache.generation() != before  # O29 pages that count cases are rendered anew


class MailServerDown:
    """An e-mail backend whose server refuses every message."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        from smtplib import SMTPServerDisconnected

        raise SMTPServerDisconnected("connection refused")


def test_a_mail_server_that_is_down_loses_no_report(
    client, channel, settings, caplog, django_capture_on_commit_callbacks
):
    from .conftest import make_user

    page, group = channel
    make_user("recipient", groups=[group], email="r@example.org")
    settings.EMAIL_BACKEND = f"{__name__}.MailServerDown"
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)
    assert response.status_code == 200
    number, _code = receipt_of(response)
    assert CorruptionReport.objects.get().case_number == number
    failures = [r for r in caplog.records if r.name == "wagtail_ita.reports.notify"]
    assert failures and number in failures[0].getMessage()
    assert MARKER_LATIN not in caplog.text

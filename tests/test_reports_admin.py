"""The recipients' admin: only the recipients' group reads cases; every reading is in the audit log."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from wagtail_ita.conf import get_setting
from wagtail_ita.models import CaseMessage, CorruptionReport, Division

from .conftest import make_user
from .reports_support import MARKER_LATIN, MARKER_TH, marker, receipt_of, submit

pytestmark = pytest.mark.django_db


def admin_urls(case):
    attachment = case.attachments.first()
    return [
        ("get", reverse("wagtail_ita_reports:index")),
        ("get", reverse("wagtail_ita_reports:index_results")),
        ("get", reverse("wagtail_ita_reports:inspect", args=[case.pk])),
        ("get", reverse("wagtail_ita_reports:attachment", args=[case.pk, attachment.pk])),
        ("post", reverse("wagtail_ita_reports:status", args=[case.pk])),
    ]


@pytest.fixture
def recipient(channel):
    _page, group = channel
    return make_user("recipient", groups=[group], email="recipient@example.org")


def test_recipient_reads_the_case_and_every_reading_is_logged(client, recipient):
    submit(client)
    case = CorruptionReport.objects.get()
    client.force_login(recipient)
    listing = client.get(reverse("wagtail_ita_reports:index"))
    assert listing.status_code == 200
    assert case.case_number in listing.content.decode()
    assert MARKER_LATIN not in listing.content.decode()
    detail = client.get(reverse("wagtail_ita_reports:inspect", args=[case.pk]))
    html = detail.content.decode()
    assert detail.status_code == 200
    for field in ("what", "official_name", "official_position", "when", "where", "name"):
        assert marker(field) in html
    assert "&lt;script&gt;alert(&#x27;what&#x27;)&lt;/script&gt;" in html and "<script>alert('what')" not in html
    assert "no-store" in detail["Cache-Control"]
    attachment = case.attachments.get()
    download = client.get(reverse("wagtail_ita_reports:attachment", args=[case.pk, attachment.pk]))
    body = b"".join(download.streaming_content)
    assert marker("attachment").encode() in body
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["X-Content-Type-Options"] == "nosniff"
    actions = list(ModelLogEntry.objects.filter(object_id=str(case.pk)).values_list("action", flat=True))
    assert sorted(actions) == ["wagtail_ita.report_downloaded", "wagtail_ita.report_opened"]
    for entry in ModelLogEntry.objects.all():
        assert MARKER_LATIN not in str(entry.data) and MARKER_LATIN not in entry.label


def test_status_change_sends_a_message_to_the_reporter(client, recipient, channel):
    page, _group = channel
    _number, code = receipt_of(submit(client))
    case = CorruptionReport.objects.get()
    staff = client.__class__()
    staff.force_login(recipient)
    url = reverse("wagtail_ita_reports:status", args=[case.pk])
    assert staff.post(url, {"status": "finished", "message": "x"}).status_code == 302  # not offered from received
    case.refresh_from_db()
    assert case.status == "received"
    staff.post(url, {"status": "in_progress", "message": "กำลังตรวจสอบ <b>ข้อเท็จจริง</b>"})
    case.refresh_from_db()
    assert case.status == "in_progress" and case.closed_at is None
    staff.post(url, {"status": "finished", "message": "ยุติเรื่อง"})
    case.refresh_from_db()
    assert case.status == "finished" and case.closed_at is not None
    assert CaseMessage.objects.filter(sender="agency").count() == 2
    assert ModelLogEntry.objects.filter(action="wagtail_ita.report_status").count() == 2
    html = client.post(page.url + "follow-up/", {"code": code}).content.decode()
    assert "กำลังตรวจสอบ &lt;b&gt;ข้อเท็จจริง&lt;/b&gt;" in html and "ยุติเรื่อง" in html


def test_mail_to_recipients_names_only_the_case(client, recipient, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        number, _code = receipt_of(submit(client))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["recipient@example.org"]
    assert number in message.subject
    text = message.subject + message.body + "".join(str(a) for a in message.attachments)
    assert MARKER_LATIN not in text and MARKER_TH not in text


def test_others_are_refused_every_url(client, section):
    submit(client)
    case = CorruptionReport.objects.get()
    editor = make_user("editor", groups=[Division.objects.get(key="finance").group])
    coordinator = make_user("coordinator", groups=[Group.objects.get(name=get_setting("COORDINATOR_GROUP"))])
    moderator = make_user("moderator", groups=[Group.objects.get(name="Moderators")])
    for user in (None, editor, coordinator, moderator):
        client.logout()
        if user:
            client.force_login(user)
        for method, url in admin_urls(case):
            response = getattr(client, method)(url, {"status": "in_progress"} if method == "post" else None)
            assert response.status_code in (302, 403), (user, url, response.status_code)
            if response.status_code == 302:
                assert "/login/" in response["Location"] or user is not None
            assert MARKER_LATIN not in response.content.decode(errors="replace")
    case.refresh_from_db()
    assert case.status == "received"
    assert not ModelLogEntry.objects.filter(object_id=str(case.pk)).exists()


def test_without_a_key_the_recipients_see_why_and_no_case_is_decrypted(client, recipient, settings):
    submit(client)
    case = CorruptionReport.objects.get()
    settings.WAGTAIL_ITA_REPORT_KEYS = []
    client.force_login(recipient)
    for url in (reverse("wagtail_ita_reports:index"), reverse("wagtail_ita_reports:inspect", args=[case.pk])):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200
        assert 'role="alert"' in html and "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตยังไม่รับเรื่อง" in html, url
        assert MARKER_LATIN not in html and MARKER_TH not in html

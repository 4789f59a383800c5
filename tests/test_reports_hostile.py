"""Hostile input to the report channel: a clear Thai error, never a 500, nothing stored in part."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail_ita.models import CaseAttachment, CorruptionReport
from wagtail_ita.reports import files as report_files
from wagtail_ita.reports.files import report_files_root

from .conftest import make_user
from .reports_support import PNG, receipt_of, report_data, report_page, submit

pytestmark = pytest.mark.django_db
SCRIPT = "<script>alert(1)</script>"


def nothing_stored():
    root = report_files_root()
    return not CorruptionReport.objects.exists() and not (root.exists() and any(root.iterdir()))


def test_script_in_every_field_is_escaped_in_admin_and_public(client, channel):
    page, group = channel
    fields = ("what", "official_name", "official_position", "when", "where", "name")
    data = report_data(**{f: f"{f}{SCRIPT}" for f in fields}, files=[SimpleUploadedFile(f"{SCRIPT}.png", PNG)])
    response = submit(client, data)
    assert response.status_code == 200
    _number, code = receipt_of(response)
    public = client.post(page.url + "follow-up/", {"code": code}).content.decode()
    assert SCRIPT not in public
    recipient = make_user("recipient", groups=[group])
    client.force_login(recipient)
    case = CorruptionReport.objects.get()
    html = client.get(reverse("wagtail_ita_reports:inspect", args=[case.pk])).content.decode()
    assert SCRIPT not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= len(fields)
    client.post(reverse("wagtail_ita_reports:status", args=[case.pk]), {"status": "in_progress", "message": SCRIPT})
    client.logout()
    public = client.post(page.url + "follow-up/", {"code": code}).content.decode()
    assert SCRIPT not in public and "&lt;script&gt;" in public


def test_a_pdf_that_is_html_inside_is_refused(client, channel):
    fake = SimpleUploadedFile("report.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf")
    response = submit(client, report_data(files=[fake]))
    assert response.status_code == 400
    assert "ไม่ใช่ไฟล์ PDF, JPEG หรือ PNG" in response.content.decode()
    assert nothing_stored()


def test_a_30_mb_file_is_refused(client, channel):
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * (30 * 1024 * 1024), content_type="application/pdf")
    response = submit(client, report_data(files=[big]))
    assert response.status_code == 400
    assert "มีขนาดเกิน 10 MB" in response.content.decode()
    assert nothing_stored()


def test_eleven_fields_of_junk(client, channel):
    junk = {
        "what": "x" * 20_000,
        "official_name": "\x00\x01\x02",
        "official_position": "y" * 5000,
        "when": ["a", "b"],
        "where": "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
        "identity": "both",
        "name": "z" * 1000,
        "phone": "p" * 1000,
        "email": "not-an-address",
        "consent": "maybe",
        "attachments": "not a file",
    }
    response = client.post(report_page().url, junk)
    assert response.status_code == 400
    html = response.content.decode()
    assert "ยังไม่ได้ส่งเรื่อง" in html
    assert nothing_stored()


def test_missing_csrf_token_gets_a_thai_page(channel):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(report_page().url, report_data())
    assert response.status_code == 403
    assert "ส่งแบบฟอร์มไม่สำเร็จ" in response.content.decode()
    assert nothing_stored()


def test_failure_while_storing_files_leaves_nothing(client, channel, monkeypatch):
    calls = []
    original = report_files.save_encrypted

    def fail_on_second(data):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return original(data)

    monkeypatch.setattr(report_files, "save_encrypted", fail_on_second)
    files = [SimpleUploadedFile(f"p{i}.png", PNG) for i in range(2)]
    with pytest.raises(OSError):
        submit(client, report_data(files=files))
    assert nothing_stored() and not CaseAttachment.objects.exists()

"""Helpers for the corruption-report channel tests: a marker in every field, posting, reading the receipt."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail_ita.models import CorruptionReportPage

MARKER_TH = "ทดสอบลับเฉพาะกขฃ"
MARKER_LATIN = "ZQXMARKER7731"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def marker(field):
    return f"{MARKER_TH}-{MARKER_LATIN}-{field}"


def report_page():
    return CorruptionReportPage.objects.get()


def pdf_with(text):
    return b"%PDF-1.4\n1 0 obj<<>>endobj\n% " + text.encode() + b"\n%%EOF\n"


def report_data(named=True, files=None, **overrides):
    data = {
        "what": marker("what") + " <script>alert('what')</script>",
        "official_name": marker("official_name"),
        "official_position": marker("official_position"),
        "when": marker("when"),
        "where": marker("where"),
        "identity": "named" if named else "anonymous",
        "name": marker("name") if named else "",
        "phone": "081-234-5678" if named else "",
        "email": f"{MARKER_LATIN.lower()}@example.org" if named else "",
        "consent": "on",
    }
    if files is None:
        files = [SimpleUploadedFile("evidence.pdf", pdf_with(marker("attachment")), content_type="application/pdf")]
    data["attachments"] = files
    data.update(overrides)
    return data


def submit(client, data=None, url=None):
    url = url or report_page().url
    return client.post(url, data or report_data())


def receipt_of(response):
    html = response.content.decode()
    code = re.search(r'data-receipt-code="([^"]+)"', html).group(1)
    number = re.search(r'data-case-number="([^"]+)"', html).group(1)
    return number, code

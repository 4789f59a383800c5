"""Following a case with its receipt code; wrong codes open nothing and are limited."""

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail_ita.models import CaseAttachment, CaseMessage, CorruptionReport
from wagtail_ita.reports import crypto

from .reports_support import PNG, marker, receipt_of, report_data, submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


def follow(client, page, **data):
    return client.post(page.url + "follow-up/", data)


def test_receipt_code_opens_its_case_and_not_another(client, channel):
    page, _group = channel
    first_number, first_code = receipt_of(submit(client))
    second_number, second_code = receipt_of(submit(client, report_data(named=False)))
    response = follow(client, page, code=first_code)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'data-case-number="{first_number}"' in html and second_number not in html
    assert "no-store" in response["Cache-Control"] and response["Referrer-Policy"] == "same-origin"
    # Typed loosely: lower case, spaces instead of dashes.
    assert follow(client, page, code=second_code.lower().replace("-", " ")).status_code == 200
    assert marker("what") not in html  # the follow-up shows status and the agency's messages, not the report


def test_wrong_code_shows_nothing_and_is_limited(client, channel):
    page, _group = channel
    _number, code = receipt_of(submit(client))
    wrong = ("2" * 4 + "-") * 4 + "2222"
    for attempt in range(5):
        response = follow(client, page, code=wrong if attempt % 2 else "nonsense")
        assert response.status_code == 404
        assert "data-case-number" not in response.content.decode()
    response = follow(client, page, code=code)
    assert response.status_code == 429
    assert "data-case-number" not in response.content.decode()
    assert "หนึ่งชั่วโมง" in response.content.decode()
    # Another client is not held back by this one's mistakes, and no address is a cache key.
    assert follow(client.__class__(REMOTE_ADDR="10.9.8.7"), page, code=code).status_code == 200
    assert not [key for key in cache._cache if "127.0.0.1" in str(key)]


def test_code_is_not_stored_in_clear(client, channel):
    _number, code = receipt_of(submit(client))
    case = CorruptionReport.objects.get()
    for value in (code, code.replace("-", "")):
        for field in ("content", "identity", "receipt_hash"):
            assert value not in getattr(case, field)


def test_reporter_adds_information_and_files(client, channel):
    page, _group = channel
    _number, code = receipt_of(submit(client, report_data(files=[])))
    response = client.post(
        page.url + "follow-up/",
        {"code": code, "text": marker("added"), "attachments": [SimpleUploadedFile("x.png", PNG)]},
    )
    assert response.status_code == 200
    message = CaseMessage.objects.get()
    assert message.sender == CaseMessage.FROM_REPORTER
    assert marker("added") not in message.body and message.read_body() == marker("added")
    assert CaseAttachment.objects.count() == 1


def test_closed_case_takes_no_more(client, channel):
    page, _group = channel
    _number, code = receipt_of(submit(client, report_data(files=[])))
    CorruptionReport.objects.update(status="finished")
    response = client.post(page.url + "follow-up/", {"code": code, "text": "more"})
    assert response.status_code == 400
    assert not CaseMessage.objects.exists()


def test_without_keys_follow_up_refuses(client, channel, settings):
    page, _group = channel
    settings.WAGTAIL_ITA_REPORT_KEYS = []
    assert follow(client, page, code="x").status_code == 503
    with pytest.raises(crypto.KeysMissing):
        crypto.encrypt_json({"a": 1})

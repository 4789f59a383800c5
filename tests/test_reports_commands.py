"""ita_purge_reports and ita_reencrypt_reports."""

from datetime import timedelta

import pytest
from cryptography.fernet import Fernet
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError
from django.utils import timezone

from wagtail_ita.models import CaseAttachment, CorruptionReport
from wagtail_ita.reports import crypto, files

from .reports_support import PNG, marker, receipt_of, report_data, submit

pytestmark = pytest.mark.django_db


def test_purge_erases_content_of_old_closed_cases_only(client, channel, run_command, settings):
    page, _group = channel
    submit(client)
    submit(client)
    old, recent = CorruptionReport.objects.order_by("number")
    long_ago = timezone.now() - timedelta(days=400)
    CorruptionReport.objects.filter(pk=old.pk).update(status="finished", closed_at=long_ago)
    settings.WAGTAIL_ITA_REPORT_RETENTION_DAYS = 365
    stored = CaseAttachment.objects.get(case=old).stored_name
    out, _err = run_command("ita_purge_reports", "--dry-run")
    assert old.case_number in out and recent.case_number not in out
    assert CorruptionReport.objects.get(pk=old.pk).content
    out, _err = run_command("ita_purge_reports")
    assert f"erased {old.case_number}" in out
    old.refresh_from_db()
    assert old.content == old.identity == "" and old.purged_at and old.status == "finished"
    assert not CaseAttachment.objects.filter(case=old).exists()
    assert not files.report_storage().exists(stored)
    assert CorruptionReport.objects.get(pk=recent.pk).read_content()["what"].startswith(marker("what"))


def test_purge_refuses_a_bad_setting(channel, run_command, settings):
    settings.WAGTAIL_ITA_REPORT_RETENTION_DAYS = "forever"
    with pytest.raises(CommandError) as error:
        run_command("ita_purge_reports")
    assert error.value.returncode == 2


def test_reencrypt_moves_everything_to_the_newest_key(client, channel, run_command, settings):
    page, _group = channel
    old_key = settings.WAGTAIL_ITA_REPORT_KEYS[0]
    number, code = receipt_of(submit(client, report_data(files=[SimpleUploadedFile("a.png", PNG)])))
    new_key = Fernet.generate_key().decode()
    settings.WAGTAIL_ITA_REPORT_KEYS = [new_key, old_key]
    out, _err = run_command("ita_reencrypt_reports")
    assert "1 cases, 0 messages and 1 files" in out
    settings.WAGTAIL_ITA_REPORT_KEYS = [new_key]
    case = CorruptionReport.objects.get()
    assert case.read_content()["what"].startswith(marker("what"))
    attachment = case.attachments.get()
    assert files.read_decrypted(attachment.stored_name) == PNG
    assert attachment.read_meta()["name"] == "a.png"
    # A receipt code hashed under the old key works while the old key is listed, and is then re-hashed.
    settings.WAGTAIL_ITA_REPORT_KEYS = [new_key, old_key]
    assert client.post(page.url + "follow-up/", {"code": code}).status_code == 200
    settings.WAGTAIL_ITA_REPORT_KEYS = [new_key]
    assert client.post(page.url + "follow-up/", {"code": code}).status_code == 200


def test_reencrypt_without_keys_exits_2(channel, run_command, settings):
    settings.WAGTAIL_ITA_REPORT_KEYS = []
    with pytest.raises(CommandError) as error:
        run_command("ita_reencrypt_reports")
    assert error.value.returncode == 2
    assert crypto.keys_problem()

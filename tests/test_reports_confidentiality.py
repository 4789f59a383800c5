"""A report's marker text is nowhere at rest, in the logs or in the mail; only a recipient sees it.

On SQLite the database file's bytes are searched; on PostgreSQL a ``pg_dump`` of the test database
(or, without the tool, every row of every table cast to text).
"""

import logging
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse

from wagtail_ita.models import CorruptionReport
from wagtail_ita.reports.files import report_files_root

from .conftest import make_user
from .reports_support import MARKER_LATIN, MARKER_TH, marker, receipt_of, report_data, submit

pytestmark = pytest.mark.django_db(transaction=True)

CLIENT = {
    "REMOTE_ADDR": "203.0.113.77",
    "HTTP_USER_AGENT": "MarkerAgent/9.9 (secret-browser)",
    "HTTP_REFERER": "http://testserver/referer-marker-page/",
}
MARKERS = [MARKER_LATIN.encode(), MARKER_TH.encode(), MARKER_TH.encode("utf-16-le"), MARKER_LATIN.lower().encode()]


def _database_bytes():
    if connection.vendor == "sqlite":
        # The test database lives in memory: write it out as the database file a site would have.
        connection.ensure_connection()
        target = tmp_dir() / "db.sqlite3"
        copy = sqlite3.connect(target)
        connection.connection.backup(copy)
        copy.close()
        return target.read_bytes()
    settings = connection.settings_dict
    if shutil.which("pg_dump"):
        command = ["pg_dump", "--data-only", "-h", settings["HOST"] or "127.0.0.1", "-p", str(settings["PORT"] or 5432)]
        command += ["-U", settings["USER"] or "postgres", settings["NAME"]]
        env = {"PGPASSWORD": settings.get("PASSWORD") or "", "PATH": "/usr/bin:/bin"}
        return subprocess.run(command, check=True, capture_output=True, env=env).stdout  # noqa: S603
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT CAST(t.* AS text) FROM "{table}" t')  # noqa: S608
            chunks += [row[0].encode() for row in cursor.fetchall()]
    return b"\n".join(chunks)


def tmp_dir():
    return Path(tempfile.mkdtemp(prefix="wita-db-"))


def _files_bytes(root):
    return b"".join(p.read_bytes() for p in Path(root).rglob("*") if p.is_file())


def test_marker_is_absent_at_rest_in_logs_and_mail_but_shown_to_a_recipient(
    client, channel, caplog, django_capture_on_commit_callbacks
):
    page, group = channel
    recipient = make_user("recipient", groups=[group], email="r@example.org")
    caplog.set_level(logging.DEBUG)
    client.defaults.update(CLIENT)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client)
    assert response.status_code == 200
    number, code = receipt_of(response)
    client.post(page.url + "follow-up/", {"code": code, "text": marker("added")})
    # Errors on the way in are logged without the content either.
    client.post(page.url, report_data(what=marker("invalid"), consent=""))
    logged = "\n".join(f"{r.getMessage()} {r.args} {getattr(r, 'request', '')}" for r in caplog.records).encode()
    mailed = "".join(m.subject + m.body for m in mail.outbox).encode()
    assert mail.outbox and number in mail.outbox[0].subject
    stored = _database_bytes() + _files_bytes(report_files_root())
    assert len(stored) > 10_000 and b"r@example.org" in stored  # the search finds what is stored in clear
    for needle in MARKERS + [code.encode(), code.replace("-", "").encode()]:
        assert needle not in stored, needle
        assert needle not in logged, needle
        assert needle not in mailed, needle
    for needle in (CLIENT["REMOTE_ADDR"], CLIENT["HTTP_USER_AGENT"], CLIENT["HTTP_REFERER"]):
        assert needle.encode() not in stored and needle.encode() not in logged, needle
    client.force_login(recipient)
    case = CorruptionReport.objects.get()
    html = client.get(reverse("wagtail_ita_reports:inspect", args=[case.pk])).content.decode()
    for field in ("what", "official_name", "official_position", "when", "where", "name", "added"):
        assert marker(field) in html, field
    attachment = case.attachments.get()
    body = b"".join(
        client.get(reverse("wagtail_ita_reports:attachment", args=[case.pk, attachment.pk])).streaming_content
    )
    assert marker("attachment").encode() in body

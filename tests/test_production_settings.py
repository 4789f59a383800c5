"""``example_site.settings.production``: everything from the environment, ``check --deploy`` clean, DB timeouts."""

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

EXAMPLE_SITE = Path(__file__).resolve().parent.parent / "example_site"

ENV = {
    "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
    "DJANGO_SECRET_KEY": "k" * 20 + "ตัวอย่าง-not-a-real-key-" + "x9Q!z" * 6,
    "DJANGO_ALLOWED_HOSTS": "ita.example.go.th,www.example.go.th",
    "DATABASE_URL": "postgres://wagtail:secret@db.internal:5432/wagtail",
    "CACHE_URL": "redis://cache.internal:6379/1",
    "WAGTAIL_ITA_REPORT_KEYS": f"{Fernet.generate_key().decode()},{Fernet.generate_key().decode()}",
}

PRINT_SETTINGS = """
import json
from django.conf import settings as s  # read without django.setup(): S3 needs boto3 only when storing
db = s.DATABASES["default"]
print(json.dumps({
    "debug": s.DEBUG, "hosts": s.ALLOWED_HOSTS, "options": db.get("OPTIONS", {}), "engine": db["ENGINE"],
    "cache": s.CACHES["default"]["BACKEND"], "cache_location": s.CACHES["default"].get("LOCATION"),
    "media": s.STORAGES["default"]["BACKEND"], "report_keys": s.WAGTAIL_ITA_REPORT_KEYS,
    "max_upload": s.WAGTAIL_ITA_MAX_UPLOAD_SIZE, "email": s.EMAIL_HOST,
}))
"""


def run(args, env=None, timeout=120):
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    environment.update(env or ENV)
    return subprocess.run(
        [sys.executable, *args], cwd=EXAMPLE_SITE, env=environment, capture_output=True, text=True, timeout=timeout
    )


# The example site's production settings install wagtail-localize (the English section): the tests that
# start Django with them need it, and the oldest pair runs without it.
@pytest.mark.localize
def test_check_deploy_is_clean():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_everything_comes_from_the_environment():
    result = run(
        ["-c", PRINT_SETTINGS],
        env=ENV
        | {"EMAIL_HOST": "smtp.example.go.th", "MEDIA_STORAGE": "s3"}
        | {"AWS_STORAGE_BUCKET_NAME": "ita-media"},
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["hosts"] == ["ita.example.go.th", "www.example.go.th"]
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["options"]["connect_timeout"] == 5
    assert "statement_timeout=30000" in values["options"]["options"]
    assert "lock_timeout=10000" in values["options"]["options"]
    assert values["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert values["cache_location"] == "redis://cache.internal:6379/1"
    assert values["media"] == "storages.backends.s3.S3Storage"
    assert values["report_keys"] == ENV["WAGTAIL_ITA_REPORT_KEYS"].split(",")
    assert values["max_upload"] == 20 * 1024 * 1024
    assert values["email"] == "smtp.example.go.th"


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL"])
def test_a_missing_required_variable_is_named(missing):
    env = {key: value for key, value in ENV.items() if key != missing}
    result = run(["manage.py", "check"], env=env)
    assert result.returncode != 0
    assert missing in result.stderr


@pytest.fixture
def silent_database():
    """A TCP server that accepts connections and never answers, like a hung database."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


@pytest.mark.localize
def test_an_unresponsive_database_fails_instead_of_hanging(silent_database):
    code = "import django; django.setup(); from django.db import connection; connection.ensure_connection()"
    env = ENV | {
        "DATABASE_URL": f"postgres://wagtail:secret@127.0.0.1:{silent_database}/wagtail",
        "DATABASE_CONNECT_TIMEOUT": "2",
    }
    # Without connect_timeout this waits on the silent server until the subprocess timeout kills it.
    result = run(["-c", code], env=env, timeout=60)
    assert result.returncode != 0
    assert "OperationalError" in result.stderr and "timeout" in result.stderr.lower()


def test_the_csp_middleware_sends_the_strict_policy_outside_the_admin(client, settings, db):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "example_site.csp.ContentSecurityPolicyMiddleware"]
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "style-src 'self';" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "Content-Security-Policy" not in client.get("/admin/login/")

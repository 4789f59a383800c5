"""``ita_export_urls`` fetches the submitted URLs over HTTP, as the NACC evaluator does, from a real local server."""

import ast
import io
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from wagtail.models import Site

from wagtail_ita.coordination.fetching import fetch, fetch_all

#: The slow page answers after this many seconds; the tests wait TIMEOUT for it (not less: on a busy
#: machine a quick page may take a second).
SLOW, TIMEOUT = 6, 2


class Handler(BaseHTTPRequestHandler):
    """Answers by the server's ``routes``: path → (status, Location or None, delay); 200 for every other path."""

    protocol_version = "HTTP/1.1"

    def do_HEAD(self):
        self.answer(body=False)

    def do_GET(self):
        self.answer(body=True)

    def answer(self, body):
        status, location, delay = self.server.routes.get(self.path, (200, None, 0))
        if self.command == "HEAD" and self.path in self.server.no_head:
            status, location, delay = 405, None, 0
        self.server.seen.append((self.command, self.path))
        time.sleep(delay)
        content = f"<html><body>{self.path}</body></html>".encode()
        try:
            self.send_response(status)
            if location:
                self.send_header("Location", location)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if body:
                self.wfile.write(content)
        except OSError:  # the client gave up waiting (the timeout test)
            pass

    def log_message(self, format, *args):
        pass


@pytest.fixture
def server(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.routes, httpd.no_head, httpd.seen = {}, set(), []
    httpd.url = f"http://127.0.0.1:{httpd.server_port}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_final_status_after_redirects_and_errors_as_rows(server):
    server.routes.update(
        {
            "/moved": (301, "/ok", 0),
            "/missing": (404, None, 0),
            "/slow": (200, None, SLOW),
            "/loop": (302, "/loop", 0),
        }
    )
    server.no_head.add("/get-only")
    paths = ("/ok", "/moved", "/missing", "/slow", "/loop", "/get-only", "/ita/ข่าว/")
    urls = [server.url + path for path in paths]
    progress = []
    started = time.monotonic()
    answers = fetch_all(urls, timeout=TIMEOUT, workers=8, progress=lambda done, total: progress.append((done, total)))
    assert time.monotonic() - started < SLOW  # concurrently, and the slow one is given up on
    ok, moved, missing, slow, loop, get_only, thai = (answers[url] for url in urls)
    assert (ok.status, ok.ok, ok.redirected) == (200, True, False)
    assert (moved.status, moved.final_url, moved.redirected, moved.ok) == (200, server.url + "/ok", True, True)
    assert (missing.status, missing.ok) == (404, False)
    assert slow.status is None and "timeout" in slow.error
    assert loop.status == 302 and loop.error and not loop.ok
    assert get_only.ok and ("HEAD", "/get-only") in server.seen and ("GET", "/get-only") in server.seen
    assert ("GET", "/ok") not in server.seen  # HEAD is enough where it is answered
    assert progress[-1] == (7, 7) and len(progress) == 7
    # A Thai path goes out percent-encoded and is reported as it was asked for, not as a redirect.
    assert thai.ok and not thai.redirected and thai.url == server.url + "/ita/ข่าว/"
    assert ("HEAD", "/ita/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/") in server.seen


def test_connection_errors_become_reasons_not_tracebacks(server, monkeypatch):
    with translation.override("th"):  # reasons are in the active language (an earlier test may leave English)
        refused = fetch(f"http://127.0.0.1:{closed_port()}/", timeout=TIMEOUT)
    assert refused.status is None and refused.error == "เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ"
    tls = fetch(f"https://127.0.0.1:{server.server_port}/", timeout=TIMEOUT)  # TLS to a plain HTTP server
    assert tls.status is None and "TLS" in tls.error

    def no_such_name(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    dns = fetch("https://www.no-such-agency.go.th/ita/2566/o1/", timeout=TIMEOUT)
    assert dns.status is None and "DNS" in dns.error
    assert fetch("ftp://example.com/x").error


@pytest.fixture
def served_section(section, server):
    """The 2566 section on a site whose address is the local test server."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", server.server_port
    site.save()
    server.routes.update(
        {
            "/ita/2566/o2/": (301, "/ita/2566/o2-new/", 0),
            "/ita/2566/o3/": (404, None, 0),
            "/ita/2566/o4/": (200, None, SLOW),
        }
    )
    return section


def run_failing(*args, **options):
    """Run a command that must fail; its error, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command(*args, stdout=out, stderr=err, **options)
    return excinfo.value, out.getvalue(), err.getvalue()


def test_the_command_reports_what_each_url_answers_over_http(served_section, server, tmp_path):
    output = tmp_path / "itas.csv"
    error, out, err = run_failing("ita_export_urls", year=2566, output=str(output), allow_local=True, timeout=TIMEOUT)
    assert error.returncode == 1 and output.exists()
    base = server.url + "/ita/2566"
    problems = err.splitlines()
    assert any(line.startswith(f"O3: {base}/o3/ ตอบกลับรหัส 404 แทนที่จะเป็น 200") for line in problems)
    assert any(line.startswith(f"O4: {base}/o4/: ") and "timeout" in line for line in problems)
    assert len(problems) == 2, problems
    assert "\r" not in err  # no progress line: stderr is not a terminal
    assert f"O2: {base}/o2/ เปลี่ยนเส้นทางไปที่ {base}/o2-new/ (200)" in out.splitlines()
    assert ("HEAD", "/ita/2566/o43/") in server.seen and ("GET", "/ita/2566/o43/") not in server.seen


def test_a_site_root_nobody_answers_at_exits_2_and_writes_nothing(section, run_command, tmp_path):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", closed_port()
    site.save()
    output = tmp_path / "itas.csv"
    error, _out, _err = run_failing("ita_export_urls", year=2566, output=str(output), allow_local=True, timeout=TIMEOUT)
    assert error.returncode == 2 and not output.exists()
    assert f"http://127.0.0.1:{site.port}" in str(error) and "--offline" in str(error)
    assert "ปฏิเสธการเชื่อมต่อ" in str(error)  # Thai, with the reason
    run_command("ita_export_urls", year=2566, output=str(output), allow_local=True, offline=True)
    assert output.exists()  # in-process, the same site is checked without the network


def test_a_progress_line_only_on_a_terminal(served_section, server, tmp_path):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    server.routes.clear()
    err = Terminal()
    call_command(
        "ita_export_urls", year=2566, output=str(tmp_path / "x.csv"), allow_local=True, stdout=io.StringIO(), stderr=err
    )
    assert err.getvalue().startswith("\rกำลังตรวจ URL: 1/43") and err.getvalue().endswith("\rกำลังตรวจ URL: 43/43\n")


def test_the_snapshot_keeps_the_html_fetched_over_http(served_section, server, run_command, tmp_path):
    from wagtail_ita.models import Snapshot

    server.routes.clear()
    run_command("ita_export_urls", year=2566, output=str(tmp_path / "x.csv"), allow_local=True, snapshot=True)
    item = Snapshot.objects.get().items.get(item_code="O1")
    assert item.http_status == 200 and item.html == "<html><body>/ita/2566/o1/</body></html>"


@pytest.mark.parametrize("option", [{"timeout": "0"}, {"timeout": "nan"}, {"workers": "0"}])
def test_bad_timeout_or_workers_are_refused(option):
    name, value = next(iter(option.items()))
    with pytest.raises(CommandError, match=name):
        call_command("ita_export_urls", "--year", "2566", f"--{name}", value)


def test_only_the_offline_module_imports_django_test():
    """Rendering through Django's test client is the --offline mode only: nothing else of the package imports it."""
    package = Path(__file__).resolve().parent.parent / "wagtail_ita"
    importers = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
            if any(name == "django.test" or name.startswith("django.test.") for name in names):
                importers.add(path.relative_to(package).as_posix())
    assert importers == {"coordination/offline.py"}


def test_every_url_of_the_example_site_answers_over_http(transactional_db, live_server, tmp_path):
    """The real thing: the example site served by pytest-django's live server, fetched by the command."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal
    from home.models import HomePage
    from wagtail.models import Collection, Locale, Page

    from wagtail_ita.setup import setup_section

    # A flush after an earlier transactional test removed what the data migrations made: recreate it. On
    # PostgreSQL the flush renumbers the content types too, so the cached ones are stale.
    ContentType.objects.clear_cache()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # content types, permissions
    Locale.objects.get_or_create(language_code="th")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    host, port = live_server.url.removeprefix("http://").split(":")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home"))
        site = Site(root_page=home, is_default_site=True)
    site.hostname, site.port = host, int(port)
    site.save()
    setup_section(2566)
    output = tmp_path / "itas.csv"
    out, err = io.StringIO(), io.StringIO()
    # One at a time: the live server shares the test's in-memory SQLite connection between its threads.
    call_command("ita_export_urls", year=2566, output=str(output), allow_local=True, workers=1, stdout=out, stderr=err)
    assert err.getvalue() == "" and "43 items written" in out.getvalue()
    assert f"http://{host}:{port}/ita/2566/o43/" in output.read_text(encoding="utf-8-sig")

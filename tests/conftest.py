import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail_ita.frameworks import load_framework
from wagtail_ita.models import Division
from wagtail_ita.setup import setup_section

from .db_snapshot import recorded


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests marked ``localize`` need wagtail-localize: on a site without it they must be deselected with
    ``-m "not localize"`` (docs/development.md), never skipped in silence or failed on an import."""
    if "wagtail_localize" in settings.INSTALLED_APPS:
        return
    selected = [item.nodeid for item in items if item.get_closest_marker("localize")]
    if selected:
        raise pytest.UsageError(
            f"{len(selected)} tests need wagtail-localize, which these settings do not install "
            f"(first: {selected[0]}); deselect them with -m 'not localize'"
        )


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: the locmem cache outlives the test's database transaction."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def framework():
    return load_framework(2566)


@pytest.fixture
def section(db):
    """The 2566 section as ``ita_setup`` builds it on an empty site (built once per test process and
    loaded from its recording after that: ``tests/db_snapshot.py``)."""
    return recorded("section-2566", lambda: setup_section(2566))


@pytest.fixture
def year_2566(section):
    """The 2566 year page of :func:`section`."""
    from wagtail_ita.models import AssessmentYearPage

    return AssessmentYearPage.objects.get(year=2566)


@pytest.fixture
def page_cache_off(settings):
    """Each view rendered anew: what is measured is rendering, not the page cache (which answers a second
    view with no query at all)."""
    settings.WAGTAIL_ITA_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def run_command():
    """Run a management command; return (stdout, stderr)."""
    import io

    def run(*args, **kwargs):
        out, err = io.StringIO(), io.StringIO()
        call_command(*args, stdout=out, stderr=err, **kwargs)
        return out.getvalue(), err.getvalue()

    return run


def make_user(username, groups=(), **kwargs):
    user = get_user_model().objects.create_user(username=username, password="password", **kwargs)
    for group in groups:
        user.groups.add(group)
    return user


@pytest.fixture
def division_editor(section):
    """An editor of the finance division (กองคลัง), logged in through the admin."""

    def make(key="finance"):
        division = Division.objects.get(key=key)
        return make_user(f"editor-{key}", groups=[division.group])

    return make


@pytest.fixture
def channel(db):
    """A report page under the site's root and the empty recipients' group, as ``ita_setup`` makes them."""
    from wagtail.models import Site

    from wagtail_ita.reports import setup as channel_setup
    from wagtail_ita.setup import SetupReport

    from .browser.conftest import ensure_site

    ensure_site("localhost", 80)  # a transactional test before this one flushed what the migrations made
    report = SetupReport()
    report.section = Site.objects.get(is_default_site=True).root_page.specific
    group = channel_setup.recipients_group(report)
    page = channel_setup.report_page(report.section, report)
    return page, group


@pytest.fixture
def qa_page(section):
    """The Q&A page ``ita_setup`` built at /ita/qa/."""
    from wagtail_ita.questions.setup import site_qa_page

    return site_qa_page(section.section)

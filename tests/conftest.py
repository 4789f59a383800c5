import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail_ita.frameworks import load_framework
from wagtail_ita.models import Division
from wagtail_ita.setup import setup_section


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def framework():
    return load_framework(2566)


@pytest.fixture
def section(db):
    """The 2566 section as ``ita_setup`` builds it on an empty site."""
    return setup_section(2566)


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

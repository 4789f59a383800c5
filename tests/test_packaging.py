"""A real, non-editable build of the package ships its data files, templates, locale and migrations."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("wagtail_ita-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_contains_everything_the_app_needs_at_run_time(wheel):
    names = set(wheel.namelist())
    for required in [
        "wagtail_ita/frameworks/data/2566.toml",
        "wagtail_ita/templates/wagtail_ita/item_page.html",
        "wagtail_ita/templates/wagtail_ita/year_page.html",
        "wagtail_ita/locale/th/LC_MESSAGES/django.po",
        "wagtail_ita/locale/th/LC_MESSAGES/django.mo",
        "wagtail_ita/migrations/0001_initial.py",
        "wagtail_ita/management/commands/ita_setup.py",
    ]:
        assert required in names
    assert not any(name.startswith(("tests/", "example_site/")) for name in names)


def test_every_packaged_source_file_is_in_the_wheel(wheel):
    names = set(wheel.namelist())
    package = ROOT / "wagtail_ita"
    for path in package.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            assert path.relative_to(ROOT).as_posix() in names

"""A real, non-editable build of the package ships its data files, templates, locale and migrations."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """The wheel pip builds, and what the build printed (``-v``: setuptools' warnings included)."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (path,) = out.glob("wagtail_ita-*.whl")
    return zipfile.ZipFile(path), result.stdout + result.stderr


@pytest.fixture(scope="module")
def wheel(build):
    return build[0]


def test_the_licence_is_an_spdx_expression_and_setuptools_warns_of_nothing(build):
    wheel, output = build
    (metadata,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
    text = wheel.read(metadata).decode()
    assert "License-Expression: BSD-3-Clause" in text
    assert "License-File: LICENSE" in text
    assert "running bdist_wheel" in output  # the backend's own output was captured
    assert "SetuptoolsDeprecationWarning" not in output and "License classifiers are deprecated" not in output


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

"""wagtail-localize is optional: no module of the app imports it unless the site installs it.

The whole suite also runs on a site without it (``--ds=example_site.settings.test_no_localize -m "not
localize"``, docs/development.md); this test proves in any run that nothing imports it behind the
site's back.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import importlib, pkgutil, sys
import django
django.setup()
import wagtail_ita
names = [m.name for m in pkgutil.walk_packages(wagtail_ita.__path__, "wagtail_ita.")
         if ".migrations" not in m.name and m.name != "wagtail_ita.localize"]
for name in names:
    importlib.import_module(name)
from django.core.management import call_command
call_command("check")
loaded = sorted(name for name in sys.modules if name.split(".")[0] == "wagtail_localize")
print(len(names), "modules;", "wagtail_localize loaded:", loaded)
"""


def run(settings_module):
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": settings_module, "PYTHONPATH": f"{ROOT / 'example_site'}:{ROOT}"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_no_module_imports_wagtail_localize_on_a_site_without_it():
    result = run("example_site.settings.test_no_localize")
    assert result.returncode == 0, result.stderr
    assert "wagtail_localize loaded: []" in result.stdout
    assert int(result.stdout.splitlines()[-1].split()[0]) > 50  # every module of the app was imported


@pytest.mark.localize
def test_the_localize_module_is_loaded_on_a_site_with_it():
    result = run("example_site.settings.test")
    assert result.returncode == 0, result.stderr
    assert "'wagtail_localize.fields'" in result.stdout

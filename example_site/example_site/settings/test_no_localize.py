"""The test settings of a site without wagtail-localize: the app must work without it.

Run the suite with ``--ds=example_site.settings.test_no_localize -m "not localize"``: the tests marked
``localize`` need wagtail-localize and are deselected by the marker (docs/development.md).
"""

from .test import *  # noqa: F403
from .test import INSTALLED_APPS

INSTALLED_APPS = [app for app in INSTALLED_APPS if not app.startswith("wagtail_localize")]

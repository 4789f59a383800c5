"""The app's settings, all prefixed ``WAGTAIL_ITA_`` in the project's settings module.

==============================  ==========================================================
``WAGTAIL_ITA_SECTION_SLUG``    slug of the ITA section page created by ``ita_setup`` (``ita``)
``WAGTAIL_ITA_FRAMEWORK_DIRS``  extra directories searched for ``<year>.toml`` framework files
``WAGTAIL_ITA_BASE_TEMPLATE``   template the public ITA pages extend (``base.html``)
``WAGTAIL_ITA_COORDINATOR_GROUP`` name of the coordinators' group (``ผู้ประสานงาน ITA``)
``WAGTAIL_ITA_ALLOW_LOCAL_URLS``  export ITAS URLs of a site on localhost even with ``DEBUG`` off (``False``)
``WAGTAIL_ITA_THAI_DIGITS``     write dates, years and amounts on public pages in Thai digits (``False``)
``WAGTAIL_ITA_LANGUAGE``        language of what the commands write: page titles, group names, reasons (``th``)
==============================  ==========================================================
"""

from django.conf import settings

DEFAULTS = {
    "SECTION_SLUG": "ita",
    "FRAMEWORK_DIRS": [],
    "BASE_TEMPLATE": "base.html",
    "COORDINATOR_GROUP": "ผู้ประสานงาน ITA",
    "ALLOW_LOCAL_URLS": False,
    "THAI_DIGITS": False,
    "LANGUAGE": "th",
}


def get_setting(name):
    return getattr(settings, f"WAGTAIL_ITA_{name}", DEFAULTS[name])

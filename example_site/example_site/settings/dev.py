from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-example-site-for-local-use-only"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# A DEMO key, published in this repository: local use only. It lets `ita_demo` and runserver take
# corruption reports on a developer's machine; anything encrypted with it is readable by anyone.
DEMO_REPORT_KEY = "CZgztaGZFOuEWcO0NOQQmhhPHueyxdBZZ-7L8SJe4YM="
WAGTAIL_ITA_REPORT_KEYS = WAGTAIL_ITA_REPORT_KEYS or [DEMO_REPORT_KEY]  # noqa: F405

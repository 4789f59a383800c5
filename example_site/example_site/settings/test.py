from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# A throwaway key for the tests (the no-key behaviour is tested by overriding it).
WAGTAIL_ITA_REPORT_KEYS = ["JXt5kDJftcjfazGtq_7h_pz5ZmJgs17Rebemngk1ohI="]

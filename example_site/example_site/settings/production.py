"""Production settings of the example site: everything that differs between deployments comes from the environment.

See ``docs/deploy.md``. Required: ``DJANGO_SECRET_KEY``, ``DJANGO_ALLOWED_HOSTS``, ``DATABASE_URL``.
Everything else has a safe default. Nothing secret is written here.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, MIDDLEWARE, STORAGES


def env(name, default=None, required=False):
    value = os.environ.get(name, default)
    if required and not value:
        raise ImproperlyConfigured(f"Set the environment variable {name} (see docs/deploy.md)")
    return value


def env_list(name, default=""):
    return [part.strip() for part in env(name, default).split(",") if part.strip()]


def env_bool(name, default=False):
    return env(name, "true" if default else "false").strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    return int(env(name, str(default)))


DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", required=True)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS to the site's host names, comma-separated")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS") or [f"https://{host}" for host in ALLOWED_HOSTS]
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

# PostgreSQL, with timeouts: a database that accepts connections and never answers must not hold every
# request (and every gunicorn worker) for minutes. connect_timeout bounds the connection; statement_timeout
# and lock_timeout bound each query, so a request fails with an error page instead of hanging.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if not DATABASES["default"]:
    raise ImproperlyConfigured("Set DATABASE_URL, e.g. postgres://user:password@db.internal:5432/wagtail")
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 5))
    statement_ms = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 30_000)
    lock_ms = env_int("DATABASE_LOCK_TIMEOUT_MS", 10_000)
    DATABASES["default"]["OPTIONS"].setdefault(
        "options", f"-c statement_timeout={statement_ms} -c lock_timeout={lock_ms}"
    )
    # Wagtail's database search backend uses PostgreSQL's full-text fields, which Django 6 checks for.
    INSTALLED_APPS = [*INSTALLED_APPS, "django.contrib.postgres"]

# The cache is shared by every app server (Redis), so that a publish shows at once on all of them.
CACHE_URL = env("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "TIMEOUT": env_int("CACHE_TIMEOUT", 3600),
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
elif CACHE_URL:
    raise ImproperlyConfigured("CACHE_URL must be a redis:// URL (or leave it empty for a per-process cache)")
else:  # one app server only: a per-process cache is not shared
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# SecurityMiddleware first; WhiteNoise serves static files from the app server with far-future headers
# (set DJANGO_WHITENOISE=false when the web server serves STATIC_ROOT itself); the CSP header after them.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    *(["whitenoise.middleware.WhiteNoiseMiddleware"] if env_bool("DJANGO_WHITENOISE", True) else []),
    "example_site.csp.ContentSecurityPolicyMiddleware",
    *(m for m in MIDDLEWARE if m != "django.middleware.security.SecurityMiddleware"),
]
STATIC_ROOT = env("DJANGO_STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media (documents and images) on shared storage when there are several app servers: S3-compatible object
# storage through django-storages (MEDIA_STORAGE=s3, AWS_* variables), else a local or network directory.
MEDIA_STORAGE = env("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    INSTALLED_APPS = [*INSTALLED_APPS, "storages"]
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME", required=True),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
elif MEDIA_STORAGE != "filesystem":
    raise ImproperlyConfigured("MEDIA_STORAGE must be 'filesystem' or 's3'")
MEDIA_ROOT = env("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
MEDIA_URL = env("MEDIA_URL", "/media/")

# E-mail (reminders to division editors, notifications of the review workflow).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env("DEFAULT_FROM_EMAIL", "webmaster@localhost")

# HTTPS behind a proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview view allows its own same-origin frame

# Uploads: documents and images larger than this are refused before they are stored.
WAGTAIL_ITA_PAGE_CACHE_SECONDS = env_int("WAGTAIL_ITA_PAGE_CACHE_SECONDS", 3600)
WAGTAIL_ITA_MAX_UPLOAD_SIZE = env_int("WAGTAIL_ITA_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = WAGTAIL_ITA_MAX_UPLOAD_SIZE

# The corruption-report channel: the keys that encrypt reporters' text at rest (see docs/channels.md).
# Back them up with the database: reports cannot be read without them.
WAGTAIL_ITA_REPORT_KEYS = env_list("WAGTAIL_ITA_REPORT_KEYS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "WARNING")},
}

# A strict Content-Security-Policy on the public pages (example_site/csp.py; docs/deploy.md for Django 6).
CSP_EXTRA_SOURCES = env_list("DJANGO_CSP_EXTRA_SOURCES")

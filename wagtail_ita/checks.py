"""System checks: settings that leave the app's protections off."""

from django.conf import settings
from django.core import checks
from django.utils.module_loading import import_string


def upload_forms(app_configs, **kwargs):
    """``wagtail_ita.W101``: a site's own document or image form base that lacks the upload limit."""
    from .uploads import UploadLimitMixin

    warnings = []
    for setting in ("WAGTAILDOCS_DOCUMENT_FORM_BASE", "WAGTAILIMAGES_IMAGE_FORM_BASE"):
        path = getattr(settings, setting, "")
        try:
            form = import_string(path) if path else None
        except ImportError:
            continue  # Wagtail reports it when the form is used
        if form is not None and not issubclass(form, UploadLimitMixin):
            warnings.append(
                checks.Warning(
                    f"{setting} = {path!r} does not enforce WAGTAIL_ITA_MAX_UPLOAD_SIZE",
                    hint="Subclass wagtail_ita.uploads.UploadLimitMixin in that form.",
                    id="wagtail_ita.W101",
                )
            )
    return warnings


MIDDLEWARE = "wagtail_ita.middleware.PageCacheMiddleware"
#: What the page-cache middleware needs to have run before it: who the visitor is, and the URL's language.
MIDDLEWARE_AFTER = (
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.locale.LocaleMiddleware",
)


def page_cache_middleware(app_configs, **kwargs):
    """``wagtail_ita.E102``: the page-cache middleware placed before what it depends on.

    Before ``AuthenticationMiddleware`` every visitor looks anonymous (staff would get the public copy);
    before ``LocaleMiddleware`` the key would hold the default language, not the visitor's, and a page
    rendered in one language could be served to a visitor of another.
    """
    middleware = list(getattr(settings, "MIDDLEWARE", []))
    if MIDDLEWARE not in middleware:
        return []
    position = middleware.index(MIDDLEWARE)
    return [
        checks.Error(
            f"{MIDDLEWARE} must come after {required} in MIDDLEWARE",
            hint="Put it last in MIDDLEWARE (docs/deploy.md, Caching).",
            id="wagtail_ita.E102",
        )
        for required in MIDDLEWARE_AFTER
        if required in middleware and middleware.index(required) > position
    ]


def register():
    checks.register(upload_forms)
    checks.register(page_cache_middleware)

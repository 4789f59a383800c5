from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class WagtailITAAppConfig(AppConfig):
    name = "wagtail_ita"
    label = "wagtail_ita"
    verbose_name = _("ITA public disclosure")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings

        from . import checks, page_cache, signals, uploads
        from .reports import checks as report_checks  # noqa: F401  (registers the system checks)

        signals.connect()
        page_cache.connect()
        uploads.install_form_bases(settings)
        checks.register()
        # wagtail-localize is optional (the ``localize`` extra): never imported unless installed.
        if apps.is_installed("wagtail_localize"):
            from . import localize

            localize.configure()

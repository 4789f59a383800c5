from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailITAAppConfig(AppConfig):
    name = "wagtail_ita"
    label = "wagtail_ita"
    verbose_name = _("ITA public disclosure")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()

"""The EIT survey QR code (แบบวัด EIT) — O43."""

import segno
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import ComponentBlock


def qr_svg(url):
    """An inline SVG QR code for ``url`` (no XML declaration, scalable)."""
    qr = segno.make(url, error="m")
    return mark_safe(qr.svg_inline(scale=4, omitsize=True, title=str(_("EIT survey QR code"))))


class EITQRCodeBlock(ComponentBlock):
    """The NACC's EIT survey link, shown as a QR code generated on the server."""

    component_kind = "eit_qr_code"
    required_fields = ("survey_url",)

    survey_url = blocks.URLBlock(label=_("EIT survey link"))
    caption = blocks.CharBlock(label=_("Description"), max_length=255, required=False)

    class Meta:
        template = "wagtail_ita/blocks/eit_qr_code.html"
        label = _("EIT survey QR code")
        icon = "link-external"
        help_text = _("The EIT survey link; the QR code is generated from it and shown on the site.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["qr_svg"] = qr_svg(value["survey_url"]) if value.get("survey_url") else ""
        return context

"""Pages of the example อบจ. website: its home page and ordinary content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The agency's home page."""

    intro = RichTextField(_("ข้อความต้อนรับ"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["home.StandardPage", "wagtail_ita.ITASectionPage"]

    class Meta:
        verbose_name = _("หน้าแรก")


class StandardPage(Page):
    """An ordinary content page (about us, news, …)."""

    body = RichTextField(_("เนื้อหา"), blank=True)
    show_in_footer = models.BooleanField(_("แสดงในส่วนท้าย"), default=False)

    content_panels = Page.content_panels + [FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("show_in_footer")]
    subpage_types = ["home.StandardPage", "wagtail_ita.ITASectionPage"]

    class Meta:
        verbose_name = _("หน้าเนื้อหา")

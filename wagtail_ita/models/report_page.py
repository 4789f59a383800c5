"""The corruption-report page (ช่องทางแจ้งเรื่องร้องเรียนการทุจริต, O28): form, receipt and follow-up.

A channel separate from general complaints, on the agency's own site: the form at the page URL,
the follow-up at ``<page url>follow-up/`` (field ``code``). Wagtail's form builder is not used: it
keeps every submission as plain JSON any form editor can export.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from .public import ITAPageMixin

TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class CorruptionReportPage(ITAPageMixin, RoutablePageMixin, Page):
    intro = RichTextField(_("Introduction"), blank=True, features=TEXT_FEATURES)
    protection = RichTextField(
        _("How reports are protected"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Shown before the form. Leave empty to show the standard text."),
    )
    recipients = RichTextField(
        _("Who receives reports"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Shown before the form. Leave empty to show the standard text."),
    )

    content_panels = Page.content_panels + [
        HelpPanel(
            content=_("Reports are read only in the admin's “Corruption reports” screen, by the recipients' group.")
        ),
        FieldPanel("intro"),
        FieldPanel("protection"),
        FieldPanel("recipients"),
    ]
    subpage_types = []
    template = "wagtail_ita/reports/form_page.html"

    class Meta:
        verbose_name = _("Corruption report channel")
        verbose_name_plural = _("Corruption report channels")

    def serve(self, request, *args, **kwargs):
        # Never from the anonymous page cache: every response of the channel is personal and no-store.
        return RoutablePageMixin.serve(self, request, *args, **kwargs)

    @path("")
    def report_form(self, request):
        from wagtail_ita.views.report_form import report_form_view

        return report_form_view(request, self)

    @re_path(r"^follow-up/$")
    def follow_up(self, request):
        from wagtail_ita.views.report_follow_up import follow_up_view

        return follow_up_view(request, self)

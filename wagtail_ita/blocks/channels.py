"""Online channels: Q&A, social networks, e-services and the corruption-complaint channel."""

from django.apps import apps
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from wagtail_ita.frameworks.vocabulary import CHANNEL_KINDS
from wagtail_ita.reports.crypto import keys_problem

from .base import ComponentBlock
from .declarations import AnyOf


class ChannelBlock(ComponentBlock):
    """An online channel reachable from the agency's main site — O8, O9, O18, O28."""

    component_kind = "channel"
    required_fields = ("label", AnyOf("link", ("url", "page")))

    channel = blocks.ChoiceBlock(choices=list(CHANNEL_KINDS.items()), label=_("Channel type"))
    label = blocks.CharBlock(label=_("Channel name"), max_length=255)
    url = blocks.URLBlock(label=_("Link"), required=False)
    page = blocks.PageChooserBlock(label=_("Or a page on this site"), required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    @staticmethod
    def _linked_page_of_type(value, page_type):
        """The page of this site that ``value`` links when it is a ``page_type`` (live or not), or ``None``."""
        page = value.get("page")
        specific_class = page.specific_class if page is not None else None
        return page if specific_class is not None and issubclass(specific_class, page_type) else None

    def linked_qa_page(self, value):
        """The live Q&A page of this site that ``value`` links, or ``None``."""
        page = self._linked_page_of_type(value, apps.get_model("wagtail_ita", "QuestionAnswerPage"))
        return page if page is not None and page.live else None

    def linked_report_page(self, value):
        """The site's corruption-report page that ``value`` links (live or not), or ``None``."""
        return self._linked_page_of_type(value, apps.get_model("wagtail_ita", "CorruptionReportPage"))

    def compliance_problems(self, value):
        if value.get("channel") == "corruption_complaint":
            return self._report_channel_problems(value)
        # O8 asks for two-way Q&A on the agency's own site: a link elsewhere does not make it.
        if value.get("channel") != "qa" or self.linked_qa_page(value) is not None:
            return []
        return [
            gettext(
                "no live Q&A page of this site is linked: choose the site's Q&A page (page type “Q&A page”) in “%(field)s”"
            )
            % {"field": self.child_blocks["page"].label}
        ]

    def _report_channel_problems(self, value):
        # O28: the site's own report page counts only when a citizen can really send a report through it.
        page = self.linked_report_page(value)
        if page is None:
            return []
        if not page.live:
            return [gettext("the corruption-report page “%(title)s” is not published") % {"title": page.title}]
        problem = keys_problem()
        if problem:
            return [gettext("the corruption-report page does not accept reports yet: %(why)s") % {"why": problem}]
        return []

    def compliance_notes(self, value):
        page = self.linked_qa_page(value) if value.get("channel") == "qa" else None
        if page is None:
            return []
        return [
            gettext("Q&A page: “%(title)s” (%(url)s)") % {"title": page.title, "url": page.get_url() or page.url_path}
        ]

    class Meta:
        template = "wagtail_ita/blocks/channel.html"
        label = _("Online channel")
        icon = "link"
        help_text = _(
            "An online channel (Q&A, social network, e-service or corruption complaints) reachable from the main site."
        )

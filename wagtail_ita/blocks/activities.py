"""Activities, announcements and policies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .base import ComponentBlock, period_end_block, period_start_block
from .choices import KeyChoiceBlock, component_choices
from .declarations import AnyOf, DateRange, OnDate


class ActivityBlock(ComponentBlock):
    """A record of an activity or news item with its date — O7, O24, O30, O32, O35, O40, O41, O43."""

    component_kind = "activity"
    required_fields = ("title", "date", "description")
    period_fields = (OnDate("date"),)

    title = blocks.CharBlock(label=_("Activity or news title"), max_length=255)
    date = blocks.DateBlock(label=_("Date"))
    description = blocks.RichTextBlock(label=_("Details"), features=["bold", "italic", "ol", "ul", "link"])
    photos = blocks.ListBlock(ImageChooserBlock(), label=_("Activity photos"), default=[])
    related_measure = blocks.CharBlock(label=_("Related measure or policy"), max_length=500, required=False)
    document = DocumentChooserBlock(label=_("Supporting document"), required=False)

    component = KeyChoiceBlock(
        choices=component_choices,
        label=_("Component this activity shows"),
        required=False,
        help_text=_("Needed only when an item asks for several different activities"),
    )

    class Meta:
        template = "wagtail_ita/blocks/activity.html"
        label = _("Activity or news")
        icon = "date"
        help_text = _("An activity or news of the assessed year, with its date and what was done.")


class AnnouncementBlock(ComponentBlock):
    """An announcement signed by the chief executive, e.g. the No Gift Policy declaration — O31."""

    component_kind = "announcement"
    required_fields = ("title", "signed_by", "date", AnyOf("text_or_document", ("text", "document")))
    period_fields = (OnDate("date"),)

    title = blocks.CharBlock(label=_("Subject"), max_length=500)
    signed_by = blocks.CharBlock(label=_("Signed by"), max_length=255)
    date = blocks.DateBlock(label=_("Announcement date"))
    text = blocks.RichTextBlock(label=_("Announcement text"), required=False)
    document = DocumentChooserBlock(label=_("Announcement file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/announcement.html"
        label = _("Executive's announcement")
        icon = "pick"
        help_text = _("The chief executive's announcement, e.g. the No Gift Policy declaration, of the assessed year.")


class PolicyBlock(ComponentBlock):
    """A policy of the agency in force, e.g. personal-data protection or HR policy — O10, O23."""

    component_kind = "policy"
    required_fields = ("title", AnyOf("text_or_document", ("text", "document")))
    period_fields = (DateRange("effective_from", "effective_to", open_ended=True),)

    title = blocks.CharBlock(label=_("Policy name"), max_length=500)
    text = blocks.RichTextBlock(label=_("Key points"), required=False)
    effective_from = period_start_block()
    effective_to = period_end_block()
    document = DocumentChooserBlock(label=_("Policy file"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/policy.html"
        label = _("Policy")
        icon = "doc-full"
        help_text = _("A policy of the agency in force in the assessed year.")

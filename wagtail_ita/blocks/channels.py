"""Online channels: Q&A, social networks, e-services and the corruption-complaint channel."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from wagtail_ita.frameworks.vocabulary import CHANNEL_KINDS

from .base import ComponentBlock


class ChannelBlock(ComponentBlock):
    """An online channel reachable from the agency's main site — O8, O9, O18, O28."""

    component_kind = "channel"

    channel = blocks.ChoiceBlock(choices=list(CHANNEL_KINDS.items()), label=_("ประเภทช่องทาง"))
    label = blocks.CharBlock(label=_("ชื่อช่องทาง"), max_length=255)
    url = blocks.URLBlock(label=_("ลิงก์"), required=False)
    page = blocks.PageChooserBlock(label=_("หรือหน้าในเว็บไซต์"), required=False)
    description = blocks.TextBlock(label=_("คำอธิบาย"), required=False)

    class Meta:
        label = _("ช่องทางออนไลน์")
        icon = "link"

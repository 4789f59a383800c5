"""Online channels: Q&A, social networks, e-services and the corruption-complaint channel."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from wagtail_ita.frameworks.vocabulary import CHANNEL_KINDS

from .base import ComponentBlock


class ChannelBlock(ComponentBlock):
    """An online channel reachable from the agency's main site — O8, O9, O18, O28."""

    component_kind = "channel"

    channel = blocks.ChoiceBlock(choices=list(CHANNEL_KINDS.items()), label=_("Channel type"))
    label = blocks.CharBlock(label=_("Channel name"), max_length=255)
    url = blocks.URLBlock(label=_("Link"), required=False)
    page = blocks.PageChooserBlock(label=_("Or a page on this site"), required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/channel.html"
        label = _("Online channel")
        icon = "link"
        help_text = _(
            "O8, O9, O18, O28: an online channel (Q&A, social network, e-service or corruption complaints) reachable from the main site."
        )

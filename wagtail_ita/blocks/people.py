"""Blocks describing people: the agency's executives (ผู้บริหาร)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from wagtail_ita.frameworks.vocabulary import EXECUTIVE_ROLES

from .base import ComponentBlock
from .declarations import AnyOf

SIDES = [
    ("political", _("Political side")),
    ("civil_service", _("Civil service side")),
]


class ExecutiveProfileBlock(ComponentBlock):
    """One executive: the chief (ผู้บริหารสูงสุด) or a deputy (รองผู้บริหารสูงสุด). O2 needs both."""

    component_kind = "executive_profile"
    required_fields = ("name", "position", "photo", AnyOf("contact", ("phone", "email")))

    name = blocks.CharBlock(label=_("Full name"), max_length=255)
    position = blocks.CharBlock(label=_("Position"), max_length=255)
    role = blocks.ChoiceBlock(choices=list(EXECUTIVE_ROLES.items()), label=_("Role"))
    side = blocks.ChoiceBlock(
        choices=SIDES,
        label=_("Side"),
        required=False,
        help_text=_("Local administrative organisations must show both the political and the civil service side"),
    )
    photo = ImageChooserBlock(label=_("Photo"))
    phone = blocks.CharBlock(label=_("Phone"), max_length=100, required=False)
    email = blocks.EmailBlock(label=_("Email"), required=False)

    class Meta:
        template = "wagtail_ita/blocks/executive_profile.html"
        label = _("Executive profile")
        icon = "user"
        help_text = _(
            "The chief executive and each deputy, with at least full name, position, photo and a contact "
            "channel for each; local governments show both the political and the civil-service side."
        )

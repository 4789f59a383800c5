"""Blocks describing people: the agency's executives (ผู้บริหาร)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from wagtail_ita.frameworks.vocabulary import EXECUTIVE_ROLES

from .base import ComponentBlock

SIDES = [
    ("political", _("ฝ่ายการเมือง")),
    ("civil_service", _("ฝ่ายข้าราชการประจำ")),
]


class ExecutiveProfileBlock(ComponentBlock):
    """One executive: the chief (ผู้บริหารสูงสุด) or a deputy (รองผู้บริหารสูงสุด). O2 needs both."""

    component_kind = "executive_profile"

    name = blocks.CharBlock(label=_("ชื่อ - นามสกุล"), max_length=255)
    position = blocks.CharBlock(label=_("ตำแหน่ง"), max_length=255)
    role = blocks.ChoiceBlock(choices=list(EXECUTIVE_ROLES.items()), label=_("บทบาท"))
    side = blocks.ChoiceBlock(
        choices=SIDES,
        label=_("ฝ่าย"),
        required=False,
        help_text=_("องค์กรปกครองส่วนท้องถิ่นต้องแสดงทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ"),
    )
    photo = ImageChooserBlock(label=_("รูปถ่าย"))
    phone = blocks.CharBlock(label=_("โทรศัพท์"), max_length=100, required=False)
    email = blocks.EmailBlock(label=_("อีเมล"), required=False)

    class Meta:
        label = _("ข้อมูลผู้บริหาร")
        icon = "user"
        help_text = _("ต้องมีชื่อ - นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของผู้บริหารแต่ละคน")

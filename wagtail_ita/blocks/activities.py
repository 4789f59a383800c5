"""Activities, announcements and policies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .base import ComponentBlock, period_end_block, period_start_block


class ActivityBlock(ComponentBlock):
    """A record of an activity or news item with its date — O7, O24, O30, O32, O35, O40, O41, O43."""

    component_kind = "activity"

    title = blocks.CharBlock(label=_("ชื่อกิจกรรมหรือข่าว"), max_length=255)
    date = blocks.DateBlock(label=_("วันที่"))
    description = blocks.RichTextBlock(label=_("รายละเอียด"), features=["bold", "italic", "ol", "ul", "link"])
    photos = blocks.ListBlock(ImageChooserBlock(), label=_("ภาพกิจกรรม"), default=[])
    related_measure = blocks.CharBlock(label=_("มาตรการหรือนโยบายที่เกี่ยวข้อง"), max_length=500, required=False)
    document = DocumentChooserBlock(label=_("เอกสารประกอบ"), required=False)

    class Meta:
        label = _("กิจกรรมหรือข่าว")
        icon = "date"


class AnnouncementBlock(ComponentBlock):
    """An announcement signed by the chief executive, e.g. the No Gift Policy declaration — O31."""

    component_kind = "announcement"

    title = blocks.CharBlock(label=_("เรื่อง"), max_length=500)
    signed_by = blocks.CharBlock(label=_("ลงนามโดย"), max_length=255)
    date = blocks.DateBlock(label=_("วันที่ประกาศ"))
    text = blocks.RichTextBlock(label=_("ข้อความประกาศ"), required=False)
    document = DocumentChooserBlock(label=_("ไฟล์ประกาศ"), required=False)

    class Meta:
        label = _("ประกาศของผู้บริหาร")
        icon = "pick"


class PolicyBlock(ComponentBlock):
    """A policy of the agency in force, e.g. personal-data protection or HR policy — O10, O23."""

    component_kind = "policy"

    title = blocks.CharBlock(label=_("ชื่อนโยบาย"), max_length=500)
    text = blocks.RichTextBlock(label=_("สาระสำคัญ"), required=False)
    effective_from = period_start_block()
    effective_to = period_end_block()
    document = DocumentChooserBlock(label=_("ไฟล์นโยบาย"), required=False)

    class Meta:
        label = _("นโยบาย")
        icon = "doc-full"

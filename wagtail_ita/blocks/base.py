"""Shared pieces of the component blocks: the period fields and the base class."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ComponentBlock(blocks.StructBlock):
    """A block that can satisfy a required data component (องค์ประกอบด้านข้อมูล) of an item.

    ``component_kind`` is the name used for the block in framework data files
    (see :data:`wagtail_ita.frameworks.vocabulary.COMPONENT_KINDS`).
    """

    component_kind = None

    class Meta:
        template = "wagtail_ita/blocks/component.html"


def period_start_block(required=False):
    """First day of the period the data covers."""
    return blocks.DateBlock(label=_("Data from"), required=required)


def period_end_block(required=False):
    """Last day of the period the data covers."""
    return blocks.DateBlock(label=_("Data to"), required=required)


def year_block(label=None, help_text="", required=True):
    """A Buddhist-era year (ปี พ.ศ.)."""
    return blocks.IntegerBlock(
        label=label or _("Year (B.E.)"),
        min_value=2500,
        max_value=2700,
        required=required,
        help_text=help_text,
    )

"""Shared pieces of the component blocks: the period fields and the base class."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from wagtail_ita.document_files import document_opens

from .declarations import DateRange
from .values import documents_in


class ValidatingStructBlock(blocks.StructBlock):
    """A struct block that rejects impossible input with Thai errors on the offending field.

    ``date_ranges`` lists ``(start, end)`` field pairs whose end may not come before the start;
    subclasses add their own checks in :meth:`field_errors`. The editor's input is kept on error.
    """

    date_ranges = ()

    def field_errors(self, value):
        """A dict of child-block name -> ValidationError for input that cannot be right."""
        return {}

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        for start, end in self.date_ranges:
            if value.get(start) and value.get(end) and value[end] < value[start]:
                errors[end] = ValidationError(_("The end date is before the start date."))
        errors.update(self.field_errors(value))
        errors.update(self.document_errors(value))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def document_errors(self, value):
        """A document chosen here must open (the check the completeness rules make), or the NACC fails the item."""
        errors = {}
        for name in self.child_blocks:
            broken = [document for document in documents_in(value.get(name)) if not document_opens(document)]
            if broken:
                errors[name] = ValidationError(
                    _(
                        "The file of document “%(title)s” does not open (empty, damaged or not what its name says). Upload it again."
                    )
                    % {"title": broken[0].title}
                )
        return errors


class ComponentBlock(ValidatingStructBlock):
    """A block that can satisfy a required data component (องค์ประกอบด้านข้อมูล) of an item.

    ``component_kind`` is the name used for the block in framework data files
    (see :data:`wagtail_ita.frameworks.vocabulary.COMPONENT_KINDS`). ``required_fields`` and
    ``period_fields`` declare what the block needs to count and where it states its period
    (see :mod:`wagtail_ita.blocks.declarations`); the completeness rules read them from here.
    """

    component_kind = None
    required_fields = ()
    period_fields = ()

    @property
    def date_ranges(self):
        """A declared range's end may not come before its start."""
        return [(d.start, d.end) for d in self.period_fields if isinstance(d, DateRange)]

    def compliance_problems(self, value):
        """Reasons (Thai) beyond empty fields why ``value`` does not satisfy its component; none by default."""
        return []

    def compliance_notes(self, value):
        """What the completeness panel says about a ``value`` that satisfies its component; nothing by default."""
        return []

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

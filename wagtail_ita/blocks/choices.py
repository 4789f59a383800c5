"""Choices computed when a form is shown, so block definitions (and migrations) do not depend on data."""

from django.utils.translation import gettext as _
from wagtail import blocks


def component_choices():
    """Every component key of every framework year, labelled with its items' codes and title."""
    from wagtail_ita.frameworks import available_years, load_framework

    labels = {}
    for year in available_years():
        for item in load_framework(year).items:
            for component in item.components:
                codes, title = labels.get(component.key, ([], component.title))
                if item.code not in codes:
                    codes.append(item.code)
                labels[component.key] = (codes, title)
    return sorted(
        ((key, f"{', '.join(codes)} · {title}") for key, (codes, title) in labels.items()),
        key=lambda choice: choice[1],
    )


def division_choices():
    """The agency's divisions (default locale), by name."""
    from wagtail_ita.models import Division

    divisions = Division.objects.agency().values_list("name", flat=True)
    return [("", _("— choose a division —")), *((name, name) for name in divisions)]


class KeyChoiceBlock(blocks.ChoiceBlock):
    """A choice block whose choices are computed (from the database or the framework files).

    Its stored values are plain string keys, so reading a value returns the key as it is instead of
    evaluating every choice — which would cost a query or a framework scan per block on every page.
    Migrations see a plain ``ChoiceBlock`` (see ``ChoiceBlock.deconstruct``).
    """

    def to_python(self, value):
        return value

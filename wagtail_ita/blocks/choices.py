"""Choices computed when a form is shown, so block definitions (and migrations) do not depend on data.

Blocks sit below the models that use them in their StreamFields: the one model a choice needs (the
divisions) is looked up by its label when the form is shown (``apps.get_model``), never imported.
"""

from django.apps import apps
from django.utils.translation import gettext as _
from wagtail import blocks

from wagtail_ita.frameworks import loadable_frameworks


def _labelled(pairs):
    """``(value, label, item code)`` triples → choices ``(value, "O12, O37 · label")``, one per value, sorted."""
    labels = {}
    for value, label, code in pairs:
        codes, _first_label = labels.setdefault(value, ([], label))
        if code not in codes:
            codes.append(code)
    return sorted(
        ((value, f"{', '.join(codes)} · {label}") for value, (codes, label) in labels.items()),
        key=lambda choice: choice[1],
    )


def _components():
    for framework in loadable_frameworks()[0]:  # a broken file is reported on the dashboard, not here
        for item in framework.items:
            for component in item.components:
                yield item, component


def component_choices():
    """Every component key of every framework year, labelled with its items' codes and title."""
    return _labelled((component.key, component.title, item.code) for item, component in _components())


def element_choices():
    """Every required element (the text the NACC lists) of every framework year, labelled with its items' codes."""
    return _labelled(
        (element, element, item.code) for item, component in _components() for element in component.elements
    )


def division_choices():
    """The agency's divisions (default locale), by name."""
    divisions = apps.get_model("wagtail_ita", "Division").objects.agency().values_list("name", flat=True)
    return [("", _("— choose a division —")), *((name, name) for name in divisions)]


class KeyChoiceBlock(blocks.ChoiceBlock):
    """A choice block whose choices are computed (from the database or the framework files).

    Its stored values are plain string keys, so reading a value returns the key as it is instead of
    evaluating every choice — which would cost a query or a framework scan per block on every page.
    Migrations see a plain ``ChoiceBlock`` (see ``ChoiceBlock.deconstruct``).
    """

    def to_python(self, value):
        return value

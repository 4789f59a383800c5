"""What a typed component block must contain to count, as the block declares it.

A block's ``required_fields`` (see :mod:`wagtail_ita.blocks.declarations`) lists child names,
:class:`AnyOf` alternatives (a law needs a link *or* a document) and :class:`Rows` lists (at least one
row, each with its own required fields, or the tick box that says there is nothing to list). A framework
component may name its own ``fields`` instead; each name is then resolved among the block's declarations.
"""

from collections.abc import Sequence

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail_ita.blocks.declarations import AnyOf, Rows


def filled(value):
    """Whether a block value counts as filled in: no empty text, rich text, list or unset choice."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    source = getattr(value, "source", None)  # RichText
    if source is not None:
        return bool(strip_tags(source).strip())
    if isinstance(value, Sequence):
        return len(value) > 0
    return True


def _declared(requirements):
    """Every named declaration (AnyOf, Rows) among ``requirements``, nested rows included, by name."""
    found = {}
    for requirement in requirements:
        if isinstance(requirement, AnyOf | Rows):
            found.setdefault(requirement.name, requirement)
        if isinstance(requirement, Rows):
            for name, declaration in _declared(requirement.required).items():
                found.setdefault(name, declaration)
    return found


def requirements_of(block, fields=()):
    """What ``block`` needs to count: its declaration, or the component's own ``fields`` resolved against it."""
    if not fields:
        return tuple(block.required_fields)
    declared = _declared(block.required_fields)
    return tuple(declared.get(name, name) for name in fields)


def _label(block, requirement):
    names = requirement.fields if isinstance(requirement, AnyOf) else (getattr(requirement, "name", requirement),)
    labels = [str(block.child_blocks[n].label) for n in names if n in block.child_blocks]
    return _(" or ").join(labels) if labels else str(getattr(requirement, "name", requirement))


def _is_filled(value, requirement):
    if isinstance(requirement, AnyOf):
        return any(filled(value.get(n)) for n in requirement.fields)
    if isinstance(requirement, Rows):
        return filled(value.get(requirement.field)) or any(filled(value.get(n)) for n in requirement.instead)
    return filled(value.get(requirement))


def content_problems(block, value, requirements, prefix=""):
    """Thai reasons why struct ``block``'s ``value`` does not yet hold ``requirements``."""
    problems = []
    plain = [r for r in requirements if not (isinstance(r, Rows) and (r.none or r.instead))]
    missing = [_label(block, r) for r in plain if not _is_filled(value, r)]
    if missing:
        problems.append(prefix + _("not filled in: %(fields)s") % {"fields": ", ".join(missing)})
    for requirement in requirements:
        if isinstance(requirement, Rows):
            problems += _rows_problems(block, value, requirement, prefix)
    return problems


def _rows_problems(block, value, rows, prefix):
    list_block = block.child_blocks[rows.field]
    items = value.get(rows.field) or []
    problems = []
    if rows.none and value.get(rows.none):
        if items:
            problems.append(
                prefix
                + _("“%(none)s” is ticked but %(list)s has entries")
                % {"none": block.child_blocks[rows.none].label, "list": list_block.label}
            )
        return problems
    if not items and (rows.none or rows.instead) and not any(filled(value.get(n)) for n in rows.instead):
        alternatives = [str(block.child_blocks[n].label) for n in (rows.none, *rows.instead) if n]
        problems.append(
            prefix
            + _("nothing in %(list)s, and no %(alternatives)s")
            % {"list": list_block.label, "alternatives": _(" or ").join(f"“{a}”" for a in alternatives)}
        )
    row_block = list_block.child_block
    for number, row in enumerate(items, start=1):
        if rows.label:
            name = rows.label(row)
        else:
            name = _("%(list)s row %(number)d") % {"list": list_block.label, "number": number}
        problems += content_problems(row_block, row, rows.required, prefix=f"{prefix}{name}: ")
    return problems

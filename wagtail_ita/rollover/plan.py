"""What a rollover from one assessment year to the next would do, read without changing anything.

:func:`plan_rollover` checks the request (both years known, a crosswalk from the one to the other,
the old year built on this site, the new year free of content that is not the rollover's own) and
works out, per new item, which previous pages it continues, which divisions keep it and which
blocks are carried. ``--dry-run`` prints this plan; :func:`~.apply.apply_rollover` carries it out.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.models import PageLogEntry

from wagtail_ita.frameworks import load_framework
from wagtail_ita.frameworks.errors import bilingual, msg
from wagtail_ita.frameworks.pagetypes import block_names, item_page_model
from wagtail_ita.models import AssessmentYearPage, Division, ITASectionPage

from .carry import carry_blocks

#: The log action recorded on each new item page once its content has been carried.
ROLLOVER_ACTION = "wagtail_ita.rollover"


class RolloverError(Exception):
    """The rollover cannot be done as asked; the message says why.

    ``message`` is a lazy translatable string: ``str()`` gives it in the active language (Thai in the
    commands) followed by the English, as every command error is written (``ita_framework check``).
    """

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return bilingual(self.message)


@dataclass
class ItemPlan:
    """One item of the new year: where it comes from and what it receives."""

    item: object
    sources: list  # previous item pages it continues
    divisions: list  # Division objects that keep it
    all_divisions: bool
    carried: list
    left: list
    page: object = None  # the new item page, once it exists
    done: bool = False  # its content was carried by an earlier run


@dataclass
class RolloverPlan:
    old: object  # the previous framework
    new: object
    section: object
    old_year_page: object
    new_year_page: object
    items: list = field(default_factory=list)

    @property
    def pending(self):
        return [plan for plan in self.items if not plan.done]

    @property
    def carried_count(self):
        return sum(len(plan.carried) for plan in self.items)


def load_frameworks(from_year, to_year):
    """The two frameworks, after checking that ``to_year``'s crosswalk leads from ``from_year``."""
    if to_year <= from_year:
        raise RolloverError(
            msg(
                _("The new year (%(to)s) must come after the year rolled over from (%(from)s)"),
                **{"to": to_year, "from": from_year},
            )
        )
    old, new = load_framework(from_year), load_framework(to_year)
    if new.previous is None:
        raise RolloverError(
            msg(
                _(
                    "The framework of %(to)s has no crosswalk ('previous' and each item's 'from'): "
                    "its content cannot be carried"
                ),
                to=to_year,
            )
        )
    if new.previous != from_year:
        raise RolloverError(
            msg(
                _(
                    "The crosswalk of %(to)s leads from %(previous)s, not from %(from)s: roll over from %(previous)s "
                    "(first from %(from)s to %(previous)s if that year has a crosswalk from %(from)s)"
                ),
                **{"to": to_year, "previous": new.previous, "from": from_year},
            )
        )
    return old, new


def find_old_year_page(year, section_id=None):
    from wagtail_ita.i18n import originals

    # The original year pages only: an English translation of the section is not a second section.
    pages = originals(AssessmentYearPage.objects.filter(year=year))
    if section_id is not None:
        section = ITASectionPage.objects.filter(pk=section_id).first()
        if section is None:
            raise RolloverError(msg(_("No ITA main page with ID %(id)s"), id=section_id))
        pages = pages.child_of(section)
    pages = list(pages.order_by("path"))
    if not pages:
        raise RolloverError(
            msg(
                _(
                    "This site has no year page for %(year)s to roll over from "
                    "(build it with ita_setup --year %(year)s)"
                ),
                year=year,
            )
        )
    if len(pages) > 1:
        raise RolloverError(
            msg(
                _("Several ITA main pages have a year %(year)s; choose one with --section (IDs: %(ids)s)"),
                year=year,
                ids=", ".join(str(p.get_parent().pk) for p in pages),
            )
        )
    return pages[0]


def rolled_over_page_ids(pages):
    return set(
        PageLogEntry.objects.filter(page__in=[p.pk for p in pages], action=ROLLOVER_ACTION).values_list(
            "page_id", flat=True
        )
    )


def _has_content(page):
    revision_page = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
    return bool(len(revision_page.body))


def _divisions(item, sources, new):
    """The divisions that keep ``item``: those of the pages it continues, else the file's defaults."""
    if not sources:
        by_key = {d.key: d for d in Division.objects.agency() if d.key}
        return [by_key[k] for k in item.divisions if k in by_key], item.all_divisions
    if any(page.all_divisions for page in sources):
        return [], True
    divisions = {}
    for page in sources:
        for division in page.divisions.all():
            divisions[division.pk] = division
    return sorted(divisions.values(), key=lambda d: (d.sort_order, d.name)), False


def plan_rollover(from_year, to_year, section_id=None):
    """The :class:`RolloverPlan` from ``from_year`` to ``to_year``; :class:`RolloverError` if it cannot be done."""
    old, new = load_frameworks(from_year, to_year)
    old_year_page = find_old_year_page(from_year, section_id)
    section = old_year_page.get_parent().specific
    new_year_page = AssessmentYearPage.objects.child_of(section).filter(year=to_year).first()
    old_pages = {page.item_code.upper(): page for page in old_year_page.item_pages()}
    new_pages = {page.item_code.upper(): page for page in new_year_page.item_pages()} if new_year_page else {}
    done = rolled_over_page_ids(new_pages.values())
    with_content = [code for code, page in new_pages.items() if page.pk not in done and _has_content(page)]
    if with_content:
        raise RolloverError(
            msg(
                _(
                    "The year %(year)s already has content that a rollover did not put there (%(items)s); "
                    "nothing was changed. Carry content by hand, or remove that content first."
                ),
                year=to_year,
                items=", ".join(sorted(with_content, key=lambda c: int(c[1:]))),
            )
        )
    plan = RolloverPlan(old, new, section, old_year_page, new_year_page)
    offered = {}
    for category in new.categories:
        model = item_page_model(category.page_type)
        if model is None:
            raise RolloverError(
                msg(
                    _("Category %(category)s of %(year)s names page type %(type)s, which is not an ITA item page type"),
                    category=category.key,
                    year=to_year,
                    type=category.page_type,
                )
            )
        offered[category.key] = block_names(model)
    for item in new.items:
        sources = [old_pages[code] for code in item.continues if code in old_pages]
        divisions, all_divisions = _divisions(item, sources, new)
        carried, left = carry_blocks(item, old, sources, offered[item.category])
        page = new_pages.get(item.code)
        plan.items.append(
            ItemPlan(
                item=item,
                sources=sources,
                divisions=divisions,
                all_divisions=all_divisions,
                carried=carried,
                left=left,
                page=page,
                done=page is not None and page.pk in done,
            )
        )
    return plan

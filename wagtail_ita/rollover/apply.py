"""Carry out a :class:`~.plan.RolloverPlan`: build the new year, carry content into drafts, keep divisions.

Nothing of the old year is written. Each new item is finished in its own transaction and marked
with a ``wagtail_ita.rollover`` log entry (visible in the page's history), so a run that is
interrupted resumes where it stopped and a second run changes nothing. Carried content goes into a
new **draft** revision; what is live stays as ``ita_setup`` published it until the coordinator
publishes the reviewed draft.
"""

from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamValue
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission

from wagtail_ita.frameworks.errors import msg
from wagtail_ita.models import Division
from wagtail_ita.setup import setup_section

from .plan import ROLLOVER_ACTION, RolloverError, plan_rollover


def apply_rollover(plan):
    """Do what ``plan`` says; return the refreshed plan (every item ``done``) and the setup report."""
    setup = setup_section(plan.new.year, parent_id=plan.section.get_parent().pk)
    # Re-read: the new year's pages exist now, and another run may have finished some items meanwhile.
    plan = plan_rollover(plan.old.year, plan.new.year, section_id=plan.section.pk)
    for item_plan in plan.pending:
        if item_plan.page is None:
            raise RolloverError(
                msg(
                    _("%(year)s %(code)s: the item has no page after setup"),
                    year=plan.new.year,
                    code=item_plan.item.code,
                )
            )
        with transaction.atomic():
            _carry_item(plan, item_plan)
    return plan_rollover(plan.old.year, plan.new.year, section_id=plan.section.pk), setup


def _carry_item(plan, item_plan):
    page = item_plan.page.specific_class.objects.select_for_update().get(pk=item_plan.page.pk)
    changed_divisions = _keep_divisions(page, item_plan)
    revision = None
    if item_plan.carried:
        draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        draft.divisions = list(page.divisions.all())
        draft.all_divisions = page.all_divisions
        stream_block = draft.body.stream_block
        draft.body = StreamValue(stream_block, [dict(c.raw) for c in item_plan.carried], is_lazy=True)
        revision = draft.save_revision(log_action=False, changed=True)
    if changed_divisions:
        _sync_permissions(page)
    log(
        instance=page,
        action=ROLLOVER_ACTION,
        revision=revision,
        data={
            "from_year": plan.old.year,
            "from_items": list(item_plan.item.continues),
            "blocks": len(item_plan.carried),
            "divisions": [d.name for d in item_plan.divisions],
            "all_divisions": item_plan.all_divisions,
        },
    )


def _keep_divisions(page, item_plan):
    """Give ``page`` the divisions the plan keeps; whether anything changed."""
    wanted = {d.pk for d in item_plan.divisions}
    current = {d.pk for d in page.divisions.all()}
    if wanted == current and page.all_divisions == item_plan.all_divisions:
        return False
    page.divisions = list(item_plan.divisions)
    page.all_divisions = item_plan.all_divisions
    page.save(update_fields=["divisions", "all_divisions"])
    return True


def _sync_permissions(page):
    """Each division's editors may change exactly the items their division keeps (as ``ita_setup`` grants)."""
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    responsible = {d.pk for d in page.divisions.all()}
    for division in Division.objects.agency().select_related("group"):
        if division.group is None:
            continue
        if page.all_divisions or division.pk in responsible:
            GroupPagePermission.objects.get_or_create(group=division.group, page=page, permission=change)
        else:
            GroupPagePermission.objects.filter(group=division.group, page=page, permission=change).delete()

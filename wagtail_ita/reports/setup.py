"""What ``ita_setup`` adds for the report channel: the page, the recipients' group, O28's channel block.

Like the rest of the setup, each step looks first and never changes what exists: a site that already
has a report page keeps it, an O28 page whose editors already named a corruption channel keeps it.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _

from wagtail_ita.conf import get_setting

CHANNEL_KIND = "corruption_complaint"


def recipients_group(report):
    """The recipients' group, created empty, with the channel's own permission and admin access."""
    group, created = Group.objects.get_or_create(name=get_setting("REPORT_RECIPIENTS_GROUP"))
    if created:
        report.created_groups.append(group)
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtail_ita", codename="receive_corruptionreport"),
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        )
    return group


def report_page(section, report):
    """The site's report page: the existing one, or a new one at ``/<section>/report/``."""
    from wagtail_ita.models import CorruptionReportPage

    site = section.get_site()
    existing = CorruptionReportPage.objects.all()
    if site is not None:
        existing = existing.descendant_of(site.root_page, inclusive=True)
    page = existing.order_by("path").first()
    if page is not None:
        return page
    page = CorruptionReportPage(
        title=_("Report corruption and misconduct"), slug="report", locale=section.locale, show_in_menus=True
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    report.created_pages.append(page)
    return page


def point_o28(year_page, page):
    """Add a corruption-channel block linking ``page`` to O28 when O28 names no such channel yet."""
    item = year_page.get_children().filter(slug="o28").specific().first()
    if item is None or not hasattr(item, "body"):
        return False
    for block in item.body:
        if block.block_type == "channel" and block.value.get("channel") == CHANNEL_KIND:
            if block.value.get("url") or block.value.get("page"):
                return False
    item.body.append(
        (
            "channel",
            {
                "channel": CHANNEL_KIND,
                "label": page.title,
                "page": page,
                "description": _("A protected online channel, separate from general complaints, on this website."),
            },
        )
    )
    publish = item.live and not item.has_unpublished_changes  # an editor's pending draft is not published
    revision = item.save_revision()
    if publish:
        revision.publish()
    return True


def setup_channel(report):
    group = recipients_group(report)
    page = report_page(report.section, report)
    point_o28(report.year_page, page)
    return group, page

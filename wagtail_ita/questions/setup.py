"""What ``ita_setup`` builds for the Q&A channel: the page, the group that answers, and item O8's link.

* The site's Q&A page: the first :class:`~wagtail_ita.models.QuestionAnswerPage` of the site, or a
  new one at ``/<section>/qa/`` when the site has none (never a second one).
* The Q&A group (``WAGTAIL_ITA_QA_GROUP``) with the app's ``view_question`` and ``change_question``
  permissions. When the group is first created, the editors' groups of the divisions responsible
  for the Q&A item (O8) receive the same permissions, so those editors answer by default; a site
  that takes them away later keeps it so.
* Each item whose component asks for a Q&A channel and whose page is still empty gets a channel
  block linking the Q&A page.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _

from wagtail_ita.conf import get_setting
from wagtail_ita.models import Division, QuestionAnswerPage

QA_SLUG = "qa"
QA_PERMISSIONS = ["view_question", "change_question"]


def qa_components(framework):
    """(item, component) pairs of ``framework`` whose component is a Q&A channel."""
    return [
        (item, component)
        for item in framework.items
        for component in item.components
        if component.kind == "channel" and dict(component.match).get("channel") == "qa"
    ]


def site_qa_page(section):
    """The Q&A page of ``section``'s site (the first in tree order), or ``None``."""
    site = section.get_site()
    pages = QuestionAnswerPage.objects.all()
    pages = pages.in_site(site) if site is not None else pages.descendant_of(section.get_parent())
    return pages.order_by("path").first()


def ensure_qa_page(section, report):
    page = site_qa_page(section)
    if page is not None:
        return page
    slug = QA_SLUG
    if section.get_children().filter(slug=slug).exists():
        slug = f"{QA_SLUG}-ita"
    page = QuestionAnswerPage(
        title=_("Questions and answers (Q&A)"),
        slug=slug,
        locale=section.locale,
        intro=_(
            "<p>Ask the agency about its work and services. Answers are published on this page; "
            "give your e-mail if you also want the answer sent to you.</p>"
        ),
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    report.created_pages.append(page)
    return page


def ensure_qa_group(framework, report):
    """The Q&A group; on creation also give its permissions to the responsible divisions' groups."""
    group, created = Group.objects.get_or_create(name=get_setting("QA_GROUP"))
    if not created:
        return group
    report.created_groups.append(group)
    permissions = list(
        Permission.objects.filter(content_type__app_label="wagtail_ita", codename__in=QA_PERMISSIONS)
    ) + [Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")]
    group.permissions.add(*permissions)
    keys = {key for item, _component in qa_components(framework) for key in item.divisions}
    for division in Division.objects.agency().filter(key__in=keys, group__isnull=False).select_related("group"):
        division.group.permissions.add(*permissions)
    return group


def link_qa_items(year_page, framework, qa_page, report):
    """Give every still-empty Q&A item page of ``year_page`` a channel block linking ``qa_page``."""
    # Only an item that is nothing but the Q&A channel (O8 of 2566) is filled: an item that also asks for
    # other data (2569's O3, contact and Q&A) is left to its editors and to ita_rollover.
    codes = {
        item.code
        for item, _component in qa_components(framework)
        if all(c.kind == "channel" and dict(c.match).get("channel") == "qa" for c in item.components)
    }
    for page in year_page.item_pages():
        if page.item_code not in codes or len(page.body):
            continue
        latest = page.get_latest_revision_as_object()
        if len(latest.body):
            continue  # a draft holds what an editor wrote: leave it
        page.body = [
            (
                "channel",
                {"channel": "qa", "label": qa_page.title, "url": "", "page": qa_page, "description": ""},
            )
        ]
        revision = page.save_revision()
        if page.live:
            revision.publish()
        report.linked_items.append(page)


def setup_questions(section, year_page, framework, report):
    """Build what the Q&A channel needs for ``year_page``; record what was created in ``report``."""
    if not qa_components(framework):
        return None
    qa_page = ensure_qa_page(section, report)
    ensure_qa_group(framework, report)
    link_qa_items(year_page, framework, qa_page, report)
    return qa_page

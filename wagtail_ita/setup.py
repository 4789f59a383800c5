"""Build (or complete) the ITA section of one assessment year: pages, divisions, groups, permissions.

Used by ``manage.py ita_setup``. Every step looks for what exists before creating anything, so a
second run changes nothing and an interrupted run completes on the next one. Nothing an editor
entered is ever overwritten.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .conf import get_setting
from .frameworks import load_framework
from .i18n import section_title, year_title
from .models import AssessmentYearPage, DisclosureItemPage, Division, ITASectionPage
from .questions.setup import setup_questions
from .reports.setup import setup_channel as setup_report_channel


class SetupError(Exception):
    """The section cannot be built as asked; the message says why, in the active language."""


@dataclass
class SetupReport:
    created_pages: list = field(default_factory=list)
    created_divisions: list = field(default_factory=list)
    created_groups: list = field(default_factory=list)
    created_permissions: int = 0
    granted_permissions: list = field(default_factory=list)
    created_workflow: object = None
    linked_items: list = field(default_factory=list)
    section: Page | None = None
    year_page: Page | None = None

    @property
    def changed(self):
        return bool(
            self.created_pages
            or self.created_divisions
            or self.created_groups
            or self.created_permissions
            or self.granted_permissions
            or self.created_workflow
            or self.linked_items
        )


EDITOR_PAGE_PERMISSIONS = ["change"]
COORDINATOR_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
]
#: What makes the coordinators' group coordinate: the app's own permission, and translating the section
#: (wagtail-localize's ``submit_translation``) where wagtail-localize is installed. (app label, codename)
COORDINATOR_PERMISSIONS = [("wagtail_ita", "coordinate_ita"), ("wagtail_localize", "submit_translation")]


def resolve_parent(parent_id=None):
    """The page the section goes under: ``parent_id``, else where the default site's section is, else its root."""
    if parent_id is not None:
        try:
            return Page.objects.get(pk=parent_id).specific
        except Page.DoesNotExist:
            raise SetupError(_("No page with ID %(id)s to use as the parent") % {"id": parent_id}) from None
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise SetupError(_("Wagtail has no default site yet; give --parent"))
    # The default site's section, wherever it was built, is the one to complete.
    existing = _site_section(site, site.root_page.locale_id)
    return existing.get_parent().specific if existing is not None else site.root_page.specific


def setup_section(year, parent_id=None, draft=False):
    """Build or complete the section for assessment ``year``; return a :class:`SetupReport`.

    A site has one section and the section one page per year: a second parent for a site that already
    has its section is refused, naming the section, and so is a parent outside every site.
    """
    try:
        return _setup_section(year, parent_id, draft)
    except (ValidationError, IntegrityError) as exc:
        # Two runs at once: the other one created a page, a group or a permission after this one looked.
        raise SetupError(
            _(
                "Another ita_setup run changed the section at the same time (%(error)s). "
                "Run ita_setup again when it has finished: it completes what is missing."
            )
            % {"error": "; ".join(exc.messages) if isinstance(exc, ValidationError) else exc}
        ) from exc


def _setup_section(year, parent_id, draft):
    framework = load_framework(year)
    item_models = _item_models(framework)
    parent = resolve_parent(parent_id)
    report = SetupReport()
    with transaction.atomic():
        report.section = _section(parent, report)
        report.year_page = _year_page(report.section, framework, report)
        divisions = _divisions(framework, report)
    coordinators = _coordinator_group(report)
    # An item whose code or slug is already taken under the year page exists: never touch it.
    children = list(report.year_page.get_children().specific())
    taken = {page.slug for page in children} | {getattr(page, "item_code", "").upper() for page in children}
    for item in framework.items:
        if item.slug in taken or item.code in taken:
            continue
        with transaction.atomic():
            _item_page(report.year_page, item, item_models[item.category], divisions, draft, report)
    _permissions(report, coordinators)
    with transaction.atomic():
        _review_workflow(report, coordinators)
    with transaction.atomic():
        setup_report_channel(report)
        setup_questions(report.section, report.year_page, framework, report)
    return report


def _item_models(framework):
    models = {}
    for category in framework.categories:
        try:
            model = apps.get_model(category.page_type)
        except (LookupError, ValueError):
            model = None
        if model is None or not issubclass(model, DisclosureItemPage) or not model.is_creatable:
            raise SetupError(
                _("Category %(category)s names page type %(type)s, which is not an ITA item page type")
                % {"category": category.key, "type": category.page_type}
            )
        models[category.key] = model
    return models


def _publish(page):
    page.save_revision().publish()


def _section(parent, report):
    existing = ITASectionPage.objects.child_of(parent).first()
    if existing is not None:
        return existing
    if isinstance(parent, ITASectionPage | AssessmentYearPage | DisclosureItemPage) or not ITASectionPage.can_create_at(
        parent
    ):
        raise SetupError(
            _("Page “%(title)s” (type %(type)s) cannot have an ITA main page under it")
            % {"title": parent.title, "type": parent.specific_class._meta.verbose_name}
        )
    site = parent.get_site()
    if site is None:
        raise SetupError(
            _(
                "Page “%(title)s” (ID %(id)s) is not inside any Wagtail site: the ITA section must be reachable from the agency's site"
            )
            % {"title": parent.title, "id": parent.pk}
        )
    other = _site_section(site, parent.locale_id)
    if other is not None:
        raise SetupError(
            _(
                "Site “%(site)s” already has its ITA section “%(title)s” (ID %(id)s, %(path)s); a site has one section. "
                "Run ita_setup without --parent, or with --parent %(parent_id)s, to complete it."
            )
            % {
                "site": site.site_name or site.hostname,
                "title": other.title,
                "id": other.pk,
                "path": other.url_path,
                "parent_id": other.get_parent().pk,
            }
        )
    section = ITASectionPage(
        title=section_title(),
        slug=get_setting("SECTION_SLUG"),
        locale=parent.locale,
        # In the site's menu from the start: the evaluator fails items not reachable from the main site.
        show_in_menus=True,
    )
    parent.add_child(instance=section)
    _publish(section)
    report.created_pages.append(section)
    return section


def _site_section(site, locale_id):
    """The ITA section of ``site`` in the locale ``locale_id``, if it has one."""
    for section in ITASectionPage.objects.filter(locale_id=locale_id).order_by("path"):
        if section.get_site() == site:
            return section
    return None


def _year_page(section, framework, report):
    existing = AssessmentYearPage.objects.child_of(section).filter(year=framework.year).first()
    if existing is not None:
        return existing
    page = AssessmentYearPage(
        title=year_title(framework.year),
        slug=str(framework.year),
        year=framework.year,
        locale=section.locale,
    )
    section.add_child(instance=page)
    _publish(page)
    report.created_pages.append(page)
    return page


def _divisions(framework, report):
    """Division snippets for the framework's divisions, by key; existing ones are matched, not changed."""
    locale = Locale.get_default()
    existing = list(Division.objects.agency())
    by_key = {}
    for order, spec in enumerate(framework.divisions, start=1):
        division = next((d for d in existing if d.key == spec.key), None)
        if division is None:
            names = {spec.name, spec.short_name, *spec.aliases}
            division = next((d for d in existing if d.all_names() & names), None)
            if division is not None and not division.key:
                division.key = spec.key
                division.save(update_fields=["key"])
        if division is None:
            division = Division.objects.create(
                key=spec.key,
                name=spec.name,
                short_name=spec.short_name,
                aliases="\n".join(spec.aliases),
                sort_order=order,
                locale=locale,
            )
            existing.append(division)
            report.created_divisions.append(division)
        by_key[spec.key] = division
    return by_key


def _coordinator_group(report):
    group, created = Group.objects.get_or_create(name=get_setting("COORDINATOR_GROUP"))
    if created:
        report.created_groups.append(group)
    held = set(group.permissions.values_list("content_type__app_label", "codename"))
    for app_label, codename in COORDINATOR_PERMISSIONS:
        if (app_label, codename) in held or not apps.is_installed(app_label):
            continue
        # wagtail-localize creates its permission in a migration, not after migrate like model permissions:
        # a database flushed since (a transactional test's) has none, and there is nothing to grant.
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is None:
            continue
        group.permissions.add(permission)
        report.granted_permissions.append(f"{app_label}.{codename}")
    return group


def _item_page(year_page, item, model, divisions, draft, report):
    page = model(
        title=item.title,
        slug=item.slug,
        item_code=item.code,
        all_divisions=item.all_divisions,
        locale=year_page.locale,
        live=not draft,
    )
    page.divisions = [divisions[key] for key in item.divisions]
    year_page.add_child(instance=page)
    revision = page.save_revision()
    if not draft:
        revision.publish()
    report.created_pages.append(page)


def _permissions(report, coordinators):
    """One editors' group per division with 'change' on exactly its items; the coordinators get the section."""
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    root_collection = Collection.get_first_root_node()
    groups = [coordinators]
    _grant_page(coordinators, report.section, COORDINATOR_PAGE_PERMISSIONS, report)
    items = list(DisclosureItemPage.objects.of_year(report.year_page))
    for division in Division.objects.agency().select_related("group"):
        if division.group is None:
            group, created = Group.objects.get_or_create(name=_("ITA editors: %(name)s") % {"name": division.name})
            if created:
                report.created_groups.append(group)
            division.group = group
            division.save(update_fields=["group"])
        groups.append(division.group)
        for page in items:
            if page.all_divisions or division.pk in {d.pk for d in page.divisions.all()}:
                _grant_page(division.group, page, EDITOR_PAGE_PERMISSIONS, report)
    for group in groups:
        group.permissions.add(admin_access)
        for app_label, codename in COLLECTION_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


def _grant_page(group, page, permission_types, report):
    for permission_type in permission_types:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{permission_type}_page")
        _obj, created = GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
        report.created_permissions += int(created)


def _review_workflow(report, coordinators):
    """The review workflow on the section: the coordinators approve what the divisions submit.

    A section that already has a workflow keeps it (the site may have chosen another).
    """
    if WorkflowPage.objects.filter(page=report.section).exists():
        return
    name = _("ITA data review")
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        task = GroupApprovalTask.objects.filter(name=name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=name)
            task.groups.set([coordinators])
        workflow = Workflow.objects.create(name=name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=report.section)
    report.created_workflow = workflow

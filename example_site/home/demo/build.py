"""Build the whole demo: the ITA section, the site around it, users, files and all 43 items."""

from dataclasses import dataclass

from wagtail.models import Locale

from wagtail_ita.compliance import COMPLETE
from wagtail_ita.frameworks import load_framework
from wagtail_ita.models import AssessmentYearPage, Division, ITASectionPage
from wagtail_ita.questions.setup import site_qa_page
from wagtail_ita.setup import SetupError, setup_section
from wagtail_ita.status import item_statuses

from . import questions, reports, site, users
from .common import YEAR, DemoContext
from .files import DemoFiles
from .items import fill_items
from .users import DemoStateError


@dataclass
class DemoReport:
    setup: object
    site_changed: bool
    home_filled: bool
    pages_created: list
    section_changed: bool
    admin_created: bool
    editors: dict
    editors_created: list
    files: DemoFiles
    items: object
    statuses: list
    cases_created: int = 0
    cases_refused: str = ""
    questions_created: int = 0

    @property
    def changed(self):
        return bool(
            self.setup.changed
            or self.site_changed
            or self.home_filled
            or self.pages_created
            or self.section_changed
            or self.admin_created
            or self.editors_created
            or self.files.created
            or self.items.filled
            or self.cases_created
            or self.questions_created
        )

    @property
    def complete(self):
        return sum(1 for record in self.statuses if record["status"] == COMPLETE)


def build_demo(log=None):
    """Build (or complete) the demo on the current database and return a :class:`DemoReport`.

    Safe to run again: every step looks for what exists first, and nothing already entered changes.
    """
    framework = load_framework(YEAR)
    _site, home, site_changed = site.configure_site()
    try:
        setup = setup_section(YEAR)
    except SetupError as exc:
        raise DemoStateError(str(exc)) from exc
    admin, admin_created = users.ensure_admin()
    home.refresh_from_db()  # the section was added under it
    section = setup.section.specific
    home_filled = site.fill_home(home, section, admin)
    pages, pages_created = site.build_pages(home, section, admin)
    pages["qa"] = site_qa_page(section)
    # Moving pages into menu order changed tree paths: read the section and year page again.
    section = ITASectionPage.objects.get(pk=section.pk)
    year_page = AssessmentYearPage.objects.get(pk=setup.year_page.pk)
    section_changed = site.prepare_section(section, year_page, admin)

    locale = Locale.get_default()
    divisions = {}
    for spec in framework.divisions:
        division = Division.objects.filter(key=spec.key, locale=locale).select_related("group").first()
        if division is None:
            raise DemoStateError(f"ไม่พบส่วนราชการ “{spec.name}” (key {spec.key}) หลังจากสร้างหมวด ITA")
        divisions[spec.key] = division
    editors, editors_created = users.ensure_editors(divisions)

    channel = reports.report_page()
    pages["report"] = channel
    cases_created, cases_refused = reports.demo_cases(channel) if channel else (0, "")
    files = DemoFiles()
    context = DemoContext(framework=framework, files=files, divisions=divisions, pages=pages, editors=editors)
    items = fill_items(context, year_page, admin, log=log)
    questions_created = questions.fill_questions(pages["qa"], editors.get("strategy"))
    return DemoReport(
        setup=setup,
        site_changed=site_changed,
        home_filled=home_filled,
        pages_created=pages_created,
        section_changed=section_changed,
        admin_created=admin_created,
        editors=editors,
        editors_created=editors_created,
        files=files,
        items=items,
        statuses=item_statuses(YEAR),
        cases_created=cases_created,
        cases_refused=cases_refused,
        questions_created=questions_created,
    )

from wagtail_ita.frameworks import FrameworkError
from wagtail_ita.management.base import ITACommand
from wagtail_ita.setup import SetupError, setup_section


class Command(ITACommand):
    input_errors = (FrameworkError, SetupError)
    help = "Build (or complete) the ITA section for an assessment year. Safe to run again."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--parent", type=int, help="ID of the page to build the section under")
        parser.add_argument("--draft", action="store_true", help="leave new item pages unpublished")

    def handle(self, *args, year, parent, draft, **options):
        report = setup_section(year, parent_id=parent, draft=draft)
        out = self.stdout
        for page in report.created_pages:
            out.write(f"  + page {page.url_path} ({page.specific_class._meta.verbose_name})")
        for division in report.created_divisions:
            out.write(f"  + division {division.name}")
        for group in report.created_groups:
            out.write(f"  + group {group.name}")
        if report.created_permissions:
            out.write(f"  + {report.created_permissions} page permissions")
        for permission in report.granted_permissions:
            out.write(f"  + permission {permission} for the coordinators")
        for page in report.linked_items:
            out.write(f"  + {page.item_code} linked to the Q&A page")
        if report.created_workflow:
            out.write(f"  + workflow {report.created_workflow.name}")
        if report.changed:
            out.write(
                self.style.SUCCESS(
                    f"ITA {year}: section built at {report.year_page.get_url() or report.year_page.url_path}"
                )
            )
        else:
            out.write(self.style.SUCCESS(f"ITA {year}: already complete, nothing changed"))

"""``manage.py ita_rollover --from 2566 --to 2569 [--dry-run] [--csv FILE]``."""

import errno
import os
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail_ita.frameworks import FrameworkError
from wagtail_ita.frameworks.errors import bilingual, msg
from wagtail_ita.management.base import ITACommand
from wagtail_ita.rollover import RolloverError, apply_rollover, plan_rollover, report_rows, write_csv
from wagtail_ita.rollover.report import action_labels
from wagtail_ita.setup import SetupError


class Command(ITACommand):
    input_errors = (FrameworkError, RolloverError, SetupError)
    help = (
        "Start a new assessment year from the previous one: build its section, carry lasting content "
        "(structure, executives, contact, manuals, channels…) into drafts through the crosswalk, keep "
        "the divisions, and report what each division must renew or add. Never publishes; never "
        "changes the old year. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--from", dest="from_year", type=int, required=True, help="the year to carry from (e.g. 2566)"
        )
        parser.add_argument("--to", dest="to_year", type=int, required=True, help="the new year (e.g. 2569)")
        parser.add_argument("--dry-run", action="store_true", help="show what would be done; change nothing")
        parser.add_argument("--section", type=int, help="ID of the ITA main page, when the site has several")
        parser.add_argument(
            "--csv", help="write the report as CSV to this file (default: ita-rollover-FROM-TO.csv; none on --dry-run)"
        )

    def handle(self, *args, from_year, to_year, dry_run, section, csv, **options):
        plan = plan_rollover(from_year, to_year, section_id=section)
        if plan.new.provisional:
            self.stdout.write(
                self.style.WARNING(
                    _("The framework of %(year)s is PROVISIONAL (source: %(source)s)")
                    % {"year": to_year, "source": plan.new.source}
                )
            )
        path = csv or (None if dry_run else f"ita-rollover-{from_year}-{to_year}.csv")
        if path and not dry_run:
            # Refuse a report that cannot be written before changing anything, not after.
            folder = Path(path).resolve().parent
            if not folder.is_dir() or not os.access(folder, os.W_OK):
                self.report_error(path, os.strerror(errno.ENOENT if not folder.is_dir() else errno.EACCES))
        if dry_run:
            self.stdout.write(self.style.WARNING(_("Dry run: nothing is changed.")))
        else:
            already = not plan.pending and plan.new_year_page is not None
            plan, setup = apply_rollover(plan)
            for page in setup.created_pages:
                self.stdout.write(f"  + {page.url_path}")
            if already:
                self.stdout.write(self.style.SUCCESS(_("Already rolled over; nothing changed.")))
        self.write_items(plan, dry_run)
        rows = report_rows(plan)
        self.write_report(rows)
        if path:
            try:
                with Path(path).open("w", encoding="utf-8", newline="") as output:
                    write_csv(rows, output)
            except OSError as exc:
                self.report_error(path, exc.strerror, exc)
            self.stdout.write(_("Report written to %(path)s") % {"path": path})

    def report_error(self, path, error, cause=None):
        message = msg(gettext_lazy("Cannot write the report to %(path)s: %(error)s"), path=path, error=error)
        raise CommandError(bilingual(message), returncode=2) from cause

    def write_items(self, plan, dry_run):
        out = self.stdout.write
        verb = _("would carry") if dry_run else _("carried")
        for item_plan in plan.items:
            who = _("every division") if item_plan.all_divisions else ", ".join(d.name for d in item_plan.divisions)
            sources = ", ".join(item_plan.item.continues) or _("new item")
            out(f"{item_plan.item.code:<4} ← {plan.old.year} {sources}  [{who}]  {verb}: {len(item_plan.carried)}")
        out(
            self.style.SUCCESS(
                _(
                    "%(year)s: %(items)d items, %(blocks)d blocks carried into drafts; %(dropped)d items of %(old)s dropped"
                )
                % {
                    "year": plan.new.year,
                    "items": len(plan.items),
                    "blocks": plan.carried_count,
                    "dropped": len(plan.new.dropped),
                    "old": plan.old.year,
                }
            )
        )

    def write_report(self, rows):
        labels = action_labels()
        current = None
        for row in rows:
            if row["division"] != current:
                current = row["division"]
                self.stdout.write(self.style.MIGRATE_HEADING(current))
            code = row["code"] or row["from"]
            self.stdout.write(
                f"  {code:<9} {labels[row['action']]}: {row['component'] or row['title']} ({row['note']})"
            )

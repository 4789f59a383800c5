import csv
import json

from wagtail_ita.management.base import ITACommand
from wagtail_ita.status import STATUS_KEYS, item_statuses


class Command(ITACommand):
    help = "Report every ITA item's completeness for an assessment year."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--format", choices=["json", "csv", "table"], default="table")

    def handle(self, *args, year, format, **options):
        records = item_statuses(year)
        if format == "json":
            self.stdout.write(json.dumps(records, ensure_ascii=False, indent=2))
        elif format == "csv":
            writer = csv.DictWriter(self.stdout, fieldnames=STATUS_KEYS, lineterminator="\n")
            writer.writeheader()
            for record in records:
                writer.writerow(
                    record | {"divisions": "; ".join(record["divisions"]), "missing": "; ".join(record["missing"])}
                )
        else:
            self.write_table(records)

    def write_table(self, records):
        for r in records:
            who = "ทุกส่วนราชการ" if r["all_divisions"] else ", ".join(r["divisions"])
            self.stdout.write(f"{r['code']:<4} {r['status']:<10} {r['title']}  [{who}]")
            for reason in r["missing"]:
                self.stdout.write(f"       - {reason}")
        complete = sum(1 for r in records if r["status"] == "complete")
        self.stdout.write(f"{complete}/{len(records)} complete")

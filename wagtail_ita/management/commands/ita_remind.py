from wagtail_ita.coordination.reminders import send_reminders
from wagtail_ita.management.base import ITACommand


class Command(ITACommand):
    help = (
        "E-mail each division's editors the items of theirs that are still missing or incomplete. "
        "Sends at most one mail per person and year a day, so it is safe to run from cron."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--dry-run", action="store_true", help="print the mails instead of sending them")

    def handle(self, *args, year, dry_run, **options):
        reminders = send_reminders(year, dry_run=dry_run)
        for reminder in reminders:
            codes = ", ".join(status.code for status in reminder.statuses)
            self.stdout.write(f"{'would send' if dry_run else 'sent'} to {reminder.user.email}: {codes}")
            if dry_run:
                self.stdout.write(f"Subject: {reminder.subject}\n\n{reminder.body}")
        self.stdout.write(f"{len(reminders)} reminders {'to send' if dry_run else 'sent'}")

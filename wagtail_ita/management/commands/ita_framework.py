"""``manage.py ita_framework check FILE | show YEAR | diff YEAR_A YEAR_B``: write and read framework files."""

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from wagtail_ita.frameworks import FrameworkError, load_framework
from wagtail_ita.frameworks.crosswalk import item_changes
from wagtail_ita.frameworks.english import missing_english
from wagtail_ita.frameworks.errors import in_language
from wagtail_ita.frameworks.loader import load_framework_file
from wagtail_ita.frameworks.pagetypes import page_type_problems
from wagtail_ita.management.base import ITACommand


class Command(ITACommand):
    help = (
        "Check a framework data file (every problem, with its line), show a year's framework as a tree, "
        "or show what changed between two years through the crosswalk."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="check|show|diff")
        check = actions.add_parser("check", help="validate FILE and list every problem (exit code 2 if any)")
        check.add_argument("file")
        show = actions.add_parser("show", help="print the framework of YEAR as a tree")
        show.add_argument("year", type=int)
        diff = actions.add_parser("diff", help="what changed from YEAR_A to YEAR_B, item by item")
        diff.add_argument("year_a", type=int)
        diff.add_argument("year_b", type=int)

    def handle(self, *args, action, **options):
        if action == "check":
            return self.check_file(options["file"])
        if action == "show":
            return self.show_framework(load_framework(options["year"]))
        return self.diff_frameworks(load_framework(options["year_a"]), load_framework(options["year_b"]))

    # -- check ---------------------------------------------------------------------------------------

    def write_problem(self, problem, style):
        """One problem in Thai, then in English on the next line."""
        thai, english = in_language(problem.message, "th"), in_language(problem.message, "en")
        self.stdout.write(style(f"{problem.location()}: {thai}"))
        if english != thai:
            self.stdout.write(f"    {english}")

    def check_file(self, path):
        try:
            framework = load_framework_file(path)
            problems = page_type_problems(framework)
        except FrameworkError as exc:
            framework, problems = None, exc.problems
        for warning in framework.warnings if framework else ():
            self.write_problem(warning, self.style.WARNING)
        # Missing English titles are a note, not a problem: English pages fall back to the Thai titles.
        for note in missing_english(framework) if framework else ():
            self.write_problem(note, self.style.WARNING)
        for problem in problems:
            self.write_problem(problem, self.style.ERROR)
        if problems:
            raise CommandError(
                _("%(count)d problem(s) in %(file)s; the file cannot be used until they are corrected")
                % {"count": len(problems), "file": path}
                + f" / {len(problems)} problem(s) in {path}; the file cannot be used until they are corrected",
                returncode=2,
            )
        summary = _("%(file)s: no problems. Assessment year %(year)s, %(items)d items.") % {
            "file": path,
            "year": framework.year,
            "items": len(framework.items),
        }
        if framework.previous:
            summary += " " + _("Crosswalk from %(year)s: %(continued)d items continued, %(dropped)d dropped.") % {
                "year": framework.previous,
                "continued": len({code for item in framework.items for code in item.continues}),
                "dropped": len(framework.dropped),
            }
        if framework.provisional:
            summary += " " + _("Provisional list (source: %(source)s).") % {"source": framework.source}
        self.stdout.write(self.style.SUCCESS(summary))

    # -- show ----------------------------------------------------------------------------------------

    def show_framework(self, framework):
        out = self.stdout.write
        out(self.style.MIGRATE_HEADING(f"ITA {framework.year}: {framework.title}"))
        out(
            _("Fiscal year %(year)s · %(items)d items · file %(path)s")
            % {"year": framework.fiscal_year, "items": len(framework.items), "path": framework.path}
        )
        if framework.provisional:
            out(
                self.style.WARNING(
                    _("PROVISIONAL list, not from the NACC manual. Source: %(source)s") % {"source": framework.source}
                )
            )
        elif framework.source:
            out(_("Source: %(source)s") % {"source": framework.source})
        if framework.previous:
            out(_("Crosswalk from %(year)s") % {"year": framework.previous})
        for indicator in framework.indicators:
            out(f"{indicator.number} {indicator.title}")
            for sub in [s for s in framework.sub_indicators if s.indicator == indicator.number]:
                out(f"  {sub.number} {sub.title}")
                for category in [c for c in framework.categories if c.sub_indicator == sub.number]:
                    out(f"    {category.title} ({category.key}) → {category.page_type}")
                    for item in framework.items_in(category.key):
                        self.show_item(framework, item)
        if framework.dropped:
            out(_("Dropped from %(year)s:") % {"year": framework.previous})
            for dropped in framework.dropped:
                out(f"  - {dropped.code} {dropped.reason}".rstrip())

    def show_item(self, framework, item):
        out = self.stdout.write
        who = _("every division") if item.all_divisions else ", ".join(item.divisions)
        line = f"      {item.code:<4} {item.title}  [{who}]"
        if framework.previous:
            line += "  ← " + (f"{framework.previous} {', '.join(item.continues)}" if item.continues else _("new item"))
        out(line)
        for component in item.components:
            carry = "  ⟳ " + _("carried over") if component.carries_over else ""
            out(f"           · {component.key}: {component.kind}, {component.period}{carry}")
        if item.inferred:
            out("           " + _("inferred: %(text)s") % {"text": item.inferred})

    # -- diff ----------------------------------------------------------------------------------------

    def diff_frameworks(self, old, new):
        if new.previous != old.year:
            raise CommandError(
                _("%(new)s has no crosswalk from %(old)s (its file says previous = %(previous)s)")
                % {"new": new.year, "old": old.year, "previous": new.previous or "-"},
                returncode=2,
            )
        out = self.stdout.write
        out(self.style.MIGRATE_HEADING(_("From %(old)s to %(new)s, item by item") % {"old": old.year, "new": new.year}))
        labels = {
            "new": _("new"),
            "same": _("same code"),
            "renumbered": _("renumbered"),
            "merged": _("merged"),
            "split": _("split"),
        }
        counts = {}
        for change in item_changes(old, new):
            counts[change.kind] = counts.get(change.kind, 0) + 1
            item = change.item
            sources = " + ".join(f"{s.code} {s.title}" for s in change.sources) or "-"
            out(f"{item.code:<4} {item.title}  ({labels[change.kind]})")
            out(f"     ← {old.year}: {sources}")
            for field, before, after in change.changes:
                out(f"     ~ {field}: {before} → {after}")
            for key, froms in change.carried:
                out(
                    "     ⟳ "
                    + _("%(component)s carried over from %(sources)s")
                    % {"component": key, "sources": ", ".join(froms) or "-"}
                )
            for key in change.added:
                out("     + " + _("new component %(component)s") % {"component": key})
            for key in change.removed:
                out("     - " + _("component %(component)s no longer asked") % {"component": key})
        for dropped in new.dropped:
            label = _("dropped")
            out(self.style.WARNING(f"{dropped.code:<4} {old.item(dropped.code).title}  ({label})"))
            if dropped.reason:
                out(f"     {dropped.reason}")
        summary = ", ".join(f"{labels[k]} {v}" for k, v in counts.items())
        out(
            _("%(items)d items (%(summary)s); %(dropped)d dropped")
            % {"items": len(new.items), "summary": summary, "dropped": len(new.dropped)}
        )

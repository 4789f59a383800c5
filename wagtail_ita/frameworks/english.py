"""What a framework file lacks in English: a note for ``ita_framework check``, never an error.

English titles are optional (docs/frameworks.md, *English titles*): without them English pages show the
Thai title, marked ``lang="th"``. A file meant for an English version should have them everywhere;
:func:`missing_english` says where they are missing, one note per kind of entry.
"""

from django.utils.translation import gettext_lazy as _

from .errors import Problem, msg


def _label(obj):
    return getattr(obj, "code", None) or getattr(obj, "key", None) or obj.number


def missing_english(framework):
    """``Problem`` notes (to be shown as warnings) for every kind of entry that lacks its English title."""
    kinds = [
        (_("indicators"), "title_en", framework.indicators),
        (_("sub-indicators"), "title_en", framework.sub_indicators),
        (_("categories"), "title_en", framework.categories),
        (_("items"), "title_en", framework.items),
        (_("divisions"), "name_en", framework.divisions),
    ]
    notes = []
    if not framework.title_en:
        notes.append(
            Problem(
                _("no English title ('title_en') for the assessment; English pages show the Thai one"),
                path=framework.path,
                field="title_en",
            )
        )
    for what, key, entries in kinds:
        missing = [_label(obj) for obj in entries if not getattr(obj, key)]
        if missing:
            notes.append(
                Problem(
                    msg(
                        _(
                            "no English title ('%(key)s') for %(count)d of %(total)d %(what)s (%(names)s); "
                            "English pages show their Thai titles"
                        ),
                        key=key,
                        count=len(missing),
                        total=len(entries),
                        what=what,
                        names=", ".join(missing),
                    ),
                    path=framework.path,
                    field=key,
                )
            )
    return notes

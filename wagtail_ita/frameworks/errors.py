"""Problems found in a framework data file, and the error that carries them.

A :class:`Problem` knows where it is (file, line, item, field) and holds its message untranslated,
so it can be written in Thai for the agency and in English for the developer alike.
"""

from dataclasses import dataclass
from pathlib import Path

from django.utils import translation
from django.utils.functional import lazy


def in_language(message, language):
    with translation.override(language):
        return str(message)


def bilingual(message):
    """``message`` (lazy) in the active language, followed by its English in parentheses when that
    differs: how command errors are written (Thai for the agency, English for the developer)."""
    local, english = str(message), in_language(message, "en")
    return local if local == english else f"{local} ({english})"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or, as a warning, doubtful) in a framework file.

    ``message`` is a lazy translatable string, already formatted with its parameters.
    """

    message: object
    path: Path | None = None
    line: int | None = None
    item: str = ""
    field: str = ""

    def location(self):
        where = self.path.name if self.path else "framework"
        if self.line:
            where += f":{self.line}"
        if self.item:
            where += f", {self.item}"
        if self.field:
            where += f" [{self.field}]"
        return where

    def text(self, language=None):
        """The message alone, in ``language`` (default: the active language)."""
        if language is None:
            return str(self.message)
        return in_language(self.message, language)

    def __str__(self):
        """Location and message in the active language, followed by the English when that differs."""
        return f"{self.location()}: {bilingual(self.message)}"


class FrameworkError(ValueError):
    """A framework data file is missing or malformed; ``problems`` lists everything found wrong."""

    def __init__(self, path, message=None, item=None, problems=None):
        self.path = Path(path) if path else None
        self.item = item
        if problems is None:
            problems = [Problem(message, path=self.path, item=item or "")]
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else str(message)
        more = len(self.problems) - 1
        if more > 0:
            first += f" (+{more})"
        super().__init__(first)


def _format(message, params):
    return str(message) % params


_lazy_format = lazy(_format, str)


def msg(message, **params):
    """``message % params``, translated when it is shown rather than when it is made."""
    return _lazy_format(message, params)

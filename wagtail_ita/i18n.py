"""The section in other languages: which page is authoritative, and the English titles of framework files.

The NACC assesses the agency's Thai pages. A site may translate the section into English with
wagtail-localize (docs/install.md, *English version*): the translations are pages in another locale,
under the translated home page, at ``/en/<section>/<year>/o1/``. They are a courtesy to readers. The
*original* of a page is the page of its translation group in the site's default locale
(``LANGUAGE_CODE``, Thai for a Thai agency); completeness, the dashboard, ``ita_status`` and the
exports read only originals, and every translated page names and links the original it translates.

Framework files may give English titles (``title_en``, ``name_en``, docs/frameworks.md):
:func:`framework_in` is the framework as an English page shows it, :func:`english_titles` the
Thai → English glossary that pre-fills translations.
"""

from dataclasses import replace
from functools import lru_cache

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from .conf import get_setting
from .frameworks import FrameworkError, available_years, load_framework


def same_language(a, b):
    """Whether two language codes name one language (``en`` and ``en-GB`` do)."""
    return a.lower().split("-")[0] == b.lower().split("-")[0]


def is_english(language_code):
    return same_language(language_code, "en")


def original_language():
    """The language code of the authoritative pages' locale: the site's default (``LANGUAGE_CODE``)."""
    try:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def originals(queryset):
    """``queryset`` without translations: pages in the default locale, and pages with no page in it.

    A page of another locale whose translation group has a page in the default locale is a
    translation (the English copy of a Thai item); a page alone in its group is its own original
    (a section built in another locale than the site's default, e.g. on a site whose default
    language changed after ``ita_setup``).
    """
    language = original_language()
    in_default = Page.objects.filter(locale__language_code=language).values("translation_key")
    return queryset.exclude(~Q(locale__language_code=language) & Q(translation_key__in=in_default))


def language_versions(page):
    """Every page of ``page``'s translation group (itself included), with their locales: one query,
    remembered on ``page``. An empty list, and no query, on a site without Wagtail's internationalisation
    (``WAGTAIL_I18N_ENABLED`` off), where no page can have a translation: most agencies' sites."""
    versions = getattr(page, "_ita_language_versions", None)
    if versions is None and not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        versions = page._ita_language_versions = []
    if versions is None:
        versions = list(
            Page.objects.filter(translation_key=page.translation_key)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        page._ita_language_versions = versions
    return versions


def original_of(page):
    """The authoritative page of ``page``'s translation group: ``page`` itself unless it is a
    translation of a page in the default locale (then a plain :class:`~wagtail.models.Page`)."""
    language = original_language()
    for version in language_versions(page):
        if version.locale.language_code == language:
            return page if version.pk == page.pk else version
    return page


def is_translation(page):
    return original_of(page).pk != page.pk


def live_translations(page):
    """The live translations of an original page: what it links to as its other language versions."""
    return [version for version in language_versions(page) if version.live and version.pk != page.pk]


def _english_view(obj):
    return replace(obj, title=obj.title_en) if obj.title_en else obj


@lru_cache(maxsize=16)
def _english(framework):
    return replace(
        framework,
        title=framework.title_en or framework.title,
        indicators=tuple(_english_view(obj) for obj in framework.indicators),
        sub_indicators=tuple(_english_view(obj) for obj in framework.sub_indicators),
        categories=tuple(_english_view(obj) for obj in framework.categories),
        items=tuple(_english_view(obj) for obj in framework.items),
        _index={},
    )


def framework_in(framework, language_code):
    """``framework`` as pages in ``language_code`` show it: in English, every indicator, sub-indicator,
    category and item that has a ``title_en`` carries it as its ``title``; requirements and
    components stay as the NACC wrote them (Thai). Other languages get the framework unchanged."""
    return _english(framework) if is_english(language_code) else framework


def section_title():
    """The title ``ita_setup`` gives the section page, in the active language."""
    return _("Public disclosure (ITA)")


def year_title(year):
    """The title ``ita_setup`` gives the page of assessment ``year``, in the active language."""
    return _("ITA fiscal year B.E. %(year)s") % {"year": year}


def english_titles():
    """``{Thai text: English text}``: every framework title and division name that has an English one,
    the newest framework first, plus the titles ``ita_setup`` gives the section and year pages."""
    glossary = {}
    years = available_years()
    for year in reversed(years):
        try:
            framework = load_framework(year)
        except FrameworkError:
            continue
        for obj in (*framework.indicators, *framework.sub_indicators, *framework.categories, *framework.items):
            if obj.title_en:
                glossary.setdefault(obj.title, obj.title_en)
        for division in framework.divisions:
            if division.name_en:
                glossary.setdefault(division.name, division.name_en)
            if division.short_name_en:
                glossary.setdefault(division.short_name, division.short_name_en)
    with translation.override(get_setting("LANGUAGE")):
        written = [section_title(), *(year_title(year) for year in years)]
    with translation.override("en"):
        english = [section_title(), *(year_title(year) for year in years)]
    for thai, text in zip(written, english, strict=True):
        if thai != text:
            glossary.setdefault(thai, text)
    return glossary


def translated_divisions(divisions, locale):
    """``divisions`` (of the default locale) as their translations into ``locale`` where they exist, in
    one query; a division not yet translated stays as it is."""
    divisions = list(divisions)
    if not divisions or all(division.locale_id == locale.pk for division in divisions):
        return divisions
    model = type(divisions[0])
    by_key = {
        division.translation_key: division
        for division in model.objects.filter(
            translation_key__in=[division.translation_key for division in divisions], locale=locale
        )
    }
    return [by_key.get(division.translation_key, division) for division in divisions]


def page_language(page):
    """The language ``page`` is written in: its locale's for a translation, else ``WAGTAIL_ITA_LANGUAGE``
    (``ita_setup`` writes the originals in it, whatever the locale of the tree they are built in)."""
    if is_translation(page):
        return next(version for version in language_versions(page) if version.pk == page.pk).locale.language_code
    return get_setting("LANGUAGE")


def translation_context(page):
    """What an ITA page says about its other language versions.

    A translation names the original it translates (``ita_original``, written in
    ``ita_original_language``), the authoritative page; an original lists its live translations
    (``ita_translations``).
    """
    original = original_of(page)
    if original.pk != page.pk:
        return {"ita_original": original, "ita_original_language": get_setting("LANGUAGE"), "ita_translations": []}
    return {"ita_original": None, "ita_translations": live_translations(page)}

"""The demo's English version: the section translated through wagtail-localize, as a translator would.

Only on a site with wagtail-localize installed (the example site's own settings; not
``settings/test_no_localize``): :func:`build_english` is then called by ``ita_demo`` and imports
wagtail-localize itself; this module imports nothing of it at load time.

It creates the English locale if missing and, through wagtail-localize's own operations (what its
"Translate" action does), translates the section page, each year page, a handful of 2566 items and
every division, then publishes them: ``/en/ita/2566/o2/`` and the others. The titles arrive in English
from the framework's ``title_en`` (``wagtail_ita.localize`` pre-fills them); O2's names, positions and
phone numbers are given the English a translator would type. Items not translated are listed on the
English year page in English, linking to their Thai page.

Safe to run again: an object that already has its English translation is left alone (no new
translation, revision or publication), whatever a translator has done to it since.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from wagtail_ita.i18n import is_english
from wagtail_ita.models import AssessmentYearPage, Division

from .common import YEAR
from .content.basic import EXECUTIVES

#: The 2566 items the demo translates: structure, executives, contact, monthly procurement, complaint
#: statistics, the anti-corruption plan (one of each kind of page a visitor might open).
ITEMS = ("O1", "O2", "O5", "O21", "O29", "O36")

POSITIONS_EN = {
    "นายกองค์การบริหารส่วนจังหวัดแพร่": "Chief Executive of Phrae Provincial Administrative Organization",
    "รองนายกองค์การบริหารส่วนจังหวัดแพร่": "Deputy Chief Executive of Phrae Provincial Administrative Organization",
    "ปลัดองค์การบริหารส่วนจังหวัดแพร่": "Permanent Secretary of Phrae Provincial Administrative Organization",
    "รองปลัดองค์การบริหารส่วนจังหวัดแพร่": ("Deputy Permanent Secretary of Phrae Provincial Administrative Organization"),
}


def demo_strings():
    """``{Thai string: English}`` the demo's translator types for the items it translates (O2's people)."""
    from .common import PHONE

    strings = dict(POSITIONS_EN)
    for name, _position, _role, _side, _initials, name_en, extension, _mailbox in EXECUTIVES:
        strings[name] = name_en
        strings[f"{PHONE} ต่อ {extension}"] = f"{PHONE} ext. {extension}"
    return strings


@dataclass
class EnglishReport:
    locale_created: bool = False
    translated: list = field(default_factory=list)  # what was translated by this run, as "page /url/" texts

    @property
    def changed(self):
        return self.locale_created or bool(self.translated)


def localize_installed():
    return apps.is_installed("wagtail_localize")


def english_language_code():
    """The site's English content language (``en``, ``en-gb``…), or ``None`` when it offers none."""
    languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or settings.LANGUAGES
    return next((code for code, _name in languages if is_english(code)), None)


def build_english(user, log=None):
    """Translate the demo's section into English; an :class:`EnglishReport` (``None`` when the site has no
    English content language). Needs wagtail-localize (:func:`localize_installed`)."""
    language = english_language_code()
    if language is None:
        return None
    report = EnglishReport()
    english = Locale.objects.filter(language_code=language).first()
    if english is None:
        english = Locale.objects.create(language_code=language)
        report.locale_created = True
    default = Locale.get_default()
    years = list(AssessmentYearPage.objects.filter(locale=default).order_by("path"))
    if not years:
        return report
    section = years[0].get_parent().specific
    objects = [section, *years]
    year_2566 = next((year for year in years if year.year == YEAR), None)
    if year_2566 is not None:
        pages = {page.item_code: page for page in year_2566.item_pages()}
        objects += [pages[code] for code in ITEMS if code in pages]
    objects += list(Division.objects.agency())
    for instance in objects:
        if _translate(instance, english, user):
            label = getattr(instance, "url_path", None) or str(instance)
            report.translated.append(label)
            if log:
                log(f"  English: {label}")
    return report


def _translate(instance, english, user):
    """Translate and publish ``instance`` into ``english`` unless it has its translation already; whether it did."""
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.operations import translate_object

    from wagtail_ita.localize import prefill_strings

    if instance.get_translation_or_none(english) is not None:
        return False
    # What the translator types goes in first, so that the translation is published once, complete.
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    prefill_strings(source, english, demo_strings())
    # One transaction per object, as one "Translate" request in the admin: wagtail-localize publishes
    # the new translation when it commits.
    with transaction.atomic():
        translate_object(instance, [english], user=user)
    return True

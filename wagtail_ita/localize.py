"""wagtail-localize integration; the app loads this module only when ``wagtail_localize`` is installed.

It tells wagtail-localize which fields of the section's pages and of the divisions are translated and
which stay in step with the original (:func:`configure`), and starts English translations with the
framework's English titles (:func:`prefill_english_titles`): when wagtail-localize creates the English
translation of a page or division of the section, every string of it that is exactly a framework
title or division name (an item page's title, a division's name) or a title ``ita_setup`` wrote gets
its English ``StringTranslation``. The translator sees it in wagtail-localize's editor as translated
and may change it; nothing else is translated for them.
"""

from django.db.models.signals import post_save
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .i18n import english_titles, is_english

#: Tool name recorded on the translations this module pre-fills.
TOOL_NAME = "wagtail-ita framework titles"


def ita_models():
    from .models import AssessmentYearPage, DisclosureItemPage, Division, ITASectionPage

    return (ITASectionPage, AssessmentYearPage, DisclosureItemPage, Division)


def configure():
    """Declare the translatable fields of the app's models (``override_translatable_fields``).

    An item keeps its code, responsible divisions and ITAS note from the Thai original (the ITAS note
    is what the agency submits to the NACC, in Thai); a division keeps its key, aliases (the spellings
    of Thai documents) and phone. Titles, names, introductions and the text inside blocks are
    translated, as wagtail-localize does by default.
    """
    from .models import DisclosureItemPage, Division

    DisclosureItemPage.override_translatable_fields = [
        SynchronizedField("item_code", overridable=False),
        SynchronizedField("divisions", overridable=False),
        SynchronizedField("itas_note", overridable=False),
    ]
    Division.override_translatable_fields = [
        SynchronizedField("key", overridable=False),
        SynchronizedField("aliases", overridable=False),
        SynchronizedField("phone"),
    ]
    post_save.connect(prefill_english_titles, sender=Translation, dispatch_uid="wagtail_ita_prefill_english_titles")


def prefill_english_titles(sender, instance, **kwargs):
    """Give an English translation of a section page or division the framework's English titles.

    Runs when wagtail-localize saves a :class:`~wagtail_localize.models.Translation`, before it builds
    the translated object, so the new English page is created with its English title. Strings that
    already have a translation in the target locale are left alone.
    """
    target = instance.target_locale
    if not is_english(target.language_code):
        return
    model = instance.source.specific_content_type.model_class()
    if model is None or not issubclass(model, ita_models()):
        return
    prefill_strings(instance.source, target, english_titles(), tool_name=TOOL_NAME)


def prefill_strings(source, locale, glossary, tool_name=""):
    """Give every string of ``source`` that ``glossary`` knows its translation into ``locale``, as if a
    translator had typed it; strings that already have one in ``locale`` are left alone."""
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = glossary.get(segment.string.data)
        if text:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": tool_name,
                },
            )

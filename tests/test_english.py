"""The English section through wagtail-localize: O2 and O21 translated with its API, published, rendered at
/en/…; the Thai original stays what completeness, status and exports read."""

import csv
import json
import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import GroupPagePermission, Locale, Page, Site

from wagtail_ita.models import AssessmentYearPage, Division

from .coordinator import make_coordinator, page_of, publish
from .factories import Files, good_blocks

pytestmark = [pytest.mark.localize, pytest.mark.django_db]

#: What a translator types in wagtail-localize's editor for O2's Thai strings.
TRANSLATED = {"นายทดสอบ ใจดี": "Mr Thotsop Jaidee", "นายก": "Chief Executive", "จ้างซ่อม": "Repair work"}


def translate(instance, locale):
    """Submit ``instance`` for translation as wagtail-localize's "Translate" action does, publishing it."""
    from wagtail_localize.operations import translate_object

    translate_object(instance, [locale])


def type_translations(instance, locale):
    """Translate ``instance``'s strings in :data:`TRANSLATED` the way the translation editor saves them,
    then publish the translation (wagtail-localize's ``save_target``)."""
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    source = TranslationSource.objects.get_for_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        if segment.string.data in TRANSLATED:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": TRANSLATED[segment.string.data], "translation_type": "manual"},
            )
    Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)


def thai_content(blocks):
    """Complete blocks with the Thai texts of :data:`TRANSLATED`, and one month without procurement."""
    for kind, value in blocks:
        if kind == "executive_profile":
            value["name"], value["position"] = "นายทดสอบ ใจดี", "นายก"
        if kind == "monthly_procurement":
            for number, month in enumerate(value["months"]):
                if number == 2:
                    month["no_procurement"], month["rows"] = True, []
                for row in month["rows"]:
                    row["item"] = "จ้างซ่อม"
    return blocks


@pytest.fixture
def english(section, django_capture_on_commit_callbacks):
    """The 2566 section with complete Thai O2 and O21, the section, year, O2, O21 and the divisions of
    O2 and O21 translated into English through wagtail-localize, and published."""
    english = Locale.objects.create(language_code="en")
    framework = section.year_page.framework
    files = Files()
    for code in ("O2", "O21"):
        publish(section, code, thai_content(good_blocks(framework.item(code), 2566, files)))

    def step(action, *args):
        # One request each, as in the admin: wagtail-localize publishes once the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            action(*args)

    step(translate, section.section, english)
    step(translate, section.year_page, english)
    for code in ("O2", "O21"):
        page = page_of(section, code)
        step(translate, page, english)
        step(type_translations, page, english)
    for key in ("strategy", "finance"):
        step(translate, Division.objects.get(key=key), english)
    return english


@pytest.fixture
def public_root(section):
    """The site at a public address, as the ITAS export requires."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.example.go.th", 443
    site.save()
    yield section
    cache.clear()


def badge(html, code):
    """The staff status badge of item ``code`` on a year page."""
    row = next(row for row in html.split('<tr role="row">') if f'class="ita-col-code">{code}</th>' in row)
    return re.search(r"ita-badge--(\w+)", row).group(1)


def english_page(section, code):
    return Page.objects.get(translation_key=page_of(section, code).translation_key, locale__language_code="en")


def test_english_pages_live_under_en_with_english_titles_from_the_framework(section, english, client):
    o2, o21 = english_page(section, "O2").specific, english_page(section, "O21").specific
    assert o2.url == "/en/ita/2566/o2/" and o21.url == "/en/ita/2566/o21/"
    assert o2.live and o21.live
    # Pre-filled from title_en; the item code and responsible divisions stay the Thai original's.
    assert o2.title == "Information on the executives"
    assert o21.title == "Monthly summary of procurement or acquisition of supplies"
    assert (o2.item_code, o21.item_code) == ("O2", "O21")
    assert list(o21.divisions.all()) == list(page_of(section, "O21").divisions.all())
    year = AssessmentYearPage.objects.get(year=2566, locale=english)
    assert year.url == "/en/ita/2566/" and year.title == "ITA fiscal year B.E. 2566"
    assert year.get_parent().title == "Public disclosure (ITA)"


def test_english_item_page_renders_in_english_and_names_the_thai_original(section, english, client):
    response = client.get("/en/ita/2566/o2/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Information on the executives" in html and "Mr Thotsop Jaidee" in html and "Chief Executive" in html
    assert "Responsible divisions" in html and "ส่วนราชการที่รับผิดชอบ" not in html
    assert "Strategy and Budget Division" in html  # the division's English translation
    assert (
        "This page is a translation. The authoritative version, the one assessed by the NACC, is the page in Thai"
        in html
    )
    assert '<a href="/ita/2566/o2/" rel="alternate" hreflang="th" lang="th">ข้อมูลผู้บริหาร</a>' in html
    # The site's footer link to the section leads to the English section and year on an English page.
    assert '<a class="ita-section-link" href="/en/ita/">' in html
    assert '<a class="ita-section-link ita-section-link--year" href="/en/ita/2566/">' in html
    # The NACC's criteria are quoted in Thai, and marked so.
    assert '<div lang="th"><p>- แสดงข้อมูลของผู้บริหารสูงสุด' in html

    response = client.get("/en/ita/2566/o21/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Monthly procurement summary" in html and "No procurement this month" in html and "Repair work" in html
    # Dates, months and fiscal years in English on an English page.
    assert "Monthly procurement summary, fiscal year B.E. 2566" in html and ">October 2022</h3>" in html
    assert re.search(r"<dt>Last updated</dt><dd>\d{1,2} [A-Z][a-z]+ 20\d\d</dd>", html)
    assert "ธันวาคม" not in html and "บาท" not in html
    assert '<a href="/ita/2566/o21/" rel="alternate" hreflang="th" lang="th">' in html


def test_thai_page_links_its_english_version(section, english, client):
    html = client.get("/ita/2566/o2/").content.decode()
    assert '<a href="/en/ita/2566/o2/" rel="alternate" hreflang="en" lang="en">English</a>' in html
    assert "ส่วนราชการที่รับผิดชอบ" in html and "This page is a translation" not in html
    assert '<a class="ita-section-link" href="/ita/">' in html


def test_english_year_page_lists_every_item_in_english(section, english, client):
    response = client.get("/en/ita/2566/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Indicator 9 Information disclosure" in html and "Procurement or acquisition of supplies" in html
    assert '<a href="/en/ita/2566/o2/">Information on the executives</a>' in html
    # Items not translated yet lead to the Thai page, said so.
    assert (
        '<a href="/ita/2566/o1/" hreflang="th">Organisational structure</a> <span class="ita-muted">(in Thai only)</span>'
        in html
    )
    assert html.count('<tr role="row">') == 43 + 15  # one header row per category table
    assert "Finance Division" in html


def test_completeness_status_and_exports_read_the_thai_original(public_root, english, run_command, tmp_path, client):
    section = public_root
    out, _err = run_command("ita_status", year=2566, format="json")
    records = json.loads(out)
    assert len(records) == 43
    o2 = next(record for record in records if record["code"] == "O2")
    assert (
        o2["status"] == "complete" and o2["url"] == "https://www.example.go.th/ita/2566/o2/" and "/en/" not in o2["url"]
    )
    output = tmp_path / "urls.csv"
    run_command("ita_export_urls", year=2566, format="csv", output=str(output), offline=True)
    rows = list(csv.reader(output.open(encoding="utf-8-sig")))
    assert len(rows) == 1 + 43 and not [row for row in rows if any("/en/" in cell for cell in row)]

    # Emptying the Thai O2 makes it incomplete, though its English translation still shows everything.
    publish(section, "O2", [])
    records = json.loads(run_command("ita_status", year=2566, format="json")[0])
    assert next(record for record in records if record["code"] == "O2")["status"] == "missing"
    assert "Mr Thotsop Jaidee" in client.get("/en/ita/2566/o2/").content.decode()

    # Staff see the Thai status on the English index too.
    client.force_login(make_coordinator())
    html = client.get("/en/ita/2566/").content.decode()
    assert badge(html, "O21") == "complete" and badge(html, "O2") == "missing"  # O2 is now missing in Thai


def test_translations_share_the_permissions_of_their_originals(section, english):
    finance = Group.objects.get(name__contains="กองคลัง")
    english_o21 = english_page(section, "O21")
    assert GroupPagePermission.objects.filter(group=finance, page=english_o21, permission__codename="change_page")
    coordinators = Group.objects.get(name="ผู้ประสานงาน ITA")
    english_section = english_o21.get_parent().get_parent()
    assert GroupPagePermission.objects.filter(group=coordinators, page=english_section).count() == 5


def test_divisions_translate_with_their_english_names_and_keep_their_keys(section, english):
    finance = Division.objects.get(key="finance", locale__language_code="en")
    assert (finance.name, finance.short_name, finance.key) == ("Finance Division", "Finance Division", "finance")
    thai = Division.objects.get(key="finance", locale__language_code="th")
    assert finance.translation_key == thai.translation_key and finance.group == thai.group
    assert finance.aliases == thai.aliases
    assert Division.objects.agency().count() == 6


def test_prefill_only_into_english(section, english, settings, django_capture_on_commit_callbacks):
    from wagtail_localize.models import StringTranslation

    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = [*settings.LANGUAGES, ("fr", "Français")]
    french = Locale.objects.create(language_code="fr")
    for instance in (section.section, section.year_page, page_of(section, "O1")):
        with django_capture_on_commit_callbacks(execute=True):
            translate(instance, french)
    assert not StringTranslation.objects.filter(locale=french).exists()
    french_o1 = Page.objects.get(translation_key=page_of(section, "O1").translation_key, locale=french)
    assert french_o1.title == "โครงสร้าง"  # wagtail-localize's fallback: the source text until translated

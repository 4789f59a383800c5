"""The public ITA section on the demo: every item page renders the data of each of its blocks.

The demo (``ita_demo``, ~8 s) is built once for this module inside a transaction that is rolled
back at the end, so other modules never see it.
"""

import io
import json
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils.html import escape
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Site

from wagtail_ita.models import AssessmentYearPage
from wagtail_ita.thai_dates import baht

HOST = {"HTTP_HOST": "127.0.0.1:8000"}
SKIPPED_DECIMALS = {"latitude", "longitude", "satisfaction_percent"}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        call_command("ita_demo", stdout=io.StringIO())
        yield media
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()  # the demo's site address must not outlive its rollback


@pytest.fixture(autouse=True)
def media_root(demo, db, settings):
    """The demo's files, instead of the suite's per-test media directory."""
    settings.MEDIA_ROOT = demo
    settings.WAGTAIL_ITA_THAI_DIGITS = False
    return demo


@pytest.fixture
def year_page(db):
    """The Thai original: the demo also translates the year into English where wagtail-localize is installed."""
    return AssessmentYearPage.objects.get(year=2566, locale=Locale.get_default())


def expected_texts(block, value, name=""):
    """What a reader must find on the page for ``value``: its one-line texts, amounts, files and links."""
    if value is None or value == "":
        return
    if isinstance(block, blocks.StructBlock):
        for child_name, child in block.child_blocks.items():
            yield from expected_texts(child, value.get(child_name), child_name)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from expected_texts(block.child_block, item, name)
    elif isinstance(block, DocumentChooserBlock):
        yield value.url
    elif isinstance(block, ImageChooserBlock):
        yield "/media/images/"  # a rendition
    elif isinstance(block, blocks.URLBlock | blocks.EmailBlock | blocks.CharBlock):
        yield escape(value)
    elif isinstance(block, blocks.DecimalBlock) and name not in SKIPPED_DECIMALS:
        yield baht(value) if isinstance(value, Decimal) else str(value)


def test_every_item_page_renders_the_data_of_each_block(client, year_page):
    pages = [page for page in year_page.get_children().live().specific()]
    assert len(pages) == 43
    for page in pages:
        html = client.get(page.url, **HOST).content.decode()
        assert f"{page.item_code}</span> {escape(page.title)}</h1>" in html
        assert len(page.body) > 0, page.item_code
        for child in page.body:
            if child.block_type == "text":
                continue
            for text in expected_texts(child.block, child.value):
                assert text in html, f"{page.item_code} {child.block_type}: {text!r} is not on the page"


def test_o2_shows_executives_with_photos_named_by_their_alt_text(client, year_page):
    page = year_page.get_children().get(slug="o2").specific
    html = client.get(page.url, **HOST).content.decode()
    executives = [child.value for child in page.body if child.block_type == "executive_profile"]
    assert len(executives) >= 4
    for person in executives:
        assert f'alt="{escape(person["name"])} {escape(person["position"])}"' in html
    assert "ผู้บริหารสูงสุด" in html and "ฝ่ายการเมือง" in html  # role and side as labels, not raw values
    assert ">chief<" not in html and ">political<" not in html


def test_o21_shows_every_month_and_months_without_procurement(client, year_page):
    page = year_page.get_children().get(slug="o21").specific
    html = client.get(page.url, **HOST).content.decode()
    months = [
        month for child in page.body if child.block_type == "monthly_procurement" for month in child.value["months"]
    ]
    assert len(months) == 6
    for month_name in ("ตุลาคม 2565", "พฤศจิกายน 2565", "ธันวาคม 2565", "มกราคม 2566", "กุมภาพันธ์ 2566", "มีนาคม 2566"):
        assert f">{month_name}</h3>" in html
    assert "ไม่มีการจัดซื้อจัดจ้าง" in html
    winners = [row["winner"] for month in months for row in month["rows"]]
    assert winners and all(escape(winner) in html for winner in winners)


def test_o29_draws_the_complaint_statistics_and_gives_the_numbers(client, year_page):
    page = year_page.get_children().get(slug="o29").specific
    html = client.get(page.url, **HOST).content.decode()
    assert '<svg class="ita-chart" role="img" aria-labelledby=' in html
    assert "<title id=" in html
    # The demo derives O29 from the report channel's cases (plus one letter): the rows the block shows.
    rows = [
        row
        for child in page.body
        if child.block_type == "channel_complaint_statistics"
        for row in child.block.figures(child.value, 2566, "first_half_year")["rows"]
    ]
    assert rows and sum(row["total"] for row in rows) == 6  # 5 cases Oct–Mar and the letter; May is outside
    for row in rows:  # each number is in the table, and has a bar with its value in the chart
        cells = "".join(f'<td class="ita-num">{row[key]}</td>' for key in ("total", "finished", "in_progress"))
        assert f'<th scope="row">{escape(row["label"])}</th>{cells}' in html
    values = html.split('class="ita-chart"')[1].split("</svg>")[0].split('class="ita-chart-value">')[1:]
    expected = [str(row[key]) for row in rows for key in ("total", "finished", "in_progress")]
    assert [value.split("<")[0] for value in values] == expected


def test_o43_shows_the_eit_qr_code_inline_with_its_link(client, year_page):
    page = year_page.get_children().get(slug="o43").specific
    html = client.get(page.url, **HOST).content.decode()
    qr = next(child.value for child in page.body if child.block_type == "eit_qr_code")
    assert "<svg" in html.split('class="ita-qr"')[1]
    assert f'href="{escape(qr["survey_url"])}"' in html


def test_documents_show_type_size_and_page_links(client, year_page):
    page = year_page.get_children().get(slug="o25").specific
    html = client.get(page.url, **HOST).content.decode()
    documents = [child.value for child in page.body if child.block_type == "document"]
    assert documents and documents[0]["contents"]
    for value in documents:
        assert f'{value["document"].url}">' in html and "(PDF, " in html
        for entry in value["contents"]:
            assert f'href="{value["document"].url}#page={entry["page"]}">{escape(entry["element"])}</a>' in html


def test_contact_links_to_openstreetmap_without_loading_it(client, year_page):
    html = client.get(year_page.get_children().get(slug="o5").url, **HOST).content.decode()
    assert 'href="https://www.openstreetmap.org/?mlat=' in html
    assert "<iframe" not in html and "<script" not in html


def test_index_lists_the_tree_and_every_item_with_division_and_date(client, year_page):
    response = client.get(year_page.url, **HOST)
    html = response.content.decode()
    assert "ตัวชี้วัดที่ 9" in html and "ตัวชี้วัดย่อยที่ 10.2" in html
    for number in range(1, 44):
        assert f'href="/ita/2566/o{number}/"' in html
    assert "กองคลัง" in html and "ปรับปรุงล่าสุด" in html
    assert "ita-badge" not in html and "Cache-Control" not in response.headers


def test_home_page_links_to_the_section_and_the_year(client):
    html = client.get("/", **HOST).content.decode()
    assert 'href="/ita/"' in html and 'href="/ita/2566/"' in html


def test_open_data_of_the_demo(client, year_page):
    data = json.loads(client.get("/ita/2566/open-data/json/", **HOST).content)
    assert data["assessment_year"] == 2566 and len(data["items"]) == 43
    o2 = data["items"][1]
    assert o2["published"] is True and o2["url"] == "http://127.0.0.1:8000/ita/2566/o2/"
    photo = o2["blocks"][0]["value"]["photo"]
    assert photo["url"].startswith("http://127.0.0.1:8000/media/")
    o25 = next(item for item in data["items"] if item["code"] == "O25")
    documents = [b["value"]["document"] for b in o25["blocks"] if b["type"] == "document"]
    assert documents and documents[0]["url"].startswith("http://") and documents[0]["file_type"] == "pdf"
    csv_text = client.get("/ita/2566/open-data/csv/", **HOST).content.decode("utf-8-sig")
    assert (
        csv_text.splitlines()[0] == "code,title,indicator,sub_indicator,category,divisions,url,last_published,published"
    )
    assert len(csv_text.splitlines()) == 44


def test_demo_qa_page_shows_its_five_answers_and_not_the_waiting_question(client):
    from home.demo.questions import QUESTIONS

    from wagtail_ita.models import QuestionAnswerPage

    page = QuestionAnswerPage.objects.live().get()
    html = client.get(page.url, **HOST).content.decode()
    answered = [text for text, _name, _asked, days, _answer in QUESTIONS if days is not None]
    waiting = [text for text, _name, _asked, days, _answer in QUESTIONS if days is None]
    assert len(answered) == 5 and len(waiting) == 1
    assert all(escape(text) in html for text in answered)
    assert escape(waiting[0]) not in html
    # Two of the answers fall in the current fiscal year (2 and 1 days to answer): a median of 1.5 days.
    stats = html[html.index("data-qa-median") :]
    assert "1.5" in stats[: stats.index("</p>")]

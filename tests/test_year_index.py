"""The year index as an anonymous visitor reads it: rows built from plain values, written by ``ita_item_table``."""

import re

import pytest
from django.utils import timezone

from wagtail_ita.disclosure import ItemLink
from wagtail_ita.models import Division
from wagtail_ita.models.section import child_page_url

pytestmark = pytest.mark.usefixtures("page_cache_off")


@pytest.fixture
def year_page(year_2566):
    return year_2566


def links_in(html):
    return dict(
        re.findall(
            r'<th scope="row" role="rowheader" class="ita-col-code">(O\d+)</th><td role="cell"><a href="([^"]+)">', html
        )
    )


@pytest.mark.django_db
def test_every_row_links_the_address_wagtail_gives_its_page(client, year_page):
    html = client.get(year_page.get_url()).content.decode()
    expected = {page.specific.item_code: page.get_url() for page in year_page.get_children().live()}
    assert len(expected) == 43
    assert links_in(html) == expected


@pytest.mark.django_db
def test_child_page_url_follows_the_parent_with_or_without_a_final_slash(year_page):
    item = year_page.get_children().get(slug="o7")
    assert child_page_url(year_page.get_url(), item) == item.get_url() == "/ita/2566/o7/"
    # Wagtail drops the final slash of every page URL with WAGTAIL_APPEND_SLASH = False (read at its import).
    assert child_page_url("/ita/2566", item) == "/ita/2566/o7"


@pytest.mark.django_db
def test_rows_carry_plain_values_with_the_divisions_in_their_own_order(year_page):
    rows = {row["item"].code: row for row in year_page.item_rows(links=True)}
    o18 = rows["O18"]
    assert isinstance(o18["page"], ItemLink)
    page = year_page.get_children().get(slug="o18").specific
    # Division.Meta.ordering, as the page's divisions come; the seed names two divisions for O18.
    assert list(o18["page"].division_names) == [division.name for division in page.divisions.all()]
    assert len(o18["page"].division_names) == 2
    assert o18["division_list"] == []  # Division objects only in rows of pages (the staff's status needs them)
    # The same rows as from the pages themselves, but for the page objects.
    for row in year_page.item_rows():
        link_row = rows[row["item"].code]
        assert link_row["page"].pk == row["page"].pk
        for key in ("item", "category", "sub_indicator", "public", "divisions", "all_divisions"):
            assert link_row[key] == row[key], (row["item"].code, key)


@pytest.mark.django_db
def test_rows_escape_what_editors_typed_and_say_when_an_item_is_not_published(client, year_page):
    division = Division.objects.get(key="finance")
    division.name = '<img src=x onerror="alert(1)">กองคลัง'
    division.save()
    o7 = year_page.get_children().get(slug="o7").specific
    o7.divisions.set([division])
    o7.save_revision().publish()
    year_page.get_children().get(slug="o8").specific.unpublish()

    html = client.get(year_page.get_url()).content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;กองคลัง" in html
    row = re.search(r'class="ita-col-code">O8</th>(.*?)</tr>', html).group(1)
    assert "<a " not in row and "(อยู่ระหว่างจัดเตรียมข้อมูล)" in row and 'data-label="ปรับปรุงล่าสุด">-</td>' in row
    row = re.search(r'class="ita-col-code">O7</th>(.*?)</tr>', html).group(1)
    o7.refresh_from_db()
    assert timezone.localtime(o7.last_published_at).strftime("%d").lstrip("0") in row


@pytest.mark.django_db
def test_table_headers_are_in_the_section_language_for_visitors_and_staff(client, year_page, django_user_model):
    html = client.get(year_page.get_url()).content.decode()
    heads = (
        '<th scope="col" role="columnheader" class="ita-col-code">ข้อ</th>',
        '<th scope="col" role="columnheader">ข้อมูล</th>',
    )
    assert all(head in html for head in heads) and "Information" not in html
    client.force_login(django_user_model.objects.create_superuser("boss", "boss@example.org", "x"))
    html = client.get(year_page.get_url()).content.decode()
    assert '<th scope="col" role="columnheader">สถานะ (เฉพาะเจ้าหน้าที่)</th>' in html

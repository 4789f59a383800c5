"""Open data: the JSON and CSV of a year hold only what the public pages show."""

import csv
import io
import json

import pytest

from wagtail_ita.models import AssessmentYearPage

ITEM_KEYS = {
    "code",
    "title",
    "indicator",
    "sub_indicator",
    "category",
    "divisions",
    "all_divisions",
    "published",
    "url",
    "last_published",
    "blocks",
}


def law(title):
    return ("law", {"title": title, "url": "https://www.krisdika.go.th/", "document": None})


@pytest.fixture
def year_page(section):
    return AssessmentYearPage.objects.get(year=2566)


def get_json(client):
    response = client.get("/ita/2566/open-data/json/")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    return json.loads(response.content)


@pytest.mark.django_db
def test_json_shape(client, year_page):
    o6 = year_page.get_children().get(slug="o6").specific
    o6.body = [law("พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540")]
    o6.save_revision().publish()
    data = get_json(client)
    assert set(data) == {"assessment_year", "fiscal_year", "title", "url", "items"}
    assert (data["assessment_year"], data["fiscal_year"], data["url"]) == (2566, 2566, "http://localhost/ita/2566/")
    assert [item["code"] for item in data["items"]] == [f"O{n}" for n in range(1, 44)]
    for item in data["items"]:
        assert set(item) == ITEM_KEYS  # no internal completeness status, no ITAS note
    record = data["items"][5]
    assert record["published"] is True and record["url"] == "http://localhost/ita/2566/o6/"
    assert (record["indicator"], record["sub_indicator"], record["category"]) == ("9", "9.1", "ข้อมูลพื้นฐาน")
    assert record["blocks"] == [
        {
            "type": "law",
            "value": {
                "title": "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
                "url": "https://www.krisdika.go.th/",
                "document": None,
            },
        }
    ]


@pytest.mark.django_db
def test_drafts_never_appear(client, year_page):
    o6 = year_page.get_children().get(slug="o6").specific
    o6.body = [law("ฉบับที่เผยแพร่แล้ว")]
    o6.save_revision().publish()
    o6.body = [law("ร่างที่ยังไม่เผยแพร่")]
    o6.save_revision()  # a newer draft of a live page
    o7 = year_page.get_children().get(slug="o7").specific
    o7.unpublish()
    o7.body = [("activity", {"title": "ข่าวที่ยังไม่เผยแพร่", "date": "2023-01-10", "description": "<p>x</p>"})]
    o7.save_revision()  # a page that is not live at all
    text = client.get("/ita/2566/open-data/json/").content.decode()
    assert "ฉบับที่เผยแพร่แล้ว" in text
    assert "ร่างที่ยังไม่เผยแพร่" not in text and "ข่าวที่ยังไม่เผยแพร่" not in text
    record = json.loads(text)["items"][6]
    assert (record["published"], record["url"], record["blocks"], record["last_published"]) == (False, None, [], None)
    rows = list(csv.DictReader(io.StringIO(client.get("/ita/2566/open-data/csv/").content.decode("utf-8-sig"))))
    assert (rows[6]["code"], rows[6]["published"], rows[6]["url"]) == ("O7", "false", "")
    assert rows[5]["published"] == "true"


@pytest.mark.django_db
def test_csv_is_a_download_spreadsheets_read_as_thai(client, year_page):
    response = client.get("/ita/2566/open-data/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="ita-2566-items.csv"'
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 44 and rows[1][:2] == ["O1", "โครงสร้าง"]

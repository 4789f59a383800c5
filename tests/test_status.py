"""``ita_status`` reports every item; every reported URL answers."""

import csv
import io
import json

import pytest
from django.core.management.base import CommandError
from django.utils.html import escape

from wagtail_ita.models import BasicInformationItemPage

from .expected_2566 import EXPECTED_ITEMS
from .factories import Files, good_blocks, stream

KEYS = [
    "code",
    "number",
    "title",
    "sub_indicator",
    "category",
    "divisions",
    "all_divisions",
    "status",
    "missing",
    "url",
    "last_published",
]


def status_json(run_command):
    out, _err = run_command("ita_status", year=2566, format="json")
    return json.loads(out)


def test_json_on_a_fresh_setup(section, run_command):
    records = status_json(run_command)
    assert len(records) == 43
    for record, expected in zip(records, EXPECTED_ITEMS, strict=True):
        code, title, sub_indicator, category, divisions, all_divisions = expected
        assert list(record) == KEYS
        assert record["code"] == code
        assert record["number"] == int(code[1:])
        assert record["title"] == title
        assert record["sub_indicator"] == sub_indicator
        assert record["category"] == category
        assert record["divisions"] == list(divisions)
        assert record["all_divisions"] is all_divisions
        if code in ("O8", "O28"):  # ita_setup builds the Q&A and report channels and links them
            assert (record["status"], record["missing"]) == ("complete", [])
        else:
            assert record["status"] == "missing"
            assert record["missing"] and all(isinstance(reason, str) for reason in record["missing"])
        assert record["url"] == f"http://localhost/ita/2566/{code.lower()}/"
        assert record["last_published"].startswith("20")
        assert record["last_published"].endswith("+07:00")


def test_every_reported_url_answers_with_the_item_title(section, run_command, client):
    for record in status_json(run_command):
        response = client.get(record["url"].removeprefix("http://localhost"), HTTP_HOST="localhost")
        assert response.status_code == 200, record["code"]
        html = response.content.decode()
        assert escape(record["title"]) in html
        assert record["code"] in html
        assert ("ยังไม่มีข้อมูลสำหรับข้อนี้" in html) is (record["code"] not in ("O8", "O28"))


def test_missing_reasons_are_the_components_in_thai(section, run_command):
    o2 = status_json(run_command)[1]
    assert any("ผู้บริหารสูงสุด" in reason for reason in o2["missing"])
    assert any("รองผู้บริหาร" in reason for reason in o2["missing"])


def test_a_filled_item_turns_complete_and_an_unpublished_one_counts_as_missing(section, run_command):
    page = BasicInformationItemPage.objects.get(item_code="O1")
    item = section.year_page.framework.item("O1")
    page.body = stream(BasicInformationItemPage, good_blocks(item, 2566, Files()))
    page.save_revision().publish()
    assert status_json(run_command)[0]["status"] == "complete"
    page.unpublish()
    record = status_json(run_command)[0]
    assert record["status"] == "missing"
    assert record["missing"][0] == "หน้านี้ยังไม่เผยแพร่"


@pytest.mark.django_db
def test_before_setup_every_item_is_missing_without_url(run_command):
    records = status_json(run_command)
    assert {r["status"] for r in records} == {"missing"}
    assert {r["url"] for r in records} == {None}
    assert records[0]["divisions"] == ["กองยุทธศาสตร์และงบประมาณ"]


def test_csv_and_table(section, run_command):
    out, _err = run_command("ita_status", year=2566, format="csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 43 and list(rows[0]) == KEYS
    assert rows[17]["divisions"] == "กองยุทธศาสตร์และงบประมาณ; กองช่าง"
    out, _err = run_command("ita_status", year=2566, format="table")
    assert out.splitlines()[-1] == "2/43 complete"  # O8 and O28: ita_setup links the Q&A and report channels
    assert "ทุกส่วนราชการ" in out


@pytest.mark.django_db
def test_unknown_year_exits_2(run_command):
    with pytest.raises(CommandError, match="no framework data for year 2400") as excinfo:
        run_command("ita_status", year=2400, format="json")
    assert excinfo.value.returncode == 2


def test_reasons_are_thai_on_an_english_site(section, run_command, settings):
    from wagtail.models import Locale

    settings.LANGUAGE_CODE = "en-us"
    Locale.objects.create(language_code="en")
    assert status_json(run_command)[0]["missing"][0].endswith(": ยังไม่มีข้อมูล")
    settings.WAGTAIL_ITA_LANGUAGE = "en"
    assert status_json(run_command)[0]["missing"][0].endswith(": not provided yet")

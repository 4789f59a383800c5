"""The list of item URLs for the NACC's ITAS system, as CSV or XLSX: one module for the command and the admin."""

import csv
import io

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from wagtail_ita.conf import get_setting
from wagtail_ita.spreadsheets import safe_row, text_cell

FORMATS = ("csv", "xlsx")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def itas_headings():
    return [
        _("Item"),
        _("Item title"),
        _("Responsible divisions"),
        _("Has data"),
        _("Public URL"),
        _("Additional explanation"),
    ]


def itas_rows(statuses):
    """One row per item, in item order, shaped like the ITAS form: code, title, divisions, มี/ไม่มี, URL, note.

    Cells are neutralised (:func:`~wagtail_ita.spreadsheets.safe_cell`): the note and division names are editors' text.
    """
    return [
        safe_row(
            [
                status.code,
                status.title,
                status.divisions_display,
                pgettext("has data", "Yes") if status.has_data else pgettext("has data", "No"),
                status.url or "",
                status.itas_note,
            ]
        )
        for status in statuses
    ]


def write_csv(rows, output):
    """UTF-8 with a byte order mark, so that Excel shows Thai; ``output`` is a binary file."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(itas_headings())
    writer.writerows(rows)
    output.write(text.getvalue().encode("utf-8-sig"))


def write_xlsx(rows, output, year):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"ITA {year}"
    sheet.append(itas_headings())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            text_cell(cell)
    for letter, width in zip("ABCDEF", (8, 60, 40, 10, 45, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    workbook.save(output)


def write_export(statuses, fmt, output, year):
    """Write the ITAS list of ``statuses`` to the binary file ``output`` in ``fmt`` (``csv`` or ``xlsx``).

    The file is in the ITA language (``WAGTAIL_ITA_LANGUAGE``, Thai) whatever the admin user's language.
    """
    with translation.override(get_setting("LANGUAGE")):
        rows = itas_rows(statuses)
        if fmt == "csv":
            write_csv(rows, output)
        elif fmt == "xlsx":
            write_xlsx(rows, output, year)
        else:
            raise ValueError(fmt)
    return rows


def export_filename(year, fmt, division=None):
    suffix = f"-{division.key or division.pk}" if division is not None else ""
    return f"ita-{year}-urls{suffix}.{fmt}"

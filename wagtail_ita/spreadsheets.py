"""Cells of every CSV and XLSX file the app writes, made safe to open in a spreadsheet program.

Text that editors control (the ITAS note, division names, the "last edited by" name any editor can
set on their own account) reaches files that coordinators open in Excel or LibreOffice and send to
the NACC. A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as
a formula there (CSV injection, OWASP). :func:`safe_cell` prefixes such text with an apostrophe, the
OWASP rule, and :func:`text_cell` makes an XLSX cell store it as text, never as a formula.

Every writer goes through these two functions: the ITAS list (``coordination/exports.py``), the
dashboard's CSV/XLSX (``views/dashboard.py``), ``ita_status --format csv`` and the public open-data
CSV (``open_data.py``).
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` unchanged unless it is text a spreadsheet would run as a formula; then ``'`` + text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values):
    return [safe_cell(value) for value in values]


def text_cell(cell):
    """Make an openpyxl cell holding text store it as text (openpyxl turns ``=…`` into a formula)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell

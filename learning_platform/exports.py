"""Spreadsheet exports that a spreadsheet cannot turn against the coordinator who opens them.

A cell starting with ``=``, ``+``, ``-`` or ``@`` is read by Excel, LibreOffice and Google Sheets
as a formula, and a tab or a carriage return can smuggle one in (CSV injection, see OWASP).
Participants type their own names and organisations, so every text cell of every export goes
through ``cell_neutralise``: such a text gets a leading apostrophe and stays plain text. Wagtail's
export (SpreadsheetExportMixin) keeps XLSX cells as strings but writes CSV cells as they are.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_neutralise(value):
    """``value``, with an apostrophe before a text that a spreadsheet would run as a formula.
    Numbers, dates and other values are left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV and XLSX export with every cell, headings included, neutralised."""

    def preprocess_field_value(self, field, value, export_format):
        return cell_neutralise(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return cell_neutralise(super().get_heading(queryset, field))

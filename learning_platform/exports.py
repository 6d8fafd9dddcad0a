"""Spreadsheet exports that people open as they are and that cannot be turned against them.

CSV: UTF-8 with a byte-order mark, so that Excel on Windows reads Arabic, Chinese and accented
names as written; dates and times in the coordinator's time zone, to the minute
("2026-12-02 04:49"). A cell starting with ``=``, ``+``, ``-`` or ``@`` is read by Excel,
LibreOffice and Google Sheets as a formula, and a tab or a carriage return can smuggle one in
(CSV injection, see OWASP): participants type their own names and organisations, so such a
text gets a leading apostrophe in a CSV and stays plain text.

XLSX: real numbers, and real dates and times in the coordinator's time zone; text is stored as
text, which a spreadsheet never runs as a formula (Wagtail's export turns anything openpyxl
takes for a formula back into text), so nothing is prefixed there.
"""

import datetime

from django.utils import timezone, translation
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff".encode()


def cell_neutralise(value):
    """``value``, with an apostrophe before a text that a spreadsheet would run as a formula.
    Numbers, dates and other values are left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _local(value: datetime.datetime) -> datetime.datetime:
    """In the time zone of the person exporting (Wagtail activates theirs in the admin)."""
    return timezone.localtime(value) if timezone.is_aware(value) else value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV and XLSX export, as the module says."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_CSV: lambda value: _local(value).strftime(
                "%Y-%m-%d %H:%M"
            ),
            SpreadsheetExportMixin.FORMAT_XLSX: lambda value: (
                timezone.make_naive(_local(value)) if timezone.is_aware(value) else value
            ),
        },
        datetime.date: {SpreadsheetExportMixin.FORMAT_CSV: datetime.date.isoformat},
    }

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return cell_neutralise(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        """The CSV's lines, made as the response streams, after the view has returned: in the
        time zone and language the admin gave the view (the coordinator's own), not the
        server's, which are back by then."""
        zone, language = timezone.get_current_timezone(), translation.get_language()
        lines = super().stream_csv(queryset)

        def in_their_zone_and_language():
            with timezone.override(zone), translation.override(language):
                yield BYTE_ORDER_MARK
                yield from lines

        return in_their_zone_and_language()

"""Reading a file of participants (CSV or XLSX) into rows, for bulk enrolment.

No database here: ``bulk_file_read`` turns the bytes of an upload into one dict per row, by
column, or raises ``BulkEnrolmentError`` saying, for the coordinator, why the file cannot be
used. ``bulk.py`` checks the rows and enrols them.
"""

import csv
import io
import unicodedata

from django.utils.translation import gettext as _

MAX_ROWS = 5000
MAX_FILE_BYTES = 5 * 1024 * 1024

# Columns of the file: our name -> the headings people write, in English and French. Headings
# are compared without case, accents, spaces, dashes or underscores.
COLUMNS = {
    "full_name": ("name", "full name", "nom", "nom complet", "participant"),
    "email": ("email", "e-mail", "email address", "courriel", "adresse email", "mail"),
    "country": ("country", "pays"),
    "organisation": ("organisation", "organization", "organisme", "institution"),
    "organisation_type": (
        "organisation type",
        "organization type",
        "type of organisation",
        "type of organization",
        "type d'organisation",
        "type organisation",
    ),
    "gender": ("gender", "genre", "sexe", "sex"),
    "preferred_language": ("language", "preferred language", "langue"),
}
REQUIRED_COLUMNS = ("full_name", "email")


class BulkEnrolmentError(Exception):
    """The file cannot be read at all; ``message`` says why, for the coordinator."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- Reading the file -------------------------------------------------------------------------


def simplify(text) -> str:
    """Lower case, without accents, spaces, dashes, underscores or apostrophes: for comparing
    what people type with what we expect."""
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    return "".join(char for char in text if char.isalnum() and not unicodedata.combining(char))


_HEADINGS = {
    simplify(heading): column for column, headings in COLUMNS.items() for heading in headings
}


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _read_csv(content: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise BulkEnrolmentError(_("The file is not in a text encoding we can read."))
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[_cell_text(cell) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:
        raise BulkEnrolmentError(
            _("The file could not be read as an Excel workbook (.xlsx).")
        ) from error
    try:
        sheet = workbook.worksheets[0]
        return [
            [_cell_text(cell) for cell in row]
            for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2)
        ]
    finally:
        workbook.close()


def bulk_file_read(*, name: str, content: bytes) -> list[dict]:
    """The rows of a CSV (UTF-8 with or without BOM, or Windows-1252; separated by commas,
    semicolons or tabs) or XLSX file, as dicts by column, with their row number under
    ``"_row"``. Raises BulkEnrolmentError when the file cannot be used at all."""
    if len(content) > MAX_FILE_BYTES:
        raise BulkEnrolmentError(
            _("The file is larger than %(size)s MB.") % {"size": MAX_FILE_BYTES // (1024 * 1024)}
        )
    if name.lower().endswith(".xlsx"):
        lines = _read_xlsx(content)
    elif name.lower().endswith((".csv", ".txt")):
        lines = _read_csv(content)
    else:
        raise BulkEnrolmentError(_("Upload a .csv or .xlsx file."))
    lines = [(number, line) for number, line in enumerate(lines, start=1) if any(line)]
    if not lines:
        raise BulkEnrolmentError(_("The file is empty."))
    (_number, heading), data = lines[0], lines[1:]
    columns = [_HEADINGS.get(simplify(cell)) for cell in heading]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise BulkEnrolmentError(
            _(
                "The first row must name the columns; these are missing: %(columns)s. "
                "Expected columns: name, email, country, organisation, organisation type, "
                "gender, language."
            )
            % {"columns": ", ".join(missing)}
        )
    if len(data) > MAX_ROWS:
        raise BulkEnrolmentError(
            _("The file has more than %(count)s participants; split it.") % {"count": MAX_ROWS}
        )
    rows = []
    for number, line in data:
        row = dict.fromkeys(COLUMNS, "")
        for column, cell in zip(columns, line, strict=False):
            if column:
                row[column] = cell
        row["_row"] = number
        rows.append(row)
    return rows


def bulk_template_rows() -> list[list[str]]:
    """The headings of a participants file and one example row, for coordinators to fill in."""
    return [
        ["name", "email", "country", "organisation", "organisation type", "gender", "language"],
        [
            "Amina Diallo",
            "amina.diallo@example.org",
            "Benin",
            "Ministère du Cadre de Vie",
            "government",
            "female",
            "fr",
        ],
    ]

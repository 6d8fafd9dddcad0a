"""Reading a file of participants (CSV or XLSX) into rows, for bulk enrolment.

No database here: ``bulk_file_read`` turns the bytes of an upload into one dict per row, by
column, or raises ``BulkEnrolmentError`` saying, for the coordinator, why the file cannot be
used. ``bulk.py`` checks the rows and enrols them.

A file is bounded before anything parses it (``FileLimits``, from the settings): its size and
its kind against its name; a CSV's line lengths, then its columns and rows as they are read; a
workbook is checked by ``bulk_xlsx.py``. A hostile file is refused in well under a second; the
largest file accepted takes a worker a few seconds.
"""

import codecs
import csv
import io
import unicodedata
from dataclasses import dataclass, fields

from django.conf import settings
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class FileLimits:
    """How large a participants file may be; the settings ``BULK_ENROLMENT_*`` change them."""

    max_bytes: int = 5 * 1024 * 1024  # the file as uploaded
    max_rows: int = 5000  # participants, the heading not counted
    max_columns: int = 30
    max_uncompressed_bytes: int = 30 * 1024 * 1024  # an XLSX, all its parts unzipped
    max_compression_ratio: int = 100  # an XLSX part, unzipped size over zipped size

    @classmethod
    def from_settings(cls) -> "FileLimits":
        return cls(
            **{
                limit.name: getattr(settings, f"BULK_ENROLMENT_{limit.name.upper()}", limit.default)
                for limit in fields(cls)
            }
        )

    @property
    def max_sheet_rows(self) -> int:
        """The last row of a sheet that may hold anything: blank rows between participants
        are fine, a sheet that goes on for ever is not."""
        return 2 * self.max_rows + 1

    @property
    def max_xml_elements(self) -> int:
        """Elements in all the XML parts of a workbook: a cell takes up to three (with its
        value and text), a shared string two, and the other parts a few thousand."""
        return 4 * (self.max_rows + 1) * self.max_columns + 50_000


MAX_CELL_CHARS = 1000  # what is kept of a cell; no field we read is longer than 320
MAX_LINE_CHARS = 20_000  # a CSV line
# The first bytes of the kinds of file people upload by mistake.
MAGIC = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"\x1f\x8b", "gzip"),
)


def _kinds() -> dict:
    return {
        "zip": _("a ZIP archive (an Excel workbook is one)"),
        "ole": _("an old Excel workbook (.xls) or a workbook with a password"),
        "pdf": _("a PDF document"),
        "image": _("an image"),
        "gzip": _("a compressed archive"),
        "text": _("a text file"),
    }


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


class FormulaCell(str):
    """A workbook cell that holds a formula: its text is what the spreadsheet last computed, if
    it did (a file made by a program often holds none). Never taken as the value: the row is
    refused, so that nobody is enrolled under an empty or computed name."""


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())[:MAX_CELL_CHARS]


def refuse(message, **values):
    """Raises BulkEnrolmentError with ``message``, its ``%(name)s`` filled from ``values``."""
    raise BulkEnrolmentError(message % values if values else message)


def too_many_columns(row: int, limits: FileLimits) -> str:
    return _(
        "Row %(row)s has more than %(columns)s columns (filled or formatted). A participants "
        "file has one column per field: keep them in the first %(columns)s columns and clear "
        "the others."
    ) % {"row": row, "columns": limits.max_columns}


def too_many_rows(limits: FileLimits) -> str:
    return _("The file has more than %(count)s participants; split it.") % {
        "count": limits.max_rows
    }


def not_a_workbook() -> str:
    return _(
        "The file could not be read as an Excel workbook (.xlsx). Save it from your "
        "spreadsheet as an Excel workbook (.xlsx), without a password, or as CSV."
    )


# --- CSV ----------------------------------------------------------------------------------------


def _csv_text(content: bytes) -> str:
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)  # Excel's "Unicode text"
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        refuse(_("The file is not in a text encoding we can read: save it as CSV UTF-8."))
    if "\x00" in text:
        refuse(_("This is not a CSV text file: save the list as CSV or .xlsx."))
    return text


def _csv_delimiter(text: str) -> str:
    """The separator of the heading (the first line with text): the most frequent of comma,
    semicolon and tab."""
    heading = next((line for line in text.splitlines() if line.strip()), "")
    return max(",;\t", key=heading.count)


def _read_csv(content: bytes, limits: FileLimits) -> list[list[str]]:
    text = _csv_text(content)
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            refuse(
                _(
                    "Line %(line)s is longer than %(length)s characters: this is not a list "
                    "of participants, one per line."
                ),
                line=number,
                length=MAX_LINE_CHARS,
            )
    lines, filled = [], 0
    reader = csv.reader(io.StringIO(text), delimiter=_csv_delimiter(text))
    try:
        for row in reader:
            cells = [cell_text(cell) for cell in row]
            while cells and not cells[-1]:
                cells.pop()  # the empty cells spreadsheets add at the end of a line
            if len(cells) > limits.max_columns:
                refuse(too_many_columns(len(lines) + 1, limits))
            if cells:
                filled += 1
                if filled > limits.max_rows + 1:  # the heading, and the participants
                    refuse(too_many_rows(limits))
            lines.append(cells)
    except csv.Error as error:
        refuse(
            _("The file could not be read as CSV (line %(line)s: %(reason)s)."),
            line=reader.line_num,
            reason=error,
        )
    return lines


# --- Both ---------------------------------------------------------------------------------------


def bulk_file_check(*, name: str, content: bytes) -> None:
    """What can be said of a file without reading it, quickly enough for a web request: its
    size, its kind against its name, and (for a workbook) the sizes its ZIP directory
    declares. Raises BulkEnrolmentError saying why it cannot be used."""
    limits = FileLimits.from_settings()
    lower = name.lower()
    if len(content) > limits.max_bytes:
        refuse(_("The file is larger than %(size)s MB."), size=limits.max_bytes // (1024 * 1024))
    if not lower.endswith((".xlsx", ".csv", ".txt")):
        refuse(_("Upload a .csv or .xlsx file."))
    if not content.strip():
        refuse(_("The file is empty."))
    kind = next((kind for magic, kind in MAGIC if content.startswith(magic)), "text")
    if lower.endswith(".xlsx"):
        if kind != "zip":
            refuse(
                _(
                    "The file could not be read as an Excel workbook (.xlsx): it is %(kind)s. "
                    "Save it from your spreadsheet as an Excel workbook (.xlsx), without a "
                    "password, or as CSV."
                ),
                kind=_kinds()[kind],
            )
        from .bulk_xlsx import xlsx_archive_check

        xlsx_archive_check(content=content, limits=limits)
    elif kind != "text":
        refuse(
            _(
                "This is not a CSV text file: it is %(kind)s. Save the list as CSV, or upload "
                "the workbook with its .xlsx name."
            ),
            kind=_kinds()[kind],
        )


def bulk_file_read(*, name: str, content: bytes) -> list[dict]:
    """The rows of a CSV (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252;
    separated by commas, semicolons or tabs) or XLSX file, as dicts by column, with their row
    number under ``"_row"``. Raises BulkEnrolmentError when the file cannot be used at all.

    The file is bounded before it is parsed (see ``FileLimits``): a hostile file is refused in
    well under a second, and the largest file accepted is read in a few seconds, by a worker.
    """
    bulk_file_check(name=name, content=content)
    limits = FileLimits.from_settings()
    if name.lower().endswith(".xlsx"):
        from .bulk_xlsx import xlsx_read

        lines = xlsx_read(content=content, limits=limits)
    else:
        lines = _read_csv(content, limits)
    lines = [(number, line) for number, line in enumerate(lines, start=1) if any(line)]
    if not lines:
        refuse(_("The file is empty."))
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
    if len(data) > limits.max_rows:
        refuse(too_many_rows(limits))
    rows = []
    for number, line in data:
        row = dict.fromkeys(COLUMNS, "")
        formulas = []
        for column, heading_text, cell in zip(columns, heading, line, strict=False):
            if isinstance(cell, FormulaCell):
                formulas.append([heading_text, column or ""])
            if column:
                row[column] = str(cell)
        row["_row"] = number
        if formulas:
            row["_formulas"] = formulas
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

"""Reading an Excel workbook (.xlsx) of participants, within bounds, for ``bulk_files``.

An XLSX is a ZIP of XML parts, and openpyxl, even read-only, gives no bound of its own: a sheet
of six rows of 300,000 cells (200 KB zipped, 68 MB unzipped) held it for a minute. So before
openpyxl sees a workbook: its ZIP directory must declare parts that unzip, each and all
together, within ``FileLimits`` and without shrinking more than a spreadsheet does (Python's
zipfile stops at the size a part declares, and then fails its checksum, so the declared sizes
hold); then one fast pass of expat over each XML part refuses a document type declaration
(where entity expansion hides), counts elements against a budget, and in each sheet allows at
most so many cells a row, none beyond the last column, nothing below the last row and at most
so many participants. Only then does openpyxl, read-only and through defusedxml, read the first
sheet, stopping at its last row and column.
"""

import io
import zipfile
from xml.parsers import expat

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

from .bulk_files import (
    BulkEnrolmentError,
    FileLimits,
    FormulaCell,
    cell_text,
    not_a_workbook,
    refuse,
    too_many_columns,
    too_many_rows,
)

MAX_ZIP_MEMBERS = 1000
RATIO_CHECKED_ABOVE = 1024 * 1024  # small parts (styles, a near-empty sheet) shrink a lot


def xlsx_archive_check(*, content: bytes, limits: FileLimits) -> zipfile.ZipFile:
    """The workbook's ZIP archive, once its directory says it unzips within bounds. Python's
    zipfile stops at the size a member declares (and then fails its checksum), so the declared
    sizes hold."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        refuse(not_a_workbook())
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or not any(
        name.startswith("xl/") and name.endswith("workbook.xml") for name in names
    ):
        refuse(not_a_workbook())
    too_large = _(
        "The workbook is too large once unzipped (more than %(size)s MB): copy the "
        "participants, and nothing else, into a new workbook."
    )
    if len(members) > MAX_ZIP_MEMBERS:
        refuse(too_large, size=limits.max_uncompressed_bytes // (1024 * 1024))
    total = 0
    for member in members:
        total += member.file_size
        if total > limits.max_uncompressed_bytes:
            refuse(too_large, size=limits.max_uncompressed_bytes // (1024 * 1024))
        if member.file_size > RATIO_CHECKED_ABOVE and member.file_size > (
            limits.max_compression_ratio * max(member.compress_size, 1)
        ):
            refuse(
                _(
                    "The workbook unzips to more than %(ratio)s times its size: it is not an "
                    "ordinary spreadsheet. Copy the participants into a new workbook."
                ),
                ratio=limits.max_compression_ratio,
            )
    return archive


def _xml_scan(archive: zipfile.ZipFile, name: str, budget: list, on_start=None) -> None:
    """Reads the XML part ``name`` once, fast, before openpyxl does: counts its elements (at C
    speed, by their ``<``) against the shared ``budget`` (a one-item list), refuses a DTD
    (where entity expansion hides) and, with ``on_start``, passes it each element's local name
    and attributes as expat parses."""
    try:
        data = archive.read(name)  # its declared size, within bounds (xlsx_archive_check)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        refuse(_damaged(name))
    budget[0] -= data.count(b"<") - data.count(b"</") - data.count(b"<?") - data.count(b"<!")
    if budget[0] < 0:
        refuse(
            _(
                "The workbook holds more than a list of participants (too many cells, styles "
                "or other content): copy the participants into a new workbook."
            )
        )
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def doctype(*_args):
        raise BulkEnrolmentError(
            _(
                "The workbook holds an XML document type declaration: it is not an ordinary "
                "spreadsheet."
            )
        )

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    if on_start is not None:
        parser.StartElementHandler = lambda tag, attributes: on_start(
            tag.rpartition("}")[2], attributes
        )
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        refuse(_damaged(name))


def _damaged(name: str) -> str:
    return _(
        "The part %(part)s of the workbook is damaged: open the file in your spreadsheet and "
        "save it again."
    ) % {"part": name}


def _column_number(reference: str) -> int:
    number = 0
    for char in reference:
        if "A" <= char <= "Z":
            number = number * 26 + ord(char) - 64
        elif char.isdigit():
            break
        else:
            raise BulkEnrolmentError(_("The workbook has a cell with a damaged address."))
    return number


class _SheetBounds:
    """Checks, as the sheet's XML streams past, what openpyxl would otherwise find out slowly:
    at most ``max_columns`` cells a row, none beyond that column, no row beyond
    ``max_sheet_rows``, at most ``max_rows`` participants. Remembers the last row with a cell,
    where openpyxl can stop."""

    def __init__(self, limits: FileLimits):
        self.limits = limits
        self.row = 0
        self.last_row = 0
        self.cells = 0
        self.column = 0
        self.filled_rows = 0
        self.filled_row = 0
        self.formulas = set()  # (row, column) of each cell that holds a formula

    def __call__(self, tag, attributes):
        limits = self.limits
        if tag == "row":
            try:
                self.row = int(attributes.get("r") or self.row + 1)
            except ValueError:
                raise BulkEnrolmentError(
                    _("The workbook has a row with a damaged number.")
                ) from None
            if self.row > limits.max_sheet_rows:
                raise BulkEnrolmentError(
                    _(
                        "The sheet goes on below row %(rows)s. A file has at most %(count)s "
                        "participants: split it, and clear the rows below."
                    )
                    % {"rows": limits.max_sheet_rows, "count": limits.max_rows}
                )
            self.cells = self.column = 0
        elif tag == "c":
            self.cells += 1
            reference = attributes.get("r")
            self.column = _column_number(reference) if reference else self.column + 1
            if self.cells > limits.max_columns or self.column > limits.max_columns:
                raise BulkEnrolmentError(too_many_columns(self.row, limits))
            self.last_row = self.row
        elif tag == "f":
            self.formulas.add((self.row, self.column))
        elif tag in ("v", "is") and self.filled_row != self.row:
            self.filled_row = self.row
            self.filled_rows += 1
            if self.filled_rows > limits.max_rows + 1:  # the heading, and the participants
                raise BulkEnrolmentError(too_many_rows(limits))


def xlsx_read(*, content: bytes, limits: FileLimits) -> list[list[str]]:
    """The cells of the workbook's first sheet, as text, row by row from row 1, up to its last
    row with a cell and its ``max_columns``th column; refused as soon as it goes beyond."""
    import openpyxl
    from openpyxl import load_workbook

    if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise ImproperlyConfigured("openpyxl must read workbooks through defusedxml.")
    archive = xlsx_archive_check(content=content, limits=limits)
    budget = [limits.max_xml_elements]
    parts = [
        member.filename
        for member in archive.infolist()
        if member.filename.endswith((".xml", ".rels", ".vml"))
    ]
    sheets = [name for name in parts if name.startswith("xl/worksheets/") and name.count("/") == 2]
    for name in parts:
        if name not in sheets:
            _xml_scan(archive, name, budget)
    # openpyxl reads every sheet as it opens the workbook (for its size): all are bounded.
    last_rows, formulas = {}, {}
    for name in sheets:
        bounds = _SheetBounds(limits)
        try:
            _xml_scan(archive, name, budget, on_start=bounds)
        except BulkEnrolmentError as error:
            if len(sheets) > 1:
                error = BulkEnrolmentError(
                    error.message
                    + " "
                    + _("(The workbook has several sheets: keep only the participants.)")
                )
            raise error from None
        last_rows[name] = bounds.last_row
        formulas[name] = bounds.formulas
    try:
        workbook = load_workbook(
            io.BytesIO(content), read_only=True, data_only=True, keep_links=False
        )
    except Exception as error:
        raise BulkEnrolmentError(not_a_workbook()) from error
    try:
        if not workbook.worksheets:
            refuse(_("The workbook has no sheet."))
        sheet = workbook.worksheets[0]
        path = getattr(sheet, "_worksheet_path", None)  # openpyxl's name for its part
        last_row = last_rows.get(path, max(last_rows.values(), default=0))
        if not last_row:
            return []
        with_formulas = formulas.get(path, set())
        try:
            return [
                [
                    FormulaCell(cell_text(cell))
                    if (row_number, column) in with_formulas
                    else cell_text(cell)
                    for column, cell in enumerate(row, start=1)
                ]
                for row_number, row in enumerate(
                    sheet.iter_rows(values_only=True, max_row=last_row, max_col=limits.max_columns),
                    start=1,
                )
            ]
        except Exception as error:
            raise BulkEnrolmentError(
                _(
                    "The sheet could not be read: open the file in your spreadsheet and save "
                    "it again as an Excel workbook (.xlsx)."
                )
            ) from error
    finally:
        workbook.close()

"""Participants files made in the tests: ordinary ones, and the hostile ones a coordinator's
upload must not let hold a worker (a wide row, a ZIP bomb, entity expansion, a huge line, a
file that is not what its name says). Workbooks are written part by part, as a hostile one
would be, not through openpyxl."""

import io
import random
import zipfile

from openpyxl import Workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b"</Types>"
)
PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="' + MAIN.encode() + b'" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="Participants" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)


def sheet_xml(rows: bytes, *, prolog: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + prolog
        + b'<worksheet xmlns="'
        + MAIN.encode()
        + b'"><sheetData>'
        + rows
        + b"</sheetData></worksheet>"
    )


def workbook(sheet: bytes, **extra_parts: bytes) -> bytes:
    """An .xlsx whose first sheet's XML is ``sheet``, with ``extra_parts`` (name: bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, content in extra_parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def random_block(template: bytes, count: int) -> bytes:
    """``count`` copies of ``template`` around random numbers: more than deflate's 32 KB
    window, so that repeating the block zips no better than ordinary data."""
    rnd = random.Random(13)  # noqa: S311 - not a secret
    return b"".join(template % rnd.randrange(10**9) for _ in range(count))


def text_cell(text: str) -> bytes:
    return b'<c t="inlineStr"><is><t>' + text.encode() + b"</t></is></c>"


def heading_row() -> bytes:
    return b'<row r="1">' + text_cell("name") + text_cell("email") + b"</row>"


# --- Hostile workbooks ------------------------------------------------------------------------


def wide_rows_xlsx() -> bytes:
    """The file of the report: 6 rows of 300,000 cells, 200 KB zipped, 68 MB unzipped."""
    row = text_cell("x") * 300_000
    return workbook(sheet_xml(b"".join(b"<row>" + row + b"</row>" for _ in range(6))))


def wide_row_xlsx_that_zips_badly() -> bytes:
    """One row of 300,000 random numbers: it shrinks like an ordinary sheet (about 3 times),
    so only counting the cells of a row finds it."""
    cells = random_block(b"<c><v>%d</v></c>", 10_000) * 30
    return workbook(sheet_xml(heading_row() + b'<row r="2">' + cells + b"</row>"))


def zip_bomb_xlsx() -> bytes:
    """A sheet whose one cell holds 64 MB of the letter a: it zips to about 64 KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(sheet_xml(b"")[: -len(b"</sheetData></worksheet>")])
            part.write(b'<row r="1"><c t="inlineStr"><is><t>')
            chunk = b"a" * (1024 * 1024)
            for _ in range(64):
                part.write(chunk)
            part.write(b"</t></is></c></row></sheetData></worksheet>")
    return buffer.getvalue()


def entity_expansion_xlsx() -> bytes:
    """A billion laughs in the sheet: ten levels of ten entities each, 10^10 "lol"s."""
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (level, b"&lol%d;" % (level - 1) * 10) for level in range(1, 10)
    )
    prolog = b"<!DOCTYPE worksheet [" + entities + b"]>"
    rows = heading_row() + b'<row r="2">' + text_cell("&lol9;") + text_cell("a@example.org")
    return workbook(sheet_xml(rows + b"</row>", prolog=prolog))


def external_entity_xlsx() -> bytes:
    """A shared string that would pull in a file of the server."""
    prolog = b'<!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    strings = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + prolog
        + b'<sst xmlns="'
        + MAIN.encode()
        + b'"><si><t>&secret;</t></si></sst>'
    )
    rows = heading_row() + b'<row r="2"><c t="s"><v>0</v></c></row>'
    return workbook(sheet_xml(rows), **{"xl/sharedStrings.xml": strings})


def far_row_xlsx() -> bytes:
    """A heading, and one cell on the last row Excel has: openpyxl would make every row
    between."""
    return workbook(
        sheet_xml(heading_row() + b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>')
    )


def far_column_xlsx() -> bytes:
    """A cell in the last column Excel has, XFD."""
    return workbook(
        sheet_xml(b'<row r="1">' + text_cell("name") + b'<c r="XFD1"><v>1</v></c></row>')
    )


def many_rows_xlsx(count: int) -> bytes:
    rows = b"".join(
        b'<row r="%d">' % number
        + text_cell(f"Person {number}")
        + text_cell(f"p{number}@example.org")
        + b"</row>"
        for number in range(2, count + 2)
    )
    return workbook(sheet_xml(heading_row() + rows))


def too_many_rows_xlsx() -> bytes:
    return many_rows_xlsx(5001)


def many_elements_xlsx() -> bytes:
    """A styles part of 700,000 small elements that zip like ordinary ones: within the sizes,
    but openpyxl would build an object for each."""
    elements = random_block(b'<n i="%d"/>', 10_000) * 70
    styles = (
        b'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="'
        + MAIN.encode()
        + b'">'
        + elements
        + b"</styleSheet>"
    )
    return workbook(sheet_xml(heading_row()), **{"xl/styles.xml": styles})


# --- Ordinary files ---------------------------------------------------------------------------


def ordinary_xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

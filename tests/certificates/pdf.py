"""Reading certificates back the way a PDF reader does: the fonts they embed, the glyphs they
draw, and the text that comes out."""

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from io import BytesIO

from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
# Bidi controls that readers add around right-to-left runs; they are not text.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@dataclass
class EmbeddedFont:
    name: str
    font: TTFont
    to_unicode: dict  # glyph id -> text


def _to_unicode(stream) -> dict:
    mapping = {}
    data = stream.get_object().get_data()
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for glyph, text in _BFCHAR.findall(section):
            mapping[int(glyph, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for start, end, text in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section
        ):
            first = int(text, 16)
            for offset, glyph in enumerate(range(int(start, 16), int(end, 16) + 1)):
                mapping[glyph] = chr(first + offset)
    return mapping


def embedded_fonts(pdf: bytes) -> dict[str, EmbeddedFont]:
    """The fonts of the first page by resource name, parsed from the font programs the PDF
    carries (not from fonts installed on this machine)."""
    page = PdfReader(BytesIO(pdf)).pages[0]
    fonts = {}
    for resource, reference in page["/Resources"]["/Font"].items():
        font = reference.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
        assert program is not None, f"{font['/BaseFont']} is not embedded"
        fonts[resource] = EmbeddedFont(
            name=str(font["/BaseFont"]),
            font=TTFont(BytesIO(program.get_object().get_data())),
            to_unicode=_to_unicode(font["/ToUnicode"]),
        )
    return fonts


def drawn_glyphs(pdf: bytes) -> list[tuple[str, int]]:
    """Every glyph the first page draws, as (font resource, glyph id), in drawing order."""
    reader = PdfReader(BytesIO(pdf))
    page = reader.pages[0]
    content = ContentStream(page.get_contents(), reader)
    glyphs, font = [], None
    for operands, operator in content.operations:
        if operator == b"Tf":
            font = operands[0]
        elif operator in (b"Tj", b"TJ"):
            strings = operands[0] if operator == b"TJ" else [operands[0]]
            for item in strings:
                if isinstance(item, (bytes, str)) and not isinstance(item, (int, float)):
                    data = item if isinstance(item, bytes) else item.original_bytes
                    glyphs += [
                        (font, int.from_bytes(data[i : i + 2], "big"))
                        for i in range(0, len(data), 2)
                    ]
    return glyphs


def glyph_has_outline(font: TTFont, glyph_id: int) -> bool:
    glyph_set = font.getGlyphSet()
    name = font.getGlyphName(glyph_id)
    pen = RecordingPen()
    glyph_set[name].draw(pen)
    return bool(pen.value)


def name_glyph_problems(pdf: bytes, name: str) -> list[str]:
    """What is wrong with how the PDF draws ``name``: characters of the name that no drawn
    glyph stands for, drawn glyphs that are .notdef or empty, and fonts that are not the
    project's own (the certificate's @font-face families are all called "Cert ..."; any other
    came from the machine, and a server without it would show boxes). An empty list is right."""
    fonts = embedded_fonts(pdf)
    problems, covered = [], set()
    for font in fonts.values():
        if "+Cert-" not in font.name:
            problems.append(f"{font.name} is not one of the fonts shipped with the project")
    for resource, glyph_id in drawn_glyphs(pdf):
        font = fonts[resource]
        text = font.to_unicode.get(glyph_id, "")
        if glyph_id == 0:
            problems.append(f".notdef drawn in {font.name} for {text!r}")
            continue
        if text.strip() and not glyph_has_outline(font.font, glyph_id):
            problems.append(f"empty glyph {glyph_id} in {font.name} for {text!r}")
        covered |= set(unicodedata.normalize("NFD", text))
    for character in unicodedata.normalize("NFD", name):
        if not character.isspace() and character not in covered:
            problems.append(f"no glyph for {character!r} (U+{ord(character):04X})")
    return problems


def _clean(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.translate(_BIDI_CONTROLS))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def extracted_lines(pdf: bytes) -> dict[str, list[str]]:
    """The lines of text two common readers extract: poppler's pdftotext (if installed) and
    pypdf. They disagree on hard cases (a Devanagari vowel sign drawn before its consonant,
    stacked combining accents): a name is extractable when one of them gets it exactly."""
    readers = {"pypdf": _clean(PdfReader(BytesIO(pdf)).pages[0].extract_text())}
    if shutil.which("pdftotext"):
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
        )
        readers["pdftotext"] = _clean(result.stdout.decode())
    return readers

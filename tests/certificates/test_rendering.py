import base64
import re
import unicodedata
from datetime import date
from io import BytesIO

import pytest
import segno
from PIL import Image as PillowImage
from pypdf import PdfReader
from weasyprint import HTML

from learning_platform.certificates import checks, rendering
from learning_platform.certificates.rendering import CertificateData, LocalFileFetcher, renderer
from tests.certificates.pdf import extracted_lines, name_glyph_problems

# A name in each script trainees write theirs in.
NAMES = {
    "vietnamese": "Nguyễn Thị Ngọc Ánh",
    "yoruba": "Adéwálé Ọ̀ṣun Ẹ̀gbẹ́dé",
    "arabic": "محمد بن عبد الله السلامي",
    "hebrew": "דוד בן־גוריון",
    "devanagari": "अमिताभ बच्चन",
    "bengali": "রবীন্দ্রনাথ ঠাকুর",
    "ethiopic": "ኃይለ ሥላሴ ገብረ ማርያም",
    "chinese": "王小明",
    "chinese with a rare character": "王龘",  # 龘 is in the second Han font
    "japanese": "山田 たろう タロウ",
    "korean": "김민준",
    "thai": "สมชาย ใจดี",
    "cyrillic": "Иван Петрович Сидоров",
    # Typed with combining accents (decomposed), as some keyboards and systems do.
    "latin with combining accents": "Zoe\u0308 Nu\u0301n\u0303ez-C\u0327elik",
}


def certificate_data(**fields):
    values = {
        "code": "7KQ2M9XD0AB1CDEFGHJKMNPQRS",
        "name": "Marie Kabila",
        "language": "en",
        "course_title": "The Clearing-House Mechanism of the CBD",
        "course_titles": {
            "en": "The Clearing-House Mechanism of the CBD",
            "fr": "Le mécanisme d'échange d'informations de la CDB",
        },
        "completed_on": date(2027, 5, 14),
        "session_title": "Kinshasa, May 2027",
        "signatories": (
            {"name": "Dr Anne Franklin", "title": "Director, CEBioS", "signature": ""},
        ),
        "verify_url": "https://learning.example.org/v/7KQ2M9XD0AB1CDEFGHJKMNPQRS",
    }
    return CertificateData(**{**values, **fields})


@pytest.mark.parametrize("script", NAMES)
def test_names_in_every_script_render_with_a_glyph_for_every_character(script):
    name = NAMES[script]

    pdf = renderer().render(certificate_data(name=name))

    assert name_glyph_problems(pdf, name) == []
    readers = extracted_lines(pdf)
    assert any(unicodedata.normalize("NFC", name) in lines for lines in readers.values()), readers
    assert len(pdf) < 100_000


@pytest.mark.parametrize("name", ["محمد بن عبد الله", "عبد السلام", "דוד בן־גוריון"])
def test_right_to_left_names_are_extracted_in_reading_order(name):
    pdf = renderer().render(certificate_data(name=name))

    # The logical order, as typed, from both readers: the name can be searched and copied.
    readers = extracted_lines(pdf)
    assert set(readers) == {"pypdf", "pdftotext"}  # `make test` installs poppler-utils
    assert all(name in lines for lines in readers.values()), readers
    assert rendering.text_direction(name) == "rtl"
    assert rendering.text_direction("Marie") == "ltr"


def test_weasyprint_subsets_fonts_with_harfbuzz():
    # Without libharfbuzz-subset0 WeasyPrint falls back to fontTools, about ten times slower.
    assert checks.harfbuzz_subsetter_available()


def test_the_name_is_escaped():
    name = '<b>Bold</b> & <img src="http://evil.example/x.png"> Smith'
    html = renderer().html(certificate_data(name=name))

    escaped = "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=&quot;http://evil.example/x.png&quot;&gt;"
    assert escaped in html
    assert "<b>Bold" not in html
    pdf = renderer().render(certificate_data(name=name))
    assert any(name in " ".join(lines) for lines in extracted_lines(pdf).values())


def test_a_name_of_200_characters_stays_on_one_page():
    name = ("Maria-Fernanda de los Ángeles Santísima Trinidad " * 5)[:200]

    pdf = renderer().render(certificate_data(name=name))

    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    assert name_glyph_problems(pdf, name) == []


def test_a_certificate_is_an_a4_landscape_page_with_everything_it_certifies():
    pdf = renderer().render(certificate_data(bilingual=True))

    page = PdfReader(BytesIO(pdf)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (297, 210)
    text = " ".join(extracted_lines(pdf)["pypdf"])
    for printed in (
        "Marie Kabila",
        "The Clearing-House Mechanism of the CBD",
        "Le mécanisme d'échange d'informations de la CDB",  # bilingual: both titles
        "Kinshasa, May 2027",
        "Dr Anne Franklin",
        "7KQ2-M9XD-0AB1-CDEF-GHJK-MNPQ-RS",
        "https://learning.example.org/v/7KQ2M9XD0AB1CDEFGHJKMNPQRS",
    ):
        assert printed in text
    assert len(pdf) < 100_000


def test_the_qr_code_is_a_sharp_image_of_the_verify_address():
    data = certificate_data()
    html = renderer().html(data)

    [data_url] = re.findall(r'<img class="segno" src="(data:image/png;base64,[^"]+)"', html)
    image = PillowImage.open(BytesIO(base64.b64decode(data_url.split(",", 1)[1])))
    expected = segno.make(data.verify_url.upper(), error="m", micro=False, mask=4)
    assert image.size == (29, 29)  # version 3: alphanumeric mode, one pixel per module
    modules = [[image.convert("L").getpixel((x, y)) < 128 for x in range(29)] for y in range(29)]
    assert modules == [[bool(module) for module in row] for row in expected.matrix]


def test_the_renderer_keeps_its_fonts_and_stylesheet():
    first = renderer()

    first.render(certificate_data())

    assert renderer() is first
    assert first.stylesheet is renderer().stylesheet
    assert first.font_config is renderer().font_config


def test_assets_load_from_the_static_and_media_folders_only(settings, tmp_path):
    fetcher = LocalFileFetcher()
    font = rendering.FONTS / "NotoSerif-Regular.ttf"
    media_file = tmp_path / "media" / "images" / "logo.png"
    media_file.parent.mkdir(parents=True)
    media_file.write_bytes(b"\x89PNG")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")

    assert fetcher.fetch(font.as_uri()).read()[:4] == b"\x00\x01\x00\x00"
    assert fetcher.fetch(media_file.as_uri()).read() == b"\x89PNG"
    for refused in (
        "http://localhost/static/x.png",
        "https://example.org/logo.png",
        "ftp://example.org/logo.png",
        outside.as_uri(),
        "file:///etc/passwd",
        (rendering.FONTS / ".." / ".." / ".." / "models.py").as_uri(),  # out through ..
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(refused)


def test_an_image_from_the_network_is_not_fetched(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr("urllib.request.OpenerDirector.open", no_network)
    html = (
        renderer()
        .html(certificate_data())
        .replace("</body>", '<img src="https://example.org/tracker.png"></body>')
    )
    pdf = HTML(string=html, url_fetcher=renderer().url_fetcher).write_pdf(
        stylesheets=[renderer().stylesheet], font_config=renderer().font_config
    )
    assert pdf.startswith(b"%PDF")

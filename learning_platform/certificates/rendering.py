"""The certificate PDF: WeasyPrint, warm, offline.

One renderer per process keeps WeasyPrint's font configuration (the shipped fonts, loaded once)
and the certificate's stylesheet, parsed once: a cold rendering takes about a second, a warm
one a few tens of milliseconds. WeasyPrint fetches assets (fonts, logos, signatures) only
through ``LocalFileFetcher``: files under the static and media folders, from disk, and nothing
else, never the network.

Rendering takes a ``CertificateData``, plain values, so that a pool of processes can render
the certificates of a session without touching the database.
"""

import mimetypes
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import segno
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from learning_platform.metrics import CERTIFICATE_RENDER_SECONDS

from .models import code_display

# Read by WeasyPrint alone, from here: kept out of the static files, which collectstatic would
# otherwise copy, hash and compress (15 MB of fonts, minutes of CPU) on every upgrade.
ASSETS = Path(__file__).resolve().parent / "assets"
FONTS = ASSETS / "fonts"
# Bilingual certificates put these languages side by side, in this order.
BILINGUAL_LANGUAGES = ("fr", "en")
RTL_CLASSES = {"R", "AL"}


@dataclass(frozen=True)
class CertificateData:
    """What one certificate prints, as plain values (picklable, no database)."""

    code: str
    name: str
    language: str
    course_title: str
    completed_on: object  # date
    verify_url: str
    session_title: str = ""
    course_titles: dict = field(default_factory=dict)
    bilingual: bool = False
    signatories: tuple = ()  # {"name", "title", "signature"} with a media-relative path
    partners: tuple = ()  # {"name", "logo"}
    revoked: bool = False


@cache
def media_copies() -> Path:
    """This process's folder of local copies of media read through a remote storage (object
    storage): each signature or logo is fetched once per process, not once per certificate."""
    return Path(tempfile.mkdtemp(prefix="learning-certificate-media-"))


def allowed_roots() -> list[Path]:
    """The folders WeasyPrint may read: the certificate assets, static files (the project's,
    collected) and media (signatures, logos), on disk or copied from object storage."""
    roots = [ASSETS, *settings.STATICFILES_DIRS, settings.STATIC_ROOT, settings.MEDIA_ROOT]
    if not _media_on_disk():
        roots.append(media_copies())
    return [Path(root).resolve() for root in roots if root]


def _media_on_disk() -> bool:
    return isinstance(default_storage, FileSystemStorage)


class LocalFileFetcher(URLFetcher):
    """Serves ``file:`` URLs of files under the allowed folders, and ``data:`` URLs; refuses
    everything else (http, https, ftp, other files)."""

    def __init__(self):
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            raise ValueError(f"Certificates load no remote resource: {url}")
        path = Path(unquote(parts.path)).resolve()
        if not any(path.is_relative_to(root) for root in allowed_roots()) or not path.is_file():
            raise ValueError(f"Not a static or media file: {url}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            path.as_uri(), body=path.read_bytes(), headers={"Content-Type": content_type}
        )


def media_uri(relative: str) -> str:
    """The ``file:`` URL of a media file (a signature, a logo), or "" when there is none: in
    the media folder, or a local copy of it when the media are on object storage. A name is
    never reused for another file (uploads get a new one), so a copy stays right."""
    if not relative:
        return ""
    if _media_on_disk():
        return (Path(settings.MEDIA_ROOT) / relative).resolve().as_uri()
    copy = (media_copies() / relative).resolve()
    if not copy.is_relative_to(media_copies().resolve()):
        return ""  # a name that climbs out of the folder is no media file
    if not copy.exists():
        try:
            with default_storage.open(relative, "rb") as remote:
                data = remote.read()
        except (OSError, ValueError):  # missing: rendered without it, as on disk
            return ""
        copy.parent.mkdir(parents=True, exist_ok=True)
        partial = copy.with_name(copy.name + ".partial")
        partial.write_bytes(data)
        partial.replace(copy)  # whole or not at all, also with renderers in parallel
    return copy.as_uri()


def text_direction(text: str) -> str:
    """ "rtl" when the first strong character of ``text`` is right-to-left, else "ltr"."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in RTL_CLASSES:
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def name_size(name: str) -> str:
    """A font size that keeps the name on the page, from a word to 200 characters."""
    length = len(name)
    if length <= 32:
        return "30pt"
    if length <= 60:
        return "22pt"
    if length <= 110:
        return "16pt"
    return "12pt"


def qr_png(url: str) -> str:
    """The verification URL as a QR code: a PNG data URL of one pixel per module, which the
    stylesheet scales with sharp edges. WeasyPrint draws it about ten milliseconds quicker than
    the same code as SVG, whose path it parses anew for every certificate. In capitals, the URL
    fits QR's alphanumeric mode: a smaller code (version 3 rather than 5 for our URLs), quicker
    to draw and to scan; host names and our verify path ignore case. A fixed mask spares the
    encoder trying all eight (any mask is valid)."""
    qr = segno.make(url.upper(), error="m", micro=False, mask=4)
    return qr.png_data_uri(scale=1, border=0, dark="#123524")


def _languages(data: CertificateData) -> list[dict]:
    codes = [data.language]
    if data.bilingual:
        codes = [code for code in BILINGUAL_LANGUAGES if data.course_titles.get(code)]
        codes = codes if len(codes) > 1 else [data.language]
    return [
        {"code": code, "course_title": data.course_titles.get(code) or data.course_title}
        for code in codes
    ]


def _context(data: CertificateData) -> dict:
    return {
        "certificate": data,
        "code": code_display(data.code),
        "name": data.name,
        "name_dir": text_direction(data.name),
        "name_size": name_size(data.name),
        "languages": _languages(data),
        "bilingual": data.bilingual and len(_languages(data)) > 1,
        "signatories": [
            {**signatory, "signature_url": media_uri(signatory.get("signature", ""))}
            for signatory in data.signatories
        ],
        "partners": [
            {**partner, "logo_url": media_uri(partner.get("logo", ""))} for partner in data.partners
        ],
        # segno's own markup from the URL we built: no user input reaches it unescaped.
        "qr_png": qr_png(data.verify_url),
        "logo_url": (ASSETS / "logo.svg").as_uri(),
    }


class CertificateRenderer:
    """Renders certificates to PDF, keeping fonts and stylesheet for the life of the process.
    Override ``template_name`` or ``stylesheet_name`` to change the design."""

    template_name = "certificates/certificate.html"
    stylesheet_name = "certificates/certificate.css"

    def __init__(self):
        self.font_config = FontConfiguration()
        self.url_fetcher = LocalFileFetcher()
        # Images by URL (the logo, signatures, partner logos), parsed once for every certificate.
        self.image_cache = {}
        css = render_to_string(self.stylesheet_name, {"fonts": FONTS.as_uri() + "/"})
        self.stylesheet = CSS(
            string=css,
            base_url=FONTS.as_uri() + "/",
            font_config=self.font_config,
            url_fetcher=self.url_fetcher,
        )

    def html(self, data: CertificateData) -> str:
        with translation.override(data.language):
            return render_to_string(self.template_name, _context(data))

    def render(self, data: CertificateData) -> bytes:
        """The PDF of one certificate."""
        document = HTML(
            string=self.html(data), base_url=ASSETS.as_uri() + "/", url_fetcher=self.url_fetcher
        )
        return document.write_pdf(
            stylesheets=[self.stylesheet],
            font_config=self.font_config,
            # Images are small renditions already; optimising them again costs 2 ms a PDF.
            optimize_images=False,
            cache=self.image_cache,
            pdf_identifier=data.code.encode(),
            custom_metadata=False,
        )


@cache
def renderer() -> CertificateRenderer:
    """The process's renderer, made on first use."""
    return CertificateRenderer()


def certificate_pdf(data: CertificateData) -> bytes:
    with CERTIFICATE_RENDER_SECONDS.time():
        return renderer().render(data)

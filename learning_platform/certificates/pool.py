"""The processes that render a session's certificates for its ZIP download.

Fresh processes ("spawn"), not forks: a web worker runs threads, and a fork taken while another
thread holds a lock (in fontconfig, Pango, logging) can hang the child. This module is what a
new process imports first, before Django is set up: it imports nothing of the project at the
top."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _setup(media_root: str, static_root: str | None) -> None:
    """Starts a rendering process: Django's settings and apps (no database: certificates
    arrive as plain values), the folders the parent uses, and a warm renderer."""
    import django

    django.setup()
    from django.conf import settings

    settings.MEDIA_ROOT = media_root
    settings.STATIC_ROOT = static_root

    from .rendering import renderer

    renderer()


def _render(data) -> bytes:
    from .rendering import certificate_pdf

    return certificate_pdf(data)


def render_all(datas, *, processes: int, media_root: str, static_root: str | None):
    """The PDFs of ``datas`` (CertificateData), in order, rendered by ``processes`` processes."""
    with ProcessPoolExecutor(
        max_workers=processes,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_setup,
        initargs=(media_root, static_root),
    ) as pool:
        yield from pool.map(_render, datas, chunksize=8)

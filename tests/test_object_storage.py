"""Uploads on S3-compatible object storage (MEDIA_S3_BUCKET), against an S3 API server on
loopback (moto's): images and their renditions, documents through Django, and certificates
whose signatures are read through the storage and kept locally per process."""

from io import BytesIO

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from moto.server import ThreadedMotoServer
from PIL import Image as PillowImage
from wagtail.documents.models import Document

from learning_platform.certificates import rendering
from tests.certificates.test_rendering import certificate_data
from tests.factories import ImageFactory
from tests.workers import free_port

pytestmark = pytest.mark.django_db

BUCKET = "learning-media"


@pytest.fixture
def bucket(settings, monkeypatch, tmp_path):
    """The media on a bucket of an S3 server of this test's own, as production settings make
    them with MEDIA_S3_BUCKET and MEDIA_S3_ENDPOINT_URL."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "querystring_auth": False,
                "file_overwrite": False,
                "default_acl": None,
            },
        },
    }
    rendering.media_copies.cache_clear()
    monkeypatch.setattr(rendering, "media_copies", lambda: tmp_path / "copies")
    yield client
    server.stop()


def keys(client) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def jpeg(size=(600, 200)) -> bytes:
    buffer = BytesIO()
    PillowImage.new("RGB", size, (20, 40, 120)).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_images_and_their_renditions_are_stored_in_the_bucket(bucket):
    image = ImageFactory(title="Mangroves")
    rendition = image.get_rendition("fill-320x180")

    assert {image.file.name, rendition.file.name} <= keys(bucket)
    assert rendition.url.startswith("http://127.0.0.1:")
    assert "Signature" not in rendition.url  # a plain address, for pages kept in the cache


def test_a_document_is_served_by_django_from_the_bucket(client, bucket):
    document = Document.objects.create(
        title="Guide", file=ContentFile(b"%PDF-1.4 the guide", name="guide.pdf")
    )

    response = client.get(document.url)

    assert document.file.name in keys(bucket)
    assert b"".join(response.streaming_content) == b"%PDF-1.4 the guide"


def test_a_certificate_reads_its_signature_through_the_storage_once_per_process(bucket):
    name = default_storage.save("images/signature.jpg", ContentFile(jpeg()))
    data = certificate_data(
        signatories=({"name": "Dr Anne Franklin", "title": "Director", "signature": name},)
    )

    first = rendering.certificate_pdf(data)
    bucket.delete_object(Bucket=BUCKET, Key=name)  # from now on, only the local copy has it
    second = rendering.certificate_pdf(data)

    assert first.count(b"/DCTDecode") == second.count(b"/DCTDecode") == 1


def test_a_signature_missing_from_the_bucket_leaves_the_certificate_without_it(bucket):
    data = certificate_data(
        signatories=(
            {"name": "Dr Anne Franklin", "title": "Director", "signature": "images/gone.jpg"},
        )
    )

    assert rendering.certificate_pdf(data).count(b"/DCTDecode") == 0

"""Uploads: a size limit for documents and images, and documents that must open, checked before storing.

A document chosen in an item is checked again by the item's block when the page is saved.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from home.demo.pdf import build_pdf
from PIL import Image as PILImage
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from wagtail_ita.blocks import COMPONENT_BLOCKS

from .conftest import make_user
from .factories import make_document


@pytest.fixture
def admin_client(client, db):
    client.force_login(make_user("admin", is_superuser=True, is_staff=True))
    return client


def pdf_bytes(size=None):
    data = build_pdf("Test", [("Section", ["text"])])
    return data if size is None else data + b"%" * (size - len(data))


def png_bytes(width=40):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, width), (11, 83, 148)).save(buffer, "PNG")
    return buffer.getvalue()


def upload_document(client, name, data):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "ประกาศ", "file": SimpleUploadedFile(name, data), "collection": 1},
    )


def stored_files(media_root):
    return [p for p in media_root.rglob("*") if p.is_file()] if media_root.exists() else []


def test_a_document_over_the_limit_is_refused_in_thai_before_it_is_stored(admin_client, settings, media_root):
    settings.WAGTAIL_ITA_MAX_UPLOAD_SIZE = 5000
    response = upload_document(admin_client, "big.pdf", pdf_bytes(6000))
    assert response.status_code == 200
    assert "ไฟล์นี้มีขนาด" in response.content.decode()
    assert not get_document_model().objects.exists()
    assert stored_files(media_root) == []


def test_a_document_within_the_limit_is_stored(admin_client, settings):
    settings.WAGTAIL_ITA_MAX_UPLOAD_SIZE = 5000
    response = upload_document(admin_client, "small.pdf", pdf_bytes(4000))
    assert response.status_code == 302
    assert get_document_model().objects.count() == 1


def test_the_default_limit_is_20_mb(admin_client, media_root):
    response = upload_document(admin_client, "scan.pdf", pdf_bytes(20 * 1024 * 1024 + 1))
    assert response.status_code == 200 and "20.0" in response.content.decode()
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "data"), [("fake.pdf", b"<html>not a pdf</html>"), ("empty.pdf", b""), ("x.docx", b"PK\x03\x04broken")]
)
def test_a_document_that_does_not_open_is_refused(admin_client, name, data):
    response = upload_document(admin_client, name, data)
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_multiple_upload_keeps_the_limit(admin_client, settings):
    settings.WAGTAIL_ITA_MAX_UPLOAD_SIZE = 5000
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("big.pdf", pdf_bytes(6000)), "title": "big"},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "ไฟล์นี้มีขนาด" in response.json()["error_message"]
    assert not get_document_model().objects.exists()


def test_an_image_over_the_limit_is_refused(admin_client, settings, media_root):
    settings.WAGTAIL_ITA_MAX_UPLOAD_SIZE = 500
    data = png_bytes(200)
    assert len(data) > 500
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "รูป", "file": SimpleUploadedFile("a.png", data), "collection": 1}
    )
    assert response.status_code == 200
    assert "ไฟล์นี้มีขนาด" in response.content.decode()
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_a_broken_document_chosen_in_an_item_is_refused_by_its_block():
    good = make_document("ประกาศที่เปิดได้")
    broken = make_document("ประกาศที่เสีย", data=b"<html>not a pdf</html>")
    block = COMPONENT_BLOCKS["announcement"]()
    value = block.to_python({"title": "ประกาศ", "signed_by": "นายก อบจ.", "date": "2023-01-10", "document": broken.pk})
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(value)
    message = " ".join(excinfo.value.block_errors["document"].messages)
    assert "ประกาศที่เสีย" in message and "เปิดไม่ได้" in message
    value["document"] = good
    errors = getattr(_clean_errors(block, value), "block_errors", {})
    assert "document" not in errors


def _clean_errors(block, value):
    try:
        block.clean(value)
    except StructBlockValidationError as exc:
        return exc
    return None


def test_a_site_form_without_the_limit_is_reported(settings):
    from wagtail_ita.checks import upload_forms

    settings.WAGTAILDOCS_DOCUMENT_FORM_BASE = "wagtail.documents.forms.BaseDocumentForm"
    assert [w.id for w in upload_forms(None)] == ["wagtail_ita.W101"]
    settings.WAGTAILDOCS_DOCUMENT_FORM_BASE = "wagtail_ita.uploads.DocumentForm"
    assert upload_forms(None) == []

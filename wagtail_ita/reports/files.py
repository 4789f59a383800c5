"""Attachments: what a file really is (by its first bytes) and where encrypted files are kept.

Files go to a storage that is never served: the ``wagtail_ita_reports`` alias of ``STORAGES`` when
the site defines one, otherwise a private folder ``WAGTAIL_ITA_REPORT_FILES_ROOT`` (by default
``ita-report-files`` beside ``MEDIA_ROOT``, outside it). Only Fernet tokens are written there.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, InvalidStorageError, storages

from wagtail_ita.conf import get_setting

from . import crypto

MAX_ATTACHMENTS = 3
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
SIGNATURES = [
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
]


def sniff(head):
    """``(content type, extension)`` of a file whose first bytes are ``head``, or ``None``."""
    for magic, content_type, extension in SIGNATURES:
        if head.startswith(magic):
            return content_type, extension
    return None


def report_files_root():
    configured = get_setting("REPORT_FILES_ROOT")
    if configured:
        return Path(configured)
    return Path(settings.MEDIA_ROOT).resolve().parent / "ita-report-files"


def report_storage():
    """The private storage of encrypted attachments (resolved per call, so settings may change)."""
    try:
        return storages["wagtail_ita_reports"]
    except InvalidStorageError:
        return FileSystemStorage(location=report_files_root(), base_url=None)


def save_raw(token):
    """Store an already encrypted ``token`` under a random name; return the stored name."""
    return report_storage().save(f"{secrets.token_hex(16)}.bin", ContentFile(token))


def save_encrypted(data):
    """Encrypt ``data`` and store it under a random name; return the stored name."""
    return save_raw(crypto.encrypt_bytes(data))


def read_decrypted(name):
    with report_storage().open(name, "rb") as handle:
        return crypto.decrypt_bytes(handle.read())


def delete(name):
    storage = report_storage()
    if name and storage.exists(name):
        storage.delete(name)

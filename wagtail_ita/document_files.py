"""Does a document's file actually open? Checks the stored content, not the file name.

Used by the block forms (a chosen document must open), the uploads (refused before they are stored),
the completeness rules and the link check; it imports nothing of the app, so all of them can.
"""

import zipfile

ZIP = (b"PK\x03\x04",)
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "ods": ZIP,
    "odp": ZIP,
    "zip": ZIP,
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
    "rtf": (b"{\\rtf",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
}
TEXT = {"txt", "csv"}
HEAD_BYTES = 8192


def extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def document_opens(document):
    """True when ``document``'s file exists in storage, is not empty and its content is what its name claims."""
    field = getattr(document, "file", None)
    if document is None or not field or not field.name:
        return False
    storage = field.storage
    try:
        if not storage.exists(field.name):
            return False
        with storage.open(field.name, "rb") as fh:
            return content_opens(fh, field.name)
    except OSError:
        return False


def content_opens(fh, name):
    """True when the binary file ``fh`` is not empty and its content is what the file ``name`` claims.

    Used for stored documents and for uploads before they are stored (``wagtail_ita/uploads.py``).
    """
    head = fh.read(HEAD_BYTES)
    ext = extension(name)
    if ext in SIGNATURES and SIGNATURES[ext] is ZIP and head.startswith(ZIP[0]):
        fh.seek(0)
        return _is_zip(fh)
    if not head:
        return False
    if ext in TEXT:
        # A multi-byte Thai character may be cut at HEAD_BYTES, so allow a cut of up to three bytes.
        return any(_decodes(head[: len(head) - cut]) for cut in range(4))
    signatures = SIGNATURES.get(ext)
    if signatures is None:
        return True
    return head.startswith(signatures)


def _decodes(data):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_zip(fh):
    try:
        with zipfile.ZipFile(fh) as archive:
            return bool(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False

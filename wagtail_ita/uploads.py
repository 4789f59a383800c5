"""Upload forms for documents and images: a size limit, and documents must open, before anything is stored.

Editors attach the agency's disclosures as files; a 300 MB scan fills the disk and a ``.pdf`` that is not
a PDF fails the item at the NACC. The forms refuse both with a Thai message before the file is saved.
The app installs them as Wagtail's document and image form bases (``WAGTAILDOCS_DOCUMENT_FORM_BASE``,
``WAGTAILIMAGES_IMAGE_FORM_BASE``) unless the site names its own; a site that does should subclass
:class:`UploadLimitMixin` (the ``wagtail_ita.W101`` check says so).
"""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .conf import get_setting
from .document_files import content_opens

DOCUMENT_FORM = "wagtail_ita.uploads.DocumentForm"
IMAGE_FORM = "wagtail_ita.uploads.ImageForm"


def check_upload_size(file):
    """Raise a Thai :class:`ValidationError` when ``file`` is larger than ``WAGTAIL_ITA_MAX_UPLOAD_SIZE``."""
    limit = get_setting("MAX_UPLOAD_SIZE")
    size = getattr(file, "size", None)
    if limit and size is not None and size > limit:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(limit)s. Reduce it (e.g. scan at a lower resolution).")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )


class UploadLimitMixin:
    """Refuses a file larger than ``WAGTAIL_ITA_MAX_UPLOAD_SIZE`` on the ``file`` field."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file is not None and file is not getattr(self.instance, "file", None):
            check_upload_size(file)
        return file


class DocumentForm(UploadLimitMixin, BaseDocumentForm):
    """Wagtail's document form with the size limit and a check that the file opens as what its name says."""

    def clean_file(self):
        file = super().clean_file()
        if file is not None and hasattr(file, "read") and not _opens(file):
            raise ValidationError(
                _("This file does not open as the type its name says (%(name)s). Save it again and upload it."),
                code="file_does_not_open",
                params={"name": file.name},
            )
        return file


class ImageForm(UploadLimitMixin, BaseImageForm):
    """Wagtail's image form with the size limit (Wagtail itself checks that the image opens)."""


def _opens(uploaded):
    """Whether an uploaded (not yet stored) file opens, with the same rules as stored documents."""
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    try:
        uploaded.seek(0)
        return content_opens(uploaded, uploaded.name)
    finally:
        uploaded.seek(position)


def install_form_bases(settings):
    """Make Wagtail use these forms unless the site chose its own (called from ``AppConfig.ready``)."""
    if not getattr(settings, "WAGTAILDOCS_DOCUMENT_FORM_BASE", ""):
        settings.WAGTAILDOCS_DOCUMENT_FORM_BASE = DOCUMENT_FORM
    if not getattr(settings, "WAGTAILIMAGES_IMAGE_FORM_BASE", ""):
        settings.WAGTAILIMAGES_IMAGE_FORM_BASE = IMAGE_FORM

"""Real files for the demo, stored as Wagtail documents and images in the root collection.

Every file is looked up by its title first, so a second run reuses what the first one made.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from . import images
from .pdf import build_pdf, page_count

BLUE = (11, 83, 148)
GREEN = (39, 120, 80)
MAROON = (128, 34, 52)
ORANGE = (196, 98, 16)
PURPLE = (92, 58, 146)
TEAL = (16, 118, 130)


class DemoFiles:
    """Creates (or finds) the demo's documents and images and counts what it did."""

    def __init__(self):
        self.collection = Collection.get_first_root_node()
        self.created = []
        self.reused = 0

    def pdf(self, filename, title, title_en, sections, date="20230115"):
        """A PDF document titled ``title`` (Thai) with one page per entry of ``sections``.

        ``sections`` is a list of English page headings, or ``(heading, [paragraph, ...])`` pairs.
        """
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing is not None:
            self.reused += 1
            return existing
        pages = [s if isinstance(s, tuple) else (s, [_filler(title_en, s)]) for s in sections]
        data = build_pdf(title_en, pages, date=date)
        assert page_count(data) == len(pages)
        document = Document(title=title, collection=self.collection, file=ContentFile(data, name=filename))
        document._set_document_file_metadata()
        document.save()
        self.created.append(document)
        return document

    def _image(self, title, filename, data):
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing is not None:
            self.reused += 1
            return existing
        image = Image(title=title, collection=self.collection, file=ContentFile(data, name=filename))
        image._set_image_file_metadata()
        image.save()
        self.created.append(image)
        return image

    def portrait(self, filename, title, initials, name_en, colour=BLUE):
        return self._image(title, filename, images.portrait(initials, name_en, colour))

    def photo(self, filename, title, caption_en, date_text, colour=GREEN):
        return self._image(title, filename, images.photo(caption_en, date_text, colour))

    def org_chart(self, filename, title, heading_en, top, middle, units, colour=BLUE):
        return self._image(title, filename, images.org_chart(heading_en, top, middle, units, colour))

    @property
    def documents_created(self):
        return sum(1 for f in self.created if not hasattr(f, "width"))

    @property
    def images_created(self):
        return sum(1 for f in self.created if hasattr(f, "width"))


def _filler(title_en, heading):
    return (
        f"This page of '{title_en}' covers: {heading}. It is a placeholder generated for the wagtail-ita "
        "example site; the published document of the agency holds the full Thai text of this section."
    )

"""Every file a block value links must open: the documents chosen in it and those its rich text links.

Whether one file opens is :func:`wagtail_ita.document_files.document_opens` (re-exported here).
"""

import re

from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from wagtail_ita.blocks.values import documents_in, instances_in
from wagtail_ita.document_files import content_opens, document_opens, extension

__all__ = ["broken_file_reason", "broken_files", "content_opens", "document_opens", "extension", "linked_documents"]

#: A link to a document inside rich text, as Wagtail stores it: ``<a linktype="document" id="12">``.
DOCUMENT_LINK = re.compile(r"<a\b[^>]*\blinktype=\"document\"[^>]*>")
LINK_ID = re.compile(r"\bid=\"(\d+)\"")


def broken_file_reason(document):
    """The Thai reason naming a ``document`` whose file does not open: its title and file name."""
    name = getattr(getattr(document, "file", None), "name", "") or ""
    return _("file “%(title)s” (%(file)s) does not open") % {
        "title": getattr(document, "title", "") or "?",
        "file": name.rsplit("/", 1)[-1] or "?",
    }


def linked_documents(value):
    """Every document of ``value``: chosen in a block, or linked from its rich text; and the ids of rich-text
    links to documents that no longer exist. One query, only when rich text links documents."""
    chosen = list(documents_in(value))
    ids = set()
    for text in instances_in(value, RichText):
        for tag in DOCUMENT_LINK.findall(text.source or ""):
            match = LINK_ID.search(tag)
            if match:
                ids.add(int(match.group(1)))
    ids -= {document.pk for document in chosen}
    if not ids:
        return chosen, []
    found = {document.pk: document for document in get_document_model().objects.filter(pk__in=ids)}
    return chosen + [found[pk] for pk in sorted(found)], sorted(ids - set(found))


def broken_files(value, opens=document_opens):
    """Thai reasons naming each document of ``value`` (chosen or linked) whose file does not open."""
    documents, gone = linked_documents(value)
    reasons = [broken_file_reason(document) for document in documents if not opens(document)]
    reasons += [_("a linked document (no. %(id)s) no longer exists") % {"id": pk} for pk in gone]
    return reasons

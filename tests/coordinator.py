"""A mixed 2566 section for the coordinator's tools: two items complete, two incomplete, the rest missing."""

from django.contrib.auth.models import Group

from .conftest import make_user
from .factories import Files, good_blocks, stream

COMPLETE_CODES = ("O1", "O19")
INCOMPLETE_CODES = ("O2", "O20")


def page_of(section, code):
    return next(p for p in section.year_page.item_pages() if p.item_code == code)


def publish(section, code, blocks, user=None):
    page = page_of(section, code)
    page.body = stream(type(page), blocks)
    page.save_revision(user=user).publish(user=user)
    return page


def fill_mixed(section, files=None, user=None):
    """Publish complete content on O1 and O19 and partial content on O2 and O20; return the files used."""
    files = files or Files()
    framework = section.year_page.framework
    for code in COMPLETE_CODES:
        publish(section, code, good_blocks(framework.item(code), 2566, files), user=user)
    o2_blocks = good_blocks(framework.item("O2"), 2566, files)[:1]
    publish(section, "O2", o2_blocks, user=user)
    publish(section, "O20", [("text", "<p>อยู่ระหว่างรวบรวมประกาศ</p>")], user=user)
    # ita_setup links O8 and O28 to the Q&A and report channels it builds; here they are emptied so
    # "the rest" is missing.
    publish(section, "O8", [], user=user)
    publish(section, "O28", [], user=user)
    return files


def make_coordinator(username="coordinator", **kwargs):
    return make_user(username, groups=[Group.objects.get(name="ผู้ประสานงาน ITA")], **kwargs)

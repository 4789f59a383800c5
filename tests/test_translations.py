"""The Thai catalogue is complete and its compiled form is current."""

from pathlib import Path

import polib

import wagtail_ita

LOCALE = Path(wagtail_ita.__file__).parent / "locale" / "th" / "LC_MESSAGES"


def test_every_msgid_has_a_thai_translation():
    po = polib.pofile(str(LOCALE / "django.po"))
    assert len(po) > 300
    assert [e.msgid for e in po if not e.translated() or e.fuzzy or e.obsolete] == []
    assert po.metadata["Language"] == "th"


def test_the_mo_file_matches_the_po_file():
    po = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(LOCALE / "django.po")) if not e.obsolete}
    mo = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(LOCALE / "django.mo"))}
    assert mo == po

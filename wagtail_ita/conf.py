"""The app's settings, all prefixed ``WAGTAIL_ITA_`` in the project's settings module.

==============================  ==========================================================
``WAGTAIL_ITA_SECTION_SLUG``    slug of the ITA section page created by ``ita_setup`` (``ita``)
``WAGTAIL_ITA_FRAMEWORK_DIRS``  a site's own directories of ``<year>.toml`` files, searched first: add or override a year
``WAGTAIL_ITA_BASE_TEMPLATE``   template the public ITA pages extend (``base.html``)
``WAGTAIL_ITA_COORDINATOR_GROUP`` name of the group ``ita_setup`` gives ``wagtail_ita.coordinate_ita`` (``ผู้ประสานงาน ITA``)
``WAGTAIL_ITA_ALLOW_LOCAL_URLS``  export ITAS URLs of a site on localhost even with ``DEBUG`` off (``False``)
``WAGTAIL_ITA_THAI_DIGITS``     write dates, years and amounts on public pages in Thai digits (``False``)
``WAGTAIL_ITA_LANGUAGE``        language of what the commands write: page titles, group names, reasons (``th``)
``WAGTAIL_ITA_REPORT_KEYS``     Fernet keys of the corruption-report channel, newest first (from the environment; no default)
``WAGTAIL_ITA_REPORT_RECIPIENTS_GROUP`` name of the group that receives corruption reports (``ผู้รับเรื่องร้องเรียนการทุจริต``)
``WAGTAIL_ITA_REPORT_RETENTION_DAYS`` days a closed report keeps its content before ``ita_purge_reports`` erases it (``1825``)
``WAGTAIL_ITA_REPORT_FILES_ROOT`` private folder of encrypted attachments (default ``ita-report-files`` beside ``MEDIA_ROOT``)
``WAGTAIL_ITA_REPORT_FOLLOWUP_LIMIT`` wrong receipt codes a client may try per hour before it must wait (``5``)
``WAGTAIL_ITA_BREADCRUMBS``     show the section's own breadcrumb trail on year and item pages (``True``);
                                turn it off when the host's base template has breadcrumbs of its own
``WAGTAIL_ITA_AGENCY_KIND``     ``"local_government"`` (องค์กรปกครองส่วนท้องถิ่น, the default) or ``"other"``
``WAGTAIL_ITA_PAGE_CACHE_SECONDS`` keep anonymous public pages this long in Django's cache (3600); 0: off
``WAGTAIL_ITA_MAX_UPLOAD_SIZE`` largest document or image upload, in bytes (20 MB); ``None`` for no limit
``WAGTAIL_ITA_QA_GROUP``        name of the group that answers the public's questions (``ผู้ตอบคำถาม ITA (ถาม-ตอบ)``)
``WAGTAIL_ITA_QA_RATE_LIMIT``   questions one client may send per hour (``5``)
``WAGTAIL_ITA_QA_MAIL_QUESTION_TEXT`` put the question's text in the mail to the Q&A group (``True``)
``WAGTAIL_ITA_QA_PER_PAGE``     answered questions per page of the public Q&A page (``10``)
==============================  ==========================================================
"""

from django.conf import settings

DEFAULTS = {
    "SECTION_SLUG": "ita",
    "FRAMEWORK_DIRS": [],
    "BASE_TEMPLATE": "base.html",
    "COORDINATOR_GROUP": "ผู้ประสานงาน ITA",
    "ALLOW_LOCAL_URLS": False,
    "THAI_DIGITS": False,
    "LANGUAGE": "th",
    "REPORT_RECIPIENTS_GROUP": "ผู้รับเรื่องร้องเรียนการทุจริต",
    "REPORT_RETENTION_DAYS": 1825,
    "REPORT_FILES_ROOT": None,
    "REPORT_FOLLOWUP_LIMIT": 5,
    "BREADCRUMBS": True,
    "AGENCY_KIND": "local_government",
    "MAX_UPLOAD_SIZE": 20 * 1024 * 1024,
    "PAGE_CACHE_SECONDS": 3600,
    "QA_GROUP": "ผู้ตอบคำถาม ITA (ถาม-ตอบ)",
    "QA_RATE_LIMIT": 5,
    "QA_MAIL_QUESTION_TEXT": True,
    "QA_PER_PAGE": 10,
}


def get_setting(name):
    return getattr(settings, f"WAGTAIL_ITA_{name}", DEFAULTS[name])

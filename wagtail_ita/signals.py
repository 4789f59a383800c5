"""Signal handlers: frontend-cache purging, and permissions on translations of the section.

Publishing an item also refreshes the pages that list it.

Wagtail's ``wagtail.contrib.frontend_cache`` purges the published page itself; the year page (its
index and open data) and the section page show the item's title and last-updated date, so they are
purged with it. Like Wagtail's own purging, this does nothing unless ``WAGTAILFRONTENDCACHE``
configures a backend.

A translation of a section page (e.g. the English copy wagtail-localize makes) is a page of its own in
another tree; it gets the group page permissions of its original, so each division's editors may
translate their items and the coordinators publish the translations, as they do the originals.
"""

from wagtail.models import GroupPagePermission
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished


def purge_item_listings(sender, instance, **kwargs):
    """Purge the year and section pages above a published or unpublished item page."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    from wagtail_ita.models import DisclosureItemPage

    if not isinstance(instance, DisclosureItemPage):
        return
    year_page = instance.year_page
    if year_page is None:
        return
    batch = PurgeBatch()
    batch.add_pages([year_page, year_page.get_parent().specific])
    batch.purge()


def share_permissions_with_translation(sender, source_obj, target_obj, **kwargs):
    """Give a new translation of an ITA page the group page permissions of its original."""
    from wagtail_ita.models import AssessmentYearPage, DisclosureItemPage, ITASectionPage

    if not isinstance(source_obj, ITASectionPage | AssessmentYearPage | DisclosureItemPage):
        return
    for permission in GroupPagePermission.objects.filter(page_id=source_obj.pk):
        GroupPagePermission.objects.get_or_create(
            group_id=permission.group_id, page_id=target_obj.pk, permission_id=permission.permission_id
        )


def connect():
    """Connect the purge handler to Wagtail's publish and unpublish signals."""
    page_published.connect(purge_item_listings, dispatch_uid="wagtail_ita_purge_item_listings")
    page_unpublished.connect(purge_item_listings, dispatch_uid="wagtail_ita_purge_item_listings_unpublished")
    copy_for_translation_done.connect(
        share_permissions_with_translation, dispatch_uid="wagtail_ita_share_permissions_with_translation"
    )

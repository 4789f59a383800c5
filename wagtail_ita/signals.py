"""Frontend-cache purging: publishing an item also refreshes the pages that list it.

Wagtail's ``wagtail.contrib.frontend_cache`` purges the published page itself; the year page (its
index and open data) and the section page show the item's title and last-updated date, so they are
purged with it. Like Wagtail's own purging, this does nothing unless ``WAGTAILFRONTENDCACHE``
configures a backend.
"""

from wagtail.signals import page_published, page_unpublished


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


def connect():
    """Connect the purge handler to Wagtail's publish and unpublish signals."""
    page_published.connect(purge_item_listings, dispatch_uid="wagtail_ita_purge_item_listings")
    page_unpublished.connect(purge_item_listings, dispatch_uid="wagtail_ita_purge_item_listings_unpublished")

"""What every public ITA page shares: the site's base template, staff-only caching, body images."""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.cache import patch_cache_control
from wagtail.images import get_image_model

from wagtail_ita.blocks.values import images_in
from wagtail_ita.conf import get_setting

#: The rendition filters the block templates use; the item page loads them for all its images at once.
RENDITION_FILTERS = ("fill-240x300", "fill-480x320", "width-960")


def is_staff(request):
    """Whether the visitor is signed in to the Wagtail admin (and may see internal status)."""
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


class ITAPageMixin:
    """Gives an ITA page the base template setting and keeps staff views out of shared caches.

    A page seen by signed-in staff may carry internal status, so its response is ``private``;
    anonymous responses stay cacheable by a frontend cache.
    """

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ita_base_template"] = get_setting("BASE_TEMPLATE")
        context["ita_staff"] = is_staff(request)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if is_staff(request):
            patch_cache_control(response, private=True)
        return response


def prefetch_renditions(body):
    """Load the renditions of every image in ``body`` in one query, so rendering asks no more."""
    images = list(images_in(body))
    if images:
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=RENDITION_FILTERS)
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))

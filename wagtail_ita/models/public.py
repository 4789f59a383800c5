"""What every public ITA page shares: the site's base template, its language, staff-only caching, images."""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.cache import patch_cache_control
from wagtail.images import get_image_model

from wagtail_ita.blocks.values import images_in
from wagtail_ita.conf import get_setting
from wagtail_ita.i18n import page_language, translation_context
from wagtail_ita.page_cache import cached_response

#: The rendition filters the block templates use; the item page loads them for all its images at once.
RENDITION_FILTERS = ("fill-240x300", "fill-480x320", "width-960")


def is_staff(request):
    """Whether the visitor is signed in to the Wagtail admin (and may see internal status)."""
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def content_language(page):
    """The language an ITA page's content is written in: its ``lang`` and the language of its labels.

    That is the page's locale for a translation (e.g. the English copy wagtail-localize made of a Thai
    page), and ``WAGTAIL_ITA_LANGUAGE`` for an original, whatever the locale of the tree it was built
    in (a Thai section under an English-only site's home page sits in the English locale): ``ita_setup``
    wrote it in that language. See :func:`wagtail_ita.i18n.page_language`; no query of its own.
    """
    return page_language(page)


class ITAPageMixin:
    """Gives an ITA page the host's base template, its own language, and keeps staff views out of caches.

    The page renders inside the host's ``{% block content %}`` as an ``<article lang="…">`` in
    :func:`content_language`, with its labels, dates and numbers in that language whatever the request's
    (``wagtail_ita/page.html``). A page seen by signed-in staff may carry internal status, so its
    response is ``private``; anonymous responses stay cacheable by a frontend cache and are kept in
    Django's cache (:mod:`wagtail_ita.page_cache`).
    """

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ita_base_template"] = get_setting("BASE_TEMPLATE")
        context["ita_staff"] = is_staff(request)
        context["ita_lang"] = content_language(self)
        context["ita_breadcrumbs"] = get_setting("BREADCRUMBS")
        context.update(translation_context(self))
        return context

    def serve(self, request, *args, **kwargs):
        # Anonymous visitors get the rendered page from Django's cache (page_cache.py); staff never do.
        response = cached_response(
            request,
            lambda: super(ITAPageMixin, self).serve(request, *args, **kwargs),
            shareable=lambda: not self.get_view_restrictions().exists(),
        )
        if is_staff(request):
            patch_cache_control(response, private=True)
        return response


def prefetch_renditions(body):
    """Load the renditions of every image in ``body`` in one query, so rendering asks no more."""
    images = list(images_in(body))
    if images:
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=RENDITION_FILTERS)
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))

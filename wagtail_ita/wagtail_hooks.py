from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Division


class DivisionViewSet(SnippetViewSet):
    model = Division
    icon = "group"
    menu_label = _("Divisions (ITA)")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "short_name", "group", "email"]
    search_fields = ["name", "short_name", "aliases"]
    ordering = ["sort_order", "name"]


register_snippet(DivisionViewSet)

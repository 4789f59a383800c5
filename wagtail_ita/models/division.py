"""Divisions (ส่วนราชการ): the units of an agency that own disclosure items."""

from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index


class DivisionQuerySet(models.QuerySet):
    def agency(self):
        """The agency's own divisions: those in the default locale (other locales hold their translations)."""
        return self.filter(locale=Locale.get_default())

    def names_in(self, locale):
        """``{original name: name in locale}`` of every agency division that has a translation into ``locale``."""
        translated = dict(self.filter(locale=locale).values_list("translation_key", "name"))
        if not translated:
            return {}
        originals = self.agency().filter(translation_key__in=list(translated))
        return {division.name: translated[division.translation_key] for division in originals}

    def resolve(self, name):
        """Return the division called ``name`` by its name, short name or any alias, or ``None``."""
        name = " ".join(name.split())
        for division in self.all():
            if name in division.all_names():
                return division
        return None


class Division(TranslatableMixin, index.Indexed, models.Model):
    """A division (ส่วนราชการ) of the agency, e.g. กองคลัง (the finance division).

    Items of the ITA framework name the division(s) responsible for them; members of the
    division's ``group`` may edit those item pages.
    """

    key = models.SlugField(
        _("Key in the assessment framework data"),
        max_length=64,
        blank=True,
        help_text=_(
            "Matches this division to one in the assessment framework file. May be left blank for divisions you add yourself."
        ),
    )
    name = models.CharField(_("Division name"), max_length=255)
    short_name = models.CharField(_("Short name"), max_length=100, blank=True)
    aliases = models.TextField(
        _("Other names used in documents"),
        blank=True,
        help_text=_("One name per line, e.g. names spelled differently in the source documents"),
    )
    phone = models.CharField(_("Phone"), max_length=100, blank=True)
    email = models.EmailField(_("Email"), blank=True)
    group = models.ForeignKey(
        Group,
        verbose_name=_("Editors' group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ita_divisions",
        help_text=_("Members of this group can edit the ITA pages this division is responsible for"),
    )
    sort_order = models.PositiveIntegerField(_("Order"), default=0)

    objects = DivisionQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("aliases")],
            heading=_("Name"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        FieldPanel("group"),
        FieldPanel("key"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.SearchField("aliases"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Division")
        verbose_name_plural = _("Divisions")
        ordering = ["sort_order", "name"]
        # Coordinating the ITA (every division's items, the whole ITAS list, snapshots) is a permission,
        # asked with user.has_perm("wagtail_ita.coordinate_ita"); ita_setup gives it to the coordinators' group.
        permissions = [("coordinate_ita", "Can coordinate the ITA (every division, exports, snapshots)")]
        constraints = [
            models.UniqueConstraint(
                fields=["key", "locale"],
                condition=~Q(key=""),
                name="wagtail_ita_division_unique_key_per_locale",
            ),
        ]

    def __str__(self):
        return self.name

    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def all_names(self):
        return {" ".join(n.split()) for n in [self.name, self.short_name, *self.alias_list()] if n}

"""Divisions (ส่วนราชการ): the units of an agency that own disclosure items."""

from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class DivisionQuerySet(models.QuerySet):
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
        _("รหัสในข้อมูลกรอบการประเมิน"),
        max_length=64,
        blank=True,
        help_text=_("ใช้จับคู่กับส่วนราชการในไฟล์กรอบการประเมิน เว้นว่างได้สำหรับส่วนราชการที่เพิ่มเอง"),
    )
    name = models.CharField(_("ชื่อส่วนราชการ"), max_length=255)
    short_name = models.CharField(_("ชื่อย่อ"), max_length=100, blank=True)
    aliases = models.TextField(
        _("ชื่ออื่นที่ใช้ในเอกสาร"),
        blank=True,
        help_text=_("หนึ่งชื่อต่อหนึ่งบรรทัด เช่น ชื่อที่สะกดต่างกันในเอกสารต้นฉบับ"),
    )
    phone = models.CharField(_("โทรศัพท์"), max_length=100, blank=True)
    email = models.EmailField(_("อีเมล"), blank=True)
    group = models.ForeignKey(
        Group,
        verbose_name=_("กลุ่มผู้แก้ไข"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ita_divisions",
        help_text=_("สมาชิกของกลุ่มนี้แก้ไขหน้าข้อมูล ITA ที่ส่วนราชการนี้รับผิดชอบได้"),
    )
    sort_order = models.PositiveIntegerField(_("ลำดับ"), default=0)

    objects = DivisionQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("aliases")],
            heading=_("ชื่อ"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("การติดต่อ")),
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
        verbose_name = _("ส่วนราชการ")
        verbose_name_plural = _("ส่วนราชการ")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["key", "locale"],
                condition=~Q(key=""),
                name="wagtail_ita_division_unique_key_per_locale",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return self.short_name or self.name

    def alias_list(self):
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def all_names(self):
        return {" ".join(n.split()) for n in [self.name, self.short_name, *self.alias_list()] if n}

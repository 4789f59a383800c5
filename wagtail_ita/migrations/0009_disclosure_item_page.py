"""One table for what every item page has (issue 9): create ``DisclosureItemPage`` and copy into it.

Until now each of the 15 item page types had its own ``item_code``, ``all_divisions`` and
``itas_note`` columns and its own divisions table. This migration creates the shared table and copies
every page's values and division links into it; 0010 then makes the 15 page types extend it and drops
their copies. Two migrations, so that PostgreSQL commits the copied rows before the tables that will
point at them are altered.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

import wagtail_ita.models.public

#: The 15 page types of 0001–0008, which each held the item fields.
ITEM_PAGE_MODELS = [
    "AntiCorruptionPlanItemPage",
    "BasicInformationItemPage",
    "CorruptionComplaintItemPage",
    "CorruptionRiskItemPage",
    "EthicsItemPage",
    "HumanResourcesItemPage",
    "IntegrityMeasuresItemPage",
    "InteractionItemPage",
    "NoGiftPolicyItemPage",
    "OperationsItemPage",
    "ParticipationItemPage",
    "ProcurementItemPage",
    "PublicRelationsItemPage",
    "ServiceItemPage",
    "WorkStandardsItemPage",
]

ITEM_COLUMNS = ("item_code", "all_divisions", "itas_note")


def _m2m_columns(field):
    """The through table of a many-to-many ``field`` and its (page, division) columns."""
    through = field.remote_field.through._meta
    page = through.get_field(field.m2m_field_name()).column
    division = through.get_field(field.m2m_reverse_field_name()).column
    return through.db_table, page, division


def copy_item_fields(apps, schema_editor):
    """Every item page's code, flag, note and division links, copied into the shared tables (plain SQL:
    saving a historical child model would also save, and overwrite, its ``wagtailcore_page`` row)."""
    quote = schema_editor.quote_name
    target = apps.get_model("wagtail_ita", "DisclosureItemPage")._meta
    target_table, target_page, target_division = _m2m_columns(target.get_field("divisions"))
    columns = ", ".join(quote(c) for c in ("page_ptr_id", *ITEM_COLUMNS))
    for name in ITEM_PAGE_MODELS:
        meta = apps.get_model("wagtail_ita", name)._meta
        schema_editor.execute(
            f"INSERT INTO {quote(target.db_table)} ({columns}) SELECT {columns} FROM {quote(meta.db_table)}"  # noqa: S608
        )
        source_table, source_page, source_division = _m2m_columns(meta.get_field("divisions"))
        schema_editor.execute(
            f"INSERT INTO {quote(target_table)} ({quote(target_page)}, {quote(target_division)}) "  # noqa: S608
            f"SELECT {quote(source_page)}, {quote(source_division)} FROM {quote(source_table)}"
        )


def copy_item_fields_back(apps, schema_editor):
    """The reverse: put the shared values back into each page type's own columns and divisions table."""
    quote = schema_editor.quote_name
    source = apps.get_model("wagtail_ita", "DisclosureItemPage")._meta
    source_table, source_page, source_division = _m2m_columns(source.get_field("divisions"))
    for name in ITEM_PAGE_MODELS:
        meta = apps.get_model("wagtail_ita", name)._meta
        for column in ITEM_COLUMNS:
            schema_editor.execute(
                f"UPDATE {quote(meta.db_table)} SET {quote(column)} = (SELECT s.{quote(column)} "  # noqa: S608
                f"FROM {quote(source.db_table)} s WHERE s.page_ptr_id = {quote(meta.db_table)}.page_ptr_id)"
            )
        table, page, division = _m2m_columns(meta.get_field("divisions"))
        schema_editor.execute(
            f"INSERT INTO {quote(table)} ({quote(page)}, {quote(division)}) "  # noqa: S608
            f"SELECT l.{quote(source_page)}, l.{quote(source_division)} FROM {quote(source_table)} l "
            f"JOIN {quote(meta.db_table)} p ON p.page_ptr_id = l.{quote(source_page)}"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_ita", "0008_interaction_contact"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.CreateModel(
            name="DisclosureItemPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "item_code",
                    models.CharField(
                        help_text="Code in the assessment framework, e.g. O1", max_length=10, verbose_name="Item code"
                    ),
                ),
                (
                    "all_divisions",
                    models.BooleanField(
                        default=False,
                        help_text="An item for which every division must publish its own information",
                        verbose_name="All divisions responsible",
                    ),
                ),
                (
                    "itas_note",
                    models.TextField(
                        blank=True,
                        help_text="A short text to submit with the URL in the ITAS system",
                        verbose_name="Additional explanation (ITAS)",
                    ),
                ),
                (
                    "divisions",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        related_name="item_pages",
                        to="wagtail_ita.division",
                        verbose_name="Responsible divisions",
                    ),
                ),
            ],
            options={
                "verbose_name": "ITA item",
                "verbose_name_plural": "ITA items",
            },
            bases=(wagtail_ita.models.public.ITAPageMixin, "wagtailcore.page"),
        ),
        migrations.RunPython(copy_item_fields, copy_item_fields_back),
    ]

"""The 15 item page types extend ``DisclosureItemPage`` (issue 9), which 0009 filled.

Each page type drops its own item fields and divisions table, and its primary key ``page_ptr`` (the
page's id) becomes ``disclosureitempage_ptr``: the same values, now pointing at the shared table, as a
multi-table child of it. Page ids, content types and revisions are untouched; a revision saved before
this migration still loads, because its ``pk`` and its item fields are read by name.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models
from django.db.migrations.operations.base import Operation
from django.db.migrations.state import ModelState

import wagtail_ita.models.public


def _ptr(to):
    return models.OneToOneField(
        auto_created=True,
        on_delete=django.db.models.deletion.CASCADE,
        parent_link=True,
        primary_key=True,
        serialize=False,
        to=to,
    )


def _own_item_fields():
    """The item fields each page type had until 0009, as 0001 declared them."""
    return [
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
                blank=True, related_name="+", to="wagtail_ita.division", verbose_name="Responsible divisions"
            ),
        ),
    ]


ITEM_FIELDS = [name for name, _field in _own_item_fields()]


class ExtendItemPage(Operation):
    """Make page type ``model_name`` a child of ``DisclosureItemPage`` instead of a direct child of ``Page``.

    Django's autodetector cannot express a change of base class. In one step per page type, this drops
    the item fields 0009 copied, renames the primary key column and points it at the new parent's
    table, in both the migration state and the database. Backwards, the columns come back empty and
    0009's reverse fills them.
    """

    reversible = True

    def __init__(self, model_name):
        self.model_name = model_name

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.model_name], {})

    def describe(self):
        return f"Make {self.model_name} extend DisclosureItemPage"

    @property
    def migration_name_fragment(self):
        return f"{self.model_name.lower()}_extends_disclosureitempage"

    def _replace(self, state, app_label, fields, bases):
        old = state.models[app_label, self.model_name.lower()]
        kept = [(name, field.clone()) for name, field in old.fields.items() if name == "body"]
        new = ModelState(app_label, old.name, fields + kept, dict(old.options), bases, list(old.managers))
        state.remove_model(app_label, self.model_name.lower())
        state.add_model(new)

    def state_forwards(self, app_label, state):
        fields = [("disclosureitempage_ptr", _ptr("wagtail_ita.disclosureitempage"))]
        self._replace(state, app_label, fields, ("wagtail_ita.disclosureitempage",))

    def state_backwards(self, app_label, state):
        fields = [("page_ptr", _ptr("wagtailcore.page")), *_own_item_fields()]
        self._replace(state, app_label, fields, (wagtail_ita.models.public.ITAPageMixin, "wagtailcore.page"))

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        old = from_state.apps.get_model(app_label, self.model_name)
        new = to_state.apps.get_model(app_label, self.model_name)
        for name in ITEM_FIELDS:
            schema_editor.remove_field(old, old._meta.get_field(name))
        schema_editor.alter_field(new, old._meta.pk, new._meta.pk)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        current = from_state.apps.get_model(app_label, self.model_name)
        name = self.model_name.lower()
        # First the old primary key on the page type without its item fields, then the fields one by one,
        # each on a model that has the ones before it (SQLite rebuilds the table from the model).
        state = to_state.clone()
        for field_name in ITEM_FIELDS:
            state.remove_field(app_label, name, field_name)
        bare = state.apps.get_model(app_label, self.model_name)
        schema_editor.alter_field(bare, current._meta.pk, bare._meta.pk)
        for field_name, field in _own_item_fields():
            if field_name == "item_code":
                field.default = ""  # a NOT NULL column needs a value for existing rows; 0009's reverse sets it
            model = state.apps.get_model(app_label, self.model_name)
            state = state.clone()
            state.add_field(app_label, name, field_name, field, preserve_default=True)
            schema_editor.add_field(model, state.apps.get_model(app_label, self.model_name)._meta.get_field(field_name))


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_ita", "0009_disclosure_item_page"),
    ]

    operations = [
        ExtendItemPage("AntiCorruptionPlanItemPage"),
        ExtendItemPage("BasicInformationItemPage"),
        ExtendItemPage("CorruptionComplaintItemPage"),
        ExtendItemPage("CorruptionRiskItemPage"),
        ExtendItemPage("EthicsItemPage"),
        ExtendItemPage("HumanResourcesItemPage"),
        ExtendItemPage("IntegrityMeasuresItemPage"),
        ExtendItemPage("InteractionItemPage"),
        ExtendItemPage("NoGiftPolicyItemPage"),
        ExtendItemPage("OperationsItemPage"),
        ExtendItemPage("ParticipationItemPage"),
        ExtendItemPage("ProcurementItemPage"),
        ExtendItemPage("PublicRelationsItemPage"),
        ExtendItemPage("ServiceItemPage"),
        ExtendItemPage("WorkStandardsItemPage"),
    ]

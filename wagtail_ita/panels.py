"""The completeness panel of the item page editor, and the form that confirms publishing an incomplete item."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from .compliance import COMPLETE
from .coordination.access import is_coordinator
from .frameworks.vocabulary import COMPONENT_KINDS, PERIOD_RULES

CONFIRM_FIELD = "confirm_incomplete"


#: What the coordinator decides about an item: who answers for it. Editors see these fields read-only.
COORDINATOR_FIELDS = ("divisions", "all_divisions")


class DisclosureItemPageForm(WagtailAdminPageForm):
    """The item page form.

    - Publishing an incomplete item is allowed, but only once the editor confirms it knowing what is missing.
    - The responsible divisions and the every-division flag are the coordinator's: for anyone without the
      coordinating permission they are read-only, and a posted change is refused. Otherwise an editor could
      move their item out of their own dashboard while keeping the right to edit it.
    - The slug never changes after setup: it is part of the URL submitted to the NACC's ITAS system.
    """

    confirm_incomplete = forms.BooleanField(
        label=_("Publish even though this item is incomplete"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.locked_fields = []
        if self.instance.pk:
            self.locked_fields.append(("slug", _("The address of an ITA item is fixed: it is submitted to ITAS.")))
        if self.for_user is None or not is_coordinator(self.for_user):
            self.locked_fields += [
                (name, _("Only the ITA coordinator can change this.")) for name in COORDINATOR_FIELDS
            ]
        for name, reason in self.locked_fields:
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = reason

    def _posted_change(self, name):
        """Whether the POST carries a value for the locked field ``name`` that differs from the page's own.

        Browsers do not send disabled fields, so a value in the POST means someone crafted it.
        """
        field = self.fields[name]
        key = self.add_prefix(name)
        if key not in self.data:
            return False
        posted = field.widget.value_from_datadict(self.data, self.files, key)
        initial = self.get_initial_for_field(field, name)
        if isinstance(field, forms.ModelMultipleChoiceField):
            return {str(v) for v in posted or ()} != {str(getattr(v, "pk", v)) for v in initial or ()}
        if isinstance(field, forms.BooleanField):
            return bool(field.to_python(posted)) != bool(initial)
        return str(posted or "") != str(initial or "")

    def clean(self):
        cleaned_data = super().clean()
        for name, reason in self.locked_fields:
            if name in self.fields and self._posted_change(name):
                self.add_error(name, reason)
        if "action-publish" not in self.data or cleaned_data.get(CONFIRM_FIELD) or "body" not in cleaned_data:
            return cleaned_data
        result = self.instance.completeness(body=cleaned_data["body"])
        if result is not None and result.status != COMPLETE:
            self.add_error(
                None,
                gettext(
                    "This item is not complete yet: %(reasons)s. To publish it anyway, tick “%(confirm)s” "
                    "in the completeness panel and publish again."
                )
                % {"reasons": "; ".join(result.reasons), "confirm": self.fields[CONFIRM_FIELD].label},
            )
        return cleaned_data


def blocks_served(stream_block, framework):
    """For each component block of a page type's menu, its label and the codes of the ``framework`` items
    whose components use it — from the data, so a block's help text needs no item codes of one year."""
    rows = []
    for name, block in stream_block.child_blocks.items():
        kind = getattr(block, "component_kind", None)
        if kind is None:
            continue
        if kind == "document":
            codes = [gettext("any component of any item")]
        else:
            codes = [item.code for item in framework.items if any(c.kind == kind for c in item.components)]
        rows.append({"kind": name, "label": block.label, "codes": codes})
    return rows


class CompletenessPanel(Panel):
    """Lists every required component of the item with ✓/✗ and the reason, for the draft being edited."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Completeness for the ITA assessment"))
        super().__init__(**kwargs)

    def get_form_options(self):
        return {"fields": [CONFIRM_FIELD]}

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_ita/admin/completeness_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            result = page.completeness(body=page.body) if page.pk else None
            context["result"] = result
            context["item"] = page.framework_item if page.pk else None
            context["framework"] = page.year_page.framework if context["item"] else None
            context["rows"] = [
                {
                    "component": row.component,
                    "satisfied": row.satisfied,
                    "reasons": row.reasons,
                    "notes": row.notes,
                    "kind_label": COMPONENT_KINDS[row.component.kind],
                    "period_label": PERIOD_RULES[row.component.period],
                }
                for row in (result.components if result else ())
            ]
            # Only someone who may publish is asked to confirm publishing an incomplete item.
            can_publish = page.pk and page.permissions_for_user(self.request.user).can_publish()
            context["confirm_field"] = (
                self.form[CONFIRM_FIELD] if can_publish and CONFIRM_FIELD in self.form.fields else None
            )
            context["is_live"] = page.live
            framework = page.year_page.framework if page.pk and page.year_page else None
            item = context["item"]
            context["category_note"] = framework.category(item.category).note if framework and item else ""
            context["blocks_served"] = blocks_served(page.body.stream_block, framework) if framework else []
            return context

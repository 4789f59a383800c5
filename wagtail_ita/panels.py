"""The completeness panel of the item page editor, and the form that confirms publishing an incomplete item."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from .compliance import COMPLETE
from .frameworks.vocabulary import COMPONENT_KINDS, PERIOD_RULES

CONFIRM_FIELD = "confirm_incomplete"


class DisclosureItemPageForm(WagtailAdminPageForm):
    """Publishing an incomplete item is allowed, but only once the editor confirms it knowing what is missing."""

    confirm_incomplete = forms.BooleanField(
        label=_("Publish even though this item is incomplete"),
        required=False,
    )

    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" not in self.data or cleaned_data.get(CONFIRM_FIELD) or "body" not in cleaned_data:
            return cleaned_data
        from .status import check_page

        result = check_page(self.instance, body=cleaned_data["body"])
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
            from .status import check_page

            context = super().get_context_data(parent_context)
            page = self.instance
            result = check_page(page, body=page.body) if page.pk else None
            context["result"] = result
            context["item"] = page.framework_item if page.pk else None
            context["rows"] = [
                {
                    "component": row.component,
                    "satisfied": row.satisfied,
                    "reasons": row.reasons,
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
            return context

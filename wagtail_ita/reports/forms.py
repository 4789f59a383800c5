"""The public forms of the report channel: the report, the follow-up code, added information.

Attachments are checked by their first bytes (PDF, JPEG, PNG), not by name or declared type, and
read into memory here so the views hand plain bytes to :mod:`~wagtail_ita.reports.intake`.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .files import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, sniff
from .receipts import normalise


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to three files, each a real PDF, JPEG or PNG of at most 10 MB; cleans to a list of dicts."""

    widget = MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        uploads = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if len(uploads) > MAX_ATTACHMENTS:
            raise ValidationError(_("Attach at most %(count)d files."), params={"count": MAX_ATTACHMENTS})
        cleaned = []
        for upload in uploads:
            if upload.size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(
                    _("“%(name)s” is larger than 10 MB."), params={"name": upload.name[:80]}, code="too_large"
                )
            data = upload.read(MAX_ATTACHMENT_BYTES + 1)
            kind = sniff(data[:16])
            if kind is None:
                raise ValidationError(
                    _("“%(name)s” is not a PDF, JPEG or PNG file (its content was checked, not its name)."),
                    params={"name": upload.name[:80]},
                    code="bad_type",
                )
            cleaned.append({"name": upload.name[:200], "type": kind[0], "data": data})
        return cleaned


IDENTITY_CHOICES = [
    ("anonymous", _("Anonymous: I do not give my name")),
    ("named", _("Named and confidential: only the recipients see who I am")),
]


class ReportForm(forms.Form):
    what = forms.CharField(
        label=_("What happened"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Describe the act: what was done, and what it concerned."),
    )
    official_name = forms.CharField(label=_("Name of the official involved"), max_length=200, required=False)
    official_position = forms.CharField(label=_("Position or division of the official"), max_length=200, required=False)
    when = forms.CharField(label=_("When it happened"), max_length=200, required=False)
    where = forms.CharField(label=_("Where it happened"), max_length=500, required=False)
    attachments = AttachmentsField(
        label=_("Evidence files"), help_text=_("Up to 3 files: PDF, JPEG or PNG, at most 10 MB each.")
    )
    identity = forms.ChoiceField(
        label=_("How you report"), choices=IDENTITY_CHOICES, initial="anonymous", widget=forms.RadioSelect
    )
    name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    email = forms.EmailField(label=_("E-mail"), max_length=254, required=False)
    consent = forms.BooleanField(
        label=_(
            "I confirm that what I report is true to the best of my knowledge, and I agree that the "
            "agency's recipients of corruption reports process it to handle this case."
        )
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("identity") == "named":
            if not cleaned.get("name"):
                self.add_error("name", _("Give your name, or choose to report anonymously."))
            if not cleaned.get("phone") and not cleaned.get("email") and "email" not in self.errors:
                self.add_error("phone", _("Give a phone number or an e-mail address so the agency can reach you."))
        return cleaned

    def content(self):
        data = self.cleaned_data
        return {key: data[key] for key in ("what", "official_name", "official_position", "when", "where")}

    def identity_data(self):
        data = self.cleaned_data
        if data["identity"] != "named":
            return {}
        return {key: data[key] for key in ("name", "phone", "email") if data[key]}


class FollowUpForm(forms.Form):
    code = forms.CharField(
        label=_("Receipt code"), max_length=64, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )

    def clean_code(self):
        code = normalise(self.cleaned_data["code"])
        if not code:
            raise ValidationError(_("No case matches this receipt code."), code="no_case")
        return code


class AddInformationForm(forms.Form):
    code = forms.CharField(widget=forms.HiddenInput, max_length=64)
    text = forms.CharField(
        label=_("More information"), max_length=10_000, required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    attachments = AttachmentsField(
        label=_("More evidence files"), help_text=_("Up to 3 files: PDF, JPEG or PNG, at most 10 MB each.")
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("text") and not cleaned.get("attachments") and not self.errors:
            raise ValidationError(_("Write something or attach a file."))
        return cleaned

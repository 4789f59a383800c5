"""The public question form and the admin's answer form."""

from django import forms
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .status import QuestionStatus

QUESTION_MAX_LENGTH = 2000
HONEYPOT_FIELD = "website"


class QuestionForm(forms.Form):
    """Question (required), a name to show and an e-mail for the answer (both optional), and a honeypot.

    The honeypot field is hidden from people and assistive technology; a bot that fills it in is
    told its question was sent, and nothing is stored.
    """

    question = forms.CharField(
        label=_("Your question"),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Please type your question."),
            "max_length": _("A question may be at most %(limit_value)d characters long (you typed %(show_value)d)."),
        },
    )
    display_name = forms.CharField(
        label=_("Name to show with the question (optional)"),
        max_length=100,
        required=False,
        error_messages={"max_length": _("A name may be at most %(limit_value)d characters long.")},
    )
    email = forms.EmailField(
        label=_("E-mail to receive the answer (optional)"),
        help_text=_("Used only to send you the answer. It is never shown on the site."),
        max_length=254,
        required=False,
        error_messages={"invalid": _("Please type a valid e-mail address, or leave it empty.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_question(self):
        question = self.cleaned_data["question"].strip()
        if not question:
            raise forms.ValidationError(_("Please type your question."), code="required")
        return question

    def clean_display_name(self):
        return " ".join(self.cleaned_data["display_name"].split())

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))


class AnswerForm(WagtailAdminModelForm):
    """The answer and the status; an answered or published question needs an answer."""

    def clean(self):
        cleaned_data = super().clean()
        status = cleaned_data.get("status")
        answer = strip_tags(cleaned_data.get("answer") or "").strip()
        if status in (QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED) and not answer:
            self.add_error("answer", _("Write the answer before marking the question answered or published."))
        return cleaned_data

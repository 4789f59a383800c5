"""The two-way Q&A channel (ถาม-ตอบ, item O8): a page where the public asks and the agency answers.

Anyone may ask on a :class:`QuestionAnswerPage`; the question is kept as a :class:`Question` until
the Q&A group answers it in the admin (``/admin/ita/questions/``) and publishes it on the page.
The asker's e-mail, if given, is used only to tell them the answer: it is never shown or exported.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from wagtail_ita.conf import get_setting
from wagtail_ita.questions.forms import QuestionForm
from wagtail_ita.questions.intake import accept_question
from wagtail_ita.questions.mail import answer_as_text
from wagtail_ita.questions.stats import answer_statistics
from wagtail_ita.questions.status import QuestionStatus

from .public import ITAPageMixin

ANSWER_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
SENT_PARAMETER = "asked"


class QuestionAnswerPage(ITAPageMixin, Page):
    """The public Q&A page: a form to ask, then the published answers, newest first.

    Placeable anywhere in the site; ``ita_setup`` creates one at ``/<section>/qa/`` when the site
    has none and links item O8 to it.
    """

    intro = RichTextField(_("Introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    thank_you_text = models.CharField(
        _("Confirmation after asking"),
        max_length=500,
        blank=True,
        help_text=_("Shown after a question is sent; a standard Thai text is used when empty"),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("thank_you_text")]
    subpage_types = []
    template = "wagtail_ita/question_answer_page.html"

    class Meta:
        verbose_name = _("Q&A page")
        verbose_name_plural = _("Q&A pages")

    def published_questions(self):
        return self.questions.filter(status=QuestionStatus.PUBLISHED).order_by("-asked_at", "-pk")

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.published_questions().select_related(None), get_setting("QA_PER_PAGE"))
        context.update(
            form=form or QuestionForm(),
            questions=paginator.get_page(request.GET.get("page")),
            statistics=answer_statistics(self),
            sent=form is None and request.GET.get(SENT_PARAMETER) == "1",
        )
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            response = self.receive_question(request)
        else:
            response = super().serve(request, *args, **kwargs)
        # The page carries a CSRF token: never let a shared cache hand one visitor's form to another.
        patch_cache_control(response, private=True, no_cache=True)
        return response

    def receive_question(self, request):
        """Store a question from the public form (post/redirect/get), or show the form again with its errors."""
        form = QuestionForm(request.POST)
        status = accept_question(self, form, request)
        if status is None:
            return HttpResponseRedirect(f"{self.get_url(request)}?{SENT_PARAMETER}=1#qa-form")
        context = self.get_context(request, form=form)
        return TemplateResponse(request, self.get_template(request), context, status=status)


class Question(models.Model):
    """A question asked on a :class:`QuestionAnswerPage`, and the agency's answer."""

    page = models.ForeignKey(
        QuestionAnswerPage, verbose_name=_("Q&A page"), on_delete=models.CASCADE, related_name="questions"
    )
    question = models.TextField(_("Question"), max_length=2000)
    display_name = models.CharField(_("Name to show"), max_length=100, blank=True)
    email = models.EmailField(
        _("E-mail for the answer"), blank=True, help_text=_("Used only to send the answer; never shown or exported")
    )
    status = models.CharField(_("Status"), max_length=10, choices=QuestionStatus.choices, default=QuestionStatus.NEW)
    asked_at = models.DateTimeField(_("Asked at"), default=timezone.now, db_index=True)
    answer = RichTextField(_("Answer"), blank=True, features=ANSWER_FEATURES)
    answered_at = models.DateTimeField(_("Answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("Published at"), null=True, blank=True)
    asker_notified_at = models.DateTimeField(_("Asker told of the answer at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Question (Q&A)")
        verbose_name_plural = _("Questions (Q&A)")
        ordering = ["-asked_at", "-pk"]

    def __str__(self):
        text = " ".join(self.question.split())
        return text if len(text) <= 80 else text[:79] + "…"

    @property
    def asker_name(self):
        return self.display_name or _("Anonymous")

    @property
    def days_to_answer(self):
        """Whole days from the asking to the answer, counted on the local calendar (0 for the same day)."""
        if self.answered_at is None:
            return None
        return (timezone.localdate(self.answered_at) - timezone.localdate(self.asked_at)).days

    def answer_text(self):
        """The answer as plain text (for exports and mails)."""
        return answer_as_text(self.answer)

    answer_text.short_description = _("Answer")

    @property
    def has_email(self):
        return bool(self.email)

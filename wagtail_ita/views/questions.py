"""The Q&A admin at ``/admin/ita/questions/``: list the public's questions, answer, publish or reject them.

Only users holding ``wagtail_ita.view_question`` / ``wagtail_ita.change_question`` (the Q&A group
that ``ita_setup`` creates, and superusers) reach these screens. Questions come only from the public
form, so there is no add, copy or delete screen; a question that should not be shown is rejected.
"""

from functools import partial

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, UserColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies.base import ModelPermissionPolicy

from wagtail_ita.models import Question
from wagtail_ita.models.questions import QuestionStatus
from wagtail_ita.questions.forms import AnswerForm
from wagtail_ita.questions.mail import notify_asker
from wagtail_ita.spreadsheets import safe_cell

#: The audit-log action recorded for each status a question is moved to.
STATUS_ACTIONS = {
    QuestionStatus.ANSWERED: "wagtail_ita.question.answer",
    QuestionStatus.PUBLISHED: "wagtail_ita.question.publish",
    QuestionStatus.REJECTED: "wagtail_ita.question.reject",
    QuestionStatus.NEW: "wagtail_ita.question.reopen",
}


class QuestionPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, except that nobody adds or deletes questions through the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class QuestionIndexView(generic.IndexView):
    def preprocess_field_value(self, field, value, export_format):
        # A spreadsheet must not run what the public typed: a leading formula character is quoted.
        return safe_cell(super().preprocess_field_value(field, value, export_format))


class QuestionEditView(generic.EditView):
    def save_instance(self):
        question = self.form.instance
        before = Question.objects.get(pk=question.pk)
        now = timezone.now()
        answering = question.status in (QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED)
        if answering and question.answered_at is None:
            question.answered_at = now
            question.answered_by = self.request.user
        if question.status == QuestionStatus.PUBLISHED and before.status != QuestionStatus.PUBLISHED:
            question.published_at = now
        elif question.status != QuestionStatus.PUBLISHED:
            question.published_at = None
        self.form.save()
        log(question, "wagtail.edit", user=self.request.user)
        if question.status != before.status:
            log(
                question,
                STATUS_ACTIONS[question.status],
                user=self.request.user,
                data={"from": before.status, "to": question.status},
            )
        if answering:
            transaction.on_commit(partial(notify_asker, question))
        return question


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = _("Q&A questions")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "ita/questions"
    url_namespace = "wagtail_ita_questions"
    index_view_class = QuestionIndexView
    edit_view_class = QuestionEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["page", "question", "display_name", "status", "asked_at", "answer", "answered_by"]
    search_fields = ["question", "display_name", "answer"]
    search_backend_name = None  # plain database search: questions are few and need no search index
    list_filter = ["status", "page"]
    list_per_page = 25
    list_display = [
        "__str__",  # the title column: links to the answer screen
        Column("asker_name", label=_("Asked by")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("asked_at", label=_("Asked at")),
        UserColumn("answered_by", label=_("Answered by")),
        DateColumn("answered_at", label=_("Answered at")),
    ]
    # Never the asker's e-mail: it exists only to send them the answer.
    list_export = [
        "pk",
        "asked_at",
        "status",
        "question",
        "display_name",
        "answer_text",
        "answered_at",
        "answered_by",
        "published_at",
    ]
    export_headings = {
        "pk": _("Number"),
        "status": _("Status"),
        "answer_text": _("Answer"),
    }
    export_filename = "questions"
    ordering = ["-asked_at"]

    permission_policy = QuestionPermissionPolicy(Question)
    edit_handler = ObjectList(
        [
            HelpPanel(template="wagtail_ita/admin/question_panel.html", heading=_("The question")),
            FieldPanel("answer"),
            FieldPanel("status", widget=forms.RadioSelect),
        ],
        base_form_class=AnswerForm,
    )

"""Helpers of the Q&A tests; the fixtures ``qa_page`` and ``empty_cache`` are in conftest.py."""

from django.contrib.auth.models import Group

from wagtail_ita.conf import get_setting
from wagtail_ita.models import Question
from wagtail_ita.models.questions import QuestionStatus

from .conftest import make_user


def qa_group():
    return Group.objects.get(name=get_setting("QA_GROUP"))


def make_answerer(username="answerer", **kwargs):
    kwargs.setdefault("email", f"{username}@example.go.th")
    return make_user(username, groups=[qa_group()], **kwargs)


def make_question(page, **kwargs):
    kwargs.setdefault("question", "ถนนหน้าบ้านชำรุด จะซ่อมเมื่อไหร่")
    return Question.objects.create(page=page, **kwargs)


def publish(question, answer="<p>กองช่างจะซ่อมภายในเดือนนี้</p>", **kwargs):
    from django.utils import timezone

    question.answer = answer
    question.status = QuestionStatus.PUBLISHED
    question.answered_at = kwargs.pop("answered_at", None) or timezone.now()
    question.published_at = question.answered_at
    for name, value in kwargs.items():
        setattr(question, name, value)
    question.save()
    return question

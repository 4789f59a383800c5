"""The Q&A channel's behaviour: the public form, taking a question in, the mails and the answer statistics.

The models are :class:`~wagtail_ita.models.QuestionAnswerPage` and :class:`~wagtail_ita.models.Question`;
the admin screens are in :mod:`wagtail_ita.views.questions`.
"""

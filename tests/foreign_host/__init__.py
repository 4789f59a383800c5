"""A foreign host: a small English bakery site on Wagtail that we did not design for wagtail-ita.

Its ``base.html`` has what real sites have and the example site does not: an English
``LANGUAGE_CODE``, its own ``<main>`` around ``{% block content %}``, its own breadcrumb trail, a
heading font of its own and a dark theme switched by ``prefers-color-scheme``. The ITA section is
installed with the documented steps only (one ``INSTALLED_APPS`` line, ``migrate``, ``ita_setup``).
Run with its own settings: ``pytest --ds=tests.foreign_host.settings tests/foreign_host``
(``make test`` does).
"""

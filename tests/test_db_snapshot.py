"""The recorded section (``tests/db_snapshot.py``) is, row for row, the section ``setup_section`` builds."""

import pytest
from django.db import transaction

from wagtail_ita.models import DisclosureItemPage
from wagtail_ita.setup import setup_section

from . import db_snapshot


class Undo(Exception):
    pass


def build_then_undo(name, build):
    """Record ``build`` under ``name``; return its result and the rows it left, then roll them back."""
    try:
        with transaction.atomic():
            result = db_snapshot.recorded(name, build)
            rows = db_snapshot._rows()
            raise Undo
    except Undo:
        return result, rows


def refuse():
    raise AssertionError("built again where the recording should have been loaded")


@pytest.mark.django_db
def test_a_loaded_section_is_the_built_one_row_for_row():
    before = db_snapshot._rows()
    built, built_rows = build_then_undo("probe", lambda: setup_section(2566))
    assert db_snapshot._rows() == before  # the build was rolled back

    loaded = db_snapshot.recorded("probe", refuse)
    assert db_snapshot._rows() == built_rows
    assert loaded.year_page.pk == built.year_page.pk and len(loaded.created_pages) == len(built.created_pages)
    item = DisclosureItemPage.objects.get(item_code="O1", locale=loaded.year_page.locale)
    assert list(item.divisions.all())  # ParentalManyToMany values are in the database, not only on the instance


@pytest.mark.django_db
def test_another_setting_or_database_state_builds_anew(settings, django_user_model):
    build_then_undo("probe-state", lambda: setup_section(2566))
    calls = []

    def build():
        calls.append(1)
        return setup_section(2566)

    settings.WAGTAIL_ITA_PROBE = "another value"
    build_then_undo("probe-state", build)
    assert calls == [1]
    del settings.WAGTAIL_ITA_PROBE

    django_user_model.objects.create(username="somebody")
    build_then_undo("probe-state", build)
    assert calls == [1, 1]  # one more row than the recording was made from

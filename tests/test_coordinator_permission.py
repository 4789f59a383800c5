"""Coordinating is the permission ``wagtail_ita.coordinate_ita``; the coordinators' group is how ita_setup hands it out."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.urls import reverse

from wagtail_ita.conf import get_setting
from wagtail_ita.coordination.access import is_coordinator, visible_divisions
from wagtail_ita.models import Division
from wagtail_ita.setup import setup_section

from .conftest import make_user


def coordinate_permission():
    return Permission.objects.get(content_type__app_label="wagtail_ita", codename="coordinate_ita")


def coordinators():
    return Group.objects.get(name=get_setting("COORDINATOR_GROUP"))


def test_ita_setup_gives_the_coordinators_group_the_permission_once(section):
    assert coordinators().permissions.filter(pk=coordinate_permission().pk).exists()
    report = setup_section(2566)
    assert not report.changed and report.granted_permissions == []


def test_ita_setup_gives_it_back_to_a_group_that_lost_it(section):
    coordinators().permissions.remove(coordinate_permission())
    report = setup_section(2566)
    assert "wagtail_ita.coordinate_ita" in report.granted_permissions
    assert coordinators().permissions.filter(pk=coordinate_permission().pk).exists()


def test_a_user_with_the_permission_outside_the_group_is_a_coordinator(section, client):
    other = Group.objects.create(name="ทีมงานอื่น")
    other.permissions.add(coordinate_permission())
    user = make_user("via-group", groups=[other])
    assert is_coordinator(user)
    assert visible_divisions(user).count() == Division.objects.agency().count()
    direct = make_user("direct")
    direct.user_permissions.add(coordinate_permission())
    assert is_coordinator(direct)
    # The whole ITAS list is a coordinator's download: the admin gives it to this user too.
    direct.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(direct)
    response = client.get(reverse("wagtail_ita_export", args=[2566, "csv"]))
    assert response.status_code == 200  # a refusal is a redirect


def test_a_group_named_like_the_coordinators_grants_nothing_by_its_name(section):
    group = coordinators()
    group.permissions.remove(coordinate_permission())
    member = make_user("member", groups=[group])
    assert not is_coordinator(member)
    assert not is_coordinator(make_user("inactive", groups=[group], is_active=False))
    superuser = make_user("root", is_superuser=True)
    assert is_coordinator(superuser)


def test_the_migration_gives_an_existing_coordinators_group_the_permission(section):
    group = coordinators()
    group.permissions.clear()
    migration = importlib.import_module("wagtail_ita.migrations.0012_coordinate_ita_permission")
    editor = SimpleNamespace(connection=connection)  # all the function reads of its schema editor
    migration.grant_to_coordinators(apps, editor)
    migration.grant_to_coordinators(apps, editor)  # idempotent
    assert list(group.permissions.values_list("codename", flat=True)) == ["coordinate_ita"]


@pytest.mark.localize
def test_coordinators_may_submit_translations_where_wagtail_localize_is_installed(section):
    group = coordinators()
    assert group.permissions.filter(content_type__app_label="wagtail_localize", codename="submit_translation").exists()
    user = make_user("translator", groups=[group])
    assert user.has_perm("wagtail_localize.submit_translation")
    assert not make_user("editor", groups=[Division.objects.get(key="finance").group]).has_perm(
        "wagtail_localize.submit_translation"
    )


def test_without_wagtail_localize_no_translation_permission_is_asked_for(db, monkeypatch):
    real = apps.is_installed
    monkeypatch.setattr(apps, "is_installed", lambda name: name != "wagtail_localize" and real(name))
    report = setup_section(2566)
    assert report.granted_permissions == ["wagtail_ita.coordinate_ita"]
    assert not coordinators().permissions.filter(codename="submit_translation").exists()

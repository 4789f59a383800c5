"""The permission ``wagtail_ita.coordinate_ita``, and the coordinators' group of an existing site gets it.

Before 0012 a coordinator was whoever belonged to the group named by ``WAGTAIL_ITA_COORDINATOR_GROUP``;
from now on it is whoever has the permission. So that nobody loses access on upgrade, the group of that
name (if the site has it) receives the permission here; ``ita_setup`` grants it too, idempotently.
"""

from django.conf import settings
from django.db import migrations

NAME = "Can coordinate the ITA (every division, exports, snapshots)"
DEFAULT_GROUP = "ผู้ประสานงาน ITA"  # WAGTAIL_ITA_COORDINATOR_GROUP's default (wagtail_ita/conf.py)


def grant_to_coordinators(apps, schema_editor):
    db = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    # Django creates model permissions after the migrations (post_migrate); this one is needed now.
    content_type, _ = ContentType.objects.using(db).get_or_create(app_label="wagtail_ita", model="division")
    permission, _ = Permission.objects.using(db).get_or_create(
        content_type=content_type, codename="coordinate_ita", defaults={"name": NAME}
    )
    group_name = getattr(settings, "WAGTAIL_ITA_COORDINATOR_GROUP", DEFAULT_GROUP)
    for group in Group.objects.using(db).filter(name=group_name):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_ita", "0011_questions"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="division",
            options={
                "ordering": ["sort_order", "name"],
                "permissions": [("coordinate_ita", NAME)],
                "verbose_name": "Division",
                "verbose_name_plural": "Divisions",
            },
        ),
        migrations.RunPython(grant_to_coordinators, migrations.RunPython.noop),
    ]

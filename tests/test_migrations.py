"""Migrations 0009/0010 move the item fields of 15 page types into one table without losing anything.

A database before 0009 gets item pages of several types, division links, an every-division item and
revisions saved in the old shape; after migrating forward, every page, link and revision is there,
old revisions load and publish, and migrating back restores the old tables.
"""

import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("wagtail_ita", "0008_interaction_contact")]
ITEMS = [
    # (page type, code, every division, note, division names)
    ("BasicInformationItemPage", "O1", False, "แผนผังทั้งสองฝ่าย", ["กองคลัง", "กองช่าง"]),
    ("ProcurementItemPage", "O20", False, "", ["กองพัสดุ"]),
    ("WorkStandardsItemPage", "O14", True, "ทุกกองมีคู่มือ", []),
    ("IntegrityMeasuresItemPage", "O43", False, "", ["กองคลัง"]),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def leaf_nodes():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def _tree(apps):
    """A root and a parent page, made with the historical models (the data migrations' rows may be flushed)."""
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    ContentType = apps.get_model("contenttypes", "ContentType")
    locale, _created = Locale.objects.get_or_create(language_code="th")
    page_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    common = {"locale": locale, "content_type": page_type, "numchild": 1}
    Page.objects.create(title="root", draft_title="root", slug="m-root", path="0099", depth=1, url_path="/", **common)
    Page.objects.create(
        title="ita", draft_title="ita", slug="m-ita", path="00990001", depth=2, url_path="/m-ita/", **common
    )
    return locale


def make_old_items(apps):
    """Item pages, links and revisions as 0008 stored them; returns what must survive, by page id."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Division = apps.get_model("wagtail_ita", "Division")
    Revision = apps.get_model("wagtailcore", "Revision")
    locale = _tree(apps)
    page_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    divisions = {}
    for name in {name for *_rest, names in ITEMS for name in names}:
        divisions[name] = Division.objects.create(name=name, locale=locale)
    expected = {}
    for number, (model_name, code, every, note, names) in enumerate(ITEMS, start=1):
        model = apps.get_model("wagtail_ita", model_name)
        content_type, _created = ContentType.objects.get_or_create(app_label="wagtail_ita", model=model_name.lower())
        slug = code.lower()
        page = model.objects.create(
            title=f"ข้อ {code}",
            draft_title=f"ข้อ {code}",
            slug=slug,
            path=f"00990001{number:04d}",
            depth=3,
            numchild=0,
            url_path=f"/m-ita/{slug}/",
            content_type=content_type,
            locale=locale,
            item_code=code,
            all_divisions=every,
            itas_note=note,
            body=json.dumps(
                [{"type": "text", "value": f"<p>{code}</p>", "id": f"00000000-0000-0000-0000-00000000000{number}"}]
            ),
        )
        # Historical models are not ClusterableModel: write the links through the link table itself.
        links = model._meta.get_field("divisions").remote_field.through
        links.objects.bulk_create(
            links(**{f"{model_name.lower()}_id": page.pk, "division_id": divisions[name].pk}) for name in names
        )
        revisions = []
        for version in (1, 2):
            content = {
                "pk": page.pk,
                "path": page.path,
                "depth": 3,
                "numchild": 0,
                "translation_key": str(page.translation_key),
                "locale": locale.pk,
                "live": True,
                "title": f"ข้อ {code} ฉบับ {version}",
                "draft_title": f"ข้อ {code} ฉบับ {version}",
                "slug": slug,
                "content_type": content_type.pk,
                "url_path": page.url_path,
                "item_code": code,
                "all_divisions": every,
                "itas_note": note,
                "body": json.dumps([{"type": "text", "value": f"<p>{code} v{version}</p>", "id": "x"}]),
                "divisions": [divisions[name].pk for name in names],
                "wagtail_admin_comments": [],
            }
            revision = Revision.objects.create(
                content_type=content_type,
                base_content_type=page_type,
                object_id=str(page.pk),
                content=content,
                object_str=content["title"],
                created_at=timezone.now(),
            )
            revisions.append(revision.pk)
        model.objects.filter(pk=page.pk).update(latest_revision=revisions[-1], live_revision=revisions[-1])
        expected[page.pk] = {
            "model": model_name,
            "code": code,
            "every": every,
            "note": note,
            "divisions": sorted(divisions[name].pk for name in names),
            "revisions": revisions,
        }
    return expected


@pytest.mark.django_db(transaction=True)
def test_item_pages_keep_pages_links_and_revisions():
    latest = leaf_nodes()
    try:
        old_apps = migrate(BEFORE)
        expected = make_old_items(old_apps)
        pages_before = old_apps.get_model("wagtailcore", "Page").objects.count()
        revisions_before = old_apps.get_model("wagtailcore", "Revision").objects.count()

        migrate(latest)
        from wagtail.models import Page, Revision

        from wagtail_ita.models import DisclosureItemPage

        assert Page.objects.count() == pages_before
        assert Revision.objects.count() == revisions_before
        pages = DisclosureItemPage.objects.filter(pk__in=expected).prefetch_related("divisions")
        assert {page.pk for page in pages} == set(expected)
        for page in pages:
            want = expected[page.pk]
            assert page.specific_class.__name__ == want["model"]
            assert (page.item_code, page.all_divisions, page.itas_note) == (want["code"], want["every"], want["note"])
            assert sorted(d.pk for d in page.divisions.all()) == want["divisions"]
            assert page.specific.body.raw_data[0]["value"] == f"<p>{want['code']}</p>"
            for number, revision_id in enumerate(want["revisions"], start=1):
                old = Revision.objects.get(pk=revision_id).as_object()
                assert type(old).__name__ == want["model"]
                assert (old.pk, old.item_code, old.itas_note) == (page.pk, want["code"], want["note"])
                assert sorted(d.pk for d in old.divisions.all()) == want["divisions"]
                assert old.body.raw_data[0]["value"] == f"<p>{want['code']} v{number}</p>"
        # An old revision publishes through today's models, links and all.
        first = min(expected)
        Revision.objects.get(pk=expected[first]["revisions"][0]).publish()
        page = DisclosureItemPage.objects.get(pk=first)
        assert page.live_revision_id == expected[first]["revisions"][0]
        assert page.title == f"ข้อ {expected[first]['code']} ฉบับ 1"
        assert sorted(d.pk for d in page.divisions.all()) == expected[first]["divisions"]

        # And back: the page types' own columns and division tables get their values again.
        old_apps = migrate(BEFORE)
        for pk, want in expected.items():
            old = old_apps.get_model("wagtail_ita", want["model"]).objects.get(pk=pk)
            assert (old.item_code, old.all_divisions, old.itas_note) == (want["code"], want["every"], want["note"])
            assert sorted(old.divisions.values_list("pk", flat=True)) == want["divisions"]
    finally:
        migrate(latest)

"""Submission snapshots: what every submitted URL showed, recorded once and never changed afterwards."""

import hashlib

from django.urls import reverse

from wagtail_ita.coordination.snapshots import take_snapshot
from wagtail_ita.models import Snapshot

from .coordinator import fill_mixed, make_coordinator, page_of, publish


def test_snapshot_records_revisions_html_and_document_hashes(section):
    files = fill_mixed(section)
    snapshot = take_snapshot(2566, note="ส่ง ITAS รอบแรก", offline=True)
    items = list(snapshot.items.all())
    assert [item.item_code for item in items] == [f"O{n}" for n in range(1, 44)]
    o1 = items[0]
    page = page_of(section, "O1")
    assert o1.url == page.get_full_url() and o1.status == "complete" and o1.http_status == 200
    assert o1.revision_id == o1.revision_pk == page.live_revision_id
    assert "โครงสร้าง" in o1.html and "<html" in o1.html.lower()
    data = files.document.file.open("rb").read()
    assert o1.documents == [
        {
            "title": files.document.title,
            "url": "http://localhost" + files.document.url,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
    ]
    assert items[2].status == "missing" and items[2].reasons


def test_snapshot_is_unchanged_after_the_item_is_edited_and_republished(section):
    fill_mixed(section)
    snapshot = take_snapshot(2566, offline=True)
    before = list(snapshot.items.values())
    page = publish(section, "O1", [("text", "<p>เนื้อหาใหม่หลังส่ง ITAS</p>")])
    page.save_revision().publish()
    page.refresh_from_db()
    after = list(Snapshot.objects.get(pk=snapshot.pk).items.values())
    assert after == before
    assert "เนื้อหาใหม่หลังส่ง ITAS" not in after[0]["html"]
    assert after[0]["revision_pk"] != page.live_revision_id


def test_coordinator_records_and_views_a_snapshot_in_the_admin(section, client):
    fill_mixed(section)
    client.force_login(make_coordinator())
    response = client.post(reverse("wagtail_ita_snapshot_create"), {"year": "2566", "note": "ส่งแล้ว"})
    snapshot = Snapshot.objects.get()
    assert response.status_code == 302 and response.url == reverse("wagtail_ita_snapshots:inspect", args=[snapshot.pk])
    assert snapshot.note == "ส่งแล้ว" and snapshot.created_by.username == "coordinator"
    listing = client.get(reverse("wagtail_ita_snapshots:index")).content.decode()
    assert "ภาพบันทึกข้อมูล ITA 2566" in listing
    detail = client.get(reverse("wagtail_ita_snapshots:inspect", args=[snapshot.pk])).content.decode()
    assert "O43" in detail and "SHA-256" in detail
    item = snapshot.items.get(item_code="O1")
    html = client.get(reverse("wagtail_ita_snapshot_item_html", args=[item.pk]))
    assert html["Content-Security-Policy"] == "sandbox" and "โครงสร้าง" in html.content.decode()


def test_snapshots_have_no_edit_or_delete_and_editors_cannot_record_them(section, client, division_editor):
    from django.urls import NoReverseMatch

    for name in ("add", "edit", "delete"):
        try:
            reverse(f"wagtail_ita_snapshots:{name}", args=[1] if name != "add" else [])
        except NoReverseMatch:
            continue
        raise AssertionError(f"snapshots have a {name} view")
    client.force_login(division_editor("finance"))
    response = client.post(reverse("wagtail_ita_snapshot_create"), {"year": "2566"})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert not Snapshot.objects.exists()
    assert client.get(reverse("wagtail_ita_snapshots:index")).url == reverse("wagtailadmin_home")


def test_export_command_records_a_snapshot(section, run_command, tmp_path):
    out, _err = run_command(
        "ita_export_urls",
        year=2566,
        format="csv",
        output=str(tmp_path / "x.csv"),
        allow_local=True,
        snapshot=True,
        offline=True,
    )
    snapshot = Snapshot.objects.get()
    assert f"Snapshot {snapshot.pk} recorded (43 items)" in out
    assert snapshot.note == "ita_export_urls" and snapshot.created_by is None

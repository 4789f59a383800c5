"""The divisions snippet (ส่วนราชการ): aliases, and its admin screens."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail_ita.models import Division


def test_every_seed_spelling_resolves_to_one_division(section):
    secretariat = Division.objects.get(key="secretariat")
    assert Division.objects.resolve("สำนักงานเลขาธิการ อบจ.") == secretariat
    assert Division.objects.resolve("สำนักงานเลขานุการ  อบจ.") == secretariat
    assert Division.objects.resolve("สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด") == secretariat
    assert Division.objects.resolve("กองยุทธศาสตร์ฯ").name == "กองยุทธศาสตร์และงบประมาณ"
    assert Division.objects.resolve("หน่วยตรวจสอบฯ").name == "หน่วยตรวจสอบภายใน"
    assert Division.objects.resolve("กองที่ไม่มีอยู่") is None


def test_snippet_admin_lists_and_adds_divisions(section, client):
    admin = get_user_model().objects.create_superuser("root", "root@example.go.th", "password")
    client.force_login(admin)
    index = reverse("wagtailsnippets_wagtail_ita_division:list")
    html = client.get(index).content.decode()
    for division in Division.objects.all():
        assert division.name in html
    response = client.post(
        reverse("wagtailsnippets_wagtail_ita_division:add"),
        {
            "name": "กองพัสดุและทรัพย์สิน",
            "short_name": "กองพัสดุฯ",
            "aliases": "กองพัสดุ\nกองพัสดุฯ",
            "phone": "054-511111",
            "email": "supply@example.go.th",
            "key": "",
            "sort_order": "7",
        },
    )
    assert response.status_code == 302
    added = Division.objects.get(name="กองพัสดุและทรัพย์สิน")
    assert added.alias_list() == ["กองพัสดุ", "กองพัสดุฯ"]
    assert added.locale.language_code == "th"

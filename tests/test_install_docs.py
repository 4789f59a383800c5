"""docs/install.md names the admin's entries in the admin's own words, in English and in Thai."""

import json
import re
from pathlib import Path

import pytest

from tests.conftest import make_user

INSTALL = (Path(__file__).resolve().parent.parent / "docs" / "install.md").read_text()

#: (English, Thai) labels of the sidebar entries the install guide tells an administrator to look for.
SIDEBAR = [
    ("ITA", "ITA"),
    ("Completeness dashboard", "ภาพรวมความครบถ้วน"),
    ("Submission snapshots", "ภาพบันทึกข้อมูลที่ส่ง"),
    ("Corruption reports", "เรื่องร้องเรียนการทุจริต"),
    ("Divisions (ITA)", "ส่วนราชการ (ITA)"),
    ("Pages", "หลายหน้า"),
]


def sidebar_labels(client, language):
    from wagtail.users.models import UserProfile

    user = make_user(f"admin-{language}", is_superuser=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    return json.dumps(json.loads(props.group(1)), ensure_ascii=False)


@pytest.mark.parametrize("language, column", [("en", 0), ("th", 1)])
def test_the_sidebar_entries_the_guide_names_exist(client, section, language, column):
    labels = sidebar_labels(client, language)
    for pair in SIDEBAR:
        assert f'"{pair[column]}"' in labels, pair[column]
        assert f"**{pair[column]}**" in INSTALL

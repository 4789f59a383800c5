"""The demo's accounts: a local superuser and one editor per division."""

from django.contrib.auth import get_user_model

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "admin"  # noqa: S105 - a local demo account, announced as such by the command
EDITOR_PASSWORD = "editor"  # noqa: S105

# Thai first and last names of each division's editor, by division key.
EDITOR_NAMES = {
    "strategy": ("ศิริพร", "แก้วมณี"),
    "personnel": ("ธนพล", "สุขเกษม"),
    "engineering": ("วิชัย", "ปัญญาดี"),
    "finance": ("มาลี", "ทองคำ"),
    "secretariat": ("สุดารัตน์", "อินต๊ะ"),
    "internal_audit": ("ประเสริฐ", "วงศ์ใหญ่"),
}
DEFAULT_EDITOR_NAME = ("ผู้แก้ไข", "")


class DemoStateError(Exception):
    """The database is in a state the demo cannot build on."""


def ensure_admin():
    """The ``admin`` superuser; an existing account is left as it is. Returns ``(user, created)``."""
    User = get_user_model()
    user = User.objects.filter(username=ADMIN_USERNAME).first()
    if user is not None:
        return user, False
    user = User.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", ADMIN_PASSWORD)
    user.first_name = "ผู้ดูแลระบบ"
    user.save(update_fields=["first_name"])
    return user, True


def ensure_editors(divisions):
    """One editor per division, member of the division's group. Returns ``({key: user}, [created users])``.

    ``divisions`` maps division keys to :class:`~wagtail_ita.models.Division` objects.
    """
    User = get_user_model()
    editors, created = {}, []
    for key, division in divisions.items():
        if division.group is None:
            raise DemoStateError(f"ส่วนราชการ “{division.name}” ยังไม่มีกลุ่มผู้แก้ไข (ให้รัน ita_setup ก่อน)")
        username = f"editor-{key}"
        first_name, last_name = EDITOR_NAMES.get(key, DEFAULT_EDITOR_NAME)
        user, was_created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first_name, "last_name": last_name, "email": f"{username}@example.com"},
        )
        if was_created:
            user.set_password(EDITOR_PASSWORD)
            user.save(update_fields=["password"])
            created.append(user)
        user.groups.add(division.group)
        editors[key] = user
    return editors, created

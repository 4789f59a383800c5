"""``ita_remind``: each division's editors get their unfinished items by e-mail, in Thai, once a day."""

import pytest
from django.core import mail
from django.core.management.base import CommandError
from django.urls import reverse

from wagtail_ita.models import Division, ReminderLog

from .conftest import make_user
from .coordinator import fill_mixed, make_coordinator, page_of


@pytest.fixture
def editors(section):
    fill_mixed(section)
    finance = Division.objects.get(key="finance")
    strategy = Division.objects.get(key="strategy")
    return {
        "finance": make_user("malee", groups=[finance.group], email="malee@example.go.th", first_name="มาลี"),
        "strategy": make_user("siriporn", groups=[strategy.group], email="siriporn@example.go.th"),
        "no_email": make_user("nomail", groups=[finance.group]),
        "inactive": make_user("gone", groups=[finance.group], email="gone@example.go.th", is_active=False),
    }


def test_each_editor_gets_their_unfinished_items_in_thai(editors, section, run_command):
    make_coordinator(email="coordinator@example.go.th")  # not a division's editor: no reminder
    out, _err = run_command("ita_remind", year=2566)
    assert "2 reminders sent" in out
    assert sorted(message.to[0] for message in mail.outbox) == ["malee@example.go.th", "siriporn@example.go.th"]
    message = next(m for m in mail.outbox if m.to == ["malee@example.go.th"])
    assert message.subject == "ITA 2566: ข้อมูลของส่วนราชการของท่านยังไม่ครบถ้วน 8 ข้อ"
    body = message.body
    assert body.startswith("เรียน คุณมาลี")
    assert "ที่กองคลังรับผิดชอบ ยังไม่ครบถ้วน 8 ข้อ" in body
    assert "O20 ประกาศต่าง ๆ" in body and "ไม่ครบถ้วน" in body
    assert "O19 " not in body  # complete
    assert "O1 " not in body  # another division's item
    o21 = page_of(section, "O21")
    assert f"http://testserver{reverse('wagtailadmin_pages:edit', args=[o21.pk])}" in body
    assert "http://testserver/admin/ita/dashboard/" in body
    assert "&amp;" not in body and "&quot;" not in body  # plain text, not HTML-escaped
    log = ReminderLog.objects.get(user=editors["finance"])
    assert log.year == 2566 and "O21" in log.item_codes and "O19" not in log.item_codes


def test_second_run_the_same_day_sends_nothing(editors, run_command):
    run_command("ita_remind", year=2566)
    sent = len(mail.outbox)
    out, _err = run_command("ita_remind", year=2566)
    assert "0 reminders sent" in out
    assert len(mail.outbox) == sent == 2
    assert ReminderLog.objects.count() == 2


def test_dry_run_prints_and_records_nothing(editors, run_command):
    out, _err = run_command("ita_remind", year=2566, dry_run=True)
    assert "would send to malee@example.go.th: O14, O15, O16, O20, O21, O22, O30, O43" in out
    assert "Subject: ITA 2566: ข้อมูลของส่วนราชการของท่านยังไม่ครบถ้วน 8 ข้อ" in out
    assert "2 reminders to send" in out
    assert mail.outbox == [] and not ReminderLog.objects.exists()


def test_a_division_with_everything_complete_gets_no_mail(editors, run_command, monkeypatch):
    from wagtail_ita.coordination import reminders

    statuses = reminders.year_statuses(2566)
    monkeypatch.setattr(reminders, "year_statuses", lambda year: [s for s in statuses if s.code in ("O1", "O19")])
    out, _err = run_command("ita_remind", year=2566)
    assert "0 reminders sent" in out and mail.outbox == []


@pytest.mark.django_db
def test_unknown_year_exits_2(run_command):
    with pytest.raises(CommandError) as excinfo:
        run_command("ita_remind", year=2400)
    assert excinfo.value.returncode == 2

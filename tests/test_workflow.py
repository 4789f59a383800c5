"""The review workflow: divisions submit, the coordinator approves (which publishes) or requests changes."""

from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowState

from wagtail_ita.setup import setup_section

from .coordinator import make_coordinator, page_of


def edit_data(page, note, action="action-submit"):
    return {
        "title": page.title,
        "slug": page.slug,
        "body-count": "0",
        "itas_note": note,
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        action: "1",
    }


def submit(client, page, note):
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_data(page, note))
    assert response.status_code == 302, response.content.decode()[:2000]
    return WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk), status="in_progress")


def workflow_action(client, page, state, action, **data):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk])
    return client.post(url, data)


def test_setup_creates_the_workflow_once(section):
    workflow = Workflow.objects.get(name="ตรวจสอบข้อมูล ITA")
    assert WorkflowPage.objects.get(page=section.section).workflow == workflow
    task = workflow.tasks.get().specific
    assert isinstance(task, GroupApprovalTask)
    assert [group.name for group in task.groups.all()] == ["ผู้ประสานงาน ITA"]
    assert section.created_workflow == workflow
    again = setup_section(2566)
    assert again.created_workflow is None and not again.changed
    assert Workflow.objects.filter(name="ตรวจสอบข้อมูล ITA").count() == 1
    assert WorkflowPage.objects.filter(page=section.section).count() == 1


def test_an_existing_workflow_on_the_section_is_kept(section):
    WorkflowPage.objects.all().delete()
    other = Workflow.objects.create(name="อนุมัติโดยผู้บริหาร")
    WorkflowPage.objects.create(workflow=other, page=section.section)
    assert setup_section(2566).created_workflow is None
    assert WorkflowPage.objects.get(page=section.section).workflow == other


def test_submission_waits_for_the_coordinator_and_approval_publishes(section, client, division_editor):
    o21 = page_of(section, "O21")
    client.force_login(division_editor("finance"))
    state = submit(client, o21, "สรุปผลรายเดือนครบ ๖ เดือน")
    assert state.workflow.name == "ตรวจสอบข้อมูล ITA"
    o21.refresh_from_db()
    assert o21.itas_note == ""  # not published yet: waiting for review
    assert o21.latest_revision.as_object().itas_note == "สรุปผลรายเดือนครบ ๖ เดือน"
    # The editor cannot approve their own submission.
    response = workflow_action(client, o21, state, "approve")
    o21.refresh_from_db()
    assert response.status_code in (302, 403) and o21.itas_note == ""

    client.force_login(make_coordinator())
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert o21.title in home  # in "awaiting your review"
    response = workflow_action(client, o21, state, "approve", comment="ตรวจแล้ว")
    assert response.status_code in (200, 302)
    o21.refresh_from_db()
    state.refresh_from_db()
    assert state.status == "approved"
    assert o21.live and o21.itas_note == "สรุปผลรายเดือนครบ ๖ เดือน"


def test_request_changes_with_a_comment_returns_it_to_the_editor(section, client, division_editor):
    o21 = page_of(section, "O21")
    editor = division_editor("finance")
    client.force_login(editor)
    state = submit(client, o21, "ฉบับแรก")

    client.force_login(make_coordinator())
    workflow_action(client, o21, state, "reject", comment="ยังขาดเดือนมีนาคม 2566")
    state.refresh_from_db()
    assert state.status == "needs_changes"
    assert state.current_task_state.comment == "ยังขาดเดือนมีนาคม 2566"
    o21.refresh_from_db()
    assert o21.itas_note == ""

    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[o21.pk]))
    assert response.status_code == 200
    assert "ยังขาดเดือนมีนาคม 2566" in response.content.decode()
    resubmitted = submit(client, o21, "ฉบับแก้ไข")
    assert resubmitted.status == "in_progress"

"""``ita_setup`` builds the section, is idempotent, never overwrites editors' work, and fails clearly."""

import pytest
from django.core.management.base import CommandError
from wagtail.models import Page, Revision, Site

from wagtail_ita.models import AssessmentYearPage, BasicInformationItemPage, Division, ITASectionPage
from wagtail_ita.setup import setup_section


def item_pages(year_page):
    return year_page.item_pages()


@pytest.mark.django_db
def test_setup_builds_the_tree_on_an_empty_site(run_command):
    out, _err = run_command("ita_setup", year=2566)
    home = Site.objects.get(is_default_site=True).root_page
    section = ITASectionPage.objects.get()
    assert section.get_parent().specific == home.specific
    assert section.slug == "ita" and section.live and section.show_in_menus
    year_page = AssessmentYearPage.objects.get()
    assert year_page.get_parent().pk == section.pk and year_page.year == 2566 and year_page.live
    pages = item_pages(year_page)
    assert [p.item_code for p in pages] == [f"O{n}" for n in range(1, 44)]
    assert [p.url_path for p in pages][:2] == [f"{section.url_path}2566/o1/", f"{section.url_path}2566/o2/"]
    assert all(p.live for p in pages)
    assert type(pages[0]).__name__ == "BasicInformationItemPage"
    assert type(pages[20]).__name__ == "ProcurementItemPage"
    assert [d.name for d in pages[17].divisions.all()] == ["กองยุทธศาสตร์และงบประมาณ", "กองช่าง"]
    assert pages[13].all_divisions and not pages[13].divisions.exists()
    assert Division.objects.count() == 6
    assert "section built" in out


@pytest.mark.django_db
def test_second_run_creates_no_page_and_no_revision(run_command):
    run_command("ita_setup", year=2566)
    pages, revisions = Page.objects.count(), Revision.objects.count()
    snapshot = {p.pk: (p.title, p.latest_revision_id, p.live) for p in Page.objects.all()}
    out, _err = run_command("ita_setup", year=2566)
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions
    assert {p.pk: (p.title, p.latest_revision_id, p.live) for p in Page.objects.all()} == snapshot
    assert "nothing changed" in out


@pytest.mark.django_db
def test_editor_content_survives_another_run(run_command):
    run_command("ita_setup", year=2566)
    page = BasicInformationItemPage.objects.get(item_code="O1")
    page.title = "โครงสร้างองค์การบริหารส่วนจังหวัดแพร่"
    page.body = [("text", "<p>แผนผังโครงสร้างของ อบจ.แพร่</p>")]
    page.save_revision().publish()
    division = Division.objects.get(key="finance")
    division.name = "กองคลัง อบจ.แพร่"
    division.save()
    run_command("ita_setup", year=2566)
    page.refresh_from_db()
    assert page.title == "โครงสร้างองค์การบริหารส่วนจังหวัดแพร่"
    assert page.body[0].value.source == "<p>แผนผังโครงสร้างของ อบจ.แพร่</p>"
    assert Division.objects.get(key="finance").name == "กองคลัง อบจ.แพร่"
    assert Division.objects.count() == 6


@pytest.mark.django_db
def test_interrupted_run_completes(run_command):
    report = setup_section(2566)
    for page in report.year_page.item_pages()[40:]:
        page.delete()
    assert len(report.year_page.item_pages()) == 40
    run_command("ita_setup", year=2566)
    assert [p.item_code for p in report.year_page.item_pages()][-3:] == ["O41", "O42", "O43"]


@pytest.mark.django_db
def test_draft_leaves_items_unpublished(run_command):
    run_command("ita_setup", year=2566, draft=True)
    year_page = AssessmentYearPage.objects.get()
    assert year_page.live
    assert not any(p.live for p in year_page.item_pages())


@pytest.mark.django_db
def test_parent_option(run_command):
    home = Site.objects.get(is_default_site=True).root_page
    from home.models import StandardPage

    about = home.add_child(instance=StandardPage(title="เกี่ยวกับเรา", slug="about"))
    run_command("ita_setup", year=2566, parent=about.pk)
    section = ITASectionPage.objects.get()
    assert section.get_parent().pk == about.pk
    assert section.url_path.endswith("/about/ita/")


@pytest.mark.django_db
def test_agency_division_added_later_joins_every_division_items(run_command):
    run_command("ita_setup", year=2566)
    Division.objects.create(name="กองพัสดุและทรัพย์สิน", short_name="กองพัสดุฯ")
    run_command("ita_setup", year=2566)
    added = Division.objects.get(name="กองพัสดุและทรัพย์สิน")
    assert added.group is not None
    codes = {p.page.specific.item_code for p in added.group.page_permissions.select_related("page")}
    assert codes == {"O14", "O15", "O16", "O30", "O43"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"year": 2400}, "no framework data for year 2400"),
        ({"year": 2566, "parent": 999999}, "ไม่พบหน้าหมายเลข 999999"),
    ],
)
def test_bad_input_exits_2(run_command, kwargs, message):
    with pytest.raises(CommandError, match=message) as excinfo:
        run_command("ita_setup", **kwargs)
    assert excinfo.value.returncode == 2
    assert not ITASectionPage.objects.exists()


@pytest.mark.django_db
def test_parent_that_cannot_hold_the_section(run_command):
    report = setup_section(2566)
    item = report.year_page.item_pages()[0]
    for parent in (item, report.year_page):
        with pytest.raises(CommandError, match="ไม่สามารถมีหน้าหลัก ITA") as excinfo:
            run_command("ita_setup", year=2566, parent=parent.pk)
        assert excinfo.value.returncode == 2
    assert ITASectionPage.objects.count() == 1


@pytest.mark.django_db
def test_no_default_site(run_command):
    Site.objects.all().delete()
    with pytest.raises(CommandError, match="default site") as excinfo:
        run_command("ita_setup", year=2566)
    assert excinfo.value.returncode == 2


@pytest.mark.django_db
def test_a_second_parent_in_the_same_site_is_refused_naming_the_section(run_command):
    from home.models import StandardPage

    report = setup_section(2566)
    home = Site.objects.get(is_default_site=True).root_page
    other = home.add_child(instance=StandardPage(title="เกี่ยวกับเรา", slug="about"))
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="มีหน้าหลัก ITA") as excinfo:
        run_command("ita_setup", year=2566, parent=other.pk)
    assert excinfo.value.returncode == 2
    assert f"(หมายเลข {report.section.pk}, /home/ita/)" in str(excinfo.value)
    assert Page.objects.count() == pages and ITASectionPage.objects.count() == 1


@pytest.mark.django_db
def test_a_parent_outside_every_site_is_refused(run_command):
    with pytest.raises(CommandError, match="ไม่อยู่ในเว็บไซต์ใด") as excinfo:
        run_command("ita_setup", year=2566, parent=Page.get_first_root_node().pk)
    assert excinfo.value.returncode == 2
    assert not ITASectionPage.objects.exists()


@pytest.mark.django_db
def test_without_parent_completes_the_section_where_it_was_built(run_command):
    from home.models import StandardPage

    home = Site.objects.get(is_default_site=True).root_page
    about = home.add_child(instance=StandardPage(title="เกี่ยวกับเรา", slug="about"))
    setup_section(2566, parent_id=about.pk)
    out, _err = run_command("ita_setup", year=2566)
    assert "nothing changed" in out or "ไม่มีการเปลี่ยนแปลง" in out
    assert ITASectionPage.objects.get().get_parent().pk == about.pk


@pytest.mark.django_db
def test_the_losing_run_of_two_at_once_exits_2_without_a_traceback(run_command, monkeypatch):
    """The other run created the year's item pages between this run's look and its write."""
    from wagtail_ita import setup

    report = setup_section(2566)
    o1 = report.year_page.item_pages()[0]
    o1.delete()
    # This run read the children before the other run created O1 again.
    original = setup._item_page

    def racing(year_page, item, *args):
        if item.code == "O1":
            original(year_page, item, *args)  # the other run
        return original(year_page, item, *args)

    monkeypatch.setattr(setup, "_item_page", racing)
    with pytest.raises(CommandError, match="ita_setup") as excinfo:
        run_command("ita_setup", year=2566)
    assert excinfo.value.returncode == 2
    assert "Traceback" not in str(excinfo.value)
    # Never two O1s (here the other run's O1 rolls back with the failed step; run again to complete).
    assert [p.item_code for p in report.year_page.item_pages()].count("O1") <= 1

"""Bad input gets a clear message and exit code 2 (or a 4xx page), never a traceback or a 500."""

import pytest
from django.core.management.base import CommandError
from django.urls import reverse

from wagtail_ita.frameworks import DATA_DIR, FrameworkError, load_framework
from wagtail_ita.models import Division

from .coordinator import make_coordinator, page_of


def broken_files(directory):
    """Three broken 2567 files: not UTF-8, a list of lists where division keys belong, a directory."""
    good = (DATA_DIR / "2566.toml").read_text(encoding="utf-8").replace("year = 2566", "year = 2567", 1)
    good = good.replace("fiscal_year = 2566", "fiscal_year = 2567", 1)
    yield "ไม่ใช่ UTF-8", lambda path: path.write_bytes(good.encode("utf-8")[:200] + b"\xff\xfe" + b"title = 1\n")
    wrong_type = good.replace('divisions = ["strategy"]', 'divisions = [["finance"]]', 1)
    assert wrong_type != good
    yield "ชนิด", lambda path: path.write_text(wrong_type, encoding="utf-8")
    yield "โฟลเดอร์", lambda path: path.mkdir()


def make_broken(tmp_path, writer):
    directory = tmp_path / "frameworks"
    directory.mkdir(exist_ok=True)
    path = directory / "2567.toml"
    writer(path)
    return directory, path


@pytest.mark.parametrize("case", range(3))
def test_broken_framework_file_is_one_clear_error(case, tmp_path, settings):
    _label, writer = list(broken_files(tmp_path))[case]
    directory, _path = make_broken(tmp_path, writer)
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(directory)]
    with pytest.raises(FrameworkError, match="2567.toml"):
        load_framework(2567)


@pytest.mark.django_db
@pytest.mark.parametrize("case", range(3))
def test_commands_exit_2_on_a_broken_framework_file(case, tmp_path, settings, run_command):
    _label, writer = list(broken_files(tmp_path))[case]
    directory, _path = make_broken(tmp_path, writer)
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(directory)]
    for command in ("ita_setup", "ita_status"):
        with pytest.raises(CommandError, match="2567.toml") as excinfo:
            run_command(command, year=2567)
        assert excinfo.value.returncode == 2


def test_a_broken_file_of_another_year_leaves_the_admin_working(section, tmp_path, settings, client):
    directory, _path = make_broken(tmp_path, list(broken_files(tmp_path))[1][1])
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(directory)]
    client.force_login(make_coordinator())
    response = client.get(reverse("wagtail_ita_dashboard"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "data-framework-error" in content and "2567.toml" in content
    assert len(response.context["object_list"]) == 43  # 2566 still listed
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    o1 = page_of(section, "O1")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[o1.pk])).status_code == 200
    # Choosing the broken year itself shows its error instead of a 500.
    response = client.get(reverse("wagtail_ita_dashboard"), {"year": "2567"})
    assert response.status_code == 200 and "2567.toml" in response.content.decode()


@pytest.mark.parametrize("division", ["²", "๑", "1.0", "-1", "9" * 40, "%00"])
def test_export_with_a_division_that_is_not_an_id_is_a_400(section, client, division):
    client.force_login(make_coordinator())
    response = client.get(reverse("wagtail_ita_export", args=[2566, "csv"]), {"division": division})
    assert response.status_code == 400


def test_export_with_a_division_id_still_works(section, client):
    client.force_login(make_coordinator())
    finance = Division.objects.get(key="finance")
    response = client.get(reverse("wagtail_ita_export", args=[2566, "csv"]), {"division": finance.pk, "force": "1"})
    assert response.status_code == 200


@pytest.mark.parametrize("where", ["directory", "missing", "proc"])
def test_export_to_a_path_that_cannot_be_written_exits_2(section, run_command, tmp_path, where):
    target = {
        "directory": tmp_path,
        "missing": tmp_path / "no" / "such" / "dir" / "itas.csv",
        "proc": "/proc/itas.csv",  # not writable even by root
    }[where]
    with pytest.raises(CommandError, match="เขียนไฟล์") as excinfo:
        run_command("ita_export_urls", year=2566, output=str(target), allow_local=True, offline=True)
    assert excinfo.value.returncode == 2
    assert str(target) in str(excinfo.value)

"""Several assessment years: the section lists them and each year page offers a switcher."""

import pytest

from wagtail_ita.frameworks import framework_path
from wagtail_ita.models import AssessmentYearPage, ITASectionPage


@pytest.fixture
def second_year(section, settings, tmp_path):
    """A 2567 year page, its framework data being 2566's under the next year's number."""
    text = framework_path(2566).read_text(encoding="utf-8")
    text = text.replace("\nyear = 2566\n", "\nyear = 2567\n").replace(
        "\nfiscal_year = 2566\n", "\nfiscal_year = 2567\n"
    )
    (tmp_path / "2567.toml").write_text(text, encoding="utf-8")
    settings.WAGTAIL_ITA_FRAMEWORK_DIRS = [str(tmp_path)]
    parent = ITASectionPage.objects.get()
    page = parent.add_child(instance=AssessmentYearPage(title="ITA ปีงบประมาณ พ.ศ. 2567", slug="2567", year=2567))
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_one_year_has_no_switcher(client, section):
    assert "ita-year-switcher" not in client.get("/ita/2566/").content.decode()


@pytest.mark.django_db
def test_year_switcher_and_section_list(client, second_year):
    html = client.get("/ita/2566/").content.decode()
    switcher = html.split('class="ita-year-switcher"')[1].split("</nav>")[0]
    assert '<a href="/ita/2567/">2567</a>' in switcher and '<span aria-current="page">2566</span>' in switcher
    assert switcher.index("2567") < switcher.index("2566")  # newest first
    section = client.get("/ita/").content.decode()
    assert 'href="/ita/2567/"' in section and 'href="/ita/2566/"' in section
    # The footer link goes to the latest year.
    assert 'class="ita-section-link ita-section-link--year" href="/ita/2567/"' in section

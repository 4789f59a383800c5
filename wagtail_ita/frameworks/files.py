"""Where framework data files are: the directories searched (``WAGTAIL_ITA_FRAMEWORK_DIRS``, then the
app's own ``data/``), the years they hold, the file of one year."""

from pathlib import Path

from wagtail_ita.conf import get_setting

DATA_DIR = Path(__file__).resolve().parent / "data"


def _search_dirs():
    return [Path(d) for d in get_setting("FRAMEWORK_DIRS")] + [DATA_DIR]


def available_years():
    """Assessment years (Buddhist era) that have a data file, ascending."""
    years = set()
    for directory in _search_dirs():
        years.update(int(p.stem) for p in directory.glob("*.toml") if p.stem.isdigit())
    return sorted(years)


def framework_path(year):
    for directory in _search_dirs():
        path = directory / f"{int(year)}.toml"
        if path.exists():
            return path
    return None

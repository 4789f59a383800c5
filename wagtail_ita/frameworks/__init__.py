"""Framework data per assessment year: the data files and the functions that find and load them."""

from functools import lru_cache
from pathlib import Path

from .loader import Framework, FrameworkError, load_framework_file

DATA_DIR = Path(__file__).resolve().parent / "data"

__all__ = ["Framework", "FrameworkError", "available_years", "framework_path", "load_framework"]


def _search_dirs():
    from wagtail_ita.conf import get_setting

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


@lru_cache(maxsize=32)
def _parsed(path, modified, size):
    return load_framework_file(path)


def load_framework(year):
    """Return the validated :class:`Framework` of assessment ``year``; :class:`FrameworkError` if none.

    A file is parsed once per process while it stays unchanged (same modification time and size):
    public pages and block choices need the framework on every request. Frameworks are immutable.
    """
    path = framework_path(year)
    if path is None:
        known = ", ".join(str(y) for y in available_years()) or "none"
        raise FrameworkError(None, f"no framework data for year {year} (available: {known})")
    stat = path.stat()
    return _parsed(path, stat.st_mtime_ns, stat.st_size)

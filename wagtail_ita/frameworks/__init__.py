"""Framework data per assessment year: the data files (:mod:`.files`) and how they are loaded (:mod:`.loader`)."""

from .files import DATA_DIR, available_years, framework_path
from .loader import Framework, FrameworkError, load_framework, load_framework_file, loadable_frameworks

__all__ = [
    "DATA_DIR",
    "Framework",
    "FrameworkError",
    "available_years",
    "framework_path",
    "load_framework",
    "load_framework_file",
    "loadable_frameworks",
]

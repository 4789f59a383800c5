"""wagtail-ita: a Wagtail site's own pages as its ITA transparency disclosure (O1–O43)."""

__version__ = "0.1.0"

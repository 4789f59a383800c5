"""Bar charts drawn on the server as inline SVG, so a statistic reads without JavaScript.

A chart is a picture of numbers that the page also gives in a table: the SVG carries
``role="img"`` and is named by its ``<title>`` (through ``aria-labelledby``), so assistive
technology announces one image and then reads the table.
"""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from wagtail_ita.thai_dates import number

#: Bar colours used only where the app's stylesheet is not loaded, each at least 4.5:1 against white.
#: With ``ita.css`` the bars take ``--ita-series-1`` … ``-3`` (by default shades of the text colour,
#: outlined in it), so they keep 3:1 (WCAG 1.4.11) against a light or a dark host alike.
SERIES_COLOURS = ("#0b5394", "#1e6b34", "#9a4a00")

WIDTH = 360
ROW_HEIGHT = 20
GROUP_GAP = 8
LABEL_HEIGHT = 22
VALUE_SPACE = 80
LEGEND_ROW = 22


@dataclass(frozen=True)
class Series:
    """One kind of bar: its legend label and its value for each group, in group order."""

    label: str
    values: tuple


def bar_chart(chart_id, title, groups, series):
    """A horizontal grouped bar chart as an ``<svg>`` string.

    ``groups`` are the labels of the bar groups (e.g. periods), top to bottom; ``series`` a list of
    :class:`Series` whose values line up with ``groups``. ``chart_id`` must be unique on the page.
    """
    largest = max((v or 0 for s in series for v in s.values), default=0) or 1
    scale = (WIDTH - VALUE_SPACE) / largest
    show_legend = len(series) > 1
    y = LEGEND_ROW * len(series) + 6 if show_legend else 0
    shapes = []
    for index, group in enumerate(groups):
        y += LABEL_HEIGHT
        shapes.append(format_html('<text x="0" y="{}" class="ita-chart-label">{}</text>', y - 6, group))
        for series_number, (colour, one) in enumerate(zip(SERIES_COLOURS, series, strict=False), start=1):
            value = one.values[index] or 0
            width = round(value * scale)
            shapes.append(
                format_html(
                    '<rect x="0" y="{}" width="{}" height="{}" fill="{}" class="ita-bar ita-bar--{}"></rect>'
                    '<text x="{}" y="{}" class="ita-chart-value">{}</text>',
                    y,
                    width,
                    ROW_HEIGHT - 4,
                    colour,
                    series_number,
                    width + 6,
                    y + ROW_HEIGHT - 8,
                    number(value),
                )
            )
            y += ROW_HEIGHT
        y += GROUP_GAP
    legend = ""
    if show_legend:
        legend = format_html_join(
            "",
            '<rect x="0" y="{}" width="14" height="14" fill="{}" class="ita-bar ita-bar--{}"></rect>'
            '<text x="22" y="{}">{}</text>',
            (
                (i * LEGEND_ROW + 4, colour, i + 1, i * LEGEND_ROW + 16, one.label)
                for i, (colour, one) in enumerate(zip(SERIES_COLOURS, series, strict=False))
            ),
        )
    return format_html(
        '<svg class="ita-chart" role="img" aria-labelledby="{id}-title" viewBox="0 0 {w} {h}" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{title}</title>{legend}{shapes}</svg>',
        id=chart_id,
        w=WIDTH,
        h=y,
        title=title,
        legend=legend,
        shapes=mark_safe("".join(shapes)),  # noqa: S308 - each piece was built with format_html
    )

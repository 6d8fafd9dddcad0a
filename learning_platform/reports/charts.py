"""Bar charts drawn on the server as inline SVG: no script, no external request, readable
without colour (every bar carries its number) and by screen readers (a title and a table beside
each chart)."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from .selectors import STAGES

# Darker for the later stages of the funnel; enough contrast on white.
STAGE_COLOURS = {
    "enrolled": "#b7d3c2",
    "active": "#6fa88a",
    "completed": "#2f7a55",
    "certified": "#123524",
}
LABEL_WIDTH = 190
BAR_WIDTH = 420
VALUE_WIDTH = 70
ROW_HEIGHT = 26


def _label(text: str, limit: int = 28) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _width(count, largest: int) -> float:
    if not count or not largest:
        return 0
    return max(round(BAR_WIDTH * count / largest, 1), 1)


def _shown(count, suppress_below: int) -> str:
    return f"<{suppress_below}" if count is None else str(count)


def funnel_svg(funnel: dict, *, title: str, suppress_below: int = 0) -> str:
    """One bar per stage of the funnel, each as long as its count."""
    largest = max((count or 0 for count in funnel.values()), default=0)
    height = ROW_HEIGHT * len(STAGES) + 8
    rows = []
    for index, (stage, label) in enumerate(STAGES):
        count = funnel[stage]
        y = 4 + index * ROW_HEIGHT
        width = _width(count, largest)
        rows.append(
            (
                y + 16,
                label,
                LABEL_WIDTH,
                y + 3,
                width,
                STAGE_COLOURS[stage],
                LABEL_WIDTH + width + 6,
                y + 16,
                _shown(count, suppress_below),
            )
        )
    body = format_html_join(
        "",
        '<text x="0" y="{}" font-size="13">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="18" fill="{}"></rect>'
        '<text x="{}" y="{}" font-size="13" font-weight="bold">{}</text>',
        rows,
    )
    return _svg(title, height, body)


def breakdown_svg(rows, *, title: str, suppress_below: int = 0, limit: int = 15) -> str:
    """For each value of a breakdown (a country, a gender...), its funnel as nested bars: the
    enrolled bar, with the active, completed and certified bars drawn over it."""
    rows = list(rows)[:limit]
    largest = max((row.counts["enrolled"] or 0 for row in rows), default=0)
    legend_height = 24
    height = legend_height + ROW_HEIGHT * len(rows) + 8
    legend = format_html_join(
        "",
        '<rect x="{}" y="4" width="12" height="12" fill="{}"></rect>'
        '<text x="{}" y="15" font-size="12">{}</text>',
        (
            (
                LABEL_WIDTH + index * 110,
                STAGE_COLOURS[stage],
                LABEL_WIDTH + index * 110 + 16,
                label,
            )
            for index, (stage, label) in enumerate(STAGES)
        ),
    )
    parts = []
    for index, row in enumerate(rows):
        y = legend_height + index * ROW_HEIGHT
        bars = format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {}</title></rect>',
            (
                (
                    LABEL_WIDTH,
                    y + 3 + offset * 2,
                    _width(row.counts[stage], largest),
                    18 - offset * 4,
                    STAGE_COLOURS[stage],
                    label,
                    _shown(row.counts[stage], suppress_below),
                )
                for offset, (stage, label) in enumerate(STAGES)
            ),
        )
        numbers = " / ".join(_shown(row.counts[stage], suppress_below) for stage, _label in STAGES)
        parts.append(
            format_html(
                '<text x="0" y="{}" font-size="13"><title>{}</title>{}</text>{}'
                '<text x="{}" y="{}" font-size="12">{}</text>',
                y + 16,
                row.label,
                _label(row.label),
                bars,
                LABEL_WIDTH + _width(row.counts["enrolled"], largest) + 6,
                y + 16,
                numbers,
            )
        )
    body = legend + format_html_join("", "{}", ((part,) for part in parts))
    return _svg(title, height, body)


def _svg(title: str, height: int, body) -> str:
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH + 80
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" class="reports-chart" '
        'viewBox="0 0 {} {}" width="100%" style="max-width:{}px" aria-label="{}">'
        "<title>{}</title>{}</svg>",
        width,
        height,
        width,
        title,
        title,
        body,
    )


def empty_message() -> str:
    return _("No enrolment matches these filters.")

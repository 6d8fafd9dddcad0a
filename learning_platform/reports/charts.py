"""Bar charts drawn on the server as inline SVG: no script, no external request, readable
without colour (every bar carries its number) and by screen readers (a title and a table beside
each chart)."""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .selectors import STAGES, count_shown

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
    return count_shown(count, threshold=suppress_below)


def _text(x, y, content, *, size=13, bold=False, title="") -> str:
    weight = ' font-weight="bold"' if bold else ""
    tooltip = f"<title>{escape(title)}</title>" if title else ""
    return f'<text x="{x}" y="{y}" font-size="{size}"{weight}>{tooltip}{escape(content)}</text>'


def _rect(x, y, width, height, colour, title="") -> str:
    tooltip = f"<title>{escape(title)}</title>" if title else ""
    return (
        f'<rect x="{x}" y="{y}" width="{width}" height="{height}" fill="{colour}">{tooltip}</rect>'
    )


def funnel_svg(funnel: dict, *, title: str, suppress_below: int = 0) -> str:
    """One bar per stage of the funnel, each as long as its count."""
    largest = max((count or 0 for count in funnel.values()), default=0)
    height = ROW_HEIGHT * len(STAGES) + 8
    parts = []
    for index, (stage, label) in enumerate(STAGES):
        count = funnel[stage]
        y = 4 + index * ROW_HEIGHT
        width = _width(count, largest)
        parts.append(_text(0, y + 16, label))
        parts.append(_rect(LABEL_WIDTH, y + 3, width, 18, STAGE_COLOURS[stage]))
        parts.append(
            _text(LABEL_WIDTH + width + 6, y + 16, _shown(count, suppress_below), bold=True)
        )
    return _svg(title, height, "".join(parts))


def breakdown_svg(rows, *, title: str, suppress_below: int = 0, limit: int = 15) -> str:
    """For each value of a breakdown (a country, a gender...), its funnel as nested bars: the
    enrolled bar, with the active, completed and certified bars drawn over it."""
    rows = list(rows)[:limit]
    largest = max((row.counts["enrolled"] or 0 for row in rows), default=0)
    legend_height = 24
    height = legend_height + ROW_HEIGHT * len(rows) + 8
    parts = []
    for index, (stage, label) in enumerate(STAGES):
        x = LABEL_WIDTH + index * 110
        parts.append(_rect(x, 4, 12, 12, STAGE_COLOURS[stage]))
        parts.append(_text(x + 16, 15, label, size=12))
    for index, row in enumerate(rows):
        y = legend_height + index * ROW_HEIGHT
        parts.append(_text(0, y + 16, _label(row.label), title=row.label))
        for offset, (stage, label) in enumerate(STAGES):
            shown = _shown(row.counts[stage], suppress_below)
            parts.append(
                _rect(
                    LABEL_WIDTH,
                    y + 3 + offset * 2,
                    _width(row.counts[stage], largest),
                    18 - offset * 4,
                    STAGE_COLOURS[stage],
                    title=f"{label}: {shown}",
                )
            )
        numbers = " / ".join(_shown(row.counts[stage], suppress_below) for stage, _label in STAGES)
        parts.append(
            _text(
                LABEL_WIDTH + _width(row.counts["enrolled"], largest) + 6, y + 16, numbers, size=12
            )
        )
    return _svg(title, height, "".join(parts))


def _svg(title: str, height: int, body: str) -> str:
    """The chart; every text in ``body`` was escaped by ``_text`` and ``_rect``."""
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH + 80
    title = escape(title)
    return mark_safe(  # noqa: S308 - built from escaped labels and numbers only
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="reports-chart" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px" '
        f'aria-label="{title}"><title>{title}</title>{body}</svg>'
    )


def empty_message() -> str:
    return _("No enrolment matches these filters.")

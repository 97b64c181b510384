"""The statistics chart, drawn on the server as SVG (in the style of procedures.charts):
for each month, four bars (received, on time, late, overdue), each with its value written
beside it. The table on the same page holds every figure, so nothing depends on colour."""

from dataclasses import dataclass

from django.utils.translation import pgettext

WIDTH = 640
LABEL_WIDTH = 150
VALUE_ROOM = 40
BAR_HEIGHT = 14
BAR_GAP = 2
GROUP_GAP = 16
SERIES = ("received", "on_time", "late", "overdue")
SERIES_CLASSES = {
    "received": "bar--received",
    "on_time": "bar--on-time",
    "late": "bar--late",
    "overdue": "bar--overdue",
}


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    value: int
    css_class: str
    label: str
    label_y: float


def series_labels():
    return {
        "received": pgettext("participation statistics", "Received"),
        "on_time": pgettext("participation statistics", "Answered on time"),
        "late": pgettext("participation statistics", "Answered late"),
        "overdue": pgettext("participation statistics", "Overdue"),
    }


def bar_chart(months):
    """Geometry for participation/chart.html: months oldest first."""
    labels = series_labels()
    largest = max([month.total.received for month in months] or [0]) or 1
    scale = (WIDTH - LABEL_WIDTH - VALUE_ROOM) / largest
    group_height = len(SERIES) * (BAR_HEIGHT + BAR_GAP)
    groups = []
    y = GROUP_GAP
    for month in months:
        bars = []
        for index, name in enumerate(SERIES):
            value = getattr(month.total, name)
            top = y + index * (BAR_HEIGHT + BAR_GAP)
            bars.append(
                Bar(
                    x=LABEL_WIDTH,
                    y=top,
                    width=max(value * scale, 1),
                    height=BAR_HEIGHT,
                    value=value,
                    css_class=SERIES_CLASSES[name],
                    label=labels[name],
                    label_y=top + BAR_HEIGHT - 3,
                )
            )
        groups.append({"label": month.label, "label_y": y + group_height / 2, "bars": bars})
        y += group_height + GROUP_GAP
    return {
        "width": WIDTH,
        "height": y,
        "groups": groups,
        "legend": [(SERIES_CLASSES[name].replace("bar", "key"), labels[name]) for name in SERIES],
    }

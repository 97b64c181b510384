"""Charts of the one-stop results, drawn on the server as SVG: geometry here, markup in
procedures/charts/*.html. Every value is also written as text beside its bar or point,
and the table on the same page holds all the figures, so nothing depends on colour or
on seeing the picture."""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 640
LABEL_HEIGHT = 20
BAR_HEIGHT = 18
BAR_GAP = 4
GROUP_GAP = 14
VALUE_ROOM = 150
SERIES_CLASSES = ["chart__series-1", "chart__series-2"]


def percent(rate):
    if rate is None:
        return _("not reported")
    value = round(rate * 100, 1)
    return f"{number_format(value, 0 if value.is_integer() else 1)}%"


def count(value):
    return _("not reported") if value is None else number_format(value, force_grouping=True)


@dataclass
class Bar:
    y: float
    width: float
    text: str
    series: int

    @property
    def css_class(self):
        return SERIES_CLASSES[self.series]

    @property
    def text_x(self):
        return round(self.width + 6, 1)

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT - 5


@dataclass
class BarGroup:
    label: str
    label_y: float
    bars: list


@dataclass
class Chart:
    slug: str
    title: str
    summary: str
    series: list
    template: str = "procedures/charts/bar_chart.html"
    width: int = WIDTH
    height: int = 0
    groups: list = field(default_factory=list)
    lines: list = field(default_factory=list)
    x_labels: list = field(default_factory=list)
    ticks: list = field(default_factory=list)
    plot: dict = field(default_factory=dict)

    @property
    def legend(self):
        return list(zip(SERIES_CLASSES, self.series, strict=False)) if len(self.series) > 1 else []


def bar_chart(slug, title, summary, series, groups, maximum, value_text):
    """Horizontal bars, grouped under a label each: [(label, [value per series])]."""
    chart = Chart(slug=slug, title=title, summary=summary, series=series)
    room = WIDTH - VALUE_ROOM
    y = 0
    for label, values in groups:
        bars = []
        label_y = y + LABEL_HEIGHT - 6
        y += LABEL_HEIGHT
        for series_index, value in enumerate(values):
            width = 0 if value is None or not maximum else round(max(room * value / maximum, 1), 1)
            bars.append(Bar(y=y, width=width, text=value_text(value), series=series_index))
            y += BAR_HEIGHT + BAR_GAP
        chart.groups.append(BarGroup(label=label, label_y=label_y, bars=bars))
        y += GROUP_GAP
    chart.height = y
    return chart


@dataclass
class Point:
    x: float
    y: float
    text: str
    text_y: float


@dataclass
class XLabel:
    x: float
    lines: list


def _two_lines(label):
    """ "6 tháng đầu năm 2020" -> ["6 tháng đầu", "năm 2020"]: long period names side by side."""
    words = label.split()
    if len(label) <= 12 or len(words) < 2:
        return [label]
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(label) / 2))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


@dataclass
class Line:
    series: int
    points: list

    @property
    def css_class(self):
        return SERIES_CLASSES[self.series]

    @property
    def polyline(self):
        return " ".join(f"{point.x:.1f},{point.y:.1f}" for point in self.points)


def _nice_maximum(value):
    """The axis top: 1, 2 or 5 times a power of ten, at or above the largest value."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def line_chart(slug, title, summary, series, periods, values):
    """One line per series over the periods, with each point's value written beside it."""
    chart = Chart(
        slug=slug,
        title=title,
        summary=summary,
        series=series,
        height=300,
        template="procedures/charts/line_chart.html",
    )
    left, right, top, bottom = 70, WIDTH - 30, 30, 230
    # The first and last points stand clear of the axis labels.
    first_x, last_x = left + 45, right - 45
    known = [value for row in values for value in row if value is not None]
    maximum = _nice_maximum(max(known, default=0) or 1)
    step_x = (last_x - first_x) / max(len(periods) - 1, 1)
    positions = [
        round(left + index * step_x if len(periods) > 1 else (left + right) / 2, 1)
        for index in range(len(periods))
    ]

    def y_of(value):
        return round(bottom - (bottom - top) * value / maximum, 1)

    chart.ticks = [(y_of(maximum * share / 4), count(maximum * share // 4)) for share in range(5)]
    for series_index in range(len(series)):
        # The first series writes its values above the points, the second below: equal
        # values (all received dossiers resolved) stay readable.
        offset = -10 if series_index == 0 else 20
        points = [
            Point(
                x=positions[index],
                y=y_of(row[series_index]),
                text=count(row[series_index]),
                text_y=y_of(row[series_index]) + offset,
            )
            for index, row in enumerate(values)
            if row[series_index] is not None
        ]
        chart.lines.append(Line(series=series_index, points=points))
    chart.x_labels = [
        XLabel(x=x, lines=_two_lines(label)) for label, x in zip(periods, positions, strict=True)
    ]
    chart.plot = {"left": left, "right": right, "bottom": bottom, "tick_x": left - 8, "label_y": bottom + 20}
    return chart


def results_charts(report):
    periods = report.periods
    if not periods:
        return []
    labels = [str(result.period.label) for result in periods]
    charts = [
        bar_chart(
            "rates",
            _("Share of dossiers resolved, and resolved early or on time, per period"),
            "; ".join(
                _("%(period)s: %(resolved)s resolved, %(on_time)s early or on time")
                % {
                    "period": label,
                    "resolved": percent(result.figures.resolution_rate),
                    "on_time": percent(result.figures.on_time_rate),
                }
                for label, result in zip(labels, periods, strict=True)
            ),
            [_("Resolved, of those received"), _("Early or on time, of those resolved")],
            [
                (label, [result.figures.resolution_rate, result.figures.on_time_rate])
                for label, result in zip(labels, periods, strict=True)
            ],
            1,
            percent,
        )
    ]
    if report.by_field:
        charts.append(
            bar_chart(
                "fields",
                _("Dossiers received per field"),
                "; ".join(
                    f"{item.name}: {count(figures.received_total)}" for item, figures in report.by_field
                ),
                [_("Received")],
                [(item.name, [figures.received_total]) for item, figures in report.by_field],
                max((figures.received_total or 0) for _item, figures in report.by_field),
                count,
            )
        )
    charts.append(
        line_chart(
            "trend",
            _("Dossiers received and resolved over the periods"),
            "; ".join(
                _("%(period)s: %(received)s received, %(resolved)s resolved")
                % {
                    "period": label,
                    "received": count(result.figures.received_total),
                    "resolved": count(result.figures.resolved_total),
                }
                for label, result in zip(labels, periods, strict=True)
            ),
            [_("Received"), _("Resolved")],
            labels,
            [[result.figures.received_total, result.figures.resolved_total] for result in periods],
        )
    )
    return charts

"""Charts of the one-stop results, drawn on the server as SVG: geometry here, markup in
procedures/charts/*.html. Every value is also written as text beside its bar or point,
and the table on the same page holds all the figures, so nothing depends on colour or
on seeing the picture."""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .models.statistics import PERIODS_PER_YEAR

WIDTH = 640
LABEL_HEIGHT = 20
BAR_HEIGHT = 18
BAR_GAP = 4
GROUP_GAP = 14
VALUE_ROOM = 150
SERIES_CLASSES = ["chart__series-1", "chart__series-2"]
# Text is 13px (procedures.css), bold for values: room for each character, above and
# below the baseline, generous enough for Vietnamese letters with their marks.
FONT_SIZE = 13
CHAR_WIDTH = 0.62 * FONT_SIZE
ASCENT, DESCENT = 0.8 * FONT_SIZE, 0.25 * FONT_SIZE
POINT_RADIUS = 5
LINE_HEIGHT = 1.2 * FONT_SIZE
MAX_TREND_PERIODS = 12


@dataclass(frozen=True)
class Box:
    """Where a text or a mark lies on the chart, to keep texts from overlapping."""

    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other):
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


def text_box(x, y, text, anchor="start", middle=False):
    """The box of a one-line text at (x, y): `anchor` as SVG's text-anchor; the baseline
    at y, or the middle of the text when `middle` (dominant-baseline="middle")."""
    width = len(text) * CHAR_WIDTH
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    top, bottom = (y - FONT_SIZE / 2, y + FONT_SIZE / 2) if middle else (y - ASCENT, y + DESCENT)
    return Box(left, top, left + width, bottom)


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

    @property
    def text_boxes(self):
        return [text_box(0, self.label_y, self.label)] + [
            text_box(bar.text_x, bar.text_y, bar.text) for bar in self.bars
        ]


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

    text_boxes: list = field(default_factory=list)

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
    chart.text_boxes = [box for group in chart.groups for box in group.text_boxes]
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
    y: float = 0

    def text_boxes(self):
        return [
            text_box(self.x, self.y + number * LINE_HEIGHT, line, "middle")
            for number, line in enumerate(self.lines)
        ]


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
    """The axis top: 4, 8, or 1, 2 or 5 times a power of ten, at or above the largest
    value and a multiple of 4, so that the four steps of the axis are whole numbers."""
    if value <= 8:
        return 4 if value <= 4 else 8
    step = 10
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value and step * factor % 4 == 0:
                return step * factor
        step *= 10


def _place(candidates, taken, inside):
    """The first box among `candidates` ([(y, box)]) that overlaps nothing taken and
    lies inside the chart; else the first one."""
    for y, box in candidates:
        if inside(box) and not any(box.overlaps(other) for other in taken):
            return y, box
    return candidates[0]


def line_chart(slug, title, summary, series, periods, values, value_text=None):
    """One line per series over the periods. Each point's value is written beside it,
    above or below, wherever it overlaps no other text, axis label or point."""
    value_text = value_text or count
    chart = Chart(
        slug=slug,
        title=title,
        summary=summary,
        series=series,
        height=300,
        template="procedures/charts/line_chart.html",
    )
    known = [value for row in values for value in row if value is not None]
    maximum = _nice_maximum(max(known, default=0))
    tick_values = [maximum * share // 4 for share in range(5)]
    # The axis stands right of its widest label; the first and last points stand clear
    # of the axis and of the chart's edge.
    left = round(max(len(count(value)) for value in tick_values) * CHAR_WIDTH + 16)
    right, top, bottom = WIDTH - 30, 30, 230
    first_x, last_x = left + 45, right - 45
    step_x = (last_x - first_x) / max(len(periods) - 1, 1)
    positions = [
        round(first_x + index * step_x if len(periods) > 1 else (left + right) / 2, 1)
        for index in range(len(periods))
    ]

    def y_of(value):
        return round(bottom - (bottom - top) * value / maximum, 1)

    tick_x, label_y = left - 8, bottom + 20
    chart.ticks = [(y_of(value), count(value)) for value in tick_values]
    taken = [text_box(tick_x, y, text, "end", middle=True) for y, text in chart.ticks]
    # Period names side by side; when neighbours would touch, they take turns on as
    # many rows as it needs.
    chart.x_labels = [
        XLabel(x=x, lines=_two_lines(label), y=label_y) for label, x in zip(periods, positions, strict=True)
    ]
    rows = next(
        rows
        for rows in range(1, len(periods) + 1)
        if not any(
            a.overlaps(b)
            for first, later in zip(chart.x_labels, chart.x_labels[rows:], strict=False)
            for a in first.text_boxes()
            for b in later.text_boxes()
        )
    )
    row_height = max(len(label.lines) for label in chart.x_labels) * LINE_HEIGHT + 4
    for index, label in enumerate(chart.x_labels):
        label.y += (index % rows) * row_height
    for label in chart.x_labels:
        taken += label.text_boxes()
    chart.height = round(max(box.bottom for box in taken) + 8)
    points = [
        [
            (positions[index], y_of(row[series_index]))
            for index, row in enumerate(values)
            if row[series_index] is not None
        ]
        for series_index in range(len(series))
    ]
    taken += [
        Box(x - POINT_RADIUS, y - POINT_RADIUS, x + POINT_RADIUS, y + POINT_RADIUS)
        for line in points
        for x, y in line
    ]

    def inside(box):
        return box.left >= 0 and box.right <= WIDTH and box.top >= 0 and box.bottom <= bottom + 4

    values_placed = []
    for series_index in range(len(series)):
        # The first series writes its values above the points, the second below, then
        # further off until the text is clear of everything else.
        above = [-(POINT_RADIUS + 4 + step * LINE_HEIGHT) for step in range(6)]
        below = [POINT_RADIUS + 4 + ASCENT + step * LINE_HEIGHT for step in range(6)]
        offsets = [offset for pair in zip(above, below, strict=True) for offset in pair]
        if series_index:
            offsets = [offset for pair in zip(below, above, strict=True) for offset in pair]
        line_points = []
        known_rows = [row for row in values if row[series_index] is not None]
        for (x, y), row in zip(points[series_index], known_rows, strict=True):
            text = value_text(row[series_index])
            candidates = [
                (round(y + offset, 1), text_box(x, y + offset, text, "middle")) for offset in offsets
            ]
            text_y, box = _place(candidates, taken, inside)
            taken.append(box)
            values_placed.append(box)
            line_points.append(Point(x=x, y=y, text=text, text_y=text_y))
        chart.lines.append(Line(series=series_index, points=line_points))
    chart.text_boxes = (
        [text_box(tick_x, y, text, "end", middle=True) for y, text in chart.ticks]
        + [box for label in chart.x_labels for box in label.text_boxes()]
        + values_placed
    )
    chart.plot = {"left": left, "right": right, "bottom": bottom, "tick_x": tick_x}
    return chart


def months_of(period):
    return 12 // PERIODS_PER_YEAR[period.kind]


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
    charts.append(trend_chart(periods[-MAX_TREND_PERIODS:], labels[-MAX_TREND_PERIODS:], len(periods)))
    return charts


def trend_chart(periods, labels, period_count):
    """Received and resolved over the periods. Periods of different lengths (years and
    a half-year) are never drawn as one series of totals, where a half-year would read
    as a fall: the chart then shows monthly averages, and says so."""
    same_length = len({months_of(result.period) for result in periods}) == 1
    if same_length:
        title = _("Dossiers received and resolved over the periods")
        rows = [[result.figures.received_total, result.figures.resolved_total] for result in periods]
        value_text = count
        note = ""
    else:
        title = _("Dossiers received and resolved per month on average, over periods of different lengths")
        rows = [
            [
                None if total is None else total / months_of(result.period)
                for total in (result.figures.received_total, result.figures.resolved_total)
            ]
            for result in periods
        ]

        def value_text(value):
            return count(None if value is None else round(value))

        note = (
            _(
                "The periods are of different lengths, so each is shown as a monthly average (its total divided by "
                "its number of months); the table above gives the totals."
            )
            + " "
        )
    if period_count > len(periods):
        note += (
            _("The last %(count)s periods are shown; the table above gives them all.")
            % {"count": len(periods)}
            + " "
        )
    summary = note + "; ".join(
        _("%(period)s: %(received)s received, %(resolved)s resolved")
        % {"period": label, "received": value_text(row[0]), "resolved": value_text(row[1])}
        for label, row in zip(labels, rows, strict=True)
    )
    return line_chart("trend", title, summary, [_("Received"), _("Resolved")], labels, rows, value_text)

"""The charts of the one-stop results: no text on a chart overlaps another, whatever the
figures, and periods of different lengths are not drawn as one series of totals."""

import itertools

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from demo.procedures.loader import STATISTICS_FILES
from procedures.charts import WIDTH, line_chart, results_charts
from procedures.spreadsheets.statistics_import import StatisticsImporter
from procedures.statistics_report import StatisticsReport


def overlapping(chart):
    return [(a, b) for a, b in itertools.combinations(chart.text_boxes, 2) if a.overlaps(b)]


def outside(chart):
    return [
        box
        for box in chart.text_boxes
        if box.left < 0 or box.right > WIDTH or box.top < 0 or box.bottom > chart.height
    ]


@pytest.mark.django_db
def test_the_seed_figures_are_drawn_with_no_text_over_another():
    for path in STATISTICS_FILES:
        StatisticsImporter().run(path.read_bytes())
    with translation.override("vi"):
        charts = results_charts(StatisticsReport.for_unit("Xã Tam Hồng"))
    trend = charts[-1]

    # 7.185 received in 2018 is 599 a month; the axis tops at 1.000 (750 is the tick near it).
    first = trend.lines[0].points[0]
    assert first.text == "599"
    assert first.x > trend.plot["left"] + 20  # clear of the axis and its labels
    for chart in charts:
        assert overlapping(chart) == [] and outside(chart) == [], chart.slug


@pytest.mark.django_db
def test_a_half_year_beside_whole_years_is_drawn_as_monthly_averages_and_the_text_says_so():
    for path in STATISTICS_FILES:
        StatisticsImporter().run(path.read_bytes())
    with translation.override("vi"):
        trend = results_charts(StatisticsReport.for_unit("Xã Tam Hồng"))[-1]

    assert [point.text for point in trend.lines[0].points] == ["599", "517", "522"]
    assert "trung bình mỗi tháng" in trend.title
    assert trend.summary.startswith("Các kỳ dài ngắn khác nhau")
    assert "6 tháng đầu năm 2020: tiếp nhận 522" in trend.summary


period_names = st.sampled_from(["Năm 2018", "6 tháng đầu năm 2020", "Quý II/2024", "Tháng 12/2024", "2020"])
counts = st.one_of(st.none(), st.integers(min_value=0, max_value=10**7))


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.tuples(period_names, counts, counts), min_size=1, max_size=12),
)
def test_no_text_of_a_trend_chart_overlaps_another_whatever_the_figures(rows):
    with translation.override("vi"):
        chart = line_chart(
            "trend",
            "Hồ sơ",
            "",
            ["Tiếp nhận", "Đã giải quyết"],
            [name for name, _received, _resolved in rows],
            [[received, resolved] for _name, received, resolved in rows],
        )

    assert overlapping(chart) == []
    assert outside(chart) == []

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.models import UnitSettings
from demo.procedures.loader import STATISTICS_FILES
from procedures.models import DossierStatistics, Period, PeriodKind
from procedures.spreadsheets.statistics_import import StatisticsImporter
from procedures.statistics_report import StatisticsReport

from .factories import DossierStatisticsFactory, ProcedureFieldFactory
from .spreadsheets import csv_bytes

pytestmark = pytest.mark.django_db

SEED_FILE, SAMPLE_FILE = STATISTICS_FILES


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Năm 2018", Period("nam", 2018, 1)),
        ("6 tháng đầu năm 2020", Period("6-thang", 2020, 1)),
        ("6 THANG CUOI NAM 2020", Period("6-thang", 2020, 2)),
        ("Quý II/2024", Period("quy", 2024, 2)),
        ("quy 3/2024", Period("quy", 2024, 3)),
        ("Tháng 12/2024", Period("thang", 2024, 12)),
        ("Tháng 13/2024", None),
        ("Quý 5/2024", None),
        ("năm ngoái", None),
    ],
)
def test_periods_are_read_as_reports_write_them(text, period):
    assert Period.parse(text) == period


def test_a_period_knows_where_it_starts_and_ends():
    half = Period("6-thang", 2020, 1)

    assert (half.start, half.end) == (datetime.date(2020, 1, 1), datetime.date(2020, 7, 1))
    assert Period("quy", 2024, 4).end == datetime.date(2025, 1, 1)
    assert half.overlaps(Period("nam", 2020, 1)) and not half.overlaps(Period("nam", 2019, 1))
    assert str(half.label) == "6 tháng đầu năm 2020"


def test_the_seed_figures_add_up_to_16517_all_resolved():
    StatisticsImporter().run(SEED_FILE.read_bytes())

    report = StatisticsReport.for_unit("Xã Tam Hồng")

    assert [(str(result.period.label), result.figures.received_total) for result in report.periods] == [
        ("Năm 2018", 7185),
        ("Năm 2019", 6203),
        ("6 tháng đầu năm 2020", 3129),
    ]
    assert report.total.received_total == report.total.resolved_total == 16517
    assert report.total.resolution_rate == 1
    assert report.total.on_time_rate is None
    assert report.by_field == [] and not report.has_sample


def test_overlapping_periods_are_not_added_up():
    DossierStatisticsFactory(period_kind=PeriodKind.YEAR, year=2020)
    DossierStatisticsFactory(period_kind=PeriodKind.QUARTER, year=2020, period_number=2)

    report = StatisticsReport.for_unit("Xã Tam Hồng")

    assert report.periods_overlap and report.total is None
    assert report.headline[2] is report.periods[-1].figures


def figures(**counts):
    base = {"unit": "Xã A", "period_kind": "nam", "year": 2024, "received_total": 100, "resolved_total": 100}
    return DossierStatistics(**{**base, **counts})


@pytest.mark.parametrize(
    ("counts", "field", "message"),
    [
        ({"received_walk_in": 50, "received_online": 40}, "received_total", "cộng lại là 90, không phải 100"),
        ({"resolved_early": 10, "resolved_on_time": 80}, "resolved_total", "cộng lại là 90, không phải 100"),
        ({"resolved_total": 90}, "received_total", "cộng lại là 90, nhưng số tiếp nhận là 100"),
        ({"period_kind": "quy", "period_number": 5}, "period_number", "Trong một năm không có kỳ này."),
    ],
)
def test_figures_that_do_not_add_up_are_refused(counts, field, message):
    with pytest.raises(ValidationError) as refused:
        figures(**counts).full_clean()

    assert message in " ".join(refused.value.message_dict[field])


def test_rates_are_computed_from_the_breakdowns():
    row = figures(
        received_walk_in=60,
        received_online=30,
        received_post=10,
        resolved_early=20,
        resolved_on_time=75,
        resolved_late_without_apology=5,
    )
    row.full_clean()

    assert row.figures.on_time_rate == 0.95
    assert row.figures.online_rate == 0.3
    assert row.figures.resolution_rate == 1


def test_a_period_is_given_for_all_fields_or_field_by_field_not_both():
    DossierStatisticsFactory(field=ProcedureFieldFactory(name="Hộ tịch"))

    with pytest.raises(ValidationError, match="theo từng lĩnh vực"):
        DossierStatisticsFactory.build().full_clean()


def test_the_import_checks_each_row_and_updates_by_unit_period_and_field():
    headings = [
        "Đơn vị",
        "Kỳ báo cáo",
        "Lĩnh vực",
        "Tổng số tiếp nhận",
        "Tổng số đã giải quyết",
        "Đang giải quyết trong hạn",
    ]
    rows = [
        ["Xã A", "Năm 2023", "Hộ tịch", "100", "90", "10"],
        ["Xã A", "Năm 2023", "Đất đai", "50", "50", ""],
        ["Xã A", "Năm 2024", "", "100", "mười", ""],
        ["Xã A", "Năm 2025", "", "100", "80", ""],
        ["Xã A", "Kỳ 1", "", "1", "1", ""],
    ]

    report = StatisticsImporter().run(csv_bytes(rows, headings))

    assert len(report.created) == 2
    reasons = {rejected.row: " ".join(rejected.reasons) for rejected in report.rejected}
    assert "“mười” không phải là số nguyên" in reasons[4]
    assert "cộng lại là 80, nhưng số tiếp nhận là 100" in reasons[5]
    assert "“Kỳ 1” không phải là kỳ báo cáo" in reasons[6]

    again = StatisticsImporter().run(
        csv_bytes(
            [["Xã A", "Năm 2023", "ho tich", "100", "95", "5"], ["Xã A", "Năm 2023", "", "150", "150", ""]],
            headings,
        )
    )
    assert len(again.updated) == 1
    assert DossierStatistics.objects.get(field__name="Hộ tịch").resolved_total == 95
    assert (
        "vừa có số liệu chung mọi lĩnh vực vừa có số liệu theo từng lĩnh vực" in again.rejected[0].reasons[0]
    )


@pytest.fixture
def demo_figures(procedures_site):
    for path in STATISTICS_FILES:
        StatisticsImporter().run(path.read_bytes())
    return procedures_site


def test_the_results_page_shows_the_seed_figures_as_a_table_and_charts(client, demo_figures):
    response = client.get(demo_figures.statistics.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert '<th scope="row">Năm 2018</th>\n        <td>7.185</td>' in content
    assert "<td>6.203</td>" in content and "<td>3.129</td>" in content
    assert "Cộng từ Năm 2018 đến 6 tháng đầu năm 2020</th><td>16.517</td>" in content
    assert "Số liệu này không chia theo lĩnh vực" in content
    assert "Báo cáo của UBND xã Tam Hồng" in content
    assert "Số liệu mẫu" not in content
    charts = re.findall(r'<svg class="chart__svg"[^>]*role="img"', content)
    assert len(charts) == 2
    assert (
        '<desc id="chart-rates-desc">Năm 2018: đã giải quyết 100%, trước hạn và đúng hạn không có số liệu'
        in content
    )
    assert "Năm 2019: tiếp nhận 517, đã giải quyết 517" in content  # a month, on average


def test_the_sample_figures_per_field_are_marked_as_samples(client, demo_figures):
    response = client.get(demo_figures.statistics.url, {"don_vi": ""})

    content = response.content.decode()
    assert "<strong>Số liệu mẫu</strong>" in content
    assert content.count("(mẫu)") == 4
    assert "Hồ sơ theo lĩnh vực" in content
    assert 'id="chart-fields-title"' in content


def test_an_unknown_unit_falls_back_with_a_message(client, demo_figures):
    response = client.get(demo_figures.statistics.url, {"don_vi": "Xã Không Có"})

    assert response.status_code == 200
    assert "Không có số liệu của đơn vị được yêu cầu" in response.content.decode()


def test_the_figures_download_as_csv_and_import_back_unchanged(client, demo_figures):
    response = client.get(f"{demo_figures.statistics.url}csv/")

    assert response.content.decode().count("Xã Tam Hồng") == 3
    assert len(StatisticsImporter().run(response.content).unchanged) == 3


def test_the_results_page_takes_few_queries(client, demo_figures, django_assert_max_num_queries):
    client.get(demo_figures.statistics.url)

    with django_assert_max_num_queries(9):
        client.get(demo_figures.statistics.url, {"don_vi": ""})


def test_after_a_rename_the_unit_switcher_names_each_unit_once(client, demo_figures):
    DossierStatisticsFactory(unit="Xã Khác")
    unit = UnitSettings.for_site(demo_figures.portal.site)
    unit.name = "Xã Tam Hồng"  # the portal's own figures ("") and the seed's are now one unit
    unit.save()

    content = client.get(demo_figures.statistics.url).content.decode()

    switcher = content.split('class="one-stop__units"', 1)[1].split("</nav>", 1)[0]
    labels = re.findall(r">([^<>]+)</(?:a|span)>", switcher)
    assert labels == ["Xã Tam Hồng", "Xã Khác"]
    assert "<td>7.185</td>" in content and "Quý I/2024" in content  # both sets of figures, once


def test_the_units_are_labelled_from_the_current_settings(client, demo_figures):
    unit = UnitSettings.for_site(demo_figures.portal.site)
    unit.name = "Phường Mới"
    unit.save()

    content = client.get(demo_figures.statistics.url).content.decode()

    switcher = content.split('class="one-stop__units"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r">([^<>]+)</(?:a|span)>", switcher) == ["Xã Tam Hồng", "Phường Mới"]
    assert "?don_vi=Ph%C6%B0%E1%BB%9Dng+M%E1%BB%9Bi" in switcher


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=st.text(max_size=300))
def test_any_unit_asked_for_gives_figures_never_an_error(client, demo_figures, unit):
    page = client.get(demo_figures.statistics.url, {"don_vi": unit})
    csv = client.get(f"{demo_figures.statistics.url}csv/", {"don_vi": unit})

    assert page.status_code == 200 and csv.status_code == 200

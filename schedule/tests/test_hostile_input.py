"""Whatever a client puts in the schedule's week or leader, on the week view, its print
layout or the iCal feed, the answer is the schedule or a 4xx with a Vietnamese message:
never a server error."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.tests.hostile import assert_no_server_error, parameters
from schedule.weeks import FIRST_YEAR, LAST_YEAR, Week

URL = "/lich-cong-tac/"
VIEWS = st.sampled_from(["", "in/", "ical/"])


@given(query=parameters("tuan", "lanh_dao"), view=VIEWS)
def test_no_parameter_makes_a_server_error(client, week_of_entries, query, view):
    response = client.get(f"{URL}{view}?{query}")

    assert_no_server_error(response)
    assert response.status_code in (200, 400)


@given(
    year=st.integers(FIRST_YEAR, LAST_YEAR),
    number=st.integers(1, 53),
    leader=st.sampled_from(["", "chairman", "deputy"]),
)
def test_every_week_the_schedule_covers_is_shown_or_refused_for_a_week_53_it_lacks(
    client, week_of_entries, leaders, year, number, leader
):
    query = {"tuan": f"{year}-W{number:02d}"}
    if leader:
        query["lanh_dao"] = leaders[leader].pk
    response = client.get(URL, query)

    try:
        datetime.date.fromisocalendar(year, number, 1)
    except ValueError:
        assert response.status_code == 400
        assert f"Năm {year} không có tuần {number}." in response.content.decode()
    else:
        assert response.status_code == 200
        assert f"Tuần {number} năm {year}" in response.content.decode()


@given(day=st.dates(datetime.date(FIRST_YEAR, 1, 10), datetime.date(LAST_YEAR, 12, 20)))
def test_a_week_written_back_reads_the_same(day):
    week = Week.containing(day)

    assert Week.parse(str(week)) == week
    assert week.monday <= day <= week.sunday
    assert week.shifted(1).monday - week.monday == datetime.timedelta(weeks=1)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"tuan": "garbage"}, "Tuần phải viết theo dạng năm-W-số tuần"),
        ({"tuan": "2026-49"}, "Tuần phải viết theo dạng năm-W-số tuần"),
        ({"tuan": "99999-W01"}, "Tuần phải viết theo dạng năm-W-số tuần"),
        ({"tuan": "9999-W01"}, "Lịch công tác chỉ gồm các năm từ 2000 đến 2100."),
        ({"tuan": "0001-W01"}, "Lịch công tác chỉ gồm các năm từ 2000 đến 2100."),
        ({"tuan": "2025-W53"}, "Năm 2025 không có tuần 53."),
        ({"tuan": "2026-W00"}, "Năm 2026 không có tuần 0."),
        ({"tuan": ["2026-W01", "2026-W02"]}, "Chỉ được nêu “Tuần” một lần."),
        ({"lanh_dao": "unknown"}, "Lịch công tác của đơn vị không có lãnh đạo này."),
        ({"lanh_dao": "99999999"}, "Lịch công tác của đơn vị không có lãnh đạo này."),
        ({"lanh_dao": "9" * 40}, "Lịch công tác của đơn vị không có lãnh đạo này."),
        ({"lanh_dao": ["1", "2"]}, "Chỉ được nêu “Lãnh đạo” một lần."),
    ],
    ids=repr,
)
def test_a_bad_week_or_leader_is_refused_in_vietnamese(client, schedule, query, message):
    for view in ("", "in/"):
        response = client.get(URL + view, query)

        assert response.status_code == 400
        content = response.content.decode()
        assert "Không thể hiển thị lịch này" in content
        assert message in content
    assert client.get(URL + "ical/", query).status_code == 400


def test_the_week_edges_of_the_covered_years_have_no_link_beyond(client, schedule):
    first = client.get(URL, {"tuan": f"{FIRST_YEAR}-W01"}).content.decode()
    last_week = Week.containing(datetime.date(LAST_YEAR, 12, 28))
    last = client.get(URL, {"tuan": str(last_week)}).content.decode()

    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="next"' not in last and 'rel="prev"' in last

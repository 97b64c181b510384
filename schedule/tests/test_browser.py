"""In Chromium with JavaScript off, a resident opens this week's schedule, steps to the
next week and back, picks one leader and keeps that choice while moving between weeks."""

import datetime

import pytest
from django.utils import timezone

from schedule.weeks import Week

from .factories import LeaderFactory, ScheduleEntryFactory, SchedulePageFactory


@pytest.fixture
def schedule_around_today(portal):
    schedule = SchedulePageFactory(parent=portal.home, show_in_menus=True)
    chairman = LeaderFactory(
        site=portal.site, full_name="Nguyễn Văn An", title="Chủ tịch UBND xã", sort_order=1
    )
    deputy = LeaderFactory(
        site=portal.site, full_name="Lê Thị Bình", title="Phó Chủ tịch UBND xã", sort_order=2
    )
    today = timezone.localdate()
    ScheduleEntryFactory(schedule=schedule, date=today, content="Tiếp công dân hôm nay", leaders=[chairman])
    ScheduleEntryFactory(
        schedule=schedule, date=today + datetime.timedelta(weeks=1), content="Họp tuần sau", leaders=[deputy]
    )
    ScheduleEntryFactory(
        schedule=schedule,
        date=today + datetime.timedelta(weeks=1),
        start_time=datetime.time(14, 0),
        content="Kiểm tra tuần sau",
        leaders=[chairman],
    )
    return schedule


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_resident_moves_between_weeks_and_follows_one_leader_in_chromium(
    live_server, schedule_around_today, chromium
):
    this_week = Week.containing(timezone.localdate())
    next_week = this_week.shifted(1)
    with chromium(java_script_enabled=False) as page:
        page.goto(f"{live_server.url}/lich-cong-tac/")
        first_heading = page.locator(".schedule__week").inner_text()
        today_text = page.locator(".schedule-day--today").inner_text()

        page.get_by_role("link", name="Tuần sau →").click()
        page.wait_for_load_state()
        next_url = page.url
        next_text = page.locator(".schedule").inner_text()

        page.get_by_label("Lãnh đạo").select_option(label="Lê Thị Bình – Phó Chủ tịch UBND xã")
        page.get_by_role("button", name="Xem").click()
        page.wait_for_load_state()
        leader_text = page.locator(".schedule").inner_text()

        page.get_by_role("link", name="← Tuần trước").click()
        page.wait_for_load_state()
        back_url = page.url
        back_heading = page.locator("h1").inner_text()
        back_text = page.locator(".schedule").inner_text()

    assert f"Tuần {this_week.number} năm {this_week.year}" in first_heading
    assert "Tiếp công dân hôm nay" in today_text and "(hôm nay)" in today_text
    assert next_url.endswith(f"?tuan={next_week}")
    assert "Họp tuần sau" in next_text and "Kiểm tra tuần sau" in next_text
    assert "Họp tuần sau" in leader_text and "Kiểm tra tuần sau" not in leader_text
    assert f"tuan={this_week}" in back_url and "lanh_dao=" in back_url
    assert "Lê Thị Bình" in back_heading
    assert "Tiếp công dân hôm nay" not in back_text

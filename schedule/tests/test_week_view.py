"""A resident opens the leaders' work schedule: this week by default, Monday to Sunday,
the previous and next weeks a link away, one leader's engagements on their own."""

import datetime
import re
from html import unescape

from django.utils import timezone

from schedule.weeks import Week

from .conftest import WEDNESDAY
from .factories import LeaderFactory, ScheduleEntryFactory

URL = "/lich-cong-tac/"


def text_of(response):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_the_week_shows_each_day_monday_to_sunday_in_vietnamese(client, week_of_entries):
    response = client.get(URL, {"tuan": "2026-W49"})

    assert response.status_code == 200
    text = text_of(response)
    assert "Tuần 49 năm 2026 (từ 30/11/2026 đến 06/12/2026)" in text
    days = re.findall(r"(Thứ Hai|Thứ Ba|Thứ Tư|Thứ Năm|Thứ Sáu|Thứ Bảy|Chủ nhật), (\d\d/\d\d/\d{4})", text)
    assert days == [
        ("Thứ Hai", "30/11/2026"),
        ("Thứ Ba", "01/12/2026"),
        ("Thứ Tư", "02/12/2026"),
        ("Thứ Năm", "03/12/2026"),
        ("Thứ Sáu", "04/12/2026"),
        ("Thứ Bảy", "05/12/2026"),
        ("Chủ nhật", "06/12/2026"),
    ]
    assert "07:30 – 09:00 Giao ban lãnh đạo UBND đầu tuần" in text
    assert "Lãnh đạo: Nguyễn Văn An (Chủ tịch UBND xã); Lê Thị Bình (Phó Chủ tịch UBND xã)" in text
    assert "Thành phần: Lãnh đạo UBND; Chánh Văn phòng" in text
    assert "Đơn vị chuẩn bị: Văn phòng HĐND và UBND" in text
    assert "Địa điểm: Phòng tiếp công dân" in text
    assert "Họp Ban Chỉ đạo chuyển đổi số" not in text  # next week's
    assert text.count("Không có lịch.") == 4


def test_previous_and_next_week_links_cross_the_year(client, schedule):
    content = client.get(URL, {"tuan": "2026-W53"}).content.decode()

    assert 'href="?tuan=2026-W52" rel="prev"' in content
    assert 'href="?tuan=2027-W01" rel="next"' in content


def test_this_weeks_schedule_by_default(client, schedule):
    today = timezone.localdate()
    ScheduleEntryFactory(schedule=schedule, date=today, content="Việc của hôm nay")

    response = client.get(URL)

    text = text_of(response)
    this_week = Week.containing(today)
    assert f"Tuần {this_week.number} năm {this_week.year}" in text
    assert "Việc của hôm nay" in text
    assert 'aria-current="date"' in response.content.decode()
    assert "Tuần này" not in text  # no link to the week one is on


def test_one_leaders_week(client, week_of_entries, leaders):
    deputy = leaders["deputy"]

    response = client.get(URL, {"tuan": "2026-W49", "lanh_dao": deputy.pk})

    text = text_of(response)
    assert "Lịch công tác – Lê Thị Bình, Phó Chủ tịch UBND xã" in text
    assert "Giao ban lãnh đạo UBND đầu tuần" in text
    assert "Kiểm tra công trình nhà văn hóa thôn Đông" in text
    assert "Tiếp công dân định kỳ" not in text
    # Moving to another week keeps the leader.
    assert f'href="?tuan=2026-W50&amp;lanh_dao={deputy.pk}" rel="next"' in response.content.decode()


def test_the_leader_choice_lists_the_people_the_schedule_names(client, week_of_entries, leaders, portal):
    LeaderFactory(site=portal.site, full_name="Người Không Có Lịch")

    content = client.get(URL, {"tuan": "2026-W49"}).content.decode()

    assert f'<option value="{leaders["chairman"].pk}">Nguyễn Văn An – Chủ tịch UBND xã</option>' in content
    assert "Người Không Có Lịch" not in content


def test_print_layout_of_the_week(client, week_of_entries):
    response = client.get(URL + "in/", {"tuan": "2026-W49"})

    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="print-view"' in content
    assert "Tiếp công dân định kỳ" in content
    assert 'href="/lich-cong-tac/?tuan=2026-W49"' in content  # back to the same week
    assert "Lịch công tác" in content and "schedule-filter" not in content


def test_the_page_links_its_print_view_and_feeds(client, week_of_entries, leaders):
    chairman = leaders["chairman"]
    content = client.get(URL, {"tuan": "2026-W49", "lanh_dao": chairman.pk}).content.decode()

    assert f'href="/lich-cong-tac/in/?tuan=2026-W49&amp;lanh_dao={chairman.pk}"' in content
    assert f'href="/lich-cong-tac/ical/?lanh_dao={chairman.pk}" type="text/calendar"' in content


def test_another_sites_schedule_and_people_stay_apart(client, week_of_entries, leaders, other_site):
    other_schedule, stranger = other_site
    ScheduleEntryFactory(
        schedule=other_schedule, date=WEDNESDAY, content="Việc của xã bên cạnh", leaders=[stranger]
    )

    text = text_of(client.get(URL, {"tuan": "2026-W49"}))
    refused = client.get(URL, {"tuan": "2026-W49", "lanh_dao": stranger.pk})

    assert "Giao ban lãnh đạo UBND đầu tuần" in text
    assert "Việc của xã bên cạnh" not in text
    assert stranger.full_name not in text
    assert refused.status_code == 400


def test_queries_do_not_grow_with_entries_or_leaders(client, schedule, portal, django_assert_max_num_queries):
    def count_queries(number_of_entries, number_of_leaders):
        people = [LeaderFactory(site=portal.site) for _ in range(number_of_leaders)]
        for number in range(number_of_entries):
            ScheduleEntryFactory(
                schedule=schedule,
                date=WEDNESDAY + datetime.timedelta(days=number % 7 - 2),
                leaders=people[number % number_of_leaders :][:3],
            )
        client.get(URL, {"tuan": "2026-W49"})  # warms the caches of the menu and settings
        with django_assert_max_num_queries(20) as captured:
            client.get(URL, {"tuan": "2026-W49", "lanh_dao": people[0].pk})
        with django_assert_max_num_queries(20) as captured_all:
            client.get(URL, {"tuan": "2026-W49"})
        return len(captured.captured_queries), len(captured_all.captured_queries)

    few = count_queries(3, 2)
    many = count_queries(40, 12)
    assert many == few


def test_the_english_schedule_names_the_days_in_english(client, week_of_entries):
    response = client.get("/en" + URL, {"tuan": "2026-W49"})

    assert response.status_code == 200
    text = text_of(response)
    assert "Monday, 30/11/2026" in text and "Sunday, 06/12/2026" in text
    assert "Giao ban lãnh đạo UBND đầu tuần" in text

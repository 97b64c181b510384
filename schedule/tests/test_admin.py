"""An editor enters the leaders' schedule in the admin, in Vietnamese: one entry at a
time, or a whole week in one table where a wrong row says what to correct and nothing is
lost."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from schedule.models import ScheduleEntry

from .factories import ScheduleEntryFactory, week_table

pytestmark = pytest.mark.django_db

WEEK_URL = "/admin/schedule/week/"


def entry_form(schedule, **fields):
    return {
        "schedule": schedule.pk,
        "date": "02/12/2026",
        "start_time": "08:00",
        "end_time": "",
        "content": "Tiếp công dân định kỳ",
        "place": "Phòng tiếp công dân",
        "participants": "",
        "preparing_unit": "Ban Tiếp công dân",
        **fields,
    }


def test_an_editor_adds_an_entry_with_its_leaders(editor, schedule, leaders):
    response = editor.post(
        "/admin/schedule/add/", entry_form(schedule, leaders=[leaders["chairman"].pk], end_time="11:00")
    )

    assert response.status_code == 302
    entry = ScheduleEntry.objects.get()
    assert entry.date == datetime.date(2026, 12, 2)
    assert entry.end_time == datetime.time(11, 0)
    assert list(entry.leaders.all()) == [leaders["chairman"]]


def test_the_entry_form_speaks_vietnamese(editor, schedule):
    content = editor.get("/admin/schedule/add/").content.decode()

    for label in (
        "Giờ bắt đầu",
        "Giờ kết thúc",
        "Nội dung",
        "Lãnh đạo",
        "Địa điểm",
        "Thành phần",
        "Đơn vị chuẩn bị",
    ):
        assert label in content


def test_an_end_before_the_start_is_refused(editor, schedule):
    response = editor.post("/admin/schedule/add/", entry_form(schedule, start_time="10:00", end_time="09:00"))

    assert response.status_code == 200
    assert "Giờ kết thúc phải sau giờ bắt đầu." in response.content.decode()
    assert not ScheduleEntry.objects.exists()


def test_another_units_person_cannot_lead_this_units_entry(editor, schedule, other_site):
    _other_schedule, stranger = other_site

    response = editor.post("/admin/schedule/add/", entry_form(schedule, leaders=[stranger.pk]))

    assert "Không phải người của đơn vị này: Người Xã Bên." in response.content.decode()
    assert not ScheduleEntry.objects.exists()


def test_the_week_table_shows_the_weeks_entries_and_blank_rows(editor, week_of_entries, schedule):
    response = editor.get(WEEK_URL, {"schedule": schedule.pk, "week": "2026-W49"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Nhập lịch công tác theo tuần" in content
    assert "Tiếp công dân định kỳ" in content
    assert "Họp Ban Chỉ đạo chuyển đổi số" not in content  # next week
    assert '<option value="2026-11-30">Thứ Hai 30/11</option>' in content
    assert response.context["formset"].total_form_count() == 3 + 8


def test_an_editor_enters_a_week_in_one_table(editor, schedule, leaders):
    rows = [
        {
            "date": "2026-11-30",
            "start_time": "07:30",
            "end_time": "09:00",
            "content": "Giao ban đầu tuần",
            "leaders": [leaders["chairman"].pk, leaders["deputy"].pk],
            "place": "Phòng họp số 1",
        },
        {
            "date": "2026-12-02",
            "start_time": "08:00",
            "content": "Tiếp công dân",
            "leaders": [leaders["chairman"].pk],
        },
        {},  # left empty: skipped
    ]

    response = editor.post(f"{WEEK_URL}?schedule={schedule.pk}&week=2026-W49", week_table(rows))

    assert response.status_code == 302
    entries = list(ScheduleEntry.objects.order_by("date"))
    assert [(entry.date.day, entry.content) for entry in entries] == [
        (30, "Giao ban đầu tuần"),
        (2, "Tiếp công dân"),
    ]
    assert entries[0].leaders.count() == 2
    assert entries[0].schedule == schedule
    followed = editor.get(response["Location"])
    assert "Đã lưu lịch tuần: 2 mục được thêm hoặc sửa, 0 mục bị xóa." in followed.content.decode()


def test_a_wrong_row_saves_nothing_and_says_what_to_correct(editor, schedule, leaders, other_site):
    _other_schedule, stranger = other_site
    rows = [
        {"date": "2026-11-30", "start_time": "07:30", "content": "Giao ban đầu tuần"},
        {"date": "2026-12-01", "start_time": "10:00", "end_time": "09:00", "content": "Họp ngược giờ"},
        {"date": "2026-12-25", "start_time": "08:00", "content": "Ngày ngoài tuần"},
        {"date": "2026-12-02", "content": "Thiếu giờ", "leaders": [stranger.pk]},
    ]

    response = editor.post(f"{WEEK_URL}?schedule={schedule.pk}&week=2026-W49", week_table(rows))

    assert response.status_code == 400
    content = response.content.decode()
    assert "Chưa lưu gì: hãy sửa các dòng được đánh dấu bên dưới." in content
    assert "Giờ kết thúc phải sau giờ bắt đầu." in content
    assert "Hãy chọn một lựa chọn hợp lệ" in content  # a day outside the week
    assert "Trường này là bắt buộc." in content
    assert not ScheduleEntry.objects.exists()
    assert "Giao ban đầu tuần</textarea>" in content  # what was typed is kept


def test_an_entry_is_corrected_and_another_deleted_from_the_table(editor, schedule):
    kept = ScheduleEntryFactory(schedule=schedule, date=datetime.date(2026, 12, 1), content="Họp cũ")
    dropped = ScheduleEntryFactory(schedule=schedule, date=datetime.date(2026, 12, 3), content="Bị hoãn")
    existing = [
        {"id": kept.pk, "date": "2026-12-01", "start_time": "09:00", "content": "Họp đã dời giờ"},
        {"id": dropped.pk, "date": "2026-12-03", "start_time": "08:00", "content": "Bị hoãn", "DELETE": "on"},
    ]

    response = editor.post(f"{WEEK_URL}?schedule={schedule.pk}&week=2026-W49", week_table([], existing))

    assert response.status_code == 302
    assert list(ScheduleEntry.objects.values_list("content", "start_time")) == [
        ("Họp đã dời giờ", datetime.time(9))
    ]


@pytest.mark.parametrize(
    ("week", "message"),
    [
        ("garbage", "Tuần phải viết theo dạng năm-W-số tuần"),
        ("2025-W53", "Năm 2025 không có tuần 53."),
        ("2999-W01", "Lịch công tác chỉ gồm các năm từ 2000 đến 2100."),
        ("99999-W01", "Giá trị này chỉ có tối đa 8 kí tự"),
    ],
)
def test_a_bad_week_in_the_table_is_refused_in_vietnamese(editor, schedule, week, message):
    response = editor.get(WEEK_URL, {"schedule": schedule.pk, "week": week})

    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_editor_of_another_unit_cannot_open_this_units_week(other_units_editor, schedule, other_site):
    client = other_units_editor
    other_schedule, _stranger = other_site

    own = client.get(WEEK_URL, {"schedule": other_schedule.pk, "week": "2026-W49"})
    foreign = client.get(WEEK_URL, {"schedule": schedule.pk, "week": "2026-W49"})

    assert own.status_code == 200
    assert foreign.status_code == 400
    assert client.get("/admin/schedule/").status_code == 200


def test_an_editor_of_another_unit_cannot_edit_this_units_entry(other_units_editor, schedule):
    client = other_units_editor
    entry = ScheduleEntryFactory(schedule=schedule, content="Việc của xã này")

    listing = client.get("/admin/schedule/")
    edit = client.get(f"/admin/schedule/edit/{entry.pk}/")
    client.post(f"/admin/schedule/edit/{entry.pk}/", {"content": "Sửa trộm"})

    assert "Việc của xã này" not in listing.content.decode()
    assert edit.status_code in (302, 403)
    entry.refresh_from_db()
    assert entry.content == "Việc của xã này"


def queries_of(request):
    with CaptureQueriesContext(connection) as captured:
        response = request()
    assert response.status_code in (200, 302)
    return len(captured)


def week_with_rows(schedule, leaders, count):
    for number in range(count):
        ScheduleEntryFactory(
            schedule=schedule,
            date=datetime.date(2026, 11, 30) + datetime.timedelta(days=number % 7),
            start_time=datetime.time(7 + number, 0),
            content=f"Việc số {number}",
            leaders=[leaders["chairman"], leaders["deputy"]],
        )


def test_the_week_table_costs_the_same_with_2_rows_or_10(editor, schedule, leaders):
    address = {"schedule": schedule.pk, "week": "2026-W49"}
    editor.get(WEEK_URL, address)  # the admin's own caches (menu, settings) filled once
    week_with_rows(schedule, leaders, 2)
    with_two = queries_of(lambda: editor.get(WEEK_URL, address))
    week_with_rows(schedule, leaders, 8)

    assert queries_of(lambda: editor.get(WEEK_URL, address)) == with_two
    # Every row still ticks its own leaders, among the unit's people.
    content = editor.get(WEEK_URL, address).content.decode()
    assert content.count(" checked") == 2 * 10
    assert content.count("Nguyễn Văn An – Chủ tịch UBND xã") == 10 + 8

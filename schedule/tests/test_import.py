"""An editor imports the week from the office's spreadsheet and reads what happened to
each row: added, updated, or refused with its reasons in Vietnamese."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from schedule.models import ScheduleEntry

from .factories import ScheduleEntryFactory

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/schedule/import/"
HEADER = "Ngày,Giờ bắt đầu,Giờ kết thúc,Nội dung,Lãnh đạo,Địa điểm,Thành phần,Đơn vị chuẩn bị\n"


def upload(editor, schedule, rows, dry_run=False):
    data = {"schedule": schedule.pk, "file": SimpleUploadedFile("lich.csv", (HEADER + rows).encode("utf-8"))}
    if dry_run:
        data["dry_run"] = "on"
    return editor.post(IMPORT_URL, data)


def test_a_spreadsheet_of_the_week_is_imported_with_leaders_by_name(editor, schedule, leaders):
    rows = (
        "30/11/2026,07:30,09:00,Giao ban đầu tuần,Nguyễn Văn An; le thi binh,Phòng họp số 1,Lãnh đạo UBND,Văn phòng\n"
        "02/12/2026,8h,,Tiếp công dân,Nguyễn Văn An,Phòng tiếp công dân,,\n"
    )

    response = upload(editor, schedule, rows)

    assert response.status_code == 200
    assert len(response.context["report"].created) == 2
    meeting = ScheduleEntry.objects.get(content="Giao ban đầu tuần")
    assert set(meeting.leaders.all()) == {leaders["chairman"], leaders["deputy"]}
    assert meeting.end_time == datetime.time(9, 0)
    reception = ScheduleEntry.objects.get(content="Tiếp công dân")
    assert reception.start_time == datetime.time(8, 0)
    assert reception.schedule == schedule


def test_bad_rows_are_refused_with_their_reasons_and_good_ones_kept(editor, schedule, leaders):
    rows = (
        "30/11/2026,07:30,,Giao ban đầu tuần,,,,\n"
        "31/11/2026,07:30,,Ngày không có,,,,\n"
        "01/12/2026,25:00,,Giờ không có,,,,\n"
        "01/12/2026,10:00,09:00,Kết thúc trước khi bắt đầu,,,,\n"
        "02/12/2026,08:00,,Người lạ,Trần Văn Lạ,,,\n"
        "03/12/2126,08:00,,Năm quá xa,,,,\n"
        "04/12/2026,08:00,,,,,,\n"
    )

    response = upload(editor, schedule, rows)

    assert response.status_code == 422
    content = response.content.decode()
    report = response.context["report"]
    assert [rejected.row for rejected in report.rejected] == [3, 4, 5, 6, 7, 8]
    assert "“31/11/2026” is not" not in content  # said in Vietnamese
    assert "Lãnh đạo: không phải người của đơn vị này: Trần Văn Lạ" in content
    assert "giờ kết thúc phải sau giờ bắt đầu" in content
    assert "“25:00” không phải là giờ viết theo dạng hh:mm" in content
    assert "lịch công tác chỉ gồm các năm từ 2000 đến 2100" in content
    assert list(ScheduleEntry.objects.values_list("content", flat=True)) == ["Giao ban đầu tuần"]


def test_importing_again_updates_instead_of_duplicating(editor, schedule, leaders):
    ScheduleEntryFactory(
        schedule=schedule,
        date=datetime.date(2026, 11, 30),
        start_time=datetime.time(7, 30),
        content="Giao ban đầu tuần",
    )

    upload(editor, schedule, "30/11/2026,07:30,09:30,Giao ban đầu tuần,,Hội trường,,\n")

    entry = ScheduleEntry.objects.get()
    assert entry.place == "Hội trường"
    assert entry.end_time == datetime.time(9, 30)


def test_a_check_only_saves_nothing(editor, schedule):
    response = upload(editor, schedule, "30/11/2026,07:30,,Giao ban đầu tuần,,,,\n", dry_run=True)

    assert response.status_code == 200
    assert not ScheduleEntry.objects.exists()


def test_another_units_schedule_cannot_be_chosen(other_units_editor, schedule):
    response = upload(other_units_editor, schedule, "30/11/2026,07:30,,Giao ban đầu tuần,,,,\n")

    assert response.status_code == 400
    assert not ScheduleEntry.objects.exists()


def test_importing_a_week_leaves_the_years_of_history_unread(editor, schedule, leaders, monkeypatch):
    """Only the file's days can hold an entry to update: the older weeks are not read."""
    history = [
        ScheduleEntryFactory(
            schedule=schedule,
            date=datetime.date(2024, 1, 1) + datetime.timedelta(weeks=number),
            leaders=[leaders["chairman"]],
        )
        for number in range(20)
    ]
    meeting = ScheduleEntryFactory(
        schedule=schedule,
        date=datetime.date(2026, 11, 30),
        start_time=datetime.time(7, 30),
        content="Giao ban đầu tuần",
        leaders=[leaders["chairman"]],
    )
    loaded = []
    load = ScheduleEntry.from_db.__func__

    def record_loaded(model, db, field_names, values):
        entry = load(model, db, field_names, values)
        loaded.append(entry.pk)
        return entry

    monkeypatch.setattr(ScheduleEntry, "from_db", classmethod(record_loaded))
    response = upload(editor, schedule, "30/11/2026,07:30,09:30,Giao ban đầu tuần,Nguyễn Văn An,,,\n")

    assert len(response.context["report"].updated) == 1
    assert set(loaded) == {meeting.pk}
    assert history[0].pk not in loaded

"""A resident adds the schedule to a calendar app: the feed is valid iCalendar (RFC 5545),
read back by the `icalendar` library and checked line by line."""

import datetime
from zoneinfo import ZoneInfo

import icalendar

from schedule.ical import escape_text, fold

from .factories import ScheduleEntryFactory

FEED = "/lich-cong-tac/ical/"
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def events_of(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_units_feed_carries_every_entry_with_its_times_place_and_people(client, week_of_entries, leaders):
    response = client.get(FEED)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar, events = events_of(response)
    assert str(calendar["X-WR-CALNAME"]) == "Lịch công tác"
    assert set(events) == {
        "Giao ban lãnh đạo UBND đầu tuần",
        "Tiếp công dân định kỳ",
        "Kiểm tra công trình nhà văn hóa thôn Đông",
        "Họp Ban Chỉ đạo chuyển đổi số",
    }
    meeting = events["Giao ban lãnh đạo UBND đầu tuần"]
    assert meeting.decoded("DTSTART") == datetime.datetime(2026, 11, 30, 7, 30, tzinfo=HANOI)
    assert meeting.decoded("DTEND") == datetime.datetime(2026, 11, 30, 9, 0, tzinfo=HANOI)
    description = str(meeting["DESCRIPTION"])
    assert "Lãnh đạo: Nguyễn Văn An – Chủ tịch UBND xã, Lê Thị Bình – Phó Chủ tịch UBND xã" in description
    assert "Thành phần: Lãnh đạo UBND; Chánh Văn phòng" in description
    assert "Đơn vị chuẩn bị: Văn phòng HĐND và UBND" in description
    assert str(events["Tiếp công dân định kỳ"]["LOCATION"]) == "Phòng tiếp công dân"
    assert str(meeting["URL"]) == "http://testserver/lich-cong-tac/?tuan=2026-W49"
    # Without an end time the event ends when it starts (RFC 5545, 3.6.1).
    assert "DTEND" not in events["Kiểm tra công trình nhà văn hóa thôn Đông"]


def test_a_leaders_feed_has_only_their_engagements(client, week_of_entries, leaders):
    calendar, events = events_of(client.get(FEED, {"lanh_dao": leaders["deputy"].pk}))

    assert set(events) == {"Giao ban lãnh đạo UBND đầu tuần", "Kiểm tra công trình nhà văn hóa thôn Đông"}
    assert str(calendar["X-WR-CALNAME"]) == "Lịch công tác – Lê Thị Bình – Phó Chủ tịch UBND xã"


def test_uids_stay_the_same_and_dtstamp_follows_the_last_change(client, week_of_entries):
    first = {str(event["SUMMARY"]): event for event in events_of(client.get(FEED))[1].values()}
    reception = week_of_entries["reception"]
    reception.place = "Hội trường UBND"
    reception.save()
    second = events_of(client.get(FEED))[1]

    assert {summary: str(event["UID"]) for summary, event in first.items()} == {
        summary: str(event["UID"]) for summary, event in second.items()
    }
    assert len({str(event["UID"]) for event in second.values()}) == 4
    assert str(second["Tiếp công dân định kỳ"]["UID"]) == f"lich-cong-tac-{reception.pk}@testserver"
    stamp = second["Tiếp công dân định kỳ"].decoded("DTSTAMP")
    assert stamp.utcoffset() == datetime.timedelta(0)
    assert stamp >= first["Tiếp công dân định kỳ"].decoded("DTSTAMP")


def test_lines_end_in_crlf_fold_at_75_octets_and_text_is_escaped(client, schedule):
    long_content = (
        "Họp bàn về kế hoạch, nhiệm vụ; phân công: ai làm gì\\ và khi nào "
        "— với nội dung rất dài để dòng phải gấp ở nhiều chỗ giữa các chữ tiếng Việt có dấu "
        "như Ủy ban, Hội đồng nhân dân, Mặt trận Tổ quốc"
    )
    ScheduleEntryFactory(
        schedule=schedule,
        content=long_content,
        participants="Dòng một\nDòng hai",
        place="Phòng 1, tầng 2; nhà A",
    )

    body = client.get(FEED).content

    assert body.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in body.replace(b"\r\n", b"")
    lines = body.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode()  # no UTF-8 character is cut by a fold
    unfolded = body.replace(b"\r\n ", b"").decode()
    assert "LOCATION:Phòng 1\\, tầng 2\\; nhà A\r\n" in unfolded
    assert "Thành phần: Dòng một\\nDòng hai" in unfolded
    assert "phân công: ai làm gì\\\\ và khi nào" in unfolded
    event = icalendar.Calendar.from_ical(body).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == long_content
    assert str(event["LOCATION"]) == "Phòng 1, tầng 2; nhà A"


def test_the_calendar_has_the_required_properties_and_its_time_zone(client, week_of_entries):
    body = client.get(FEED).content.decode()
    calendar = icalendar.Calendar.from_ical(body)

    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    timezone = calendar.walk("VTIMEZONE")[0]
    assert str(timezone["TZID"]) == "Asia/Ho_Chi_Minh"
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            assert required in event
    assert body.count("BEGIN:VEVENT") == body.count("END:VEVENT") == 4
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20261130T073000\r\n" in body


def test_escaping_and_folding_by_themselves():
    assert escape_text("a,b;c\\d\r\ne\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    line = "DESCRIPTION:" + "ỗ" * 60
    folded = fold(line).encode()
    assert all(len(piece) <= 75 for piece in folded.split(b"\r\n"))
    assert folded.replace(b"\r\n ", b"").decode() == line
    assert fold("SHORT:x") == "SHORT:x"


def test_a_bad_parameter_of_the_feed_is_refused_in_vietnamese(client, schedule):
    for query in (
        {"lanh_dao": "abc"},
        {"lanh_dao": "999999"},
        {"tuan": "2026-W49"},
        {"lanh_dao": ["1", "2"]},
    ):
        response = client.get(FEED, query)
        assert response.status_code == 400, query
        assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "không có lãnh đạo này" in client.get(FEED, {"lanh_dao": "999999"}).content.decode()

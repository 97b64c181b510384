"""The schedule as an iCalendar feed (RFC 5545) that calendar apps subscribe to.

Written by hand, as the RFC asks: TEXT values escaped (backslash, semicolon, comma, line
breaks), content lines folded at 75 octets without cutting a UTF-8 character, CRLF line
ends, local times with TZID Asia/Ho_Chi_Minh and its VTIMEZONE (UTC+7, no daylight
saving since 1975), a UID that stays the same for an entry, DTSTAMP the entry's last change."""

import datetime

from django.utils import timezone
from django.utils.translation import pgettext

from .weeks import Week

PRODUCT_ID = "-//Cong thong tin dien tu//Lich cong tac//VI"
TIME_ZONE = "Asia/Ho_Chi_Minh"
LINE_OCTETS = 75
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TIME_ZONE}",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:ICT",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def escape_text(value):
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\n", "\\n")


def fold(line):
    """The content line cut into lines of at most 75 octets, each continuation starting
    with a space (which counts in its 75)."""
    encoded = line.encode()
    pieces, start, limit = [], 0, LINE_OCTETS
    while len(encoded) - start > limit:
        end = start + limit
        while end > start and (encoded[end] & 0xC0) == 0x80:  # inside a UTF-8 character
            end -= 1
        pieces.append(encoded[start:end])
        start, limit = end, LINE_OCTETS - 1
    pieces.append(encoded[start:])
    return b"\r\n ".join(pieces).decode()


def local_time(day, time):
    return f"TZID={TIME_ZONE}:{datetime.datetime.combine(day, time):%Y%m%dT%H%M%S}"


def utc_stamp(moment):
    return f"{moment.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}"


def description(entry):
    parts = [entry.content]
    leaders = ", ".join(str(leader) for leader in entry.leaders.all())
    for label, value in (
        (pgettext("schedule", "Leaders"), leaders),
        (pgettext("schedule", "Participants"), entry.participants),
        (pgettext("schedule", "Preparing unit"), entry.preparing_unit),
    ):
        if value:
            parts.append(f"{label}: {value}")
    return "\n".join(parts)


def event_lines(entry, uid_domain, page_url):
    summary = " ".join(entry.content.split())
    lines = [
        "BEGIN:VEVENT",
        f"UID:lich-cong-tac-{entry.pk}@{uid_domain}",
        f"DTSTAMP:{utc_stamp(entry.updated_at or timezone.now())}",
        f"DTSTART;{local_time(entry.date, entry.start_time)}",
    ]
    if entry.end_time:
        lines.append(f"DTEND;{local_time(entry.date, entry.end_time)}")
    lines.append(f"SUMMARY:{escape_text(summary)}")
    if entry.place:
        lines.append(f"LOCATION:{escape_text(entry.place)}")
    lines.append(f"DESCRIPTION:{escape_text(description(entry))}")
    lines += [f"URL:{page_url}?tuan={Week.containing(entry.date)}", "END:VEVENT"]
    return lines


def calendar(entries, name, uid_domain, page_url):
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{TIME_ZONE}",
        *VTIMEZONE,
    ]
    for entry in entries:
        lines += event_lines(entry, uid_domain, page_url)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)

import datetime

import factory
import wagtail_factories

from organisation.models import Person, Role
from schedule.models import ScheduleEntry, SchedulePage


class SchedulePageFactory(wagtail_factories.PageFactory):
    title = "Lịch công tác"
    slug = "lich-cong-tac"

    class Meta:
        model = SchedulePage


class LeaderFactory(factory.django.DjangoModelFactory):
    full_name = factory.Sequence(lambda n: f"Lãnh Đạo Thử {n}")
    title = "Phó Chủ tịch UBND xã"
    role = Role.LEADER

    class Meta:
        model = Person


class ScheduleEntryFactory(factory.django.DjangoModelFactory):
    date = datetime.date(2026, 12, 2)
    start_time = datetime.time(8, 0)
    content = factory.Sequence(lambda n: f"Họp giao ban số {n}")
    place = "Phòng họp số 1"

    class Meta:
        model = ScheduleEntry
        skip_postgeneration_save = True

    @factory.post_generation
    def leaders(self, create, extracted, **kwargs):
        if create and extracted:
            self.leaders.set(extracted)


def week_table(rows, existing=()):
    """The week table's POST data: `existing` entries first, then the new rows."""
    data = {
        "row-TOTAL_FORMS": str(len(existing) + len(rows)),
        "row-INITIAL_FORMS": str(len(existing)),
        "row-MIN_NUM_FORMS": "0",
        "row-MAX_NUM_FORMS": "200",
    }
    blank = {
        "date": "",
        "start_time": "",
        "end_time": "",
        "content": "",
        "place": "",
        "participants": "",
        "preparing_unit": "",
    }
    for number, row in enumerate([*existing, *rows]):
        for name, value in {**blank, **row}.items():
            data[f"row-{number}-{name}"] = value
    return data

import datetime

import pytest

from .factories import LeaderFactory, ScheduleEntryFactory, SchedulePageFactory

# Wednesday of ISO week 2026-W49 (Monday 30 November to Sunday 6 December).
WEDNESDAY = datetime.date(2026, 12, 2)


@pytest.fixture
def schedule(portal):
    return SchedulePageFactory(parent=portal.home, show_in_menus=True)


@pytest.fixture
def leaders(portal):
    return {
        "chairman": LeaderFactory(
            site=portal.site, full_name="Nguyễn Văn An", title="Chủ tịch UBND xã", sort_order=1
        ),
        "deputy": LeaderFactory(
            site=portal.site, full_name="Lê Thị Bình", title="Phó Chủ tịch UBND xã", sort_order=2
        ),
    }


@pytest.fixture
def week_of_entries(schedule, leaders):
    """Week 49 of 2026: a meeting of both leaders on Monday, a reception by the chairman
    on Wednesday, a visit by the deputy on Friday; and one entry the week after."""
    monday = WEDNESDAY - datetime.timedelta(days=2)
    return {
        "meeting": ScheduleEntryFactory(
            schedule=schedule,
            date=monday,
            start_time=datetime.time(7, 30),
            end_time=datetime.time(9, 0),
            content="Giao ban lãnh đạo UBND đầu tuần",
            leaders=[leaders["chairman"], leaders["deputy"]],
            participants="Lãnh đạo UBND; Chánh Văn phòng",
            preparing_unit="Văn phòng HĐND và UBND",
        ),
        "reception": ScheduleEntryFactory(
            schedule=schedule,
            date=WEDNESDAY,
            start_time=datetime.time(8, 0),
            end_time=datetime.time(11, 0),
            content="Tiếp công dân định kỳ",
            place="Phòng tiếp công dân",
            leaders=[leaders["chairman"]],
        ),
        "visit": ScheduleEntryFactory(
            schedule=schedule,
            date=WEDNESDAY + datetime.timedelta(days=2),
            start_time=datetime.time(14, 0),
            content="Kiểm tra công trình nhà văn hóa thôn Đông",
            place="Thôn Đông",
            leaders=[leaders["deputy"]],
        ),
        "next week": ScheduleEntryFactory(
            schedule=schedule,
            date=WEDNESDAY + datetime.timedelta(days=7),
            start_time=datetime.time(8, 0),
            content="Họp Ban Chỉ đạo chuyển đổi số",
            leaders=[leaders["chairman"]],
        ),
    }


@pytest.fixture
def other_site(portal):
    """A neighbouring commune on the same installation, with its own schedule and leader."""
    from wagtail.models import Page, Site

    from home.tests.factories import HomePageFactory

    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="xa-ben-canh")
    site = Site.objects.create(hostname="xa-ben-canh.example", port=80, root_page=other_home)
    other_schedule = SchedulePageFactory(parent=other_home)
    stranger = LeaderFactory(site=site, full_name="Người Xã Bên", title="Chủ tịch UBND xã bên")
    return other_schedule, stranger


@pytest.fixture
def editor(client, django_user_model):
    """A client signed in as an administrator."""
    user = django_user_model.objects.create_superuser("bientap", "bientap@xa.example", "mat-khau-dai-12345")
    client.force_login(user)
    return client


@pytest.fixture
def other_units_editor(client, django_user_model, other_site):
    """A client signed in as the neighbouring commune's editor: entry permissions, and
    the right to edit that commune's schedule page only."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    other_schedule, _stranger = other_site
    group = Group.objects.create(name="Biên tập xã bên")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            codename__in=["add_scheduleentry", "change_scheduleentry", "delete_scheduleentry"]
        ),
    )
    GroupPagePermission.objects.create(group=group, page=other_schedule, permission_type="change")
    user = django_user_model.objects.create_user("xaben", "xaben@xa.example", "mat-khau-dai-12345")
    user.groups.add(group)
    client.force_login(user)
    return client

"""A change of the schedule reaches readers of the cached portal at once: saving, deleting
an entry, changing its leaders or renaming a leader purges the week view, the print view
and the feeds (every week and every leader: they differ only by their query string)."""

import pytest

from .factories import ScheduleEntryFactory

SCHEDULE_PATHS = ("/lich-cong-tac/", "/lich-cong-tac/in/", "/lich-cong-tac/ical/")


def purged_paths(purged):
    return {url.removeprefix("http://testserver") for method, url in purged if method == "PURGE"}


@pytest.fixture
def entry(schedule, leaders, purged, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = ScheduleEntryFactory(schedule=schedule, leaders=[leaders["chairman"]])
    purged.clear()
    return made


def test_a_new_entry_purges_the_schedule_and_its_feeds(
    schedule, leaders, purged, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ScheduleEntryFactory(schedule=schedule, leaders=[leaders["chairman"]])

    assert set(SCHEDULE_PATHS) <= purged_paths(purged)
    assert {f"/en{path}" for path in SCHEDULE_PATHS} <= purged_paths(purged)


@pytest.mark.parametrize(
    "change",
    [
        lambda entry, leaders: entry.save(),
        lambda entry, leaders: entry.delete(),
        lambda entry, leaders: entry.leaders.add(leaders["deputy"]),
        lambda entry, leaders: entry.leaders.clear(),
        lambda entry, leaders: leaders["chairman"].save(),
        lambda entry, leaders: leaders["chairman"].delete(),
    ],
    ids=["edited", "deleted", "leader added", "leaders removed", "leader renamed", "leader deleted"],
)
def test_every_change_readers_see_purges_the_schedule(
    entry, leaders, purged, django_capture_on_commit_callbacks, change
):
    with django_capture_on_commit_callbacks(execute=True):
        change(entry, leaders)

    assert set(SCHEDULE_PATHS) <= purged_paths(purged)


def test_another_sites_schedule_is_left_in_the_cache(
    entry, other_site, purged, django_capture_on_commit_callbacks
):
    other_schedule, stranger = other_site
    with django_capture_on_commit_callbacks(execute=True):
        ScheduleEntryFactory(schedule=other_schedule, leaders=[stranger])

    purges = [url for method, url in purged if method == "PURGE"]
    assert not any(url.startswith("http://testserver/") for url in purges)
    assert any(url.endswith("/lich-cong-tac/") for url in purges), purges

"""Readers of the cached schedule see a change at once: saving or deleting an entry, or
renaming or deleting a leader it names, purges the schedule's week view, print view and iCal feed
(every week and every leader: they differ only by query string)."""

from types import SimpleNamespace

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from core import front_cache
from organisation.models import Person

from .models import ScheduleEntry, SchedulePage


def purge_schedules(schedules):
    if not front_cache.front_cache_configured():
        return
    cache_object = SimpleNamespace()
    for schedule in schedules:
        front_cache.purge_urls(
            front_cache.in_every_language(lambda page=schedule: front_cache.page_urls(page, cache_object))
        )


def entry_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        purge_schedules([instance.schedule])


def leaders_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, ScheduleEntry):
        purge_schedules([instance.schedule])


def person_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        purge_schedules(SchedulePage.objects.live().filter(entries__leaders=instance).distinct())


def connect():
    post_save.connect(entry_changed, sender=ScheduleEntry, dispatch_uid="schedule-entry-saved")
    post_delete.connect(entry_changed, sender=ScheduleEntry, dispatch_uid="schedule-entry-deleted")
    m2m_changed.connect(
        leaders_changed, sender=ScheduleEntry.leaders.through, dispatch_uid="schedule-leaders"
    )
    post_save.connect(person_changed, sender=Person, dispatch_uid="schedule-person-saved")
    # Before: once deleted, the person's entries no longer name them.
    pre_delete.connect(person_changed, sender=Person, dispatch_uid="schedule-person-deleted")

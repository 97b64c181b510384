"""A notice reaches readers at once: its change renews the cached fragments and bans its
site from the front cache; its start and end, which no one saves, ban the site again at
that moment (a task run later by the worker). Should that task be lost, pages are kept
by the front cache no longer than until the next start or end (alerts.templatetags)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Site

from core import front_cache
from core.cache import renew_chrome_version

from .models import UrgentNotice


@receiver(post_save, sender=UrgentNotice)
@receiver(post_delete, sender=UrgentNotice)
def notice_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    renew_chrome_version()
    # The site read afresh: its address may have changed since the notice was loaded.
    front_cache.ban_sites(Site.objects.filter(pk=instance.site_id))
    if kwargs.get("created") is not None:  # saved, not deleted
        transaction.on_commit(lambda: ban_site_at_boundaries(instance), robust=True)


def ban_site_at_boundaries(notice):
    if not front_cache.front_cache_configured():
        return
    task = front_cache.purge_front_cache
    if not task.get_backend().supports_defer:
        return  # the immediate backend (tests): the pages' shorter lifetime suffices
    root_url = Site.objects.get(pk=notice.site_id).root_url
    now = timezone.now()
    for moment in (notice.starts_at, notice.ends_at):
        if moment > now:
            task.using(run_after=moment).enqueue([], [root_url])

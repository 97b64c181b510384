"""The footer of every page shows the portal links: a change drops the site's pages."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from core import front_cache
from core.cache import renew_chrome_version

from .models import PortalLinksSettings, RelatedPortal


@receiver(post_save, sender=PortalLinksSettings)
@receiver(post_delete, sender=PortalLinksSettings)
@receiver(post_save, sender=RelatedPortal)
@receiver(post_delete, sender=RelatedPortal)
def portal_links_changed(sender, instance, raw=False, created=False, **kwargs):
    if raw or (created and isinstance(instance, PortalLinksSettings) and instance.as_if_absent()):
        # The row a page's first look at the settings creates: it shows what its absence did,
        # and renewing every fragment for it would cost each new site a cold cache.
        return
    site_id = instance.site_id if isinstance(instance, PortalLinksSettings) else instance.settings.site_id
    renew_chrome_version()
    front_cache.ban_sites(Site.objects.filter(pk=site_id))

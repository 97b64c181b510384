from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import Signal, receiver
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_unpublished, post_page_move

from . import front_cache
from .cache import renew_chrome_version
from .english import EnglishVersionMixin, edited_version
from .models import UnitSettings
from .text import nfc, nfc_deep

# Sent after rows were written by bulk statements (bulk_create, a batched UPDATE), which
# send no post_save: sender is the model, objects the rows as now stored. Whatever keeps
# a copy of them (the portal's search, Wagtail's admin search) listens, so an import
# needs to know none of them.
saved_in_bulk = Signal()

# What Wagtail writes when an editor saves a draft (autosave included) or locks a page:
# readers see none of it.
DRAFT_BOOKKEEPING = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_by",
    "locked_at",
}


@receiver(pre_save)
def store_text_in_nfc(sender, instance, raw=False, **kwargs):
    """Every text column is stored in NFC, whoever saves it (admin, import, shell)."""
    if raw:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))
        elif isinstance(field, StreamField):
            value = getattr(instance, field.attname)
            setattr(instance, field.attname, nfc_deep(field.get_prep_value(value)))


@receiver(pre_save)
def track_english_source(sender, instance, raw=False, update_fields=None, **kwargs):
    """Whoever saves (admin, import, shell), the English keeps the Vietnamese it translates.
    Saves of bookkeeping columns alone (a page's draft) leave it as it is."""
    if raw or not isinstance(instance, EnglishVersionMixin):
        return
    if update_fields is not None and "english_source" not in update_fields:
        return
    instance.record_english_source(edited_version(instance))


def page_changed_for_readers(page):
    renew_chrome_version()
    front_cache.purge_page(page)
    if page.depth <= 3:
        # The home page or a section of the main menu: every page shows the menu.
        front_cache.ban_sites(front_cache.sites_of(page))


@receiver(post_save)
def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or not instance.live:
        return  # an unpublish is told by page_unpublished
    if update_fields is not None and set(update_fields) <= DRAFT_BOOKKEEPING:
        return
    page_changed_for_readers(instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        page_changed_for_readers(instance)


@receiver(page_unpublished)
def page_unpublished_for_readers(sender, instance, **kwargs):
    page_changed_for_readers(instance)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    # Every address below the page changed, and the menu may show it.
    renew_chrome_version()
    front_cache.ban_every_site()


def every_page_changed(sender, raw=False, **kwargs):
    if not raw:
        renew_chrome_version()
        front_cache.ban_every_site()


def changes_show_on_every_page(*models):
    """Models whose changes show on pages anywhere (an image, an author, a procedure):
    the cached fragments are renewed and every site's front cache dropped."""
    for model in models:
        post_save.connect(
            every_page_changed, sender=model, dispatch_uid=f"every-page:{model._meta.label}:save"
        )
        post_delete.connect(
            every_page_changed, sender=model, dispatch_uid=f"every-page:{model._meta.label}:del"
        )


@receiver(post_save, sender=UnitSettings)
@receiver(post_delete, sender=UnitSettings)
def unit_settings_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        renew_chrome_version()
        front_cache.ban_sites([instance.site])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        renew_chrome_version()
        front_cache.ban_every_site()


changes_show_on_every_page(Site, get_image_model())


@receiver(saved_in_bulk)
def refresh_admin_search(sender, objects, **kwargs):
    """Wagtail's own index, which the admin's lists search."""
    if issubclass(sender, index.Indexed):
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(sender, objects)

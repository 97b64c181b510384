"""The index follows the content as it is written, in the same transaction: a publish,
an unpublish or a save of a registered model updates its entry; a delete removes it
(pages by the foreign key's cascade); a move or a change of view restrictions
re-syncs the pages below; rows written in bulk (core.signals.saved_in_bulk) are indexed
together. Connected once, in the app's ready(), after every searchables.py is loaded."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.search import index
from wagtail.signals import post_page_move

from core.signals import saved_in_bulk

from . import indexing, registry

# A save touching none of these (a draft revision saving latest_revision, say) leaves
# the live content, hence the entry, as it was.
_PAGE_FIELDS_SHOWN = {
    "live",
    "title",
    "slug",
    "path",
    "url_path",
    "search_description",
    "first_published_at",
    "last_published_at",
    "date",
}


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is None:
        page = instance if type(instance) is instance.specific_class else instance.specific
    else:
        searched = {
            field.field_name for field in sender.get_search_fields() if isinstance(field, index.SearchField)
        }
        if not (_PAGE_FIELDS_SHOWN | searched).intersection(update_fields):
            return
        # Only some fields were saved: the instance may hold other values than the page.
        page = Page.objects.get(pk=instance.pk).specific
    indexing.index_object(page)


def page_moved(sender, instance, **kwargs):
    indexing.sync_subtree(instance)


def view_restriction_changed(sender, instance, **kwargs):
    indexing.sync_subtree(instance.page)


def object_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        indexing.index_object(instance)


def object_deleted(sender, instance, **kwargs):
    indexing.remove_object(instance)


def objects_saved_in_bulk(sender, objects, **kwargs):
    if registry.for_model(sender) is not None:
        indexing.index_objects(objects)


def connect():
    for searchable in registry.searchables():
        model = searchable.model
        if not issubclass(model, Page):
            post_save.connect(object_saved, sender=model, dispatch_uid=f"search-save-{model._meta.label}")
            post_delete.connect(
                object_deleted, sender=model, dispatch_uid=f"search-delete-{model._meta.label}"
            )
    saved_in_bulk.connect(objects_saved_in_bulk, dispatch_uid="search-saved-in-bulk")
    for model in get_page_models():
        post_save.connect(page_saved, sender=model, dispatch_uid=f"search-page-{model._meta.label}")
    post_page_move.connect(page_moved, dispatch_uid="search-page-moved")
    post_save.connect(view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restricted")
    post_delete.connect(
        view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-unrestricted"
    )

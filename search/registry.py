"""Which models appear in search results, as which kind, with which words.

Pages need nothing: every live, public page is found by its title, its search
description and the text of its `search_fields` (the declaration Wagtail's own search
reads). A page model is registered only to give it a kind other than "Trang".

Any other model takes a few lines in a `searchables.py` of its app (found at start-up,
like wagtail_hooks.py); the index then follows its saves and deletes:

    from search.models import Kind
    from search.registry import Searchable, register

    @register
    class ProcedureSearchable(Searchable):
        model = Procedure
        kind = Kind.PROCEDURE
        title_field = "name"
        code_field = "code"
        text_fields = ["summary", "requirements"]

        def get_queryset(self):
            return Procedure.objects.filter(is_published=True)

The link is the object's get_absolute_url(); override `url()`, `texts()` or `date()`
for anything less plain. A bulk import that bypasses save() sends
core.signals.saved_in_bulk afterwards; `manage.py rebuild_search_index` rewrites all."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from wagtail.models import Page
from wagtail.search import index

from .models import Kind

_registry = {}


class Searchable:
    model = None
    kind = Kind.PAGE
    title_field = "title"
    code_field = None
    text_fields = ()
    date_field = None

    def get_queryset(self):
        """What should be found; the rebuild walks it, and a save checks against it."""
        return self.model._default_manager.all()

    def is_searchable(self, obj):
        return self.get_queryset().filter(pk=obj.pk).exists()

    def identity(self, obj):
        return ContentType.objects.get_for_model(self.model), str(obj.pk)

    def title(self, obj):
        return text_of(obj, self.title_field)

    def code(self, obj):
        return text_of(obj, self.code_field) if self.code_field else ""

    def texts(self, obj):
        return [text_of(obj, name) for name in self.text_fields]

    def date(self, obj):
        value = getattr(obj, self.date_field, None) if self.date_field else None
        if isinstance(value, datetime.datetime):
            return timezone.localdate(value)
        return value or timezone.localdate()

    def url(self, obj, request=None):
        """Made when a result is shown, in the reader's language."""
        return obj.get_absolute_url()

    def entry_fields(self, obj):
        """What the index keeps of obj, apart from its tokens (search.indexing adds them)."""
        return {
            "kind": self.kind,
            "title": self.title(obj),
            "code": self.code(obj)[:64],
            "body": "\n".join(text for text in self.texts(obj) if text),
            "date": self.date(obj),
            "page": None,
            "path": "",
        }


class PageSearchable(Searchable):
    model = Page

    def get_queryset(self):
        # The tree's root (a bare Page) is nobody's content. public() reads the view
        # restrictions once and excludes their sections by path: a correlated subquery
        # per page would be evaluated for every page of the archive.
        return (
            self.model.objects.live().public().exclude(content_type=ContentType.objects.get_for_model(Page))
        )

    def is_searchable(self, page):
        return (
            page.live
            and page.specific_class not in (None, Page)
            and not page.get_view_restrictions().exists()
        )

    def identity(self, page):
        return ContentType.objects.get_for_model(Page), str(page.pk)

    def texts(self, page):
        texts = [page.search_description]
        for field in page.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name != "title":
                texts.extend(flatten(field.get_value(page)))
        return texts

    def date(self, page):
        value = getattr(page, "date", None)
        if isinstance(value, datetime.date):
            return value
        moment = page.last_published_at or page.first_published_at
        return timezone.localdate(moment) if moment else timezone.localdate()

    def url(self, page, request=None):
        return page.get_url(request)

    def entry_fields(self, page):
        return {**super().entry_fields(page), "page": page, "path": page.path}


def text_of(obj, name):
    """A field's text, with HTML and StreamField content reduced to words as Wagtail's
    own search does; a method or property is called."""
    try:
        field = obj._meta.get_field(name)
    except FieldDoesNotExist:
        value = getattr(obj, name, "")
        value = value() if callable(value) else value
    else:
        value = field.value_from_object(obj)
        if hasattr(field, "get_searchable_content"):
            value = field.get_searchable_content(value)
    return " ".join(flatten(value))


def flatten(value):
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in flatten(item)]
    if isinstance(value, dict):
        return flatten(list(value.values()))
    return [str(value)]


def register(searchable_class):
    """Class decorator: makes searchable_class.model appear in search. The index follows
    its saves and deletes from start-up on (search.signals.connect, in the app's ready())."""
    searchable = searchable_class()
    _registry[searchable.model] = searchable
    return searchable_class


def for_model(model):
    for candidate in model.__mro__:
        if candidate in _registry:
            return _registry[candidate]
    return None


def for_object(obj):
    return for_model(type(obj))


def searchables():
    return list(_registry.values())


def autodiscover():
    autodiscover_modules("searchables")

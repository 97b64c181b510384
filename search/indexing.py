"""Keeping SearchEntry in step with the content. Everything that writes the index is here:
the signal handlers, imports (index_objects) and the rebuild command all come through."""

from django.db import connections, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Page

from core.text import nfc

from . import registry
from .analysis import document_tokens, kind_token
from .models import SearchEntry

CHUNK = 500
# A rebuild writes the whole index at once: FTS5 merges its many small segments into
# one, PostgreSQL refreshes the statistics of the table.
AFTER_REBUILD = {
    "sqlite": ["INSERT INTO search_searchentry_fts(search_searchentry_fts) VALUES ('optimize')"],
    "postgresql": ["ANALYZE search_searchentry"],
}


def build_entry(searchable, obj):
    fields = searchable.entry_fields(obj)
    fields["title"] = nfc(fields["title"])
    fields["body"] = nfc(fields["body"])
    content_type, object_id = searchable.identity(obj)
    return SearchEntry(
        content_type=content_type,
        object_id=object_id,
        tokens=f"{kind_token(fields['kind'])} {document_tokens(fields['title'], fields['code'], fields['body'])}",
        **fields,
    )


def _entries_of(searchable, obj):
    content_type, object_id = searchable.identity(obj)
    return SearchEntry.objects.filter(content_type=content_type, object_id=object_id)


def _write(entries):
    """Insert or update in one statement (ON CONFLICT): two saves of the same object at
    the same moment cannot both insert it."""
    SearchEntry.objects.bulk_create(
        entries,
        batch_size=CHUNK,
        update_conflicts=True,
        unique_fields=["content_type", "object_id"],
        update_fields=["page", "kind", "title", "code", "body", "date", "path", "tokens", "indexed_at"],
    )


def index_object(obj):
    """Adds, refreshes or removes obj's entry, whichever its state calls for."""
    searchable = registry.for_object(obj)
    if searchable is None:
        return
    if searchable.is_searchable(obj):
        _write([build_entry(searchable, obj)])
    else:
        _entries_of(searchable, obj).delete()


def remove_object(obj):
    searchable = registry.for_object(obj)
    if searchable is not None:
        _entries_of(searchable, obj).delete()


def index_objects(objects):
    """Bulk (re)indexing of objects known to be searchable, e.g. after an import that
    wrote them with bulk_create or update(), which send no signals."""
    entries = []
    for obj in objects:
        searchable = registry.for_object(obj)
        if searchable is not None:
            entries.append(build_entry(searchable, obj))
    _write(entries)
    return len(entries)


def _in_chunks(queryset):
    """Walks a queryset by primary key, a chunk at a time, specific pages included."""
    last_pk = None
    while True:
        chunk = queryset.order_by("pk")
        if last_pk is not None:
            chunk = chunk.filter(pk__gt=last_pk)
        rows = list(chunk[:CHUNK])
        if not rows:
            return
        yield rows
        last_pk = rows[-1].pk


def sources():
    """(name, queryset) of everything that belongs in the index: every page once (its
    Searchable is found by its specific class), then each other registered model."""
    yield str(Page._meta.verbose_name_plural), registry.for_model(Page).get_queryset().specific()
    for searchable in registry.searchables():
        if not issubclass(searchable.model, Page):
            yield str(searchable.model._meta.verbose_name_plural), searchable.get_queryset()


def rebuild(progress=None):
    """Rewrites every entry, a chunk per transaction, then removes the entries of what
    is gone: readers always see a whole index (each entry old or new), and a long
    rebuild never holds SQLite's write lock for more than a chunk.
    progress(done, total, name) reports each chunk written."""
    started = timezone.now()
    count = 0
    for name, queryset in sources():
        total = queryset.count()
        for rows in _in_chunks(queryset):
            with transaction.atomic():
                count += index_objects(rows)
            if progress:
                progress(len(rows), total, name)
    SearchEntry.objects.filter(indexed_at__lt=started).delete()
    with connections[SearchEntry.objects.db].cursor() as cursor:
        for statement in AFTER_REBUILD.get(cursor.db.vendor, []):
            cursor.execute(statement)
    return count


def sync_subtree(page):
    """After a move or a change of view restrictions: entries of the pages below page
    follow their new tree path, restricted pages leave the index and pages that became
    public again enter it."""
    inside = SearchEntry.objects.filter(page__path__startswith=page.path)
    inside.exclude(page__in=registry.for_model(Page).get_queryset()).delete()
    inside.update(path=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("path")[:1]))
    missing = (
        registry.for_model(Page)
        .get_queryset()
        .filter(path__startswith=page.path)
        .exclude(pk__in=SearchEntry.objects.filter(page__isnull=False).values("page_id"))
    )
    for rows in _in_chunks(missing.specific()):
        index_objects(rows)

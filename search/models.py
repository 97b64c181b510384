from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Kind(models.TextChoices):
    """What a reader can narrow the results to; the values are the ?kind= of the URL."""

    NEWS = "tin-tuc", pgettext_lazy("kind of search result", "News")
    PROCEDURE = "thu-tuc", pgettext_lazy("kind of search result", "Administrative procedures")
    DOCUMENT = "van-ban", pgettext_lazy("kind of search result", "Legal documents")
    PAGE = "trang", pgettext_lazy("kind of search result", "Pages")


class SearchEntry(models.Model):
    """One searchable thing (an article, a procedure, a page), flattened into what a
    search needs: its tokens for matching and ranking, and what a result shows.

    Written only by search.indexing; the database's full-text index over `tokens` is
    created by migration 0002 (an FTS5 table on SQLite, a GIN index on PostgreSQL)."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    # Links are made when shown, from the page or the object (Searchable.url), so they
    # follow moves and renames. Deleting a page deletes its entry.
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    title = models.TextField()
    code = models.CharField(max_length=64, blank=True)
    body = models.TextField(blank=True)
    date = models.DateField()
    # A page's tree path: results are limited to the site being visited.
    path = models.CharField(max_length=255, blank=True)
    tokens = models.TextField()
    # A rebuild removes the entries it did not write.
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="search_entry_one_per_object")
        ]

    def __str__(self):
        return self.title

"""Lists editors keep (fields, agencies, document types...): a name and an ASCII slug for URLs."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from .text import ascii_slug, fold


def unique_slug(model, name, taken=None):
    taken = taken if taken is not None else set(model.objects.values_list("slug", flat=True))
    base = ascii_slug(name)[:240] or "muc"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


class NamedListItem(models.Model):
    """An entry of a list editors keep (fields, agencies), with an ASCII slug for URLs."""

    name = models.CharField(_("name of the entry"), max_length=255, unique=True)
    slug = models.SlugField(
        _("slug"), max_length=255, unique=True, blank=True, help_text=_("Made from the name when empty.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name)
        super().save(*args, **kwargs)

    @staticmethod
    def sorted_for_readers(items):
        """Vietnamese order for a reader: "Đất đai" among the D's, not after "Xây dựng"."""
        return sorted(items, key=lambda item: fold(item.name))


class NamedListViewSet(SnippetViewSet):
    """The admin of such a list: name and slug, searched by name in the database."""

    list_display = ["name", "slug"]
    search_fields = ["name"]
    search_backend_name = None

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import Collection, Page, Site, Workflow

from core.pages import IntroMixin, PortalPageMixin
from news.models import ArticleListingMixin

from .communes import articles_of_units, commune_units


class UnitSite(models.Model):
    """What the site builder made for one unit: its groups, collection and workflow, so
    that running the builder again finds them rather than making another set."""

    site = models.OneToOneField(
        Site, verbose_name=pgettext_lazy("unit site", "site"), on_delete=models.CASCADE, related_name="unit"
    )
    editors = models.ForeignKey(
        Group, verbose_name=pgettext_lazy("unit site", "editors"), on_delete=models.PROTECT, related_name="+"
    )
    approvers = models.ForeignKey(
        Group,
        verbose_name=pgettext_lazy("unit site", "approvers"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    collection = models.ForeignKey(
        Collection,
        verbose_name=pgettext_lazy("unit site", "collection"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    workflow = models.ForeignKey(
        Workflow,
        verbose_name=pgettext_lazy("unit site", "workflow"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(pgettext_lazy("unit site", "created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("unit site")
        verbose_name_plural = _("unit sites")

    def __str__(self):
        return self.site.site_name or self.site.hostname


class UnitNewsPage(ArticleListingMixin, PortalPageMixin, IntroMixin, Page):
    """'Tin các xã, phường' on the province's portal: the latest articles of every
    commune's site, filterable by commune (?don_vi=<hostname>). Nothing is copied: each
    article stays on its commune's site, where the links lead."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("communes' news page")
        verbose_name_plural = _("communes' news pages")

    def chosen_unit(self, request):
        """(every commune, the one ?don_vi= names or None, the message if it names none)."""
        units = commune_units()
        asked = request.GET.get("don_vi", "").strip()
        chosen = next((unit for unit in units if unit.key == asked), None)
        ignored = ""
        if asked and chosen is None:
            ignored = _("“%(value)s” is not one of the communes listed here, so every commune is shown.") % {
                "value": asked[:40]
            }
        return units, chosen, ignored

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        units, chosen, ignored = self.chosen_unit(request)
        context.update(units=units, chosen=chosen, ignored=ignored)
        return context

    def serve(self, request, *args, **kwargs):
        units, chosen, _ignored = self.chosen_unit(request)
        articles = articles_of_units([chosen] if chosen else units)
        return self.listing_response(request, articles, variant=chosen.key if chosen else "")

"""Photo and video libraries: a gallery index lists albums, newest first; each album
shows its photos (responsive renditions) and videos (files on this server, played by the
browser's own player with a poster and captions)."""

from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.cache import cached_listing_page
from core.pages import IntroMixin, PortalPageMixin
from core.pagination import paginate, requested_page_number

from .validators import VIDEO_TYPES, extension, validate_video, validate_webvtt

ALBUMS_PER_PAGE = 12
# Renditions the templates draw: a card on the index, a photo in an album, a poster.
CARD_RENDITIONS = ["width-400", "width-800"]
# The largest is what a photo links to: the files as uploaded are not served (deploy/nginx).
PHOTO_RENDITIONS = ["width-480", "width-960", "width-1440", "width-2400"]
POSTER_RENDITIONS = ["width-960"]


class GalleryIndexPage(PortalPageMixin, IntroMixin, Page):
    """'Thư viện ảnh – video': the albums of the site, newest first, page by page."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["gallery.AlbumPage"]

    class Meta:
        verbose_name = _("photo and video library")
        verbose_name_plural = _("photo and video libraries")

    def albums(self):
        return AlbumPage.objects.live().public().child_of(self).order_by("-date", "-pk")

    def album_ids(self, request):
        """Which albums a page of the listing shows (None past the end); changes only with
        a publication."""
        number = requested_page_number(request)
        return cached_listing_page(
            f"gallery:{self.pk}:{number}",
            lambda: paginate(request, self.albums().values_list("pk", flat=True), ALBUMS_PER_PAGE),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = self.album_ids(request)
        if listing is None:
            raise Http404(_("There is no such page in this listing."))
        # Only each album's first photo is read, however many it holds.
        first_photo = (
            AlbumPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk").values("pk")[:1]
        )
        albums = list(AlbumPage.objects.filter(pk__in=listing.items).annotate(cover_id=Subquery(first_photo)))
        covers = photos_with_renditions(CARD_RENDITIONS).in_bulk([album.cover_id for album in albums])
        for album in albums:
            album.cover_photos = [covers[album.cover_id]] if album.cover_id in covers else []
        by_pk = {album.pk: album for album in albums}
        listing.items = [by_pk[pk] for pk in listing.items if pk in by_pk]
        context["albums"] = listing
        return context


def photos_with_renditions(filters):
    images = get_image_model().objects.prefetch_renditions(*filters)
    return AlbumPhoto.objects.prefetch_related(Prefetch("image", queryset=images))


class AlbumPage(PortalPageMixin, Page):
    date = models.DateField(pgettext_lazy("album", "Date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        InlinePanel("photos", label=_("photos")),
        InlinePanel("videos", label=_("videos")),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("album")
        verbose_name_plural = _("albums")

    def cover(self):
        """The album's first photo (prefetched by the index as `cover_photos`)."""
        photos = self.cover_photos if hasattr(self, "cover_photos") else self.photos.all()[:1]
        return next(iter(photos), None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = list(photos_with_renditions(PHOTO_RENDITIONS).filter(page=self))
        posters = get_image_model().objects.prefetch_renditions(*POSTER_RENDITIONS)
        context["videos"] = list(self.videos.prefetch_related(Prefetch("poster", queryset=posters)))
        return context


class AlbumPhoto(Orderable):
    page = ParentalKey(AlbumPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        get_image_model(),
        verbose_name=pgettext_lazy("album photo", "image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(pgettext_lazy("album", "caption"), max_length=300)
    photographer = models.CharField(_("photographer"), max_length=150, blank=True)
    taken_on = models.DateField(_("taken on"), null=True, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("photographer"), FieldPanel("taken_on")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class AlbumVideo(Orderable):
    page = ParentalKey(AlbumPage, on_delete=models.CASCADE, related_name="videos")
    title = models.CharField(pgettext_lazy("video", "Title"), max_length=200)
    file = models.FileField(
        _("video file"),
        upload_to="gallery/videos/",
        validators=[validate_video],
        help_text=_("MP4 or WebM, no larger than the upload limit (20 MB by default)."),
    )
    poster = models.ForeignKey(
        get_image_model(),
        verbose_name=_("poster image"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Shown before the video plays."),
    )
    captions = models.FileField(
        _("captions (WebVTT)"),
        upload_to="gallery/captions/",
        validators=[validate_webvtt],
        help_text=_("A .vtt file: what is said and heard, for readers who cannot hear it."),
    )
    caption = models.CharField(pgettext_lazy("album", "caption"), max_length=300, blank=True)
    photographer = models.CharField(_("camera operator"), max_length=150, blank=True)
    recorded_on = models.DateField(_("recorded on"), null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("file"),
        FieldPanel("poster"),
        FieldPanel("captions"),
        FieldPanel("caption"),
        FieldPanel("photographer"),
        FieldPanel("recorded_on"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("album", "video")
        verbose_name_plural = _("videos")

    def media_type(self):
        return VIDEO_TYPES[extension(self.file.name)]

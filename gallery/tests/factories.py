import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile

from gallery.models import AlbumPage, AlbumPhoto, AlbumVideo, GalleryIndexPage

# The smallest files the validators accept: an mp4 box header, a WebVTT cue.
MP4_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
WEBVTT_TEXT = "WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào bà con.\n"


class GalleryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thư viện ảnh – video"
    slug = "thu-vien"

    class Meta:
        model = GalleryIndexPage


class AlbumPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Album mẫu số {n}")
    date = datetime.date(2026, 11, 20)

    class Meta:
        model = AlbumPage


class AlbumPhotoFactory(factory.django.DjangoModelFactory):
    image = factory.SubFactory(wagtail_factories.ImageFactory)
    caption = "Bà con nhận gạo cứu trợ tại nhà văn hóa thôn"
    photographer = "Ban Biên tập"
    taken_on = datetime.date(2026, 11, 19)

    class Meta:
        model = AlbumPhoto


class AlbumVideoFactory(factory.django.DjangoModelFactory):
    title = "Diễn tập phòng chống lụt bão"
    file = factory.LazyFunction(lambda: ContentFile(MP4_BYTES, name="dien-tap.mp4"))
    captions = factory.LazyFunction(lambda: ContentFile(WEBVTT_TEXT.encode(), name="dien-tap.vtt"))
    poster = factory.SubFactory(wagtail_factories.ImageFactory)

    class Meta:
        model = AlbumVideo

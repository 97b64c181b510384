"""A resident on a phone browses the albums, sees photos drawn at the size the screen
needs, and plays a video from this server with its captions."""

import re

import pytest
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from hypothesis import given

from core.cache import chrome_version
from core.pagination import MAX_PAGE
from core.tests.hostile import assert_no_server_error, parameter
from gallery.models import ALBUMS_PER_PAGE
from gallery.validators import validate_video, validate_webvtt

from .factories import MP4_BYTES, WEBVTT_TEXT, AlbumPageFactory, AlbumPhotoFactory

pytestmark = pytest.mark.django_db


def test_the_index_lists_albums_newest_first_with_a_light_cover(client, gallery, album):
    older = AlbumPageFactory(parent=gallery, title="Hội nghị tổng kết", date=album.date.replace(year=2025))
    AlbumPhotoFactory(page=older)

    html = client.get(gallery.url).content.decode()

    assert html.index("Hỗ trợ bà con vùng lũ") < html.index("Hội nghị tổng kết")
    cover = re.search(r"<img [^>]*album-card__image[^>]*>", html).group(0)
    assert 'loading="lazy"' in cover and "srcset=" in cover and "sizes=" in cover
    assert re.search(r'width="\d+"', cover) and re.search(r'height="\d+"', cover)


def test_the_index_goes_page_by_page_and_refuses_a_page_past_the_end(client, gallery):
    for number in range(ALBUMS_PER_PAGE + 1):
        AlbumPageFactory(parent=gallery, title=f"Album {number:02d}")

    assert client.get(gallery.url).content.decode().count('class="album-card"') == ALBUMS_PER_PAGE
    second = client.get(gallery.url, {"page": 2}).content.decode()
    assert second.count('class="album-card"') == 1

    past = client.get(gallery.url, {"page": 9})
    assert past.status_code == 404
    assert "Không tìm thấy trang" in past.content.decode()


def test_a_page_past_the_end_takes_no_place_in_the_cache(client, gallery, album):
    """A crawler asking for ?page=2 … ?page=10000 must not fill the cache with empty pages."""
    kept = caches["versioned"]

    assert client.get(gallery.url).status_code == 200
    for number in (2, 9, MAX_PAGE):
        response = client.get(gallery.url, {"page": number})
        assert response.status_code == 404
        assert "Không tìm thấy trang" in response.content.decode()

    assert kept.get(f"{chrome_version()}:gallery:{gallery.pk}:1") is not None
    for number in (2, 9, MAX_PAGE):
        assert kept.get(f"{chrome_version()}:gallery:{gallery.pk}:{number}") is None


def test_an_album_shows_photos_with_captions_photographer_and_date(client, album):
    html = client.get(album.url).content.decode()

    figure = re.search(r'<figure class="album-photo">.*?</figure>', html, re.S).group(0)
    assert "Ảnh số 1" in figure and "Ảnh: Ban Biên tập" in figure and "19/11/2026" in figure
    assert "original_images" not in figure, "the file as uploaded is not served"
    image = re.search(r"<img [^>]*>", figure).group(0)
    assert 'loading="lazy"' in image and "srcset=" in image and 'alt="Ảnh số 1"' in image


def test_a_video_plays_from_this_server_with_a_poster_and_captions(client, album):
    html = client.get(album.url).content.decode()

    video = re.search(r"<video .*?</video>", html, re.S).group(0)
    assert "controls" in video and 'poster="/' in video
    assert re.search(r'<source src="/[^"]+\.mp4" type="video/mp4">', video)
    assert re.search(r'<track kind="captions" src="/[^"]+\.vtt" srclang="vi"', video)
    assert "http" not in video, "nothing from another host"


def test_listing_and_album_cost_few_queries(client, gallery, album, django_assert_max_num_queries):
    for _ in range(4):
        AlbumPhotoFactory(page=AlbumPageFactory(parent=gallery))
    client.get(gallery.url)
    client.get(album.url)

    with django_assert_max_num_queries(12):
        client.get(gallery.url)
    with django_assert_max_num_queries(14):
        client.get(album.url)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("phim.avi", MP4_BYTES, "Hãy tải lên video MP4 hoặc WebM."),
        ("phim.mp4", b"<html>not a video</html>", "Tệp này không phải video MP4 hoặc WebM."),
        ("phim.webm", MP4_BYTES, "Tệp này không phải video MP4 hoặc WebM."),
    ],
)
def test_a_file_that_is_not_an_mp4_or_webm_video_is_refused(name, content, message):
    with pytest.raises(ValidationError) as refused:
        validate_video(ContentFile(content, name=name))
    assert refused.value.messages == [message]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("phu-de.srt", WEBVTT_TEXT.encode(), "Hãy tải lên tệp phụ đề WebVTT (.vtt)."),
        (
            "phu-de.vtt",
            "1\n00:00:00,000 --> 00:00:02,000\nXin chào\n".encode(),
            "Tệp WebVTT phải bắt đầu bằng dòng “WEBVTT”.",
        ),
        ("phu-de.vtt", "WEBVTT\n\nXin chào\n".encode(), "Tệp phụ đề không có câu thoại nào (dòng có “-->”)."),
        (
            "phu-de.vtt",
            "WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n".encode("utf-16"),
            "Tệp phụ đề không phải văn bản UTF-8.",
        ),
    ],
)
def test_a_captions_file_that_is_not_webvtt_is_refused(name, content, message):
    with pytest.raises(ValidationError) as refused:
        validate_webvtt(ContentFile(content, name=name))
    assert refused.value.messages == [message]


def test_a_webvtt_file_with_a_byte_order_mark_is_accepted():
    validate_webvtt(ContentFile(("\ufeff" + WEBVTT_TEXT).encode(), name="phu-de.vtt"))
    validate_video(ContentFile(MP4_BYTES, name="phim.MP4"))


@given(page=parameter("page"))
def test_any_page_parameter_gets_an_answer_never_a_server_error(client, gallery, page):
    assert_no_server_error(client.get(f"{gallery.url}?{page}"))


def test_a_video_over_the_upload_limit_is_refused(settings):
    settings.UPLOAD_MAX_SIZE = 2 * 1024 * 1024
    with pytest.raises(ValidationError) as refused:
        validate_video(ContentFile(MP4_BYTES + b"\0" * settings.UPLOAD_MAX_SIZE, name="phim.mp4"))
    assert refused.value.messages == ["Video lớn hơn 2 MB."]


def test_the_index_reads_only_each_album_s_first_photo(client, gallery, album):
    for number in range(30):
        AlbumPhotoFactory(page=album, caption=f"Ảnh thứ {number + 2}")

    response = client.get(gallery.url)

    (shown,) = response.context["albums"].items
    assert len(shown.cover_photos) == 1 and shown.cover() == album.photos.first()

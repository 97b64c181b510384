"""Through the shipped nginx: a video and its captions reach the browser with the types
it plays them by (a captions track is read only as text/vtt)."""

import pytest
from django.conf import settings

from core.tests.test_nginx import nginx, through_nginx  # noqa: F401 (the nginx fixture)

from .factories import MP4_BYTES, WEBVTT_TEXT


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_nginx_serves_videos_and_captions_with_their_types(portal, nginx, request):  # noqa: F811
    for folder, name, content in (
        ("videos", "dien-tap.mp4", MP4_BYTES),
        ("captions", "dien-tap.vtt", WEBVTT_TEXT.encode()),
    ):
        directory = settings.MEDIA_ROOT / "gallery" / folder
        directory.mkdir(parents=True, exist_ok=True)
        (directory / name).write_bytes(content)
        request.addfinalizer((directory / name).unlink)

    status, headers, _ = through_nginx(nginx, "127.0.0.2", "GET", "/media/gallery/videos/dien-tap.mp4")
    assert status == 200 and headers["Content-Type"] == "video/mp4"
    status, headers, body = through_nginx(nginx, "127.0.0.2", "GET", "/media/gallery/captions/dien-tap.vtt")
    assert status == 200 and headers["Content-Type"] == "text/vtt"
    assert headers["X-Content-Type-Options"] == "nosniff" and body.startswith(b"WEBVTT")

"""The demo loads one album, one notice that ends by itself, and the legal pages."""

import datetime
import io

import pytest
from django.utils import timezone

from alerts.models import UrgentNotice
from demo.alerts.loader import load_alerts_demo
from demo.gallery.loader import load_gallery_demo
from gallery.models import AlbumPage

pytestmark = pytest.mark.django_db


def test_the_demo_album_and_notice_are_marked_as_samples_and_load_twice_alike(client, portal):
    for _ in range(2):
        load_gallery_demo(portal.home, io.StringIO())
        load_alerts_demo(portal.home, io.StringIO())

    album = AlbumPage.objects.get()
    assert "mẫu" in album.title and album.photos.count() == 4
    notice = UrgentNotice.objects.get()
    assert "mẫu" in notice.title
    assert notice.ends_at - timezone.now() == pytest.approx(
        datetime.timedelta(days=2), abs=datetime.timedelta(minutes=1)
    )
    html = client.get(album.url).content.decode()
    assert "Ra quân tổng vệ sinh môi trường" in html and "thông báo mẫu" in html

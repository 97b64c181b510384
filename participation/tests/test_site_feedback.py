"""“Was this page useful?” at the foot of every page, without JavaScript, counted per page
and reported to editors."""

import pytest

from participation.models import PageUsefulness

pytestmark = pytest.mark.django_db


def test_a_reader_rates_a_page_once_a_day(client, portal):
    category = portal.category
    assert "Trang này có hữu ích không?" in client.get(category.url).content.decode()
    response = client.post(f"/tham-gia/trang/{category.pk}/huu-ich/", {"huu-ich": "khong"})
    assert response.status_code == 303
    assert "Cảm ơn bạn đã góp ý." in client.get(response["Location"]).content.decode()
    client.post(f"/tham-gia/trang/{category.pk}/huu-ich/", {"huu-ich": "co"})
    counts = PageUsefulness.objects.get(page=category)
    assert (counts.useful, counts.not_useful) == (0, 1)


def test_editors_see_the_report(client, portal, admin_user):
    client.post(f"/tham-gia/trang/{portal.category.pk}/huu-ich/", {"huu-ich": "co"})
    client.force_login(admin_user)
    html = client.get("/admin/participation_page_usefulness/").content.decode()
    assert portal.category.title in html
    assert "100 %" in html


@pytest.mark.parametrize("value", ["", "maybe", "\x00"])
def test_a_strange_vote_counts_nothing(client, portal, value):
    assert (
        client.post(f"/tham-gia/trang/{portal.category.pk}/huu-ich/", {"huu-ich": value}).status_code == 303
    )
    assert not PageUsefulness.objects.exists()

"""An editor of commune A sees and touches nothing of commune B, in the admin or through
any address; nothing of A shows on B's public site. The lists of addresses are in
units/tests/isolation.py, for every section to extend."""

import pytest

from .isolation import ADMIN_LISTINGS, ADMIN_OBJECT_URLS, PUBLIC_URLS

pytestmark = pytest.mark.django_db

ROLES = ["editor", "approver"]


@pytest.fixture
def two_units(two_units_read_only, db):
    """Every test here only reads: the communes are built once for the module."""
    return two_units_read_only


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("what", "url_of"), ADMIN_OBJECT_URLS, ids=[what for what, _ in ADMIN_OBJECT_URLS])
def test_a_commune_s_people_cannot_open_another_commune_s_things(client, two_units, role, what, url_of):
    client.force_login(getattr(two_units.a, role))
    response = client.get(url_of(two_units.b), HTTP_HOST=two_units.a.host)
    assert response.status_code in (302, 403, 404), what
    assert two_units.b.secret not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("what", "url"), ADMIN_LISTINGS, ids=[what for what, _ in ADMIN_LISTINGS])
def test_a_commune_s_admin_lists_name_nothing_of_another_commune(client, two_units, role, what, url):
    client.force_login(getattr(two_units.a, role))
    response = client.get(url, HTTP_HOST=two_units.a.host)
    # An editor may not moderate comments or manage collections at all: refused.
    assert response.status_code in (200, 302, 403), what
    assert two_units.b.secret not in response.content.decode()


@pytest.mark.parametrize(("what", "url"), PUBLIC_URLS, ids=[what for what, _ in PUBLIC_URLS])
def test_nothing_of_a_commune_shows_on_another_commune_s_site(client, two_units, what, url):
    # B first, so that what A's pages keep in the caches would be there to leak.
    client.get(url, HTTP_HOST=two_units.b.host)
    response = client.get(url, HTTP_HOST=two_units.a.host)
    assert response.status_code == 200, what
    body = response.content.decode()
    # Pages name their unit; feeds, sitemaps and data name its address.
    assert two_units.a.name in body or two_units.a.host in body, what
    assert two_units.b.secret not in body
    assert two_units.b.host not in body


def test_each_commune_shows_its_own_article(client, two_units):
    for unit in (two_units.a, two_units.b):
        body = client.get("/tin-tuc/", HTTP_HOST=unit.host).content.decode()
        assert f"Tin {unit.secret} về chợ phiên" in body


def test_a_commune_s_approver_cannot_approve_another_commune_s_comment(client, two_units):
    comment = two_units.b.objects["comment"]
    client.force_login(two_units.a.approver)
    url = f"/admin/snippets/comments/articlecomment/edit/{comment.pk}/"
    response = client.post(url, {"state": "rejected", "answer": "Không"}, HTTP_HOST=two_units.a.host)
    assert response.status_code in (302, 403, 404)
    comment.refresh_from_db()
    assert comment.is_public and not comment.answer


def test_a_commune_s_editor_cannot_add_a_page_under_another_commune(client, two_units):
    client.force_login(two_units.a.editor)
    category = two_units.b.objects["article"].get_parent()
    response = client.get(f"/admin/pages/add/news/articlepage/{category.pk}/", HTTP_HOST=two_units.a.host)
    assert response.status_code in (302, 403)


def test_a_commune_s_approver_moderates_its_own_comments(client, two_units):
    client.force_login(two_units.a.approver)
    body = client.get("/admin/snippets/comments/articlecomment/", HTTP_HOST=two_units.a.host).content.decode()
    assert f"Góp ý {two_units.a.secret}" in body


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/to-chuc-bo-may/", "Cán bộ {secret}"),
        ("/lich-cong-tac/", "Họp {secret}"),
        ("/hoi-dap/", "Hỏi {secret}"),
        ("/cong-khai/", "Công khai {secret}"),
    ],
)
def test_each_commune_shows_its_own_people_schedule_answers_and_disclosures(client, two_units, url, text):
    for unit in (two_units.a, two_units.b):
        body = client.get(url, HTTP_HOST=unit.host).content.decode()
        assert text.format(secret=unit.secret) in body, (unit.name, url)


def test_each_commune_s_search_pins_its_own_article_only(client, two_units):
    for unit, other in ((two_units.a, two_units.b), (two_units.b, two_units.a)):
        body = client.get("/tim-kiem/", {"q": "tin"}, HTTP_HOST=unit.host).content.decode()
        pinned = body.split('<section class="search-pinned"', 1)[1].split("</section>", 1)[0]
        assert f"Ghim {unit.secret}" in pinned
        assert other.secret not in pinned

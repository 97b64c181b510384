"""Editors keep the unit's disclosures, and the admin tells them what is missing."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from disclosures.admin_views import MissingDisclosuresPanel
from disclosures.models import DisclosurePage
from home.tests.factories import HomePageFactory

from .factories import DisclosureIndexPageFactory, DisclosurePageFactory, kind

pytestmark = pytest.mark.django_db

REPORT = "/admin/cong-khai-con-thieu/"


@pytest.fixture
def superuser(client, django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "bientap@xa.example", "mat-khau-dai-12345")
    client.force_login(user)
    return client


@pytest.fixture
def other_commune(portal):
    home = HomePageFactory(parent=portal.home.get_parent(), title="Xã Bên Cạnh", slug="xa-ben-canh")
    return DisclosureIndexPageFactory(parent=home, slug="cong-khai")


def test_the_checklist_lists_what_is_past_its_deadline(superuser, disclosures_page, today):
    DisclosurePageFactory(parent=disclosures_page, period="quy-1")

    content = superuser.get(REPORT).content.decode()

    assert "Công khai còn thiếu" in content
    assert "Quý 2 năm 2025" in content and "15/07/2025" in content
    assert "Quý 1 năm 2025" not in content  # published
    assert "Quý 3 năm 2025" not in content  # not yet due
    assert "Dự toán ngân sách" in content and "31/01/2025" in content


def test_the_dashboard_tells_how_many_are_missing(superuser, disclosures_page, today):
    content = superuser.get("/admin/").content.decode()

    # The estimate, the land-use plan, Q1, Q2 and six months' execution, six months' investment progress.
    assert "6 mục công khai đã quá hạn mà chưa được công khai." in content
    assert 'href="/admin/cong-khai-con-thieu/"' in content


def test_an_editor_sees_only_the_checklist_of_their_own_site(
    client, django_user_model, disclosures_page, other_commune, today
):
    editors = Group.objects.create(name="Biên tập xã bên cạnh")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=editors, page=other_commune, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("xabencanh", "b@xa.example", "mat-khau-dai-12345")
    user.groups.add(editors)
    client.force_login(user)

    content = client.get(REPORT).content.decode()

    assert f'id="checklist-{other_commune.pk}"' in content and "Xã Bên Cạnh – Công khai" in content
    assert f'id="checklist-{disclosures_page.pk}"' not in content


def test_an_editor_adds_a_disclosure_in_vietnamese(superuser, disclosures_page):
    add_url = f"/admin/pages/add/disclosures/disclosurepage/{disclosures_page.pk}/"
    assert "Loại công khai" in superuser.get(add_url).content.decode()

    response = superuser.post(
        add_url,
        nested_form_data(
            {
                "title": "Công khai quyết toán ngân sách xã năm 2024",
                "slug": "",
                "kind": kind("quyet-toan-ngan-sach").pk,
                "period": "nam",
                "year": "2024",
                "body": rich_text("Số liệu quyết toán."),
                "documents": inline_formset([]),
                "files": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 302
    disclosure = DisclosurePage.objects.get()
    assert disclosure.live and disclosure.slug == "cong-khai-quyet-toan-ngan-sach-xa-nam-2024"
    assert str(disclosure.period_end) == "2024-12-31"


def test_a_year_out_of_range_is_refused_with_a_message(superuser, disclosures_page):
    response = superuser.post(
        f"/admin/pages/add/disclosures/disclosurepage/{disclosures_page.pk}/",
        nested_form_data(
            {
                "title": "Năm sai",
                "slug": "",
                "kind": kind("quyet-toan-ngan-sach").pk,
                "period": "nam",
                "year": "20245",
                "body": rich_text(""),
                "documents": inline_formset([]),
                "files": inline_formset([]),
            }
        ),
    )

    assert response.status_code == 200
    assert not DisclosurePage.objects.exists()


def communes_with_disclosures(portal, count):
    """`count` communes, each with its disclosures page and a disclosure already published."""
    indexes = []
    for number in range(count):
        home = HomePageFactory(
            parent=portal.home.get_parent(), title=f"Xã Số {number}", slug=f"xa-so-{number}"
        )
        indexes.append(DisclosureIndexPageFactory(parent=home, slug="cong-khai"))
        DisclosurePageFactory(parent=indexes[-1], period="quy-1")
    return indexes


def province_editor(django_user_model, indexes):
    """The province's editor, who keeps the disclosures of every commune."""
    editors = Group.objects.create(name="Biên tập tỉnh")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for index in indexes:
        GroupPagePermission.objects.create(group=editors, page=index, permission_type="add")
    user = django_user_model.objects.create_user("tinh", "tinh@tinh.example", "mat-khau-dai-12345")
    user.groups.add(editors)
    return user


def dashboard_panel_html(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return MissingDisclosuresPanel().render_html({"request": request})


@pytest.mark.parametrize("communes", [1, 5])
def test_the_dashboard_panel_costs_the_same_whatever_the_number_of_sites(
    portal, django_user_model, django_assert_num_queries, today, communes
):
    user = province_editor(django_user_model, communes_with_disclosures(portal, communes))

    # The editor's page permissions, the disclosures pages, the kinds, the disclosures of every page.
    with django_assert_num_queries(4):
        html = dashboard_panel_html(user)

    # Per commune: the estimate, the land-use plan, Q2 and six months' execution, six months' investment progress.
    assert f"{5 * communes} mục công khai đã quá hạn" in html

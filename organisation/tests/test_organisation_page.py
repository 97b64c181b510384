"""A resident finds who leads the unit, how its departments fit together, and how to reach
the spokesperson and the hotlines, on one page."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail_factories import ImageFactory

from core.models import UnitSettings
from home.tests.factories import HomePageFactory

from .factories import DepartmentFactory, PersonFactory


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_a_resident_finds_the_leaders_with_their_contacts(client, organisation_page, organisation):
    response = client.get(organisation_page.url)

    assert response.status_code == 200
    text = text_of(response)
    assert "Lãnh đạo" in text
    assert "Nguyễn Văn Mẫu (mẫu)" in text
    assert "Chủ tịch UBND xã" in text
    assert "Lãnh đạo chung" in text
    assert "Thứ Năm, 7:30–11:00" in text
    assert 'href="mailto:phatngon@xa.example"' in response.content.decode()


def test_the_spokesperson_has_name_title_phone_and_email(client, organisation_page, organisation):
    html = client.get(organisation_page.url).content.decode()
    section = html.split('id="phat-ngon"')[1].split("</section>")[0]

    assert "Trần Thị Thử (mẫu)" in section
    assert "Phó Chủ tịch UBND xã" in section
    assert 'href="tel:0200333444"' in section
    assert "phatngon@xa.example" in section


def test_the_organisation_chart_is_nested_lists(client, organisation_page, organisation):
    html = client.get(organisation_page.url).content.decode()
    chart = html.split('id="so-do"')[1].split("</section>")[0]

    # The office is in a list inside the leadership's list item.
    between = chart[chart.index("Lãnh đạo UBND xã") : chart.index("Văn phòng UBND")]
    assert 'class="org-chart__level"' in between
    assert chart.count('class="org-chart__level"') == 2
    assert f'href="#nguoi-{organisation["clerk"].pk}"' in chart


def test_hotlines_are_listed_with_a_call_link(client, organisation_page, organisation):
    html = client.get(organisation_page.url).content.decode()

    assert "Đường dây nóng của Chủ tịch" in html
    assert 'href="tel:0200111222"' in html


def test_a_person_edited_once_shows_the_change(client, organisation_page, organisation):
    chair = organisation["chair"]
    chair.phone = "0200 999 888"
    chair.save()

    assert 'href="tel:0200999888"' in client.get(organisation_page.url).content.decode()


def test_people_of_another_site_are_not_shown(client, portal, organisation_page, organisation):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), title="Xã Khác", slug="xa-khac")
    other_site = Site.objects.create(hostname="xa-khac.example", port=80, root_page=other_home)
    UnitSettings.objects.create(site=other_site, name="Xã Khác")
    PersonFactory(site=other_site, full_name="Người Xã Khác (mẫu)", role="leader")

    content = client.get(organisation_page.url).content.decode()
    assert "Nguyễn Văn Mẫu (mẫu)" in content
    assert "Người Xã Khác" not in content


def queries_for(client, url):
    client.get(url)  # a person's save renews the fragments every page shares (menu, settings)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queries_do_not_grow_with_the_number_of_people(client, portal, organisation_page):
    department = DepartmentFactory(site=portal.site)
    PersonFactory(site=portal.site, department=department, role="leader", photo=ImageFactory())
    few = queries_for(client, organisation_page.url)
    for number in range(30):
        parent = DepartmentFactory(site=portal.site, parent=department if number % 2 else None)
        PersonFactory(
            site=portal.site,
            department=parent,
            role="leader" if number % 3 else "official",
            photo=ImageFactory() if number % 2 else None,
        )

    assert queries_for(client, organisation_page.url) == few
    # Page, site, departments, people, photos, renditions, hotlines and the request's chrome.
    assert few <= 10


def test_a_department_that_loops_back_is_drawn_without_hanging(client, portal, organisation_page):
    first = DepartmentFactory(site=portal.site, name="Phòng Vòng Một")
    second = DepartmentFactory(site=portal.site, name="Phòng Vòng Hai", parent=first)
    # Written past the form's check, as an import or a shell might.
    type(first).objects.filter(pk=first.pk).update(parent=second)

    html = client.get(organisation_page.url).content.decode()
    assert "Phòng Vòng Một" in html and "Phòng Vòng Hai" in html


@pytest.mark.parametrize("path", ["?a=1", "?page=%00", "?%ff=%fe"])
def test_stray_parameters_change_nothing(client, organisation_page, organisation, path):
    assert client.get(organisation_page.url + path).status_code == 200


def test_the_footer_of_every_page_links_the_organisation(client, portal, organisation_page):
    assert (
        f'href="{organisation_page.url}"'
        in client.get(portal.news_index.url).content.decode().split("<footer")[1]
    )
    english_footer = client.get(f"/en{portal.news_index.url}").content.decode().split("<footer")[1]
    assert "About the commune" in english_footer


def test_a_preview_under_the_provinces_address_shows_the_communes_own_people(
    settings, portal, organisation_page, organisation
):
    """The commune's address is not among the allowed hosts, so Wagtail previews the page
    under the first one: the province's. The page still shows the commune's people."""
    province_home = HomePageFactory(parent=Page.get_first_root_node(), title="Tỉnh Mẫu", slug="tinh-mau")
    province = Site.objects.create(hostname="tinh.example", port=80, root_page=province_home)
    UnitSettings.objects.create(site=province, name="UBND tỉnh Mẫu")
    PersonFactory(site=province, full_name="Người Của Tỉnh (mẫu)", role="leader")
    settings.ALLOWED_HOSTS = ["tinh.example"]

    html = organisation_page.make_preview_request().content.decode()

    assert "Nguyễn Văn Mẫu (mẫu)" in html
    assert "Người Của Tỉnh" not in html

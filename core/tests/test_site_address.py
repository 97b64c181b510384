"""An operator gives each site its public address once (`manage.py set_site_address`),
and `migrate` / `check --database default` warn while the default site and BASE_URL disagree."""

import io

import pytest
from django.contrib.sites.models import Site as DjangoSite
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.models import Site

from core.site_address import AddressError, parse_address
from home.tests.factories import HomePageFactory


@pytest.mark.parametrize(
    "url, address",
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("https://congthongtin.xa.gov.vn", ("congthongtin.xa.gov.vn", 443)),
        ("HTTPS://CongThongTin.Xa.gov.vn:443/", ("congthongtin.xa.gov.vn", 443)),
        ("http://xa.gov.vn", ("xa.gov.vn", 80)),
        ("http://[::1]:8000", ("[::1]", 8000)),
    ],
)
def test_an_address_gives_the_hostname_and_port(url, address):
    assert parse_address(url) == address


@pytest.mark.parametrize(
    "url, reason",
    [
        ("https://xa.gov.vn:8443", "cổng 443"),
        ("http://xa.gov.vn:443", "cổng 443"),
        ("ftp://xa.gov.vn", "http://"),
        ("xa.gov.vn", "http://"),
        ("https://xa.gov.vn/cong/", "không có đường dẫn"),
        ("http://xa.gov.vn:99999", "địa chỉ hợp lệ"),
    ],
)
def test_an_address_wagtail_cannot_give_back_is_refused_in_vietnamese(url, reason):
    with pytest.raises(AddressError, match=reason):
        parse_address(url)


def command(*args):
    out = io.StringIO()
    call_command("set_site_address", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def sites(db):
    """A province's installation: its own portal (default) and a commune's."""
    Site.objects.all().delete()
    province = Site.objects.create(
        hostname="localhost", port=80, root_page=HomePageFactory(), is_default_site=True, site_name="Tỉnh Mẫu"
    )
    commune = Site.objects.create(
        hostname="xa-a.local", port=80, root_page=HomePageFactory(slug="xa-a"), site_name="Xã A"
    )
    return province, commune


@override_settings(WAGTAILADMIN_BASE_URL="https://congthongtin.tinh-mau.gov.vn")
def test_without_arguments_the_default_site_takes_base_url(sites):
    province, commune = sites

    output = command()

    province.refresh_from_db()
    commune.refresh_from_db()
    assert province.root_url == "https://congthongtin.tinh-mau.gov.vn"
    assert commune.root_url == "http://xa-a.local"
    assert DjangoSite.objects.get_current().domain == "congthongtin.tinh-mau.gov.vn"
    assert "nay có địa chỉ https://congthongtin.tinh-mau.gov.vn (trước đây: http://localhost)" in output
    assert "đã có địa chỉ https://congthongtin.tinh-mau.gov.vn" in command()


def test_a_commune_site_is_named_by_its_id_or_hostname(sites):
    _, commune = sites

    command("https://xa-a.tinh-mau.gov.vn", "--site", "xa-a.local")
    commune.refresh_from_db()
    assert commune.root_url == "https://xa-a.tinh-mau.gov.vn"

    command("http://xa-a.test:8080", "--site", str(commune.pk))
    commune.refresh_from_db()
    assert commune.root_url == "http://xa-a.test:8080"
    # django.contrib.sites follows the default site only.
    assert DjangoSite.objects.get_current().domain == "example.com"


@pytest.mark.parametrize(
    "args, message",
    [
        (["https://xa.gov.vn", "--site", "khong-co.local"], "Không có trang web nào"),
        (["https://xa.gov.vn", "--site", "999"], "Không có trang web nào"),
        (["https://xa.gov.vn:8443"], "cổng 443"),
        (["http://xa-a.local"], "đã thuộc về trang web “Xã A”"),
    ],
)
def test_a_wrong_site_or_address_is_refused_and_nothing_changes(sites, args, message):
    province, _ = sites

    with pytest.raises(CommandError, match=message):
        command(*args)

    province.refresh_from_db()
    assert province.root_url == "http://localhost"


def address_warnings():
    return [message for message in run_checks(databases=["default"]) if message.id == "core.W001"]


@pytest.mark.django_db(transaction=False)
def test_the_check_warns_while_the_default_site_is_not_at_base_url(sites):
    with override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000"):
        [warning] = address_warnings()
        assert "http://localhost" in warning.msg and "http://127.0.0.1:8000" in warning.msg
        assert "set_site_address" in warning.hint

        command()

        # The commune's own address (xa-a.local) is not BASE_URL, and that is right.
        assert address_warnings() == []


@override_settings(WAGTAILADMIN_BASE_URL="https://xa.gov.vn:8443")
def test_the_check_says_when_base_url_cannot_be_a_site_address(sites):
    [warning] = address_warnings()
    assert "cổng 443" in warning.msg


def test_the_check_is_silent_without_a_database():
    assert [message for message in run_checks() if message.id == "core.W001"] == []

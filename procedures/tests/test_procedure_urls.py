"""What the site-wide search needs from a procedure: a public URL and a search index entry."""

import pytest
from wagtail.search.backends import get_search_backend

from procedures.models import Procedure

from .factories import AgencyFactory, ProcedureFactory, ProcedureFieldFactory

pytestmark = pytest.mark.django_db


def test_a_procedure_has_a_public_url_under_the_list(client, procedures_site):
    procedure = ProcedureFactory(code="1.000948.H38")

    assert procedure.get_absolute_url() == procedure.url == "/thu-tuc-hanh-chinh/1-000948-h38/"
    assert client.get(procedure.url).status_code == 200


def test_the_url_follows_the_list_when_it_moves(client, procedures_site):
    procedure = ProcedureFactory(code="1.001193")
    procedure.get_absolute_url()
    procedures_site.index.slug = "tthc"
    procedures_site.index.save_revision().publish()

    assert Procedure.objects.get().get_absolute_url() == "/tthc/1-001193/"


def test_without_a_list_a_procedure_has_no_url(db):
    assert ProcedureFactory().get_absolute_url() is None


def test_a_procedure_saved_in_the_admin_is_found_by_the_search_backend(procedures_site):
    ProcedureFactory(
        name="Đăng ký khai sinh",
        field=ProcedureFieldFactory(name="Hộ tịch"),
        agency=AgencyFactory(name="UBND xã"),
    )

    results = get_search_backend().search("khai sinh", Procedure)

    assert [procedure.name for procedure in results] == ["Đăng ký khai sinh"]


def test_renaming_a_field_refreshes_the_search_text_of_its_procedures(client, procedures_site):
    field = ProcedureFieldFactory(name="Hộ tịch")
    ProcedureFactory(name="Đăng ký khai sinh", field=field)

    field.name = "Tư pháp – Hộ tịch"
    field.save()

    assert "tu phap" in Procedure.objects.get().search_text
    assert "Đăng ký khai sinh" in client.get(procedures_site.index.url, {"q": "tu phap"}).content.decode()


def test_the_sitemap_lists_every_procedure(client, procedures_site, sitemap_locations):
    procedures_site.index.save_revision().publish()
    ProcedureFactory(code="1.001193")
    ProcedureFactory(code="1.000656")

    locations = sitemap_locations()

    assert "http://testserver/thu-tuc-hanh-chinh/" in locations
    assert "http://testserver/thu-tuc-hanh-chinh/1-001193/" in locations
    assert "http://testserver/thu-tuc-hanh-chinh/1-000656/" in locations

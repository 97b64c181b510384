"""The procedures app's list, imported from the national database's spreadsheet, is
searchable as "Thủ tục hành chính" as soon as the import ends."""

import re

import pytest

from procedures.models import Procedure
from procedures.spreadsheets.procedure_import import ProcedureImporter
from procedures.tests.factories import ProcedureFactory, ProcedureIndexPageFactory
from procedures.tests.spreadsheets import sample_file

pytestmark = pytest.mark.django_db


def results(client, **params):
    content = client.get("/tim-kiem/", params).content.decode()
    return re.findall(r'<h3 class="search-result__title"><a href="([^"]*)">(.*?)</a></h3>', content)


def test_an_imported_procedure_is_found_without_diacritics_and_by_its_code(client, portal):
    ProcedureIndexPageFactory(parent=portal.home, title="Thủ tục hành chính")
    ProcedureImporter().run(sample_file())
    birth = Procedure.objects.get(code="1.001193")

    by_words = results(client, q="dang ky khai sinh", kind="thu-tuc")
    by_code = results(client, q="1.001193")

    assert by_words[0] == (
        birth.get_absolute_url(),
        "<mark>Đăng</mark> <mark>ký</mark> <mark>khai</mark> <mark>sinh</mark>",
    )
    assert by_code[0] == (birth.get_absolute_url(), "Đăng ký khai sinh")


def test_a_procedure_edited_in_the_admin_is_found_by_its_new_name(client, portal):
    ProcedureIndexPageFactory(parent=portal.home, title="Thủ tục hành chính")
    procedure = ProcedureFactory(code="2.000001", name="Cấp bản sao trích lục hộ tịch")

    procedure.name = "Cấp bản sao trích lục khai tử"
    procedure.save()

    assert [title for _, title in results(client, q="khai tu")] == [
        "Cấp bản sao trích lục <mark>khai</mark> <mark>tử</mark>"
    ]
    procedure.delete()
    assert results(client, q="khai tu") == []

"""A model that is not a page joins the search with a few lines (procedures/searchables.py),
and the index follows its saves, deletes and bulk writes."""

import pytest
from django.core.management import call_command

from search.analysis import SearchQuery
from search.engine import SearchResults
from search.models import Kind, SearchEntry

pytestmark = pytest.mark.django_db


def found(text, kind=None):
    return [
        (entry.kind, entry.title, entry.code) for entry in SearchResults(SearchQuery(text), kind=kind)[0:20]
    ]


def test_a_registered_model_is_found_with_its_kind_and_code(portal, procedures):
    procedures("1.001193", "Đăng ký khai sinh", "Hộ tịch cấp xã.")

    assert found("ho tich") == [(Kind.PROCEDURE, "Đăng ký khai sinh", "1.001193")]
    assert found("ho tich", kind=Kind.PROCEDURE) == found("ho tich")
    assert found("ho tich", kind=Kind.NEWS) == []


def test_the_index_follows_saves_and_deletes_of_the_model(portal, procedures):
    procedure = procedures("1.000656", "Cấp bản sao trích lục hộ tịch")

    procedure.name = "Cấp bản sao trích lục khai sinh"
    procedure.save()
    assert [title for _, title, _ in found("trich luc")] == ["Cấp bản sao trích lục khai sinh"]

    procedure.delete()
    assert found("trich luc") == []
    assert not SearchEntry.objects.filter(kind=Kind.PROCEDURE, page=None).exists()


def test_the_rebuild_includes_registered_models(portal, procedures):
    procedures("1.001193", "Đăng ký khai sinh")
    SearchEntry.objects.all().delete()

    call_command("rebuild_search_index", verbosity=0)

    assert [title for _, title, _ in found("khai sinh")] == ["Đăng ký khai sinh"]

"""An editor keeps the register in the admin, in Vietnamese."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from documents.models import DocumentType, LegalDocumentPage

from .factories import IssuerFactory, LegalDocumentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "bientap@xa.example", "mat-khau-dai-12345")
    client.force_login(user)
    return client


def form(**fields):
    return nested_form_data(
        {
            "title": "Ban hành quy chế quản lý đất đai trên địa bàn xã",
            "slug": "",
            "number": "15/2025/QĐ-UBND",
            "document_type": DocumentType.objects.get(name="Quyết định").pk,
            "issuer": IssuerFactory(name="UBND xã Thử Nghiệm").pk,
            "signer": "",
            "field": "",
            "status": "con-hieu-luc",
            "issued_on": "02/04/2025",
            "effective_on": "15/04/2025",
            "national_database_url": "",
            "full_text": rich_text(""),
            "attachments": inline_formset([]),
            "relations": inline_formset([]),
            **fields,
        }
    )


def add_url(register):
    return f"/admin/pages/add/documents/legaldocumentpage/{register.pk}/"


def test_an_editor_adds_a_document_and_its_address_comes_from_the_number(editor, register):
    response = editor.post(add_url(register), form(**{"action-publish": "publish"}))

    assert response.status_code == 302
    document = LegalDocumentPage.objects.get()
    assert document.slug == "15-2025-qd-ubnd"
    assert document.live
    assert editor.get("/van-ban/15-2025-qd-ubnd/").status_code == 200


def test_a_malformed_number_is_refused_with_a_vietnamese_reason(editor, register):
    response = editor.post(add_url(register), form(number="15-2025 QĐ UBND", **{"action-publish": "publish"}))

    assert response.status_code == 200
    assert "Ghi số, ký hiệu như trên văn bản" in response.content.decode()
    assert not LegalDocumentPage.objects.exists()


def test_the_admin_lists_every_document_with_its_number(editor, register):
    LegalDocumentPageFactory(parent=register, number="123/UBND-VP")

    response = editor.get("/admin/legal_documents/")

    assert response.status_code == 200
    assert "123/UBND-VP" in response.content.decode()


def test_the_lists_of_types_issuers_and_fields_are_editable(editor):
    for url in (
        "/admin/snippets/documents/documenttype/",
        "/admin/snippets/documents/issuer/",
        "/admin/snippets/documents/documentfield/",
    ):
        assert editor.get(url).status_code == 200
    assert "Nghị định" in editor.get("/admin/snippets/documents/documenttype/").content.decode()

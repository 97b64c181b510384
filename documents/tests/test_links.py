"""A procedure's legal basis links to the register's document of the same number."""

import datetime

import pytest

from documents.models import DocumentType
from procedures.tests.factories import ProcedureFactory, ProcedureIndexPageFactory

from .factories import IssuerFactory, LegalDocumentPageFactory

pytestmark = pytest.mark.django_db


def test_a_procedure_links_its_legal_basis_to_the_register(client, portal, register):
    law = LegalDocumentPageFactory(
        parent=register,
        number="60/2014/QH13",
        title="Luật Hộ tịch",
        document_type=DocumentType.objects.get(name="Luật"),
        issuer=IssuerFactory(name="Quốc hội"),
        issued_on=datetime.date(2014, 11, 20),
    )
    ProcedureIndexPageFactory(parent=portal.home)
    procedure = ProcedureFactory(code="1.001193", name="Đăng ký khai sinh")  # legal basis: 60/2014/QH13

    content = client.get(procedure.get_absolute_url()).content.decode()

    assert f'<a href="{law.url}">60/2014/QH13</a>' in content


def test_a_number_the_register_does_not_hold_stays_plain_text(client, portal, register):
    ProcedureIndexPageFactory(parent=portal.home)
    procedure = ProcedureFactory(code="1.001193")

    content = client.get(procedure.get_absolute_url()).content.decode()

    assert "<td>60/2014/QH13</td>" in content

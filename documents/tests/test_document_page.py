"""A resident opens a document: every field, its files, its relations both ways, print."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError

from documents.models import DocumentRelation, DocumentType, RelationKind, Status
from documents.numbers import number_year

from .factories import LegalDocumentPageFactory, attach, decree_42

pytestmark = pytest.mark.django_db


@pytest.fixture
def decree(register):
    document = decree_42(
        register,
        signer="Nguyễn Văn An",
        effective_on=datetime.date(2022, 8, 15),
        national_database_url="https://vbpl.vn/van-ban-mau",
    )
    attach(document, title="Nghị định 42/2022/NĐ-CP")
    return document


@pytest.fixture
def old_decree(register, decree):
    old = LegalDocumentPageFactory(
        parent=register,
        number="43/2011/NĐ-CP",
        title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước",
        document_type=DocumentType.objects.get(name="Nghị định"),
        issuer=decree.issuer,
        issued_on=datetime.date(2011, 6, 13),
        effective_on=datetime.date(2011, 8, 1),
        status=Status.REPLACED,
    )
    DocumentRelation.objects.create(page=decree, kind=RelationKind.REPLACES, target=old)
    return old


def test_every_field_is_shown(client, decree):
    content = client.get("/van-ban/42-2022-nd-cp/").content.decode()

    for text in [
        "Nghị định 42/2022/NĐ-CP",
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
        "Chính phủ",
        "Nguyễn Văn An",
        "24/06/2022",
        "15/08/2022",
        "Còn hiệu lực",
        "https://vbpl.vn/van-ban-mau",
        "Hành chính",
    ]:
        assert text in content


def test_the_file_is_shown_with_its_type_and_size_and_downloads(client, decree):
    content = client.get(decree.url).content.decode()

    link = re.search(
        r'<a href="([^"]+)" download>Nghị định 42/2022/NĐ-CP</a> <span class="file-info">\(PDF, (\d+)',
        content,
    )
    assert link
    download = client.get(link.group(1))
    assert download.status_code == 200
    assert b"".join(download.streaming_content if download.streaming else [download.content]).startswith(
        b"%PDF"
    )


def test_a_reader_follows_replaced_by(client, decree, old_decree):
    old_page = client.get(old_decree.url).content.decode()
    new_page = client.get(decree.url).content.decode()

    assert "Văn bản này đã bị thay thế bởi" in old_page
    assert f'<a href="{decree.url}">Nghị định 42/2022/NĐ-CP</a>' in old_page
    assert "Bị thay thế bởi" in old_page
    assert "Thay thế" in new_page and f'href="{old_decree.url}"' in new_page


def test_an_unpublished_relation_is_not_shown(client, decree, old_decree):
    decree.unpublish()

    content = client.get(old_decree.url).content.decode()
    assert old_decree.number in content
    assert "đã bị thay thế" not in content


def test_print_view(client, decree):
    response = client.get("/van-ban/42-2022-nd-cp/in/")

    content = response.content.decode()
    assert response.status_code == 200
    assert 'class="print-view"' in content
    assert "Nghị định 42/2022/NĐ-CP" in content
    assert "http://testserver/van-ban/42-2022-nd-cp/" in content


def test_structured_data_is_legislation(client, decree):
    content = client.get(decree.url).content.decode()

    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    )
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "42/2022/NĐ-CP"
    assert data["legislationType"] == "Nghị định"
    assert data["legislationDate"] == "2022-06-24"
    assert data["legislationPassedBy"]["name"] == "Chính phủ"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    assert data["encoding"][0]["encodingFormat"] == "application/pdf"


def test_detail_queries_are_few(client, decree, old_decree, django_assert_max_num_queries):
    client.get(decree.url)
    with django_assert_max_num_queries(12):
        assert client.get(decree.url).status_code == 200


@pytest.mark.parametrize(
    "number",
    [
        "42/2022/NĐ-CP",
        "15/2025/QĐ-UBND",
        "123/UBND-VP",
        "10/2022/QH15",
        "06/CT-TTg",
        "22/2023/TT-BTTTT",
        " 42 / 2022 / NĐ - CP ",
    ],
)
def test_well_formed_numbers_are_accepted(register, number):
    document = LegalDocumentPageFactory(
        parent=register, number=number, issued_on=datetime.date(number_year(number) or 2025, 1, 1)
    )

    document.full_clean()
    assert " " not in document.number


@pytest.mark.parametrize(
    "number", ["42-2022-NĐ-CP", "abc", "42/2022/", "/NĐ-CP", "42/22/NĐ-CP", "42/2022/NĐ CP!", "x" * 80]
)
def test_malformed_numbers_are_refused_in_vietnamese(register, number):
    document = LegalDocumentPageFactory(parent=register)
    document.number = number

    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "Ghi số, ký hiệu như trên văn bản" in str(error.value) or "number" in error.value.message_dict


def test_the_year_of_the_number_must_match_the_issue_date(register):
    document = LegalDocumentPageFactory(parent=register, number="15/2025/QĐ-UBND")
    document.issued_on = datetime.date(2024, 12, 30)

    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "issued_on" in error.value.message_dict


def test_one_number_once_per_issuer_in_a_register(register):
    first = LegalDocumentPageFactory(parent=register, number="15/2025/QĐ-UBND")
    second = LegalDocumentPageFactory(parent=register, number="16/2025/QĐ-UBND", issuer=first.issuer)
    second.number = "15/2025/qđ-ubnd"

    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "number" in error.value.message_dict


def test_effective_before_issue_is_refused(register):
    document = LegalDocumentPageFactory(parent=register)
    document.effective_on = document.issued_on - datetime.timedelta(days=1)

    with pytest.raises(ValidationError):
        document.full_clean()

"""`make run` shows a register of real national documents and the unit's samples."""

import io
import re

import pytest
from django.core.management import call_command

from documents.models import LegalDocumentPage

pytestmark = pytest.mark.django_db


def test_the_demo_register_has_a_dozen_documents_with_files(client, demo):
    content = client.get("/van-ban/").content.decode()

    assert LegalDocumentPage.objects.live().count() >= 12
    assert "14 văn bản" in content
    assert "42/2022/NĐ-CP" in content and "10/2022/QH15" in content
    assert all(document.attachments.exists() for document in LegalDocumentPage.objects.all())


def test_the_unit_s_own_documents_are_marked_as_samples(demo):
    samples = LegalDocumentPage.objects.filter(is_sample=True)

    assert samples.count() == 4
    assert all("văn bản mẫu" in document.title for document in samples)
    assert not LegalDocumentPage.objects.filter(is_sample=False, issuer__name="UBND huyện Mẫu").exists()


def test_the_sample_file_is_a_pdf_that_says_it_is_not_the_official_text(client, demo):
    decree = LegalDocumentPage.objects.get(number="42/2022/NĐ-CP")
    link = re.search(r'<a href="([^"]+\.pdf)" download>', client.get(decree.url).content.decode()).group(1)

    response = client.get(link)
    data = b"".join(response.streaming_content) if response.streaming else response.content
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    assert b"Khong phai ban chinh thuc" in data


def test_replaced_by_and_a_procedure_s_legal_basis_work_in_the_demo(client, demo):
    old = LegalDocumentPage.objects.get(number="43/2011/NĐ-CP")
    assert "Văn bản này đã bị thay thế bởi" in client.get(old.url).content.decode()

    procedure_list = client.get("/thu-tuc-hanh-chinh/").content.decode()
    first = re.search(r'<h2 class="procedure-card__title"><a href="([^"]+)">', procedure_list).group(1)
    assert '<a href="/van-ban/60-2014-qh13/">60/2014/QH13</a>' in client.get(first).content.decode()


def test_loading_twice_adds_nothing(demo):
    call_command("load_demo_content", "--no-admin", stdout=io.StringIO())

    assert LegalDocumentPage.objects.count() == 14

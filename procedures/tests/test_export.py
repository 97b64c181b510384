import csv
import io
import json

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from procedures.models import Procedure
from procedures.spreadsheets.procedure_import import ProcedureImporter

from .spreadsheets import sample_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def sample_list(procedures_site):
    Document.objects.create(title="Tờ khai đăng ký khai sinh", file=ContentFile(b"x", name="to-khai.docx"))
    ProcedureImporter().run(sample_file())
    return procedures_site


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_the_filtered_list_downloads_as_csv_in_the_import_columns(client, sample_list):
    response = client.get(f"{sample_list.index.url}csv/", {"linh_vuc": "ho-tich", "q": "khai sinh"})

    rows = csv_rows(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="thu-tuc-hanh-chinh.csv"' in response["Content-Disposition"]
    assert [row["Mã thủ tục"] for row in rows] == ["1.001193"]
    birth = rows[0]
    assert birth["Cấp thực hiện"] == "Cấp Xã"
    assert birth["Lĩnh vực"] == "Hộ tịch"
    assert birth["Cách thức thực hiện"].startswith(
        "Trực tiếp | 1 ngày làm việc | Lệ phí đăng ký khai sinh đúng hạn: Miễn phí"
    )
    assert (
        "Tờ khai đăng ký khai sinh theo mẫu | 1 | 0 | Tờ khai đăng ký khai sinh" in birth["Thành phần hồ sơ"]
    )
    assert birth["Căn cứ pháp lý"].startswith("60/2014/QH13 | Luật Hộ tịch | 20/11/2014 | Quốc hội")
    assert birth["Ngày cập nhật"] == "15/06/2024"


def test_a_downloaded_csv_imports_back_unchanged(client, sample_list):
    exported = client.get(f"{sample_list.index.url}csv/").content

    report = ProcedureImporter().run(exported)

    assert (len(report.unchanged), len(report.updated), len(report.rejected)) == (23, 0, 0)


def test_the_filtered_list_downloads_as_json(client, sample_list):
    response = client.get(
        f"{sample_list.index.url}json/", {"truc_tuyen": "toan-trinh", "linh_vuc": "ho-tich"}
    )

    data = json.loads(response.content)
    assert data["count"] == len(data["procedures"]) == 4
    birth = next(item for item in data["procedures"] if item["code"] == "1.001193")
    assert birth["url"] == "http://testserver/thu-tuc-hanh-chinh/1-001193/"
    assert birth["levels"] == ["xa"]
    assert birth["channels"][0]["fees"] == [{"name": "Lệ phí đăng ký khai sinh đúng hạn", "amount": 0}]
    assert birth["documents"][0]["case"] == "Giấy tờ phải nộp"
    form = birth["documents"][0]["documents"][0]
    assert form["form_name"] == "Tờ khai đăng ký khai sinh"
    assert form["form_url"].startswith("http://testserver/documents/")
    assert birth["legal_basis"][0]["issued_on"] == "2014-11-20"


def test_an_invalid_filter_in_a_download_is_ignored(client, sample_list):
    response = client.get(f"{sample_list.index.url}json/", {"cap": "khong-co"})

    assert response.status_code == 200
    assert json.loads(response.content)["count"] == Procedure.objects.count()


def test_a_download_costs_a_bounded_number_of_queries(client, sample_list, django_assert_max_num_queries):
    client.get(f"{sample_list.index.url}json/")

    with django_assert_max_num_queries(10):
        client.get(f"{sample_list.index.url}json/")
    with django_assert_max_num_queries(10):
        client.get(f"{sample_list.index.url}csv/")

"""An editor imports a spreadsheet of documents and reads the row report."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from documents.columns import HEADINGS
from documents.importing import DocumentImporter
from documents.models import DocumentType, Issuer, LegalDocumentPage, Status

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/legal_documents/import/"
HEADER = [
    "Số, ký hiệu",
    "Loại văn bản",
    "Trích yếu",
    "Cơ quan ban hành",
    "Người ký",
    "Lĩnh vực",
    "Ngày ban hành",
    "Ngày hiệu lực",
    "Tình trạng hiệu lực",
]
DECREE = [
    "42/2022/NĐ-CP",
    "Nghị định",
    "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
    "Chính phủ",
    "Nguyễn Văn An",
    "Công nghệ thông tin",
    "24/06/2022",
    "15/08/2022",
    "Còn hiệu lực",
]
DECISION = [
    "15/2025/QĐ-UBND",
    "Quyết định",
    "Ban hành quy chế quản lý đất đai",
    "UBND xã Thử Nghiệm",
    "",
    "Đất đai",
    "02/04/2025",
    "",
    "",
]


def csv_bytes(*rows, header=HEADER):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def test_rows_become_published_documents(register):
    report = DocumentImporter(register).run(csv_bytes(DECREE, DECISION))

    assert report.created == ["42/2022/NĐ-CP", "15/2025/QĐ-UBND"]
    decree = LegalDocumentPage.objects.get(number="42/2022/NĐ-CP")
    assert decree.live and decree.get_parent().pk == register.pk
    assert decree.slug == "42-2022-nd-cp"
    assert decree.document_type == DocumentType.objects.get(name="Nghị định")
    assert decree.signer == "Nguyễn Văn An" and decree.status == Status.IN_FORCE
    assert decree.revisions.count() == 1


def test_reimport_updates_by_number_and_issuer_without_duplicates(register):
    DocumentImporter(register).run(csv_bytes(DECREE, DECISION))
    expired = DECISION[:8] + ["Hết hiệu lực"]
    same_number_other_issuer = [
        "15/2025/QĐ-UBND",
        "Quyết định",
        "Quy chế khác",
        "UBND xã Bên Cạnh",
        "",
        "",
        "01/05/2025",
        "",
        "",
    ]

    report = DocumentImporter(register).run(csv_bytes(DECREE, expired, same_number_other_issuer))

    assert report.unchanged == ["42/2022/NĐ-CP"]
    assert report.updated == ["15/2025/QĐ-UBND"]
    assert report.created == ["15/2025/QĐ-UBND"]
    assert LegalDocumentPage.objects.count() == 3
    assert LegalDocumentPage.objects.get(issuer__name="UBND xã Thử Nghiệm").status == Status.EXPIRED


def test_issuers_match_without_diacritics(register):
    DocumentImporter(register).run(csv_bytes(DECREE))
    lower = ["42/2022/nđ-cp"] + DECREE[1:3] + ["chinh phu"] + DECREE[4:]

    report = DocumentImporter(register).run(csv_bytes(lower))

    assert report.created == []
    assert LegalDocumentPage.objects.count() == 1
    assert Issuer.objects.filter(name__icontains="ph").count() == 1


def test_each_refused_row_has_a_vietnamese_reason(register):
    bad_number = ["42-2022 NĐ CP"] + DECREE[1:]
    wrong_year = ["16/2025/QĐ-UBND"] + DECISION[1:6] + ["02/04/2024", "", ""]
    bad_date = ["17/2025/QĐ-UBND"] + DECISION[1:6] + ["ngày mai", "", ""]
    bad_status = ["18/2025/QĐ-UBND"] + DECISION[1:8] + ["Sắp hết"]
    no_summary = ["19/2025/QĐ-UBND", "Quyết định", "", "UBND xã Thử Nghiệm", "", "", "02/04/2025", "", ""]

    report = DocumentImporter(register).run(
        csv_bytes(DECISION, bad_number, wrong_year, bad_date, bad_status, no_summary, DECISION)
    )

    reasons = {rejected.row: " ".join(rejected.reasons) for rejected in report.rejected}
    assert "không phải là số, ký hiệu" in reasons[3]
    assert "năm 2025 nhưng văn bản ban hành năm 2024" in reasons[4]
    assert "dd/mm/yyyy" in reasons[5] or "ngày" in reasons[5]
    assert "tình trạng hiệu lực" in reasons[6]
    assert "Trích yếu" in reasons[7]
    assert "dòng 2, 8" in reasons[2] or "2, 8" in reasons[2]
    assert not LegalDocumentPage.objects.filter(number="15/2025/QĐ-UBND").exists()


def test_a_dry_run_saves_nothing(register):
    report = DocumentImporter(register).run(csv_bytes(DECREE), dry_run=True)

    assert report.created == ["42/2022/NĐ-CP"]
    assert "Chỉ kiểm tra" in report.summary()
    assert not LegalDocumentPage.objects.exists()
    assert not Issuer.objects.filter(name="Chính phủ").exists()


def test_an_xlsx_file_imports(register):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DANH MỤC VĂN BẢN"])
    sheet.append(HEADER)
    sheet.append(DECREE)
    buffer = io.BytesIO()
    workbook.save(buffer)

    report = DocumentImporter(register).run(buffer.getvalue())

    assert report.created == ["42/2022/NĐ-CP"]


def test_the_csv_export_imports_back_unchanged(client, register):
    DocumentImporter(register).run(csv_bytes(DECREE, DECISION))
    exported = client.get("/van-ban/csv/").content

    report = DocumentImporter(register).run(exported)

    assert sorted(report.unchanged) == ["15/2025/QĐ-UBND", "42/2022/NĐ-CP"]
    assert report.warnings == []


def test_the_command_reports_and_fails_on_refused_rows(register, tmp_path):
    path = tmp_path / "van-ban.csv"
    path.write_bytes(csv_bytes(DECREE, ["x"] + DECREE[1:]))
    out = io.StringIO()

    with pytest.raises(CommandError) as error:
        call_command("import_documents", str(path), "--no-progress", stdout=out)

    assert "1" in str(error.value)
    assert "42/2022/NĐ-CP" in out.getvalue()
    assert LegalDocumentPage.objects.filter(number="42/2022/NĐ-CP").exists()


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "bientap@xa.example", "mat-khau-dai-12345")
    client.force_login(user)
    return client


def test_the_admin_screen_imports_and_shows_the_row_report(editor, register):
    screen = editor.get(IMPORT_URL)
    assert screen.status_code == 200
    assert HEADINGS["number"] in screen.content.decode()
    assert "Nhập từ tệp" in editor.get("/admin/legal_documents/").content.decode()

    response = editor.post(
        IMPORT_URL,
        {
            "register": register.pk,
            "file": SimpleUploadedFile("van-ban.csv", csv_bytes(DECREE, ["x"] + DECREE[1:])),
        },
    )

    content = response.content.decode()
    assert response.status_code == 422
    assert "42/2022/NĐ-CP" in content
    assert "không phải là số, ký hiệu" in content
    assert LegalDocumentPage.objects.count() == 1


def test_the_admin_dry_run(editor, register):
    response = editor.post(
        IMPORT_URL,
        {
            "register": register.pk,
            "dry_run": "on",
            "file": SimpleUploadedFile("van-ban.csv", csv_bytes(DECREE)),
        },
    )

    assert response.status_code == 200
    assert "Chỉ kiểm tra" in response.content.decode()
    assert not LegalDocumentPage.objects.exists()


def test_an_editor_without_a_register_to_publish_in_may_not_import(client, django_user_model, register):
    user = django_user_model.objects.create_user(
        "khach", "khach@xa.example", "mat-khau-dai-12345", is_staff=True
    )
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert client.get(IMPORT_URL).status_code in (302, 403)

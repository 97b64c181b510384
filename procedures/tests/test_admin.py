import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from procedures.models import DossierStatistics, Procedure

from .factories import ProcedureFactory, ProcedureFieldFactory
from .spreadsheets import PNG_BYTES, csv_bytes, row, sample_file

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/snippets/procedures/procedure/import/"
STATISTICS_IMPORT_URL = "/admin/snippets/procedures/dossierstatistics/import/"


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "bientap@xa.example", "mat-khau-dai-12345")
    client.force_login(user)
    return client


def upload(client, data, name="thu-tuc.csv", url=IMPORT_URL, **fields):
    return client.post(url, {"file": SimpleUploadedFile(name, data), **fields})


def test_the_upload_screen_lists_the_columns(editor, procedures_site):
    response = editor.get(IMPORT_URL)

    content = response.content.decode()
    assert response.status_code == 200
    assert "Nhập thủ tục hành chính từ tệp" in content
    assert "Mã thủ tục" in content and "Cách thức thực hiện" in content
    assert 'href="/thu-tuc-hanh-chinh/csv/"' in content


def test_an_editor_imports_the_sample_file(editor, procedures_site):
    response = upload(editor, sample_file())

    assert response.status_code == 200
    assert "Đã thêm mới 23, cập nhật 0, 0 không thay đổi, từ chối 0 dòng." in response.content.decode()
    assert Procedure.objects.count() == 23


def test_checking_only_saves_nothing(editor, procedures_site):
    response = upload(editor, sample_file(), dry_run="on")

    assert "Chỉ kiểm tra, chưa lưu gì" in response.content.decode()
    assert not Procedure.objects.exists()


def test_rejected_rows_are_listed_and_answered_422(editor, procedures_site):
    response = upload(
        editor, csv_bytes([row(), row(code="1.000002", channels="Trực tiếp | ba ngày làm việc")])
    )

    content = response.content.decode()
    assert response.status_code == 422
    assert "<td>3</td><td>Mã 1.000002</td>" in content
    assert "thời hạn giải quyết “ba ngày làm việc” không bắt đầu bằng một số" in content
    assert list(Procedure.objects.values_list("code", flat=True)) == ["1.001193"]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (PNG_BYTES, "thu-tuc.xlsx", "Đây là tệp PNG, không phải bảng tính"),
        (b"", "rong.csv", "Tệp rỗng"),
        (csv_bytes([["x"]], ["Tên thủ tục"]), "thieu-cot.csv", "thiếu các cột bắt buộc"),
    ],
)
def test_a_bad_file_is_refused_with_400_and_a_vietnamese_reason(editor, procedures_site, data, name, message):
    ProcedureFactory(code="1.001193", name="Giữ nguyên")

    response = upload(editor, data, name)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert list(Procedure.objects.values_list("name", flat=True)) == ["Giữ nguyên"]


def test_no_file_is_a_400_that_says_what_is_missing(editor, procedures_site):
    response = editor.post(IMPORT_URL, {})

    assert response.status_code == 400
    assert "Trường này là bắt buộc." in response.content.decode()


def test_a_user_who_may_not_add_procedures_cannot_import(client, django_user_model, procedures_site):
    moderators = Group.objects.create(name="Chỉ xem")
    moderators.permissions.add(Permission.objects.get(codename="access_admin"))
    moderators.permissions.add(Permission.objects.get(codename="change_procedure"))
    user = django_user_model.objects.create_user("xem", "xem@xa.example", "mat-khau-dai-12345")
    user.groups.add(moderators)
    client.force_login(user)

    assert client.get(IMPORT_URL).status_code in (302, 403)
    assert upload(client, sample_file()).status_code in (302, 403)
    assert not Procedure.objects.exists()


def test_the_procedure_listing_has_an_import_button_and_a_search_without_diacritics(editor, procedures_site):
    ProcedureFactory(name="Đăng ký khai sinh", field=ProcedureFieldFactory(name="Hộ tịch"))
    ProcedureFactory(name="Đăng ký thường trú")

    listing = editor.get("/admin/snippets/procedures/procedure/")
    found = editor.get("/admin/snippets/procedures/procedure/", {"q": "khai sinh"})

    assert IMPORT_URL in listing.content.decode()
    assert "Đăng ký khai sinh" in found.content.decode()
    assert "Đăng ký thường trú" not in found.content.decode()


def test_an_editor_imports_one_stop_results(editor, procedures_site):
    data = csv_bytes(
        [["Xã Tam Hồng", "Năm 2018", "7185", "7185"]],
        ["Đơn vị", "Kỳ báo cáo", "Tổng số tiếp nhận", "Tổng số đã giải quyết"],
    )

    response = upload(editor, data, url=STATISTICS_IMPORT_URL)

    assert response.status_code == 200
    assert DossierStatistics.objects.get().received_total == 7185


def test_an_editor_enters_figures_in_the_admin_and_they_are_checked(editor, procedures_site):
    form = {
        "unit": "Xã Tam Hồng",
        "period_kind": "nam",
        "year": "2019",
        "period_number": "1",
        "received_total": "100",
        "resolved_total": "90",
        "in_progress_not_due": "0",
        "in_progress_overdue": "0",
        "returned": "0",
        "withdrawn": "0",
    }

    refused = editor.post("/admin/snippets/procedures/dossierstatistics/add/", form)
    accepted = editor.post(
        "/admin/snippets/procedures/dossierstatistics/add/", {**form, "in_progress_not_due": "10"}
    )

    assert "cộng lại là 90, nhưng số tiếp nhận là 100" in refused.content.decode()
    assert accepted.status_code == 302
    assert DossierStatistics.objects.get().in_progress_not_due == 10


def test_an_editor_adds_a_procedure_in_the_admin(editor, procedures_site):
    field = ProcedureFieldFactory(name="Hộ tịch")

    response = editor.post(
        "/admin/snippets/procedures/procedure/add/",
        {
            "code": "1.001193",
            "name": "Đăng ký khai sinh",
            "field": field.pk,
            "at_commune": "on",
            "online_level": "khong",
            "updated_on": "15/06/2024",
            "steps-count": "0",
            "channels-count": "0",
            "documents-count": "0",
            "legal_basis-count": "0",
        },
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    procedure = Procedure.objects.get()
    assert procedure.slug == "1-001193"
    assert "Đăng ký khai sinh" in editor.get("/tim-kiem/", {"q": "ho tich"}).content.decode()


def procedure_form(code, field):
    data = {"code": code, "name": "Đăng ký khai sinh", "field": field.pk, "at_commune": "on"}
    data.update(online_level="khong", updated_on="02/12/2026", related_codes="")
    data.update({f"{name}-count": 0 for name in ("steps", "channels", "documents", "legal_basis")})
    return data


@pytest.mark.parametrize("code", ["ABC", "1.00119", "1-001193", "1.001193.h38"])
def test_the_admin_refuses_a_code_without_the_national_shape(editor, procedures_site, code):
    response = editor.post(
        "/admin/snippets/procedures/procedure/add/", procedure_form(code, ProcedureFieldFactory())
    )

    assert response.status_code == 200
    assert "Mã thủ tục phải có dạng mã của Cơ sở dữ liệu quốc gia" in response.content.decode()
    assert not Procedure.objects.exists()


@pytest.mark.parametrize("code", ["1.001193", "1.000948.H38"])
def test_the_admin_takes_national_and_provincial_codes(editor, procedures_site, code):
    response = editor.post(
        "/admin/snippets/procedures/procedure/add/", procedure_form(code, ProcedureFieldFactory())
    )

    assert response.status_code == 302
    assert Procedure.objects.get().code == code

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from wagtail.documents.models import Document
from wagtail.search.backends import get_search_backend

from procedures.models import Agency, Procedure, ProcedureField
from procedures.spreadsheets.procedure_import import ProcedureImporter
from procedures.spreadsheets.tables import ImportFileError
from search.engine import matching_ids

from .factories import ProcedureFactory, ProcedureFieldFactory
from .spreadsheets import PNG_BYTES, csv_bytes, row, sample_file, xlsx_bytes

pytestmark = pytest.mark.django_db


def run(data, **options):
    return ProcedureImporter().run(data, **options)


def stored():
    return dict(Procedure.objects.values_list("code", "name"))


def test_the_sample_file_imports_every_procedure_with_its_parts():
    report = run(sample_file())

    assert len(report.created) == 23 and not report.rejected
    assert set(ProcedureField.objects.values_list("name", flat=True)) == {
        "Hộ tịch",
        "Chứng thực",
        "Bảo trợ xã hội",
        "Đất đai",
        "Hoạt động xây dựng",
        "Đăng ký, quản lý cư trú",
    }
    birth = Procedure.objects.get(code="1.001193")
    assert birth.name == "Đăng ký khai sinh"
    assert birth.levels == ["xa"]
    assert birth.agency.name == "Ủy ban nhân dân cấp xã"
    assert birth.steps[0].value.startswith("Người có yêu cầu nộp hồ sơ")
    walk_in = birth.channels[0].value
    assert (walk_in["channel"], walk_in["time_value"], walk_in["time_unit"]) == (
        "truc-tiep",
        1,
        "ngay-lam-viec",
    )
    assert walk_in["fees"][0]["amount"] == 0
    assert [block.block_type for block in birth.documents][:2] == ["case", "document"]
    assert birth.legal_basis[0].value["issued_on"].isoformat() == "2014-11-20"
    assert birth.related_code_list == ["1.000656", "2.000635"]
    assert birth.updated_on.isoformat() == "2024-06-15"


def test_importing_the_same_file_again_changes_nothing_and_duplicates_nothing():
    run(sample_file())

    report = run(sample_file())

    assert (len(report.created), len(report.updated), len(report.unchanged)) == (0, 0, 23)
    assert Procedure.objects.count() == 23
    assert ProcedureField.objects.count() == 6


def test_a_new_file_updates_by_code_and_keeps_what_it_does_not_carry():
    run(sample_file())
    legal_basis_before = Procedure.objects.get(code="1.001193").legal_basis.raw_data[0]["value"]

    changed = row(
        name="Đăng ký khai sinh (sửa đổi)", channels="Trực tuyến | 2 ngày làm việc | Lệ phí: 5.000 đồng"
    )

    report = run(csv_bytes([changed, row(code="1.999999", name="Thủ tục mới")]))

    assert report.updated == ["1.001193"] and report.created == ["1.999999"]
    birth = Procedure.objects.get(code="1.001193")
    assert birth.name == "Đăng ký khai sinh (sửa đổi)"
    assert list(Procedure.objects.filter(pk__in=matching_ids(Procedure, "khai sinh sua doi"))) == [birth]
    assert [(block.value["time_value"], block.value["fees"][0]["amount"]) for block in birth.channels] == [
        (2, 5000)
    ]
    assert birth.legal_basis.raw_data[0]["value"] == legal_basis_before
    assert Procedure.objects.count() == 24


def test_a_dry_run_reports_and_saves_nothing():
    report = run(sample_file(), dry_run=True)

    assert len(report.created) == 23
    assert "Chỉ kiểm tra, chưa lưu gì: sẽ thêm mới 23" in report.summary()
    assert not Procedure.objects.exists() and not ProcedureField.objects.exists()


def test_an_xlsx_export_with_a_title_row_and_codes_turned_into_numbers():
    data = xlsx_bytes(
        [[1.00061, "Thủ tục có mã bị Excel đổi thành số", "Cấp Xã", "Hộ tịch", "", ""], row(code="2.000635")],
        title_rows=["DANH MỤC THỦ TỤC HÀNH CHÍNH"],
    )

    report = run(data)

    assert not report.rejected
    assert set(stored()) == {"1.000610", "2.000635"}


def test_headings_without_diacritics_and_unknown_columns():
    data = csv_bytes(
        [["1.001193", "Đăng ký khai sinh", "Xã", "Hộ tịch", "x"]],
        ["Ma thu tuc", "TEN THU TUC", "cap thuc hien", "Lĩnh  vực", "Ghi chú riêng"],
    )

    report = run(data)

    assert stored() == {"1.001193": "Đăng ký khai sinh"}
    assert (
        report.warnings
        == ["Các cột sau không được nhận diện và đã bỏ qua: “Ghi chú riêng”."] + report.warnings[1:]
    )


def test_fields_and_agencies_are_matched_without_diacritics():
    ProcedureFieldFactory(name="Hộ tịch")

    run(
        csv_bytes(
            [
                row(field="HO TICH", agency="UBND cấp xã"),
                row(code="1.000656", field="Hộ Tịch", agency="ubnd cap xa"),
            ]
        )
    )

    assert list(ProcedureField.objects.values_list("name", flat=True)) == ["Hộ tịch"]
    assert list(Agency.objects.values_list("name", flat=True)) == ["UBND cấp xã"]


def test_bad_rows_are_reported_with_their_row_number_and_the_good_ones_imported():
    data = csv_bytes(
        [
            row(code="1.000001", name="Hợp lệ"),
            row(code="1.000002", channels="Trực tiếp | ba ngày làm việc | Lệ phí: 8.000 đồng"),
            row(code="1.000003", channels="Trực tiếp | 3 ngày làm việc | Lệ phí: tám nghìn đồng"),
            row(code="1.000004", level="Cấp Thôn"),
            row(code="1.000005", name=""),
            row(code="mã sai!"),
        ]
    )

    report = run(data)

    assert stored() == {"1.000001": "Hợp lệ"}
    reasons = {rejected.row: rejected.reasons for rejected in report.rejected}
    assert reasons[3] == [
        "Cách thức thực hiện: dòng 1 trong ô: thời hạn giải quyết “ba ngày làm việc” không bắt đầu bằng một số"
    ]
    assert reasons[4] == [
        "Cách thức thực hiện: dòng 1 trong ô: mức thu “tám nghìn đồng” của “Lệ phí” không phải là số tiền (đồng)"
    ]
    assert reasons[5] == [
        "Cấp thực hiện: “Cấp Thôn” không phải là cấp thực hiện (Cấp Bộ/ngành, Cấp Tỉnh, Cấp Huyện, Cấp Xã)"
    ]
    assert reasons[6] == ["Tên thủ tục: ô này không được để trống"]
    assert reasons[7] == [
        "Mã thủ tục: “mã sai!” không phải là mã thủ tục quốc gia (ví dụ 1.001193, hoặc 1.000948.H38 của một tỉnh)"
    ]
    assert "từ chối 5 dòng" in report.summary()


def test_a_code_twice_in_one_file_imports_neither_row():
    report = run(csv_bytes([row(name="Bản thứ nhất"), row(code="1.000656"), row(name="Bản thứ hai")]))

    assert stored() == {"1.000656": "Đăng ký khai sinh"}
    assert [rejected.row for rejected in report.rejected] == [2, 4]
    assert report.rejected[0].reasons == [
        "Mã 1.001193 xuất hiện ở các dòng 2, 4 của tệp: không dòng nào trong số đó được nhập."
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Tệp rỗng, không có dữ liệu."),
        (b"\xef\xbb\xbf\r\n\r\n", "Tệp rỗng, không có dữ liệu."),
        (PNG_BYTES, "Đây là tệp PNG, không phải bảng tính: hãy tải lên tệp .csv hoặc .xlsx."),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "Đây là tệp Excel định dạng cũ (.xls)"),
        (b"PK\x03\x04 not really a zip", "Tệp này không phải là bảng tính Excel (.xlsx) đọc được."),
        (b"\x00\x01\x02binary", "không phải là tệp văn bản CSV"),
        (csv_bytes([]), "Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào bên dưới."),
        (
            csv_bytes([["1.001193", "Đăng ký khai sinh"]], ["Mã thủ tục", "Tên thủ tục"]),
            "Dòng tiêu đề (dòng 1) thiếu các cột bắt buộc: “Cấp thực hiện”, “Lĩnh vực”.",
        ),
        (
            csv_bytes([["a", "b"]], ["Họ và tên", "Địa chỉ"]),
            "Không tìm thấy dòng tiêu đề trong 10 dòng đầu. Tệp cần có các cột: “Mã thủ tục”, “Tên thủ tục”",
        ),
        (
            csv_bytes([row()], [*["Mã thủ tục", "Tên thủ tục", "Cấp thực hiện", "Lĩnh vực", "Mã thủ tục"]]),
            "Cột “Mã thủ tục” xuất hiện hai lần ở dòng 1 (cột A và E).",
        ),
    ],
)
def test_a_file_that_cannot_be_imported_is_refused_whole_and_nothing_changes(data, message):
    existing = ProcedureFactory(code="1.001193", name="Đăng ký khai sinh")

    with pytest.raises(ImportFileError) as refused:
        run(data)

    assert message in str(refused.value)
    assert stored() == {"1.001193": existing.name}


def test_control_characters_from_a_utf16_file_are_dropped():
    data = csv_bytes([row(name="Đăng ký\x00 khai sinh")]).decode("utf-8-sig").encode("utf-16")

    run(data)

    assert stored() == {"1.001193": "Đăng ký khai sinh"}


def test_a_workbook_longer_than_allowed_is_refused_and_nothing_saved(monkeypatch):
    monkeypatch.setattr("procedures.spreadsheets.tables.MAX_ROWS", 3)
    data = xlsx_bytes([row(code=f"1.00{number}") for number in range(1000, 1004)])

    with pytest.raises(ImportFileError, match="Tệp có nhiều hơn 3 dòng"):
        run(data)
    assert not Procedure.objects.exists()


def test_a_word_file_renamed_xlsx_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", "<w:document/>")

    with pytest.raises(ImportFileError, match="không phải là bảng tính Excel"):
        run(buffer.getvalue())


def test_a_failure_while_saving_leaves_the_database_as_it_was(monkeypatch):
    ProcedureFactory(code="1.001193", name="Tên cũ")

    def failing_update(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("procedures.spreadsheets.procedure_import.update_rows", failing_update)
    with pytest.raises(RuntimeError):
        run(csv_bytes([row(name="Tên mới"), row(code="1.000656", field="Lĩnh vực mới")]))

    assert stored() == {"1.001193": "Tên cũ"}
    assert not ProcedureField.objects.filter(name="Lĩnh vực mới").exists()


def test_forms_are_linked_to_documents_of_the_same_title():
    document = Document.objects.create(
        title="Tờ khai đăng ký khai sinh", file=ContentFile(b"x", name="a.docx")
    )

    report = run(sample_file())

    birth = Procedure.objects.get(code="1.001193")
    forms = [block.value["form"] for block in birth.documents if block.block_type == "document"]
    assert forms[0] == document
    assert "Tờ khai đăng ký khai tử" in report.warnings[-1]


def test_imported_procedures_are_in_the_search_index():
    run(sample_file())

    results = get_search_backend().search("khai sinh", Procedure)

    assert "1.001193" in [procedure.code for procedure in results]


def test_the_command_prints_a_report(tmp_path):
    path = tmp_path / "thu-tuc.csv"
    path.write_bytes(sample_file())
    output = io.StringIO()

    call_command("import_procedures", str(path), "--no-progress", stdout=output)

    assert "Đã thêm mới 23, cập nhật 0, 0 không thay đổi, từ chối 0 dòng." in output.getvalue()


def test_the_command_can_check_only(tmp_path):
    path = tmp_path / "thu-tuc.xlsx"
    path.write_bytes(xlsx_bytes([row()]))
    output = io.StringIO()

    call_command("import_procedures", str(path), "--dry-run", stdout=output)

    assert "Chỉ kiểm tra" in output.getvalue()
    assert not Procedure.objects.exists()


def test_the_command_refuses_a_bad_file_and_fails_on_rejected_rows(tmp_path):
    picture = tmp_path / "anh.xlsx"
    picture.write_bytes(PNG_BYTES)
    with pytest.raises(CommandError, match="Đây là tệp PNG"):
        call_command("import_procedures", str(picture))

    with_bad_row = tmp_path / "loi.csv"
    with_bad_row.write_bytes(csv_bytes([row(), row(code="1.000002", level="?")]))
    output = io.StringIO()
    with pytest.raises(CommandError, match="1 dòng bị từ chối") as failed:
        call_command("import_procedures", str(with_bad_row), "--no-progress", stdout=output)
    assert failed.value.returncode == 1
    assert "3: Mã 1.000002: Cấp thực hiện:" in output.getvalue()
    with pytest.raises(CommandError):
        call_command("import_procedures", str(tmp_path / "khong-co.csv"))


@pytest.mark.parametrize("code", ["ABC", "1.00119", "01.001193", "1.001193.H3"])
def test_a_code_without_the_national_shape_is_refused(code):
    report = run(csv_bytes([row(code=code)]))

    assert stored() == {}
    assert "không phải là mã thủ tục quốc gia" in report.rejected[0].reasons[0]


def test_a_provincial_copy_keeps_its_suffix():
    run(csv_bytes([row(code="1.000948.H38", name="Bản của tỉnh")]))

    assert stored() == {"1.000948.H38": "Bản của tỉnh"}

"""The columns of the two spreadsheets, read by the imports and written by the exports
in the same order under the same headings: a file downloaded from one portal imports
into another."""

from django.utils.translation import gettext as _

from core.text import fold

from ..models.statistics import Period
from . import cells
from .tables import Column

PROCEDURE_COLUMNS = [
    Column("Mã thủ tục", "code", cells.parse_code, required=True, aliases=("Mã TTHC", "Mã số thủ tục")),
    Column("Số quyết định", "decision_number", cells.limited_text(255), aliases=("Quyết định công bố",)),
    Column(
        "Tên thủ tục",
        "name",
        cells.required_text(500),
        required=True,
        aliases=("Tên thủ tục hành chính", "Tên TTHC"),
    ),
    Column("Cấp thực hiện", "levels", cells.parse_levels, required=True),
    Column("Loại thủ tục", "procedure_type", cells.limited_text(255)),
    Column("Lĩnh vực", "field", cells.required_text(255), required=True),
    Column("Trình tự thực hiện", "steps", cells.parse_steps),
    Column("Cách thức thực hiện", "channels", cells.parse_channels),
    Column("Thành phần hồ sơ", "documents", cells.parse_documents),
    Column("Đối tượng thực hiện", "applicants", cells.limited_text(None)),
    Column("Cơ quan thực hiện", "agency", cells.limited_text(255)),
    Column("Cơ quan có thẩm quyền", "competent_authority", cells.limited_text(500)),
    Column(
        "Cơ quan được ủy quyền",
        "delegated_agency",
        cells.limited_text(500),
        aliases=("Cơ quan được ủy quyền hoặc phân cấp thực hiện",),
    ),
    Column("Cơ quan phối hợp", "coordinating_agency", cells.limited_text(500)),
    Column(
        "Địa chỉ tiếp nhận hồ sơ",
        "submission_address",
        cells.limited_text(None),
        aliases=("Địa chỉ tiếp nhận",),
    ),
    Column("Kết quả thực hiện", "result", cells.limited_text(None)),
    Column("Căn cứ pháp lý", "legal_basis", cells.parse_legal_basis),
    Column(
        "Yêu cầu, điều kiện thực hiện",
        "conditions",
        cells.limited_text(None),
        aliases=("Yêu cầu, điều kiện",),
    ),
    Column(
        "Mức độ dịch vụ công trực tuyến",
        "online_level",
        cells.parse_online_level,
        aliases=("Mức độ DVCTT", "Dịch vụ công trực tuyến"),
    ),
    Column(
        "Đường dẫn dịch vụ công trực tuyến",
        "online_url",
        cells.parse_url,
        aliases=("Đường dẫn DVCTT", "Link DVCTT"),
    ),
    Column("Thủ tục hành chính liên quan", "related_codes", cells.parse_codes, aliases=("TTHC liên quan",)),
    Column("Ngày cập nhật", "updated_on", cells.parse_date),
]


_YES = {"co", "x", "1", "mau", "so lieu mau"}


def parse_period(value):
    raw = cells.text(value)
    period = Period.parse(raw)
    if period is None:
        raise cells.CellError(
            _(
                "“%(value)s” is not a period such as “Năm 2018”, “6 tháng đầu năm 2020”, “Quý I/2024”, “Tháng 3/2024”"
            )
            % {"value": raw[:40]}
        )
    return period


def required_count(value):
    count = cells.parse_count(value)
    if count is None:
        raise cells.CellError(_("this cell must not be empty"))
    return count


def count_or_zero(value):
    return cells.parse_count(value) or 0


def parse_yes(value):
    return " ".join(fold(cells.text(value)).split()) in _YES


def _count_column(heading, key, parse=cells.parse_count, **options):
    return Column(heading, key, parse, **options)


STATISTICS_COLUMNS = [
    Column("Đơn vị", "unit", cells.limited_text(255)),
    Column("Kỳ báo cáo", "period", parse_period, required=True, aliases=("Kỳ",)),
    Column("Lĩnh vực", "field", cells.limited_text(255)),
    _count_column("Kỳ trước chuyển sang", "received_carried_over", aliases=("Tồn kỳ trước",)),
    _count_column("Tiếp nhận trực tiếp", "received_walk_in"),
    _count_column("Tiếp nhận trực tuyến", "received_online"),
    _count_column("Tiếp nhận qua bưu chính", "received_post", aliases=("Tiếp nhận qua dịch vụ bưu chính",)),
    _count_column("Tổng số tiếp nhận", "received_total", required_count, required=True),
    _count_column("Giải quyết trước hạn", "resolved_early"),
    _count_column("Giải quyết đúng hạn", "resolved_on_time"),
    _count_column("Quá hạn có thư xin lỗi", "resolved_late_with_apology"),
    _count_column("Quá hạn không có thư xin lỗi", "resolved_late_without_apology"),
    _count_column("Tổng số đã giải quyết", "resolved_total", required_count, required=True),
    _count_column("Đang giải quyết trong hạn", "in_progress_not_due", count_or_zero),
    _count_column("Đang giải quyết quá hạn", "in_progress_overdue", count_or_zero),
    _count_column("Trả lại", "returned", count_or_zero),
    _count_column("Rút hồ sơ", "withdrawn", count_or_zero),
    Column("Số liệu mẫu", "is_sample", parse_yes),
    Column("Nguồn", "source", cells.limited_text(500)),
]

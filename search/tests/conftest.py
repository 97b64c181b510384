"""A small archive that the search tests share: articles, a page and procedures."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils.html import escape

from home.tests.factories import StandardPageFactory
from news.tests.factories import ArticlePageFactory, NewsCategoryPageFactory
from procedures.models import Procedure, ProcedureField
from procedures.tests.factories import ProcedureIndexPageFactory


@pytest.fixture
def procedures(portal):
    """Makes procedures with only the words a test gives them (the factory's would be
    found too), listed by the portal's procedure list (their links start with its URL)."""
    ProcedureIndexPageFactory(parent=portal.home, slug="thu-tuc-hanh-chinh", show_in_menus=False)
    field = ProcedureField.objects.create(name="Khác")

    def make(code, name, applicants=""):
        return Procedure.objects.create(
            code=code, name=name, applicants=applicants, field=field, at_commune=True
        )

    return make


def article(parent, title, date, text="", summary=""):
    return ArticlePageFactory(
        parent=parent,
        title=title,
        date=date,
        summary=summary,
        body=[{"type": "paragraph", "value": f"<p>{escape(text)}</p>"}] if text else [],
    )


@dataclass
class Archive:
    portal: object
    land: object


# (category, title, date, text): "category" is the portal's own, "land" is Đất đai.
ARTICLES = [
    (
        "category",
        "HĐND huyện giám sát cải cách hành chính theo cơ chế một cửa, một cửa liên thông tại xã Tam Hồng",
        datetime.date(2020, 9, 30),
        "Các thủ tục thuộc các lĩnh vực Tư pháp, Lao động TB&XH, Địa chính, Xây dựng, Công an "
        "đều được niêm yết công khai.",
    ),
    (
        "category",
        "Bộ phận một cửa tiếp nhận hồ sơ dịp nghỉ lễ",
        datetime.date(2021, 5, 1),
        "Nhận hồ sơ thứ Bảy.",
    ),
    (
        "category",
        "Đăng ký khai sinh trực tuyến qua Cổng dịch vụ công",
        datetime.date(2021, 3, 1),
        "Cha mẹ nộp tờ khai và nhận kết quả tại nhà.",
    ),
    ("land", "Gia hạn nộp tiền thuê đất năm 2020", datetime.date(2020, 4, 1), "Doanh nghiệp được gia hạn."),
    ("land", "Hướng dẫn kê khai thuế đất phi nông nghiệp", datetime.date(2021, 6, 1), "Kê khai theo mẫu."),
    ("land", "Cấp giấy phép xây dựng nhà ở riêng lẻ", datetime.date(2019, 1, 15), "Hồ sơ gồm đơn đề nghị."),
    (
        "land",
        "Hội nghị tổng kết công tác năm",
        datetime.date(2021, 7, 1),
        "Năm qua, huyện đã cấp giấy phép xây dựng cho 120 hộ và chỉnh lý bản đồ địa chính.",
    ),
    (
        "category",
        "Phát thẻ cho người cao tuổi",
        datetime.date(2020, 2, 1),
        "Toàn xã đã phát 300 thẻ bảo hiểm y tế cho người cao tuổi.",
    ),
    (
        "category",
        "Tổng kết năm của Trạm y tế xã",
        datetime.date(2021, 9, 1),
        "Trạm y tế phối hợp với Bảo hiểm xã hội huyện tuyên truyền chính sách bảo hiểm.",
    ),
]


@pytest.fixture
def archive(portal, procedures):
    """Articles, a page and procedures whose words the query table looks for."""
    land = NewsCategoryPageFactory(parent=portal.news_index, title="Đất đai", slug="dat-dai")
    parents = {"category": portal.category, "land": land}
    for parent, title, date, text in ARTICLES:
        article(parents[parent], title, date, text)
    StandardPageFactory(
        parent=portal.home, title="Giới thiệu", summary="Văn phòng đăng ký đất đai và bộ phận một cửa của xã."
    )
    procedures("1.001193", "Đăng ký khai sinh", "Thủ tục hộ tịch thực hiện tại UBND cấp xã.")
    procedures("1.000656", "Cấp bản sao trích lục hộ tịch", "Hộ tịch.")
    return Archive(portal=portal, land=land)

"""A small archive that the search tests share, and a stand-in for the procedures app
(built on another branch): a plain model registered in a few lines, as that app will."""

import datetime
from dataclasses import dataclass

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.utils.html import escape

from home.tests.factories import StandardPageFactory
from news.tests.factories import ArticlePageFactory, NewsCategoryPageFactory
from search.models import Kind
from search.registry import Searchable, register, unregister


class StandInProcedure(models.Model):
    code = models.CharField(max_length=20)
    name = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    published = models.BooleanField(default=True)

    class Meta:
        app_label = "search"
        managed = False
        db_table = "search_test_stand_in_procedure"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"/thu-tuc-hanh-chinh/{self.code}/"


class StandInProcedureSearch(Searchable):
    model = StandInProcedure
    kind = Kind.PROCEDURE
    title_field = "name"
    code_field = "code"
    text_fields = ["summary"]

    def get_queryset(self):
        return StandInProcedure.objects.filter(published=True)


@pytest.fixture
def procedures(db):
    """The stand-in's table lives for one test (the test's transaction rolls it back)."""
    create_table, params = connection.SchemaEditorClass(connection).table_sql(StandInProcedure)
    with connection.cursor() as cursor:
        cursor.execute(create_table, params)
    register(StandInProcedureSearch)
    yield StandInProcedure
    unregister(StandInProcedure)
    # Its content type was created inside the rolled-back transaction.
    ContentType.objects.clear_cache()


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
    procedures.objects.create(
        code="1.001193", name="Đăng ký khai sinh", summary="Thủ tục hộ tịch thực hiện tại UBND cấp xã."
    )
    procedures.objects.create(code="1.000656", name="Cấp bản sao trích lục hộ tịch", summary="Hộ tịch.")
    procedures.objects.create(code="2.002000", name="Thủ tục đã bãi bỏ về địa chính", published=False)
    return Archive(portal=portal, land=land)

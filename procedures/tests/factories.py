import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from procedures.models import (
    Agency,
    DossierStatistics,
    OneStopStatisticsPage,
    OnlineLevel,
    PeriodKind,
    Procedure,
    ProcedureField,
    ProcedureIndexPage,
)
from procedures.spreadsheets import cells


class ProcedureFieldFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")

    class Meta:
        model = ProcedureField
        django_get_or_create = ["name"]


class AgencyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cơ quan {n}")

    class Meta:
        model = Agency
        django_get_or_create = ["name"]


class ProcedureFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"9.{n:06d}")
    name = factory.Sequence(lambda n: f"Thủ tục số {n}")
    field = factory.SubFactory(ProcedureFieldFactory)
    agency = factory.SubFactory(AgencyFactory)
    at_commune = True
    applicants = "Công dân Việt Nam"
    submission_address = "Bộ phận Một cửa"
    result = "Giấy chứng nhận"
    steps = factory.LazyFunction(lambda: cells.parse_steps("Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả."))
    channels = factory.LazyFunction(
        lambda: cells.parse_channels(
            "Trực tiếp | 3 ngày làm việc | Lệ phí: 8.000 đồng | Trong giờ hành chính"
        )
    )
    documents = factory.LazyFunction(lambda: cells.parse_documents("Đơn theo mẫu | 1 | 0"))
    legal_basis = factory.LazyFunction(
        lambda: cells.parse_legal_basis("60/2014/QH13 | Luật Hộ tịch | 20/11/2014 | Quốc hội")
    )

    class Meta:
        model = Procedure


class ProcedureIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thủ tục hành chính"
    slug = "thu-tuc-hanh-chinh"

    class Meta:
        model = ProcedureIndexPage


class OneStopStatisticsPageFactory(wagtail_factories.PageFactory):
    title = "Kết quả giải quyết thủ tục hành chính"
    slug = "ket-qua-giai-quyet"
    unit = "Xã Tam Hồng"

    class Meta:
        model = OneStopStatisticsPage


class DossierStatisticsFactory(factory.django.DjangoModelFactory):
    unit = "Xã Tam Hồng"
    period_kind = PeriodKind.YEAR
    year = 2018
    period_number = 1
    received_total = 100
    resolved_total = 100

    class Meta:
        model = DossierStatistics


def full_procedure():
    """“Đăng ký khai sinh” with every section filled in: steps, channels with fees, two
    groups of documents (one with a downloadable form), result, conditions, legal
    basis, and related procedures (one in the list, one not)."""
    form = Document.objects.create(
        title="Tờ khai đăng ký khai sinh", file=ContentFile(b"PK form", name="to-khai.docx")
    )
    documents = cells.parse_documents(
        "Giấy tờ phải nộp:\n"
        "Tờ khai đăng ký khai sinh theo mẫu | 1 | 0 | Tờ khai đăng ký khai sinh\n"
        "Giấy chứng sinh | 1 | 0\n"
        "Giấy tờ phải xuất trình:\n"
        "Giấy tờ tùy thân có ảnh | 1 | 0"
    )
    documents[1]["value"]["form"] = form.pk
    procedure = ProcedureFactory(
        code="1.001193",
        name="Đăng ký khai sinh",
        field=ProcedureFieldFactory(name="Hộ tịch"),
        online_level=OnlineLevel.FULL,
        online_url="https://dichvucong.gov.vn/",
        steps=cells.parse_steps(
            "Bước 1: Nộp hồ sơ.\nBước 2: Công chức kiểm tra.\n- Ghi vào Sổ hộ tịch.\nBước 3: Trả kết quả."
        ),
        channels=cells.parse_channels(
            "Trực tiếp | 1 ngày làm việc | Lệ phí đăng ký khai sinh đúng hạn: Miễn phí | Ngay trong ngày\n"
            "Trực tuyến | 1 ngày làm việc | Lệ phí: 0 | Qua Cổng Dịch vụ công\n"
            "Dịch vụ bưu chính | 2 ngày làm việc | Phí cấp bản sao (mỗi bản): 8.000 đồng"
        ),
        documents=documents,
        result="Giấy khai sinh (bản chính)",
        conditions="Đăng ký trong 60 ngày kể từ ngày sinh.",
        legal_basis=cells.parse_legal_basis("60/2014/QH13 | Luật Hộ tịch | 20/11/2014 | Quốc hội"),
        related_codes="1.000656; 9.999999",
    )
    ProcedureFactory(code="1.000656", name="Đăng ký khai tử")
    return procedure

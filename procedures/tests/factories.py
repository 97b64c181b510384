import factory
import wagtail_factories

from procedures import cells
from procedures.models import (
    Agency,
    DossierStatistics,
    OneStopStatisticsPage,
    PeriodKind,
    Procedure,
    ProcedureField,
    ProcedureIndexPage,
)


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
    documents = factory.LazyFunction(lambda: cells.parse_documents("Tờ khai theo mẫu | 1 | 0"))
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

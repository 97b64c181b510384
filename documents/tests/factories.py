import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from documents.models import (
    DocumentAttachment,
    DocumentField,
    DocumentType,
    Issuer,
    LegalDocumentIndexPage,
    LegalDocumentPage,
)
from documents.numbers import number_slug


class DocumentTypeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Loại {n}")

    class Meta:
        model = DocumentType
        django_get_or_create = ["name"]


class IssuerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Cơ quan {n}")

    class Meta:
        model = Issuer
        django_get_or_create = ["name"]


class DocumentFieldFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")

    class Meta:
        model = DocumentField
        django_get_or_create = ["name"]


class LegalDocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Văn bản"
    slug = "van-ban"

    class Meta:
        model = LegalDocumentIndexPage


class LegalDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Về việc thực hiện nhiệm vụ số {n}")
    number = factory.Sequence(lambda n: f"{n + 1}/2025/QĐ-UBND")
    slug = factory.LazyAttribute(lambda document: number_slug(document.number))
    document_type = factory.LazyFunction(lambda: DocumentType.objects.get(name="Quyết định"))
    issuer = factory.SubFactory(IssuerFactory, name="UBND xã Thử Nghiệm")
    field = factory.SubFactory(DocumentFieldFactory, name="Hành chính")
    issued_on = datetime.date(2025, 3, 1)
    effective_on = datetime.date(2025, 3, 15)
    signer = "Nguyễn Văn An"

    class Meta:
        model = LegalDocumentPage


class DocumentFileFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Tệp văn bản {n}")
    file = factory.LazyAttribute(lambda f: ContentFile(b"%PDF-1.4\n%%EOF\n", name="van-ban.pdf"))

    class Meta:
        model = get_document_model()


def attach(document, **kwargs):
    return DocumentAttachment.objects.create(page=document, document=DocumentFileFactory(**kwargs))


DECREE_42_SUMMARY = (
    "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng"
)


def decree_42(register, **fields):
    """Decree 42/2022/NĐ-CP, as the stories of these tests look for it."""
    return LegalDocumentPageFactory(
        parent=register,
        **{
            "number": "42/2022/NĐ-CP",
            "title": DECREE_42_SUMMARY,
            "document_type": DocumentType.objects.get(name="Nghị định"),
            "issuer": IssuerFactory(name="Chính phủ"),
            "issued_on": datetime.date(2022, 6, 24),
            **fields,
        },
    )

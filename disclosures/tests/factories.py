import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from disclosures.models import DisclosureFile, DisclosureIndexPage, DisclosureKind, DisclosurePage


class DisclosureIndexPageFactory(wagtail_factories.PageFactory):
    title = "Công khai"
    slug = "cong-khai"
    tracked_since = 2025

    class Meta:
        model = DisclosureIndexPage


def kind(slug):
    """One of the default kinds of disclosure (migration 0002)."""
    return DisclosureKind.objects.get(slug=slug)


class DisclosurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Công khai số {n}")
    kind = factory.LazyFunction(lambda: kind("tinh-hinh-thuc-hien-du-toan-ngan-sach"))
    year = 2025
    period = "quy-1"

    class Meta:
        model = DisclosurePage


class DisclosureFileFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Bảng số liệu {n}")
    file = factory.LazyAttribute(lambda f: ContentFile(b"%PDF-1.4\n%%EOF\n", name="so-lieu.pdf"))

    class Meta:
        model = get_document_model()


def attach(disclosure, **kwargs):
    return DisclosureFile.objects.create(page=disclosure, document=DisclosureFileFactory(**kwargs))

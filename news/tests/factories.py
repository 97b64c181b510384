import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.html import escape
from wagtail.models import Site

from news.models import ArticlePage, Author, NewsCategoryPage, NewsIndexPage, SupervisionReportPage


class AuthorFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    name = factory.Sequence(lambda n: f"Phóng viên {n}")
    slug = factory.Sequence(lambda n: f"phong-vien-{n}")

    class Meta:
        model = Author


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức – Sự kiện"
    slug = "tin-tuc"

    class Meta:
        model = NewsIndexPage


class NewsCategoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục {n}")

    class Meta:
        model = NewsCategoryPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bài viết số {n}")
    summary = "Tóm tắt bài viết."
    byline = "Anh Đào"
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    body = factory.LazyAttribute(
        lambda article: [{"type": "paragraph", "value": f"<p>Nội dung {escape(article.title)}.</p>"}]
    )

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(article, create, names, **kwargs):
        if create and names:
            article.tags.add(*names)
            article.save()


class SupervisionReportPageFactory(ArticlePageFactory):
    supervising_body = "HĐND huyện"
    delegation_head = "Hoàng Văn Dũng – Chủ tịch HĐND huyện"
    supervised_unit = "UBND xã Tam Hồng"
    visit_date = datetime.date(2020, 9, 30)
    subject = "Cải cách hành chính theo cơ chế một cửa"

    class Meta:
        model = SupervisionReportPage


def full_supervision_report(parent, **kwargs):
    """A supervision report with every part a reader may meet: lead image, every kind of
    body block (headings, image, quote, attachment, table, embedded media), tags, an
    author, findings, recommendations in each state and the unit's response."""
    from wagtail.documents.models import Document
    from wagtail_factories import ImageFactory

    from news.models import RecommendationStatus, SupervisionRecommendation

    attachment = Document.objects.create(
        title="Báo cáo kết quả giám sát", file=ContentFile(b"%PDF-1.4 bao cao", name="bao-cao.pdf")
    )
    values = {
        "title": "HĐND huyện giám sát cải cách hành chính tại xã Tam Hồng",
        "summary": "Đoàn giám sát ghi nhận 16.517 hồ sơ được giải quyết đúng hạn.",
        "lead_image": ImageFactory(title="Đoàn giám sát"),
        "lead_image_caption": "Đoàn giám sát làm việc tại bộ phận một cửa",
        "author": AuthorFactory(name="Anh Đào", slug="anh-dao"),
        "tags": ["một cửa", "giám sát"],
        "body": [
            {"type": "paragraph", "value": "<h2>Kết quả</h2><p>Từ năm 2018 đến giữa năm 2020.</p>"},
            {
                "type": "paragraph",
                "value": "<h3>Theo lĩnh vực</h3><ul><li>Tư pháp</li><li>Địa chính</li></ul>",
            },
            {
                "type": "image",
                "value": {
                    "image": ImageFactory(title="Bộ phận một cửa").pk,
                    "alt_text": "Quầy tiếp nhận",
                    "caption": "Quầy tiếp nhận hồ sơ",
                },
            },
            {
                "type": "quote",
                "value": {"text": "Không để hồ sơ quá hạn.", "attribution": "Chủ tịch HĐND huyện"},
            },
            {"type": "attachment", "value": {"document": attachment.pk, "title": "Báo cáo đầy đủ"}},
            {
                "type": "table",
                "value": {
                    "data": [["Năm", "Hồ sơ"], ["2018", "7.185"], ["2019", "6.203"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Hồ sơ theo năm",
                },
            },
            {"type": "embed", "value": "https://www.youtube.com/watch?v=abc"},
        ],
        "findings": "<p>Bộ phận một cửa bố trí đủ công chức.</p>",
        "unit_response": "<p>UBND xã tiếp thu các kiến nghị.</p>",
    }
    values.update(kwargs)
    report = SupervisionReportPageFactory(parent=parent, **values)
    SupervisionRecommendation.objects.create(
        report=report,
        text="Tăng cường cơ sở vật chất.",
        status=RecommendationStatus.DONE,
        follow_up="Đã mua thêm máy tính.",
        updated_on=datetime.date(2020, 12, 1),
    )
    SupervisionRecommendation.objects.create(
        report=report,
        text="Đẩy mạnh tuyên truyền dịch vụ công trực tuyến.",
        status=RecommendationStatus.ACCEPTED,
    )
    return report

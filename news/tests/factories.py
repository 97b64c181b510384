import datetime

import factory
import wagtail_factories
from django.utils.html import escape

from news.models import ArticlePage, Author, NewsCategoryPage, NewsIndexPage, SupervisionReportPage


class AuthorFactory(factory.django.DjangoModelFactory):
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

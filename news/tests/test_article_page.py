import datetime
import json
import re

import pytest
from django.utils import timezone
from wagtail_factories import ImageFactory

from news.models import ArticlePage, RecommendationStatus, SupervisionRecommendation
from news.tests.factories import ArticlePageFactory, AuthorFactory, SupervisionReportPageFactory

pytestmark = pytest.mark.django_db


def json_ld(content):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    return json.loads(match.group(1))


def test_a_reader_sees_the_article_with_its_byline_and_vietnamese_date(client, portal):
    article = ArticlePageFactory(
        parent=portal.category, title="Họp báo cuối năm", byline="Anh Đào", date=datetime.date(2020, 9, 30)
    )

    content = client.get(article.url).content.decode()

    assert "<h1>Họp báo cuối năm</h1>" in content
    assert 'Ngày đăng: <time datetime="2020-09-30">30/09/2020</time>' in content
    assert '<p class="article__signature">Anh Đào</p>' in content
    assert '<a href="/tin-tuc/thoi-su-tong-hop/">Thời sự tổng hợp</a>' in content


def test_the_byline_links_to_the_authors_articles(client, portal):
    author = AuthorFactory(name="Anh Đào", slug="anh-dao")
    article = ArticlePageFactory(parent=portal.category, byline="Anh Đào", author=author)

    assert '<a href="/tin-tuc/tac-gia/anh-dao/">Anh Đào</a>' in client.get(article.url).content.decode()


def test_the_publication_date_defaults_to_the_first_publication(portal):
    article = ArticlePage(title="Chưa có ngày", date=None, live=False)
    portal.category.add_child(instance=article)
    assert article.date is None

    article.save_revision().publish()

    assert ArticlePage.objects.get(pk=article.pk).date == timezone.localdate()


def test_search_engines_and_social_networks_get_their_metadata(client, portal):
    article = ArticlePageFactory(
        parent=portal.category, title="Tin có mô tả", summary="Sapo của bài.", date=datetime.date(2020, 9, 30)
    )

    content = client.get(article.url).content.decode()

    assert '<meta name="description" content="Sapo của bài.">' in content
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in content
    assert '<meta property="og:type" content="article">' in content
    assert '<meta property="og:title" content="Tin có mô tả">' in content
    data = json_ld(content)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Tin có mô tả"
    assert data["datePublished"].startswith("2020-09-30T")
    assert data["author"] == {"@type": "Person", "name": "Anh Đào"}
    assert data["publisher"]["name"] == "Xã Thử Nghiệm"


def test_structured_data_cannot_be_broken_out_of(client, portal):
    article = ArticlePageFactory(parent=portal.category, title="</script><script>alert(1)</script>")

    content = client.get(article.url).content.decode()

    assert "<script>alert(1)" not in content
    assert json_ld(content)["headline"] == "</script><script>alert(1)</script>"


def test_related_articles_share_a_tag_first_then_the_category(client, portal):
    article = ArticlePageFactory(
        parent=portal.category, title="Bài chính", tags=["một cửa"], date=datetime.date(2020, 1, 1)
    )
    ArticlePageFactory(parent=portal.category, title="Cùng chuyên mục", date=datetime.date(2024, 1, 1))
    ArticlePageFactory(
        parent=portal.category, title="Cùng từ khóa", tags=["một cửa"], date=datetime.date(2019, 1, 1)
    )

    content = client.get(article.url).content.decode()
    related = content.split('id="related-heading"', 1)[1]

    assert related.index("Cùng từ khóa") < related.index("Cùng chuyên mục")
    assert "Bài chính</a>" not in related


def test_every_block_of_the_body_renders(client, portal):
    article = ArticlePageFactory(
        parent=portal.category,
        body=[
            {"type": "paragraph", "value": "<p>Đoạn văn.</p>"},
            {"type": "quote", "value": {"text": "Lời trích dẫn.", "attribution": "Chủ tịch"}},
            {
                "type": "table",
                "value": {
                    "data": [["Năm", "Hồ sơ"], ["2018", "7.185"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Hồ sơ theo năm",
                },
            },
            {"type": "embed", "value": "https://www.youtube.com/watch?v=abc"},
        ],
    )

    content = client.get(article.url).content.decode()

    assert "<p>Đoạn văn.</p>" in content
    assert "<blockquote><p>Lời trích dẫn.</p></blockquote>" in content
    assert '<th scope="col">Hồ sơ</th>' in content and "<td>7.185</td>" in content
    assert "<caption>Hồ sơ theo năm</caption>" in content
    assert 'href="https://www.youtube.com/watch?v=abc"' in content and "<iframe" not in content


def test_the_print_layout_keeps_the_article_and_drops_the_site_chrome(client, portal):
    article = ArticlePageFactory(parent=portal.category, title="Bài để in", byline="Anh Đào")

    page = client.get(article.url).content.decode()
    printable = client.get(article.url + "in/").content.decode()

    assert f'href="{article.url}in/"' in page and "In hoặc lưu bài viết" in page
    assert "<h1>Bài để in</h1>" in printable and "Anh Đào" in printable
    assert 'class="main-menu"' not in printable
    assert '<meta name="robots" content="noindex">' in printable
    assert f"Nguồn: http://testserver{article.url}" in printable


def test_a_supervision_report_shows_what_became_of_each_recommendation(client, portal):
    report = SupervisionReportPageFactory(parent=portal.category, title="Giám sát một cửa")
    SupervisionRecommendation.objects.create(
        report=report,
        text="Tăng cường cơ sở vật chất.",
        status=RecommendationStatus.DONE,
        follow_up="Đã mua máy.",
    )
    SupervisionRecommendation.objects.create(report=report, text="Đẩy mạnh tuyên truyền.", status="accepted")

    content = client.get(report.url).content.decode()

    assert "Tóm tắt buổi giám sát" in content
    assert "HĐND huyện" in content and "UBND xã Tam Hồng" in content
    assert "Hoàng Văn Dũng – Chủ tịch HĐND huyện" in content
    assert '<time datetime="2020-09-30">30/09/2020</time>' in content
    assert "Tăng cường cơ sở vật chất." in content and "Đã hoàn thành" in content and "Đã mua máy." in content
    assert "Đẩy mạnh tuyên truyền." in content and "Đơn vị đã tiếp thu" in content


@pytest.mark.parametrize("factory", [ArticlePageFactory, SupervisionReportPageFactory])
def test_an_article_page_needs_at_most_twelve_queries(client, portal, django_assert_max_num_queries, factory):
    article = factory(
        parent=portal.category, tags=["một", "hai", "ba"], author=AuthorFactory(), lead_image=ImageFactory()
    )
    for number in range(8):
        ArticlePageFactory(
            parent=portal.category, tags=["một"], title=f"Liên quan {number}", lead_image=ImageFactory()
        )
    if hasattr(article, "recommendations"):
        for number in range(5):
            SupervisionRecommendation.objects.create(report=article, text=f"Kiến nghị {number}")
    client.get(article.url)

    with django_assert_max_num_queries(12):
        assert client.get(article.url).status_code == 200


def test_an_article_published_later_joins_the_related_articles_of_one_already_read(client, portal):
    article = ArticlePageFactory(parent=portal.category, tags=["một cửa"])
    assert "Bài mới cùng từ khóa" not in client.get(article.url).content.decode()

    ArticlePageFactory(parent=portal.category, title="Bài mới cùng từ khóa", tags=["một cửa"])

    related = client.get(article.url).content.decode().split('id="related-heading"', 1)[1]
    assert "Bài mới cùng từ khóa" in related


def test_a_link_in_the_text_follows_the_page_it_points_to(client, portal):
    target = ArticlePageFactory(parent=portal.category, slug="so-lieu")
    report = SupervisionReportPageFactory(
        parent=portal.category, findings=f'<p>Xem <a linktype="page" id="{target.pk}">số liệu</a>.</p>'
    )
    assert (
        '<a href="/tin-tuc/thoi-su-tong-hop/so-lieu/">số liệu</a>' in client.get(report.url).content.decode()
    )

    target.slug = "so-lieu-moi"
    target.save_revision().publish()

    assert (
        '<a href="/tin-tuc/thoi-su-tong-hop/so-lieu-moi/">số liệu</a>'
        in client.get(report.url).content.decode()
    )


def test_an_editor_previews_the_draft_of_a_tagged_article(portal):
    article = ArticlePageFactory(parent=portal.category, title="Ngày hội đại đoàn kết", tags=["đoàn kết"])
    article.title = "Ngày hội đại đoàn kết toàn dân tộc"
    article.save_revision()

    draft = article.get_latest_revision_as_object()
    response = draft.make_preview_request()

    assert response.status_code == 200
    assert "Ngày hội đại đoàn kết toàn dân tộc" in response.content.decode()

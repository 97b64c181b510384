import pytest

from news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_a_reader_sees_the_article_with_its_byline_and_vietnamese_date(client, portal):
    article = ArticlePageFactory(parent=portal.category, title="Họp báo cuối năm", byline="Anh Đào")

    response = client.get(article.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Họp báo cuối năm</h1>" in content
    assert "Anh Đào" in content
    assert f'Ngày đăng: <time datetime="{article.date:%Y-%m-%d}">{article.date:%d/%m/%Y}</time>' in content
